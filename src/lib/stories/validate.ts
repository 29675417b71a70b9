// The story validator: the build, the tests, the app opening a story and the editor importing one all
// use it. Problems read like the data validator's, `file: scene 3: view: what is wrong`, all at once.
import type { Dataset, Problem } from '../data/types';
import { decodeViewState, reconcileViewState } from '../state/url';
import type { LocalText, Scene, Story } from './types';
import { DRAFT_STORY_ID } from './present-link';
import { sceneQuery } from './scene-view';

export type StoryResult =
	{ ok: true; story: Story; warnings: Problem[] } | { ok: false; story: null; problems: Problem[] };

export interface StoryOptions {
	/**
	 * A draft kept by the editor: texts may be empty and there may be no scene yet (work in progress
	 * is never refused), and what a view holds that the codec cannot read is dropped with a warning.
	 */
	draft?: boolean;
}

/** What the dataset has, for checking that a story's scenes name only things in it. */
export interface DatasetIds {
	node: (id: string) => boolean;
	event: (id: string) => boolean;
	area: (id: string) => boolean;
}

/** A story id: as the dataset's ids, so that it fits a link and a file name. */
export const STORY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** View parameters a scene may not set: the audience's language and the dataset file are the presenter's. */
const NOT_IN_SCENES: Record<string, string> = {
	lang: 'a scene does not set the language (captions carry both)',
	data: 'a scene cannot switch the dataset file',
	// The page mode is chosen by whoever opens the story, never by one of its scenes.
	present: 'a scene cannot start present mode',
	scene: 'a scene cannot name a scene',
	presenter: 'a scene cannot open the presenter window',
	embed: 'a scene cannot choose the embedded layout'
};
const STORY_FIELDS = ['id', 'title', 'scenes'];
const SCENE_FIELDS = ['title', 'caption', 'notes', 'view'];

type Report = (path: string | null, message: string) => void;

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownFields(
	value: Record<string, unknown>,
	known: string[],
	prefix: string,
	report: Report
) {
	for (const key of Object.keys(value)) {
		if (!known.includes(key)) report(`${prefix}${key}`, 'unknown field');
	}
}

function readText(
	value: unknown,
	path: string,
	required: { en: boolean; ru: boolean },
	report: Report
): LocalText {
	if (!isRecord(value)) {
		report(path, 'must be an object such as {"en": "…", "ru": "…"}');
		return { en: '', ru: '' };
	}
	unknownFields(value, ['en', 'ru'], `${path}.`, report);
	const text = { en: '', ru: '' };
	for (const lang of ['en', 'ru'] as const) {
		const v = value[lang];
		if (v === undefined) {
			if (required[lang]) report(`${path}.${lang}`, 'is required');
		} else if (typeof v !== 'string') report(`${path}.${lang}`, 'must be text');
		else if (required[lang] && v.trim() === '') report(`${path}.${lang}`, 'is empty');
		else text[lang] = v;
	}
	return text;
}

/** What a view holds that a scene cannot use, one message each; `query` is what remains usable. */
export function viewProblems(view: string): { query: string; messages: string[] } {
	const raw = view.replace(/^\?/, '');
	const messages: string[] = [];
	const params = new URLSearchParams(raw);
	for (const [name, why] of Object.entries(NOT_IN_SCENES)) {
		if (params.has(name)) messages.push(`${name}: ${why}`);
	}
	const { state, ignored } = decodeViewState(raw);
	for (const name of ignored) {
		const values = params.getAll(name);
		if (values.length > 1) messages.push(`${name}: is given more than once`);
		else if (values.length === 1) messages.push(`"${name}=${values[0]}" is not understood`);
		else messages.push(`"${name}" is not understood`);
	}
	return { query: sceneQuery(state), messages };
}

function readScene(
	value: unknown,
	n: number,
	draft: boolean,
	report: Report,
	warn: Report
): Scene | null {
	const at = `scene ${n}`;
	if (!isRecord(value)) {
		report(at, 'must be an object with title, caption and view');
		return null;
	}
	unknownFields(value, SCENE_FIELDS, `${at}: `, report);
	const required = { en: !draft, ru: false };
	const title = readText(value.title, `${at}: title`, required, report);
	const caption = readText(value.caption, `${at}: caption`, required, report);
	let notes = '';
	if (value.notes !== undefined) {
		if (typeof value.notes === 'string') notes = value.notes;
		else report(`${at}: notes`, 'must be text');
	}
	let view = '';
	if (typeof value.view !== 'string') {
		report(`${at}: view`, value.view === undefined ? 'is required' : 'must be a query string');
	} else {
		const checked = viewProblems(value.view);
		for (const message of checked.messages) (draft ? warn : report)(`${at}: view`, message);
		view = checked.messages.length ? checked.query : value.view.replace(/^\?/, '');
	}
	return { title, caption, notes, view };
}

