import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/data/problems';
import { fetchStory, storyPath } from '../../src/lib/stories/fetch';
import { openStory } from '../../src/lib/stories/open';

/** A fetch that serves these paths, and 404 for any other. */
function site(files: Record<string, string>): typeof fetch {
	return (async (input: RequestInfo | URL) => {
		const body = files[String(input)];
		return body === undefined
			? new Response('not found', { status: 404 })
			: new Response(body, { status: 200 });
	}) as typeof fetch;
}

const DEFAULT = readFileSync('data/stories/default.json', 'utf8');
const messages = (r: Awaited<ReturnType<typeof fetchStory>>) =>
	r.ok ? '' : formatProblems(r.problems);

describe('fetching a story of the site', () => {
	it('opens the story named by its id, under the base path', async () => {
		const result = await fetchStory(
			site({ '/pp/data/stories/default.json': DEFAULT }),
			'/pp',
			'default'
		);
		expect(result.ok && result.story.title.en).toBe('The Prague Process 2009–2025');
	});

	it('says when there is no such story, or it cannot be loaded', async () => {
		expect(messages(await fetchStory(site({}), '', 'mine'))).toBe(
			'/data/stories/mine.json: no such story'
		);
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		expect(messages(await fetchStory(offline, '', 'default'))).toBe(
			'/data/stories/default.json: could not be loaded'
		);
	});

	it('refuses an invalid story with the validator’s messages', async () => {
		const broken = DEFAULT.replace('"at=2018&', '"at=2018&zoom=2&');
		const result = await fetchStory(site({ '/data/stories/default.json': broken }), '', 'default');
		expect(messages(result)).toBe(
			'/data/stories/default.json: scene 7: view: "zoom=2" is not understood'
		);
		const wrong = await fetchStory(site({ '/data/stories/other.json': DEFAULT }), '', 'other');
		expect(messages(wrong)).toBe(
			'/data/stories/other.json: holds the story "default", not "other"'
		);
	});

	it('never builds a path from an id that could leave the stories folder', async () => {
		for (const id of ['../prague-process', '', '/etc/passwd', 'a/b', '..', '.hidden']) {
			expect(storyPath('', id), id).toBeNull();
		}
		expect(messages(await fetchStory(site({}), '', '../x'))).toBe('../x: is not a story id');
	});
});

describe('opening the story to present', () => {
	const options = (storage: Pick<Storage, 'getItem' | 'setItem'> | null) => ({
		fetcher: (() => Promise.reject(new Error('no network'))) as unknown as typeof fetch,
		base: '',
		storage,
		draftName: 'Your story'
	});
	const stored = (text: string | null) => ({ getItem: () => text, setItem: () => {} });

	it('presents the draft kept in this browser as `draft`', async () => {
		const story = {
			id: 'mine',
			title: { en: 'Mine' },
			scenes: [{ title: { en: 'A' }, caption: { en: '' }, view: 'node=tajikistan' }]
		};
		const opened = await openStory('draft', options(stored(JSON.stringify(story))));
		expect(opened.ok && opened.story.scenes[0]!.view).toBe('node=tajikistan');
	});

	it('says what is missing rather than presenting nothing', async () => {
		const message = async (storage: Pick<Storage, 'getItem' | 'setItem'> | null) => {
			const opened = await openStory('draft', options(storage));
			return opened.ok ? null : opened.problems.map((p) => `${p.file}: ${p.message}`);
		};
		expect(await message(stored(null))).toEqual(['Your story: is not kept in this browser']);
		expect(await message(stored('{"id":"x","title":{"en":""},"scenes":[]}'))).toEqual([
			'Your story: has no scene yet'
		]);
		expect(await message(stored('{'))).toEqual(['Your story: is not valid JSON']);
	});

	it('any other id is a story of the site', async () => {
		const opened = await openStory('default', options(null));
		expect(opened.ok ? null : opened.problems[0]!.message).toBe('could not be loaded');
	});
});
