import { describe, expect, it } from 'vitest';
import { parseCompiledDataset, toCompiledDataset } from '../../src/lib/data/compile';
import { fetchDataset } from '../../src/lib/data/fetch';
import { formatProblems } from '../../src/lib/data/problems';
import { loadDataset, SMALL } from './fixtures';

/** A fresh, valid compiled file of the small fixture, as plain JSON to be spoiled by a test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const file = (): any => JSON.parse(JSON.stringify(toCompiledDataset(loadDataset(SMALL))));

/** What the app would show: the formatted problems of a refused file; never a throw. */
function refusal(json: unknown): string[] {
	const result = parseCompiledDataset(json, 'x.json');
	expect(result.ok).toBe(false);
	return formatProblems(result.problems).split('\n');
}

const nested = (depth: number): unknown => {
	let value: unknown = 'S1';
	for (let i = 0; i < depth; i++) value = [value];
	return value;
};

describe('a compiled dataset file with fields of the wrong type', () => {
	it('a label that is an object is refused with a message, not thrown', () => {
		const f = file();
		f.nodes[0].label = { en: { toString: 1 }, ru: 'Австрия' };
		expect(refusal(f)).toEqual(['x.json nodes:0: label_en: must be text, not an object']);
	});

	it('a field nested 5,000 arrays deep is refused', () => {
		const f = file();
		f.nodes[1].sources = nested(5000);
		f.edges[0].note = nested(5000);
		expect(refusal(f)).toEqual([
			'x.json nodes:1: sources: must be a list of texts, found a list in it',
			'x.json edges:0: note: must be text, not a list'
		]);
	});

	it('positions must be finite numbers within ±1,000,000', () => {
		const f = file();
		f.nodes[0].x = 1.7e308;
		f.nodes[0].y = -1.7e308;
		f.nodes[2].x = '12';
		f.nodes[2].y = 3;
		expect(refusal(f)).toEqual([
			'x.json nodes:0: x: 1.7e+308 is out of range (−1000000 to 1000000)',
			'x.json nodes:0: y: -1.7e+308 is out of range (−1000000 to 1000000)',
			'x.json nodes:2: x: must be a number, not text'
		]);
		// JSON itself can spell an infinite number.
		const text = JSON.stringify(file()).replace('"x":null', '"x":1e999');
		expect(refusal(JSON.parse(text))[0]).toMatch(/x: Infinity is out of range/);
	});

	it('flags must be true or false, records must be objects, lists must be lists', () => {
		const f = file();
		f.nodes[0].uncertain = 'yes please';
		f.edges[1] = 'e2';
		f.events = { length: 1 };
		f.sources[0].title = 42;
		expect(refusal(f)).toEqual([
			'x.json nodes:0: uncertain: must be true or false, not text',
			'x.json edges:1: is not a record (an object), but text',
			'x.json events: is missing or not a list',
			'x.json sources:0: title: must be text, not a number'
		]);
	});

	it('a root that is not an object, or of another format, is refused', () => {
		for (const root of [null, 7, 'text', [], [file()]])
			expect(refusal(root)).toEqual([
				'x.json: is not a Prague Process network dataset file (format/version)'
			]);
	});

	it('texts and lists are bounded in size', () => {
		const f = file();
		f.nodes[0].note = 'x'.repeat(20_001);
		f.nodes[1].sources = Array.from({ length: 10_001 }, () => 'S1');
		expect(refusal(f)).toEqual([
			'x.json nodes:0: note: is longer than 20000 characters',
			'x.json nodes:1: sources: has more than 10000 items'
		]);
	});

	it('a source link that is not http(s) is refused, so no data link can run script', () => {
		const f = file();
		f.sources[0].url = 'javascript:alert(1)';
		f.sources[1].url = 'data:text/html,<script>alert(1)</script>';
		expect(refusal(f)).toEqual([
			'x.json sources:0: url: "javascript:alert(1)" is not an http(s) URL',
			'x.json sources:1: url: "data:text/html,<script>alert(1)</script>" is not an http(s) URL'
		]);
	});

	it('a value quoted in a message is shortened', () => {
		const f = file();
		f.nodes[0].type = 'p'.repeat(5000);
		const [line] = refusal(f);
		expect(line!.length).toBeLessThan(300);
		expect(line).toMatch(/^x\.json nodes:0: type: unknown value "p{30,}…"/);
	});
});

describe('fetchDataset never throws', () => {
	const serve =
		(body: string, status = 200): typeof fetch =>
		async () =>
			new Response(body, { status });

	it('refuses a hostile file with the validator messages', async () => {
		const f = file();
		f.nodes[0].label = { en: { toString: 1 } };
		const result = await fetchDataset(serve(JSON.stringify(f)), '/x.json');
		expect(result.ok).toBe(false);
		expect(formatProblems(result.ok ? [] : result.problems)).toContain(
			'/x.json nodes:0: label_en: must be text, not an object'
		);
	});

	it('names JSON that does not parse, an HTTP error and a failed request', async () => {
		const messages = async (fetcher: typeof fetch) => {
			const result = await fetchDataset(fetcher, '/x.json');
			return result.ok ? [] : formatProblems(result.problems);
		};
		expect(await messages(serve('{"format":'))).toMatch(/^\/x\.json: is not valid JSON/);
		expect(await messages(serve('', 404))).toBe('/x.json: could not be loaded (HTTP 404)');
		expect(
			await messages(async () => {
				throw new TypeError('Failed to fetch');
			})
		).toBe('/x.json: could not be loaded (Failed to fetch)');
	});

	it('accepts the valid file', async () => {
		const result = await fetchDataset(serve(JSON.stringify(file())), '/x.json');
		expect(result.ok).toBe(true);
	});
});
