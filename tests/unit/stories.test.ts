import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/data/problems';
import { DEFAULT_VIEW, decodeViewState, type ViewState } from '../../src/lib/state/url';
import { localText, sceneQuery, sceneViewState } from '../../src/lib/stories/scene-view';
import {
	datasetIdsOf,
	parseStory,
	parseStoryText,
	storyDatasetProblems,
	storyFileNameProblem
} from '../../src/lib/stories/validate';
import type { Story } from '../../src/lib/stories/types';
import { loadDataset, REAL } from './fixtures';

const DEFAULT_FILE = 'data/stories/default.json';
const defaultText = () => readFileSync(DEFAULT_FILE, 'utf8');

function defaultStory(): Story {
	const result = parseStoryText(defaultText(), DEFAULT_FILE);
	if (!result.ok) throw new Error(formatProblems(result.problems));
	return result.story;
}

/** A small valid story file, as parsed JSON, for the tests to break one thing at a time. */
const valid = () => ({
	id: 'mine',
	title: { en: 'My story', ru: 'Моя история' },
	scenes: [
		{
			title: { en: 'Central Asia' },
			caption: { en: 'Five states.', ru: 'Пять государств.' },
			notes: 'Say hello.',
			view: 'region=central_asia&at=2012-06-30&node=tajikistan'
		},
		{ title: { en: 'All' }, caption: { en: 'Everything.' }, view: '' }
	]
});

/** The problems of a story file, formatted as the build prints them. */
function problemsOf(json: unknown, draft = false): string[] {
	const result = parseStory(json, 'mine.json', { draft });
	return result.ok ? [] : formatProblems(result.problems).split('\n');
}

describe('the default story', () => {
	const dataset = loadDataset(REAL);

	it('is valid and tells the Process from 2009 in about ten scenes', () => {
		const story = defaultStory();
		expect(story.id).toBe('default');
		expect(story.title.en).toBe('The Prague Process 2009–2025');
		expect(story.title.ru).not.toBe('');
		expect(story.scenes.length).toBeGreaterThanOrEqual(9);
		expect(story.scenes.length).toBeLessThanOrEqual(12);
		expect(story.scenes[0]!.caption.en).toMatch(/2009/);
	});

	it('names only nodes, events and thematic areas that the dataset has', () => {
		const story = defaultStory();
		expect(storyDatasetProblems(story, DEFAULT_FILE, datasetIdsOf(dataset))).toEqual([]);
	});

	it('selects a sourced node or event in every scene, so the source is one click away', () => {
		const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
		const events = new Map(dataset.events.map((e) => [e.id, e]));
		for (const [i, scene] of defaultStory().scenes.entries()) {
			const view = sceneViewState(scene);
			const record = view.event ? events.get(view.event) : view.node ? nodes.get(view.node) : null;
			expect(record, `scene ${i + 1} selects nothing`).toBeTruthy();
			expect(record!.sources.length, `scene ${i + 1}`).toBeGreaterThan(0);
		}
	});

	it('has a caption in both languages in every scene, and no camera yet', () => {
		for (const scene of defaultStory().scenes) {
			expect(scene.caption.en.trim()).not.toBe('');
			expect(scene.caption.ru.trim()).not.toBe('');
			expect(scene.title.ru.trim()).not.toBe('');
			expect(sceneViewState(scene).camera).toBeNull();
		}
	});

	it('is named after its id', () => {
		expect(storyFileNameProblem(defaultStory(), DEFAULT_FILE)).toBeNull();
	});
});

describe('scene ⇄ view state through the URL codec', () => {
	it('a scene shows the view its query string describes', () => {
		const view = sceneViewState({ view: 'region=central_asia&at=2012-06-30&node=tajikistan' });
		expect(view.filters.facets).toEqual([{ facet: 'region', values: ['central_asia'] }]);
		expect(view.period).toEqual({ from: '2012-06-30', to: '2012-06-30' });
		expect(view.node).toBe('tajikistan');
	});

	it('a view saved as a scene comes back the same, without language or dataset file', () => {
		const view: ViewState = {
			filters: { facets: [{ facet: 'type', values: ['state', 'project'] }], showUncertain: false },
			period: { from: '2012-01-01', to: '2016-12-31' },
			node: null,
			event: 'mc-2011-poznan',
			data: '/other.json',
			lang: 'ru',
			camera: { x: 0.5, y: 0.25, ratio: 1.5 }
		};
		const query = sceneQuery(view);
		expect(query).not.toMatch(/lang|data/);
		expect(sceneViewState({ view: query })).toEqual({ ...view, lang: null, data: null });
		expect(decodeViewState(query).ignored).toEqual([]);
	});

	it('the whole network at all times is the empty view', () => {
		expect(sceneQuery(DEFAULT_VIEW)).toBe('');
		expect(sceneViewState({ view: '' })).toEqual(DEFAULT_VIEW);
	});

	it('a caption falls back to English where Russian is not given', () => {
		expect(localText({ en: 'Hello', ru: '' }, 'ru')).toBe('Hello');
		expect(localText({ en: 'Hello', ru: 'Привет' }, 'ru')).toBe('Привет');
		expect(localText({ en: 'Hello', ru: 'Привет' }, 'en')).toBe('Hello');
	});
});

