// The story being edited, as a user of the editor sees it: kept across reloads, a bad file refused
// with its reasons while the story in hand stays, an unreadable kept draft set aside.
import { describe, expect, it } from 'vitest';
import { StoryDraft } from '../../src/lib/state/story-draft.svelte';
import { addScene, emptyStory, retitleScene, sceneFromView } from '../../src/lib/stories/editor';
import {
	STORY_DRAFT_KEY,
	STORY_DRAFT_UNREADABLE_KEY,
	storyToJson
} from '../../src/lib/stories/storage';
import { decodeViewState } from '../../src/lib/state/url';
import { datasetIdsOf } from '../../src/lib/stories/validate';
import { loadDataset, SMALL } from './fixtures';

const has = datasetIdsOf(loadDataset(SMALL));
const fresh = () => emptyStory('my-story', { en: 'My story', ru: 'Моя история' });

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		data
	};
}

const view = (query: string) => decodeViewState(query).state;
const draft = (storage: ReturnType<typeof memoryStorage>) =>
	new StoryDraft(storage, { name: 'Your story', fresh });

describe('the story being edited', () => {
	it('starts empty, and what is added survives a reload', () => {
		const storage = memoryStorage();
		const first = draft(storage);
		expect(first.story.scenes).toEqual([]);
		first.change((s) =>
			addScene(s, sceneFromView(view('region=russia'), { en: 'Russia', ru: '' }))
		);
		first.change((s) => retitleScene(s, 0, 'ru', 'Россия'));
		const reloaded = draft(storage);
		expect(reloaded.story.scenes).toHaveLength(1);
		expect(reloaded.story.scenes[0]!.title).toEqual({ en: 'Russia', ru: 'Россия' });
		expect(reloaded.story.scenes[0]!.view).toBe('region=russia');
	});

	it('says when the browser refuses to keep it', () => {
		const full = {
			getItem: () => null,
			setItem: () => {
				throw new Error('quota exceeded');
			}
		};
		const d = new StoryDraft(full, { name: 'Your story', fresh });
		d.change((s) => addScene(s, sceneFromView(view(''), { en: 'All', ru: '' })));
		expect(d.saveError).toBe('quota exceeded');
		expect(d.story.scenes).toHaveLength(1);
	});

	it('sets an unreadable kept draft aside, names its problem, and starts afresh', () => {
		const storage = memoryStorage({ [STORY_DRAFT_KEY]: '{"id": 7' });
		const d = draft(storage);
		expect(d.setAside?.map((p) => p.message)).toEqual(['is not valid JSON']);
		expect(d.story.scenes).toEqual([]);
		expect(storage.data.get(STORY_DRAFT_UNREADABLE_KEY)).toBe('{"id": 7');
	});
});

describe('importing a story file', () => {
	const valid = {
		id: 'central-asia',
		title: { en: 'Central Asia', ru: 'Центральная Азия' },
		scenes: [
			{
				title: { en: 'Tajikistan' },
				caption: { en: 'Tajikistan takes part.' },
				view: 'node=tajikistan'
			}
		]
	};

	it('opens a valid file in place of the draft, and keeps it', () => {
		const storage = memoryStorage();
		const d = draft(storage);
		expect(d.import(JSON.stringify(valid), 'central-asia.json', has)).toEqual([]);
		expect(d.story.id).toBe('central-asia');
		expect(draft(storage).story.scenes[0]!.view).toBe('node=tajikistan');
	});

	it('refuses an invalid file with what is wrong, and keeps the story in hand', () => {
		const d = draft(memoryStorage());
		d.change((s) => addScene(s, sceneFromView(view('region=russia'), { en: 'Mine', ru: '' })));
		const before = d.story;
		const broken = { ...valid, scenes: [{ ...valid.scenes[0], view: 'zoom=3' }] };
		expect(
			d.import(JSON.stringify(broken), 'x.json', has).map((p) => `${p.column}: ${p.message}`)
		).toEqual(['scene 1: view: "zoom=3" is not understood']);
		expect(d.import('not json', 'x.json', has)[0]!.message).toBe('is not valid JSON');
		const elsewhere = { ...valid, scenes: [{ ...valid.scenes[0], view: 'node=atlantis' }] };
		expect(d.import(JSON.stringify(elsewhere), 'x.json', has)[0]!.message).toBe(
			'node "atlantis" is not in the dataset'
		);
		expect(d.story).toBe(before);
	});

	it('an exported draft imports again unchanged', () => {
		const d = draft(memoryStorage());
		d.change((s) =>
			addScene(s, {
				...sceneFromView(view('node=sweden'), { en: 'Sweden', ru: '' }),
				caption: { en: 'Sweden leads PP4.', ru: '' }
			})
		);
		const text = storyToJson(d.story);
		const other = draft(memoryStorage());
		expect(other.import(text, 'my-story.json', has)).toEqual([]);
		expect(other.story).toEqual(d.story);
	});
});
