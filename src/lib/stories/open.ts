// Opens the story present mode shows: a story of the site by id, or `draft`, the one being edited in
// this browser. Every failure is a result with messages, never a throw.
import { fetchStory, type FetchedStory } from './fetch';
import { DRAFT_STORY_ID } from './present-link';
import { loadStoryDraft } from './storage';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export async function openStory(
	id: string,
	options: {
		fetcher: typeof fetch;
		base: string;
		storage: StorageLike | null;
		/** How the draft is named in messages ("Your story"). */
		draftName: string;
	}
): Promise<FetchedStory> {
	if (id !== DRAFT_STORY_ID) return fetchStory(options.fetcher, options.base, id);
	const draft = loadStoryDraft(options.storage, options.draftName);
	const fail = (message: string): FetchedStory => ({
		ok: false,
		problems: [{ file: options.draftName, row: null, column: null, message }]
	});
	if (draft.kind === 'none') return fail('is not kept in this browser');
	if (draft.kind === 'unreadable') return { ok: false, problems: draft.problems };
	if (draft.story.scenes.length === 0) return fail('has no scene yet');
	return { ok: true, story: draft.story };
}