describe('story validation', () => {
	it('accepts a valid story, Russian texts and notes being optional in scenes', () => {
		const result = parseStory(valid(), 'mine.json');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.story.scenes[1]).toEqual({
			title: { en: 'All', ru: '' },
			caption: { en: 'Everything.', ru: '' },
			notes: '',
			view: ''
		});
	});

	it('refuses what is not JSON, or not a story', () => {
		const notJson = parseStoryText('{"id": ', 'x.json');
		expect(notJson.ok ? '' : formatProblems(notJson.problems)).toBe('x.json: is not valid JSON');
		expect(problemsOf([1, 2])).toEqual([
			'mine.json: is not a story (expected an object with id, title and scenes)'
		]);
		expect(problemsOf(null)).toHaveLength(1);
	});

	it('names a missing or malformed id', () => {
		expect(problemsOf({ ...valid(), id: undefined })).toEqual(['mine.json: id: is required']);
		expect(problemsOf({ ...valid(), id: 'my story' })).toEqual([
			'mine.json: id: "my story" is not a valid id (letters, digits, . _ -)'
		]);
	});

	it('requires the story title in English and Russian', () => {
		expect(problemsOf({ ...valid(), title: { en: 'My story' } })).toEqual([
			'mine.json: title.ru: is required'
		]);
		expect(problemsOf({ ...valid(), title: 'My story' })).toEqual([
			'mine.json: title: must be an object such as {"en": "…", "ru": "…"}'
		]);
		expect(problemsOf({ ...valid(), title: { en: ' ', ru: 'Моя' } })).toEqual([
			'mine.json: title.en: is empty'
		]);
	});

	it('requires scenes, at least one', () => {
		expect(problemsOf({ ...valid(), scenes: undefined })).toEqual([
			'mine.json: scenes: is required'
		]);
		expect(problemsOf({ ...valid(), scenes: {} })).toEqual([
			'mine.json: scenes: must be a list of scenes'
		]);
		expect(problemsOf({ ...valid(), scenes: [] })).toEqual(['mine.json: scenes: has no scene']);
	});

	it('names the scene and the field: missing title, caption or view, wrong types', () => {
		const story = valid();
		story.scenes[1] = { caption: { en: 'x' }, notes: 3 } as never;
		expect(problemsOf(story)).toEqual([
			'mine.json: scene 2: title: must be an object such as {"en": "…", "ru": "…"}',
			'mine.json: scene 2: notes: must be text',
			'mine.json: scene 2: view: is required'
		]);
		const other = valid();
		other.scenes[0]!.caption = { en: '', ru: 5 } as never;
		expect(problemsOf(other)).toEqual([
			'mine.json: scene 1: caption.en: is empty',
			'mine.json: scene 1: caption.ru: must be text'
		]);
		expect(problemsOf({ ...valid(), scenes: ['scene'] })).toEqual([
			'mine.json: scene 1: must be an object with title, caption and view'
		]);
	});

	it('refuses unknown fields, so that a misspelt one is not silently lost', () => {
		const story = { ...valid(), author: 'me' };
		(story.scenes[0] as Record<string, unknown>).caption_ru = 'Пять';
		story.scenes[0]!.title = { en: 'x', de: 'y' } as never;
		expect(problemsOf(story)).toEqual([
			'mine.json: author: unknown field',
			'mine.json: scene 1: caption_ru: unknown field',
			'mine.json: scene 1: title.de: unknown field'
		]);
	});

	it('checks a scene view through the URL codec: whatever the codec drops is an error', () => {
		const view = (v: string) => {
			const story = valid();
			story.scenes[2 - 1]!.view = v;
			return problemsOf(story);
		};
		expect(view('zoom=3')).toEqual(['mine.json: scene 2: view: "zoom=3" is not understood']);
		expect(view('at=2012-13-45')).toEqual([
			'mine.json: scene 2: view: "at=2012-13-45" is not understood'
		]);
		expect(view('region=atlantis')).toEqual([
			'mine.json: scene 2: view: "region=atlantis" is not understood'
		]);
		expect(view('node=a&node=b')).toEqual([
			'mine.json: scene 2: view: node: is given more than once'
		]);
		expect(view('camera=1,2')).toEqual([
			'mine.json: scene 2: view: "camera=1,2" is not understood'
		]);
		expect(view('from=2016&to=2012')).toEqual([
			'mine.json: scene 2: view: "from=2016" is not understood',
			'mine.json: scene 2: view: "to=2012" is not understood'
		]);
	});

	it('keeps the language and the dataset file out of scenes', () => {
		const story = valid();
		story.scenes[0]!.view = 'lang=ru&data=/other.json&node=tajikistan';
		expect(problemsOf(story)).toEqual([
			'mine.json: scene 1: view: lang: a scene does not set the language (captions carry both)',
			'mine.json: scene 1: view: data: a scene cannot switch the dataset file'
		]);
	});

	it('keeps the page mode out of scenes: a scene cannot start present mode or embed', () => {
		const story = valid();
		story.scenes[0]!.view = 'present=default&scene=2&presenter=1&embed=1&node=tajikistan';
		expect(problemsOf(story)).toEqual([
			'mine.json: scene 1: view: present: a scene cannot start present mode',
			'mine.json: scene 1: view: scene: a scene cannot name a scene',
			'mine.json: scene 1: view: presenter: a scene cannot open the presenter window',
			'mine.json: scene 1: view: embed: a scene cannot choose the embedded layout'
		]);
	});

	it('reports every problem of the file at once', () => {
		const story = { ...valid(), id: '' };
		story.scenes[0]!.view = 'zoom=1';
		story.scenes[1]!.title = { en: '' };
		expect(problemsOf(story)).toHaveLength(3);
	});

	it('names the scene whose node, event or thematic area the dataset lacks', () => {
		const dataset = loadDataset(REAL);
		const story = parseStory(valid(), 'mine.json');
		if (!story.ok) throw new Error('fixture');
		story.story.scenes[0]!.view = 'area=area-asylum,area-nowhere&node=atlantis';
		story.story.scenes[1]!.view = 'event=mc-2099-mars';
		expect(
			formatProblems(storyDatasetProblems(story.story, 'mine.json', datasetIdsOf(dataset))).split(
				'\n'
			)
		).toEqual([
			'mine.json: scene 1: view: node "atlantis" is not in the dataset',
			'mine.json: scene 1: view: thematic area "area-nowhere" is not in the dataset',
			'mine.json: scene 2: view: event "mc-2099-mars" is not in the dataset'
		]);
	});

	it('wants the file named after the story id', () => {
		const story = parseStory(valid(), 'mine.json');
		if (!story.ok) throw new Error('fixture');
		expect(storyFileNameProblem(story.story, 'data/stories/mine.json')).toBeNull();
		expect(formatProblems([storyFileNameProblem(story.story, 'data/stories/other.json')!])).toBe(
			'data/stories/other.json: id: "mine" does not match the file name (expected mine.json)'
		);
	});

	it('keeps the id "draft" for the story being edited in the browser', () => {
		const story = parseStory({ ...valid(), id: 'draft' }, 'draft.json');
		if (!story.ok) throw new Error('fixture');
		expect(formatProblems([storyFileNameProblem(story.story, 'data/stories/draft.json')!])).toBe(
			'data/stories/draft.json: id: "draft" is kept for the story being edited in the browser (?present=draft)'
		);
	});

	it('as a draft, accepts work in progress and drops what a view cannot use, with a warning', () => {
		const draft = { ...valid(), title: { en: '' }, scenes: [] as unknown[] };
		expect(problemsOf(draft, true)).toEqual([]);
		const withView = valid();
		withView.scenes[0]!.title = { en: '' };
		withView.scenes[0]!.view = 'zoom=3&node=tajikistan';
		const result = parseStory(withView, 'draft', { draft: true });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.story.scenes[0]!.view).toBe('node=tajikistan');
		expect(formatProblems(result.warnings)).toBe(
			'draft: scene 1: view: "zoom=3" is not understood'
		);
		// A draft is still a story: a wrong shape is refused.
		expect(problemsOf({ ...valid(), scenes: 'none' }, true)).toEqual([
			'mine.json: scenes: must be a list of scenes'
		]);
	});
});
