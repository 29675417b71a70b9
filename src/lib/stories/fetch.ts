// Fetches a story of the site (`?present=<id>` opens `data/stories/<id>.json`) and validates it;
// every failure becomes a result with the validator's messages, never a throw.
import type { Problem } from '../data/types';
import type { Story } from './types';
import { parseStoryText, STORY_ID } from './validate';

export type FetchedStory = { ok: true; story: Story } | { ok: false; problems: Problem[] };

/** Where the build puts a story, or null for an id that could not name one (`../x`, `a/b`, empty). */
export function storyPath(base: string, id: string): string | null {
	return STORY_ID.test(id) ? `${base}/data/stories/${id}.json` : null;
}

export async function fetchStory(
	fetcher: typeof fetch,
	base: string,
	id: string
): Promise<FetchedStory> {
	const path = storyPath(base, id);
	const fail = (file: string, message: string): FetchedStory => ({
		ok: false,
		problems: [{ file, row: null, column: null, message }]
	});
	if (path === null) return fail(id, 'is not a story id');
	let text: string;
	try {
		const response = await fetcher(path);
		if (!response.ok) {
			return fail(
				path,
				response.status === 404 ? 'no such story' : `could not be loaded (HTTP ${response.status})`
			);
		}
		text = await response.text();
	} catch {
		return fail(path, 'could not be loaded');
	}
	const result = parseStoryText(text, path);
	if (!result.ok) return { ok: false, problems: result.problems };
	if (result.story.id !== id) {
		return fail(path, `holds the story "${result.story.id}", not "${id}"`);
	}
	return { ok: true, story: result.story };
}
