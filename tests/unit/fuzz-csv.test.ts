// 300 mutated CSV folders through `npm run data:check`, seeded: each gives exit 1 with every problem
// as `file:row: …`, or exit 0 with a valid dataset; never a stack trace. The folders go through
// the command's own function (`checkDataFolder`, what the command runs before printing and
// exiting) in this process; a sample also through the real command, to check its exit status.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../scripts/read-data';
import { CSV_FILES, parseCompiledDataset, toCompiledDataset } from '../../src/lib/data/compile';
import { buildGraph } from '../../src/lib/graph/build';
import { readTexts, REAL, SMALL } from './fixtures';

const RUNS = 300;
const SEED = 300_001;
/** Every this many folders, the real command runs too (it takes a second or so each). */
const SPAWN_EVERY = 60;

type Key = keyof typeof CSV_FILES;
const KEYS = Object.keys(CSV_FILES) as Key[];
const BASES = [readTexts(SMALL), readTexts(REAL)];

const enc = new TextEncoder();
const utf16 = (text: string, le: boolean, bom: boolean) => {
	const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
	for (let i = 0; i < text.length; i++) {
		const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
		out.set(le ? [lo, hi] : [hi, lo], (bom ? 2 : 0) + 2 * i);
	}
	return out;
};
const windows1252 = (text: string) =>
	Uint8Array.from([...text].map((c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));

/** What people and spreadsheets do to a CSV file. */
type Edit =
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delete'; at: number; length: number }
	| { kind: 'dropLine' | 'copyLine'; line: number }
	| { kind: 'swapLines'; a: number; b: number }
	| { kind: 'renameHeader'; column: number; name: string }
	| { kind: 'delimiter'; to: ';' | '\t' }
	| { kind: 'crlf' }
	| { kind: 'truncate'; at: number };
type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'utf16le-nobom' | 'windows1252';

const edit: fc.Arbitrary<Edit> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('insert' as const),
			at: fc.nat(),
			text: fc.oneof(
				fc.constantFrom(',', '"', '\n', '\r', ';', '\uFFFD', '\uFEFF', 'é', ' ', '2010-13', 'S9'),
				fc.string({ maxLength: 6 })
			)
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('delete' as const),
			at: fc.nat(),
			length: fc.integer({ min: 1, max: 12 })
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constantFrom('dropLine', 'copyLine'), line: fc.nat() })
	},
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() })
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('renameHeader' as const),
			column: fc.nat(),
			name: fc.constantFrom('toString', 'constructor', '__proto__', 'id', 'label_en', 'sources', '')
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('delimiter' as const),
			to: fc.constantFrom(';', '\t')
		})
	},
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('crlf' as const) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) }
);
const benign: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
	fc.record({ kind: fc.constant('crlf' as const) })
);
const encoding: fc.Arbitrary<Encoding> = fc.oneof(
	{ weight: 12, arbitrary: fc.constant('utf8' as const) },
	{
		weight: 1,
		arbitrary: fc.constantFrom<Encoding>(
			'utf8-bom',
			'utf16le',
			'utf16be',
			'utf16le-nobom',
			'windows1252'
		)
	}
);

function apply(text: string, e: Edit): string {
	const lines = text.split('\n');
	const at = (n: number) => n % (text.length + 1);
	switch (e.kind) {
		case 'insert':
			return text.slice(0, at(e.at)) + e.text + text.slice(at(e.at));
		case 'delete':
			return text.slice(0, at(e.at)) + text.slice(at(e.at) + e.length);
		case 'dropLine':
			lines.splice(e.line % lines.length, 1);
			return lines.join('\n');
		case 'copyLine':
			lines.splice(e.line % lines.length, 0, lines[e.line % lines.length]!);
			return lines.join('\n');
		case 'swapLines': {
			// Data rows only: a spreadsheet's sort, which must change nothing.
			const [a, b] = [1 + (e.a % (lines.length - 1)), 1 + (e.b % (lines.length - 1))];
			[lines[a], lines[b]] = [lines[b]!, lines[a]!];
			return lines.join('\n');
		}
		case 'renameHeader': {
			const header = lines[0]!.split(',');
			header[e.column % header.length] = e.name;
			lines[0] = header.join(',');
			return lines.join('\n');
		}
		case 'delimiter':
			return text.replace(/,/g, e.to);
		case 'crlf':
			return text.replace(/\n/g, '\r\n');
		case 'truncate':
			return text.slice(0, at(e.at));
	}
}

