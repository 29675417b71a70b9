// The story being edited lives in the browser's storage, so that a reload or a crash loses nothing,
// and leaves as a file in the format of data/stories/. Storage can hold anything (an older version's
// draft, a hand edit, another app's value): what cannot be read is reported and set aside, never
// thrown, and never silently overwritten.
import type { Problem } from '../data/types';
import type { Story } from './types';
import { parseStory, parseStoryText } from './validate';

export const STORY_DRAFT_KEY = 'ppne.storyDraft';
/** Where an unreadable draft is moved, so that starting afresh does not destroy it. */
export const STORY_DRAFT_UNREADABLE_KEY = 'ppne.storyDraft.unreadable';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type DraftLoad =
	| { kind: 'none' }
	| { kind: 'ok'; story: Story; warnings: Problem[] }
	| { kind: 'unreadable'; problems: Problem[] };

/** The story as a file: the format of data/stories/, empty optional fields left out. */
export function storyToJson(story: Story): string {
	const text = (t: { en: string; ru: string }) => (t.ru ? { en: t.en, ru: t.ru } : { en: t.en });
	const file = {
		id: story.id,
		title: text(story.title),
		scenes: story.scenes.map((s) => ({
			title: text(s.title),
			caption: text(s.caption),
			...(s.notes ? { notes: s.notes } : {}),
			view: s.view
		}))
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/**
 * The file to download, or what must be filled in first: an exported story opens anywhere a story
 * file does, so it meets the full rules (titles, captions, at least one scene).
 */
export function exportStory(
	story: Story
): { ok: true; fileName: string; text: string } | { ok: false; problems: Problem[] } {
	const fileName = `${story.id}.json`;
	const text = storyToJson(story);
	const checked = parseStory(JSON.parse(text), fileName);
	return checked.ok ? { ok: true, fileName, text } : { ok: false, problems: checked.problems };
}

/** Reads a stored draft; `name` names it in the problems (a UI string such as "Your story"). */
export function decodeStoryDraft(text: string | null, name: string): DraftLoad {
	if (text === null) return { kind: 'none' };
	const result = parseStoryText(text, name, { draft: true });
	return result.ok
		? { kind: 'ok', story: result.story, warnings: result.warnings }
		: { kind: 'unreadable', problems: result.problems };
}

/**
 * The draft kept in storage. An unreadable one is moved aside (under `STORY_DRAFT_UNREADABLE_KEY`)
 * so that the editor can start an empty story without destroying it.
 */
export function loadStoryDraft(storage: StorageLike | null, name: string): DraftLoad {
	let text: string | null;
	try {
		text = storage?.getItem(STORY_DRAFT_KEY) ?? null;
	} catch {
		return { kind: 'none' }; // storage refused (privacy mode): nothing was kept
	}
	const loaded = decodeStoryDraft(text, name);
	if (loaded.kind === 'unreadable' && text !== null) {
		try {
			storage?.setItem(STORY_DRAFT_UNREADABLE_KEY, text);
		} catch {
			// Left where it is; saving the next draft is what would replace it.
		}
	}
	return loaded;
}

/** Saves the draft; returns why it could not be saved (storage full or refused), or null. */
export function saveStoryDraft(storage: StorageLike | null, story: Story): string | null {
	if (!storage) return 'storage is not available';
	try {
		storage.setItem(STORY_DRAFT_KEY, storyToJson(story));
		return null;
	} catch (error) {
		return error instanceof Error && error.message ? error.message : String(error);
	}
}