/** Validates a parsed story file; `file` names it in the problems. */
export function parseStory(json: unknown, file: string, options: StoryOptions = {}): StoryResult {
	const draft = options.draft ?? false;
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const report: Report = (column, message) => problems.push({ file, row: null, column, message });
	const warn: Report = (column, message) => warnings.push({ file, row: null, column, message });

	if (!isRecord(json)) {
		report(null, 'is not a story (expected an object with id, title and scenes)');
		return { ok: false, story: null, problems };
	}
	unknownFields(json, STORY_FIELDS, '', report);
	let id = '';
	if (typeof json.id !== 'string' || json.id === '') report('id', 'is required');
	else if (!STORY_ID.test(json.id)) {
		report('id', `"${json.id}" is not a valid id (letters, digits, . _ -)`);
	} else id = json.id;
	const title = readText(json.title, 'title', { en: !draft, ru: !draft }, report);
	const scenes: Scene[] = [];
	if (!Array.isArray(json.scenes)) {
		report('scenes', json.scenes === undefined ? 'is required' : 'must be a list of scenes');
	} else {
		if (json.scenes.length === 0 && !draft) report('scenes', 'has no scene');
		json.scenes.forEach((s, i) => {
			const scene = readScene(s, i + 1, draft, report, warn);
			if (scene) scenes.push(scene);
		});
	}
	return problems.length
		? { ok: false, story: null, problems }
		: { ok: true, story: { id, title, scenes }, warnings };
}

/** Parses and validates a story file's text (an imported file, a fetched one, a stored draft). */
export function parseStoryText(
	text: string,
	file: string,
	options: StoryOptions = {}
): StoryResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			story: null,
			problems: [{ file, row: null, column: null, message: 'is not valid JSON' }]
		};
	}
	return parseStory(json, file, options);
}

/** The problems of a story whose scenes name nodes, events or thematic areas the dataset lacks. */
export function storyDatasetProblems(story: Story, file: string, has: DatasetIds): Problem[] {
	const problems: Problem[] = [];
	story.scenes.forEach((scene, i) => {
		const { state } = decodeViewState(scene.view);
		const { ignored } = reconcileViewState(state, has);
		const report = (message: string) =>
			problems.push({ file, row: null, column: `scene ${i + 1}: view`, message });
		if (ignored.includes('node')) report(`node "${state.node}" is not in the dataset`);
		if (ignored.includes('event')) report(`event "${state.event}" is not in the dataset`);
		if (ignored.includes('area')) {
			const areas = state.filters.facets.find((f) => f.facet === 'area')?.values ?? [];
			const missing = areas.filter((a) => !has.area(a));
			report(`thematic area "${missing.join('", "')}" is not in the dataset`);
		}
	});
	return problems;
}

/**
 * A story file must be named after its id, so that `?present=<id>` finds `<id>.json`; and `draft`
 * is not a story of the site: `?present=draft` is the story being edited in the browser.
 */
export function storyFileNameProblem(story: Story, fileName: string): Problem | null {
	if (story.id === DRAFT_STORY_ID) {
		const message = `"${DRAFT_STORY_ID}" is kept for the story being edited in the browser (?present=${DRAFT_STORY_ID})`;
		return { file: fileName, row: null, column: 'id', message };
	}
	const expected = `${story.id}.json`;
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	return base === expected
		? null
		: {
				file: fileName,
				row: null,
				column: 'id',
				message: `"${story.id}" does not match the file name (expected ${expected})`
			};
}

export function datasetIdsOf(dataset: Dataset): DatasetIds {
	const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
	const events = new Set(dataset.events.map((e) => e.id));
	return {
		node: (id) => nodes.has(id),
		event: (id) => events.has(id),
		area: (id) => nodes.get(id)?.type === 'thematic_area'
	};
}
