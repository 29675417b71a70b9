// 1,000 mutated compiled dataset files through the loader the page uses (fetchDataset), seeded.
// Each is refused with the validator's messages or accepted as a valid dataset; never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompiledDataset, toCompiledDataset } from '../../src/lib/data/compile';
import { fetchDataset } from '../../src/lib/data/fetch';
import { formatProblem } from '../../src/lib/data/problems';
import { LIMITS } from '../../src/lib/data/schema';
import { buildGraph } from '../../src/lib/graph/build';
import { loadDataset, REAL, SMALL } from './fixtures';

const RUNS = 1_000;
const SEED = 8_001;

const BASES = [SMALL, REAL].map((dir) => JSON.stringify(toCompiledDataset(loadDataset(dir))));
// The small fixture with positions, so that number fields are there to be spoiled.
let k = 0;
BASES.push(BASES[0]!.replace(/"x":null,"y":null/g, () => `"x":${k++ * 10.5},"y":${-k * 3}`));

/** Values that go where they do not belong; some are spliced in as text (JSON.stringify cannot). */
const DEEP = '"@@deep@@"';
const HUGE = '"@@huge@@"';
const hostile = fc.oneof(
	fc.jsonValue({ maxDepth: 3 }),
	fc.constantFrom<unknown>(
		null,
		true,
		0,
		-1,
		1.7e308,
		-1.7e308,
		'',
		'<img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'x'.repeat(LIMITS.text + 1),
		{ toString: 1 },
		{ en: { toString: 1 } },
		[],
		{},
		'@@deep@@',
		'@@huge@@'
	),
	fc.constantFrom('tajikistan', 'S1', 'S2', 'state', 'member_of', '2012', '2012-13', 'pp4')
);

type Op =
	| { kind: 'replace'; path: number[]; value: unknown }
	| { kind: 'delete'; path: number[] }
	| { kind: 'duplicate'; path: number[] }
	| { kind: 'truncate'; at: number }
	| { kind: 'splice'; at: number; text: string };

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 5 });
const op: fc.Arbitrary<Op> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: hostile })
	},
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('splice' as const),
			at: fc.nat(),
			text: fc.constantFrom('{', '"', ',', ']', '\\', 'null', '1e999', '\u0000', '\uFFFD')
		})
	}
);

/** The parent and key a path of picks lands on (each pick chooses among the children there). */
function walk(
	root: unknown,
	picks: number[]
): [Record<string, unknown> | unknown[], string] | null {
	let parent: unknown = null;
	let key = '';
	let node = root;
	for (const pick of picks) {
		if (typeof node !== 'object' || node === null) break;
		const keys = Object.keys(node);
		if (keys.length === 0) break;
		parent = node;
		key = keys[pick % keys.length]!;
		node = (node as Record<string, unknown>)[key];
	}
	return parent === null ? null : [parent as Record<string, unknown>, key];
}

function mutate(text: string, ops: Op[]): string {
	const json = JSON.parse(text);
	const textOps: Op[] = [];
	for (const o of ops) {
		if (o.kind === 'truncate' || o.kind === 'splice') {
			textOps.push(o);
			continue;
		}
		const at = walk(json, o.path);
		if (!at) continue;
		const [parent, key] = at;
		if (o.kind === 'replace') (parent as Record<string, unknown>)[key] = o.value;
		else if (Array.isArray(parent)) {
			const i = Number(key);
			if (o.kind === 'delete') parent.splice(i, 1);
			else parent.splice(i, 0, structuredClone(parent[i]));
		} else if (o.kind === 'delete') delete parent[key];
	}
	let out = JSON.stringify(json)
		.replaceAll(DEEP, `${'['.repeat(5000)}"S1"${']'.repeat(5000)}`)
		.replaceAll(HUGE, JSON.stringify(Array.from({ length: LIMITS.listItems + 1 }, () => 'S1')));
	for (const o of textOps) {
		if (o.kind === 'truncate') out = out.slice(0, o.at % (out.length + 1));
		if (o.kind === 'splice') {
			const i = o.at % (out.length + 1);
			out = out.slice(0, i) + o.text + out.slice(i);
		}
	}
	return out;
}

describe(`${RUNS} mutated compiled dataset files`, () => {
	it('are refused with the validator messages or accepted as valid; never a throw', async () => {
		const tally = { tried: 0, refused: 0, accepted: 0, crashed: 0 };
		try {
			await fc.assert(
				fc.asyncProperty(
					// Mostly the small fixture (fast); one file in ten is the whole Prague Process.
					fc.integer({ min: 0, max: 9 }).map((i) => (i === 0 ? 1 : i % 2 === 0 ? 0 : 2)),
					fc.array(op, { minLength: 1, maxLength: 4 }),
					async (base, ops) => {
						tally.tried++;
						const body = mutate(BASES[base]!, ops);
						const serve: typeof fetch = async () => new Response(body);
						let result: Awaited<ReturnType<typeof fetchDataset>>;
						try {
							result = await fetchDataset(serve, '/x.json');
						} catch (error) {
							tally.crashed++;
							throw error;
						}
						if (result.ok) {
							tally.accepted++;
							// Accepted means valid: it survives its own round trip, and the graph builds.
							const again = parseCompiledDataset(
								JSON.parse(JSON.stringify(toCompiledDataset(result.dataset))),
								'again'
							);
							expect(again.problems).toEqual([]);
							for (const n of result.dataset.nodes) {
								for (const v of [n.x, n.y])
									expect(v === null || Math.abs(v) <= LIMITS.position).toBe(true);
							}
							expect(() => buildGraph(result.dataset)).not.toThrow();
						} else {
							const lines = result.problems.map(formatProblem);
							// The loader's last resort means an exception was caught: a crash all the same.
							if (lines.some((l) => l.includes('could not be read ('))) tally.crashed++;
							else tally.refused++;
							expect(lines.length).toBeGreaterThan(0);
							for (const line of lines) expect(line).toMatch(/^\/x\.json( \w+)?(:\d+)?: \S/);
							expect(lines.join('\n')).not.toContain('could not be read (');
						}
					}
				),
				{ numRuns: RUNS, seed: SEED }
			);
		} finally {
			console.log(
				`fuzz dataset files: tried ${tally.tried}, refused with a message ${tally.refused}, accepted valid ${tally.accepted}, crashed ${tally.crashed}`
			);
		}
		expect(tally.crashed).toBe(0);
	}, 300_000);
});