function encode(text: string, how: Encoding): Uint8Array {
	switch (how) {
		case 'utf8':
			return enc.encode(text);
		case 'utf8-bom':
			return new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)]);
		case 'utf16le':
			return utf16(text, true, true);
		case 'utf16be':
			return utf16(text, false, true);
		case 'utf16le-nobom':
			return utf16(text, true, false);
		case 'windows1252':
			return windows1252(text);
	}
}

const folder = fc.record({
	// Mostly the small fixture; one folder in five is the whole Prague Process dataset.
	base: fc.integer({ min: 0, max: 4 }).map((i) => (i === 0 ? 1 : 0)),
	edits: fc.oneof(
		{ weight: 4, arbitrary: fc.array(fc.tuple(fc.constantFrom(...KEYS), edit), { maxLength: 3 }) },
		// What a careful user does: re-sort rows, save with Windows line ends.
		{ weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...KEYS), benign), { maxLength: 3 }) }
	),
	encodings: fc.array(fc.tuple(fc.constantFrom(...KEYS), encoding), { maxLength: 2 }),
	missing: fc.option(fc.constantFrom(...KEYS), { freq: 20 })
});

const PROBLEM_LINE = /^(nodes|edges|events|sources)\.csv(:\d+)?: \S/;

describe(`${RUNS} mutated CSV folders through data:check`, () => {
	it('exit 1 with file:row problems, or 0 with a valid dataset; never a stack trace', () => {
		const root = mkdtempSync(join(tmpdir(), 'ppne-fuzz-csv-'));
		const tally = { tried: 0, refused: 0, accepted: 0, crashed: 0, commandRuns: 0 };
		try {
			fc.assert(
				fc.property(folder, ({ base, edits, encodings, missing }) => {
					tally.tried++;
					const texts = { ...BASES[base]! };
					for (const [key, e] of edits) texts[key] = apply(texts[key], e);
					const how = Object.fromEntries(encodings) as Partial<Record<Key, Encoding>>;
					const dir = join(root, String(tally.tried));
					rmSync(dir, { recursive: true, force: true });
					mkdirSync(dir);
					for (const key of KEYS) {
						if (key === missing) continue;
						writeFileSync(join(dir, CSV_FILES[key]), encode(texts[key], how[key] ?? 'utf8'));
					}
					let checked: ReturnType<typeof checkDataFolder>;
					try {
						checked = checkDataFolder(dir);
					} catch (error) {
						tally.crashed++;
						throw error;
					}
					if (checked.ok) {
						tally.accepted++;
						const again = parseCompiledDataset(
							JSON.parse(JSON.stringify(toCompiledDataset(checked.dataset))),
							'again'
						);
						expect(again.problems).toEqual([]);
						expect(() => buildGraph(checked.dataset)).not.toThrow();
						// No letter lost in a conversion from another encoding made it in.
						expect(JSON.stringify(checked.dataset)).not.toContain('\uFFFD');
					} else {
						tally.refused++;
						const [problems, summary = ''] = checked.report.split('\n\n');
						for (const line of problems!.split('\n')) expect(line).toMatch(PROBLEM_LINE);
						if (missing === null) expect(summary).toMatch(/^\d+ problem\(s\) in /);
					}
					if (tally.tried % SPAWN_EVERY === 0) {
						tally.commandRuns++;
						const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], {
							encoding: 'utf8',
							env: { ...process.env, NO_COLOR: '1' }
						});
						expect(run.status).toBe(checked.ok ? 0 : 1);
						expect(run.stderr).not.toMatch(/\n\s+at /);
					}
					rmSync(dir, { recursive: true, force: true });
				}),
				{ numRuns: RUNS, seed: SEED }
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
			console.log(
				`fuzz CSV folders: tried ${tally.tried}, refused with file:row messages ${tally.refused}, accepted valid ${tally.accepted}, crashed ${tally.crashed} (${tally.commandRuns} also through the command)`
			);
		}
		expect(tally.crashed).toBe(0);
	}, 300_000);
});
