// What spreadsheets really produce when a CSV is saved: odd header names, duplicated columns,
// other encodings, other delimiters. Each is named in one clear line, not a flood of cell errors.
import { describe, expect, it } from 'vitest';
import {
	compileCsv,
	compileCsvBytes,
	CSV_FILES,
	type DatasetTexts
} from '../../src/lib/data/compile';
import { formatProblems } from '../../src/lib/data/problems';
import { broken, smallTexts } from './fixtures';

const texts = smallTexts();

function report(t: DatasetTexts): string[] {
	const result = compileCsv(t);
	expect(result.ok).toBe(false);
	return formatProblems(result.problems).split('\n');
}

/** The four files as bytes, one of them re-encoded by `encode`. */
function bytes(file: keyof DatasetTexts, encode: (text: string) => Uint8Array) {
	const utf8 = new TextEncoder();
	return Object.fromEntries(
		Object.keys(CSV_FILES).map((key) => [
			key,
			key === file ? encode(texts[file]) : utf8.encode(texts[key as keyof DatasetTexts])
		])
	) as Record<keyof DatasetTexts, Uint8Array>;
}

function byteReport(b: Record<keyof DatasetTexts, Uint8Array>): string[] {
	const result = compileCsvBytes(b);
	expect(result.ok).toBe(false);
	return formatProblems(result.problems).split('\n');
}

/** Windows-1252 as Excel writes it: what the code page lacks (Cyrillic) becomes "?". */
const windows1252 = (text: string) =>
	Uint8Array.from([...text].map((c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));

const utf16le = (text: string, bom = true) => {
	const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	if (bom) out.set([0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		out[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
		out[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
	}
	return out;
};

describe('header names', () => {
	for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
		it(`a column named ${name} is an unknown column`, () => {
			const lines = report(
				broken(
					texts,
					'sources',
					'key,title,url,publisher,accessed',
					`key,title,url,publisher,${name}`
				)
			);
			expect(lines).toEqual([
				`sources.csv:1: ${name}: unknown column`,
				'sources.csv:1: accessed: missing column'
			]);
		});

	it('a duplicated column is named with its columns, not reported as empty cells', () => {
		// A second, empty label_en column added at the end (column O).
		const nodes = texts.nodes
			.split('\n')
			.map((line, i) => (line === '' ? line : i === 0 ? `${line},label_en` : `${line},`))
			.join('\n');
		expect(report({ ...texts, nodes })).toEqual([
			'nodes.csv:1: label_en: appears more than once, in columns C and O: keep one'
		]);
	});
});

describe('encodings', () => {
	it('a Windows-1252 file is refused as not UTF-8, naming the row and the byte', () => {
		const lines = byteReport(bytes('nodes', windows1252));
		expect(lines).toEqual([
			'nodes.csv:7: is not UTF-8 (byte 0xFC): save it as "CSV UTF-8 (comma delimited)"'
		]);
	});

	it('a UTF-16 file is refused with what to do, with or without its byte-order mark', () => {
		const expected = [
			'edges.csv: is saved as UTF-16 (Unicode text): save it as "CSV UTF-8 (comma delimited)"'
		];
		expect(byteReport(bytes('edges', utf16le))).toEqual(expected);
		expect(byteReport(bytes('edges', (t) => utf16le(t, false)))).toEqual(expected);
	});

	it('a UTF-8 byte-order mark is accepted', () => {
		const withBom = (t: string) =>
			new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]);
		const result = compileCsvBytes(bytes('nodes', withBom));
		expect(result.problems).toEqual([]);
		expect(result.dataset?.nodes[0]?.id).toBe('prague-process');
	});

	it('text already decoded with replacement characters is refused, naming the rows', () => {
		const t = broken(texts, 'nodes', 'Türkiye', 'T\uFFFDrkiye');
		expect(report(broken(t, 'nodes', 'Sweden', 'Sw\uFFFDden'))).toEqual([
			'nodes.csv:6: contains "\uFFFD" (a character lost when the file was converted from another encoding): save the original as "CSV UTF-8 (comma delimited)" (also on row 7)'
		]);
	});
});

describe('delimiters', () => {
	const resaved = (sep: string) =>
		Object.fromEntries(
			Object.entries(texts).map(([k, v]) => [
				k,
				// A naive re-save: fine for the fixture's cells, none of which hold a comma and a quote.
				v.replace(/,/g, sep)
			])
		) as DatasetTexts;

	it('a semicolon-separated folder gets one hint per file, not cell-count errors', () => {
		const lines = report(resaved(';'));
		expect(lines).toEqual(
			Object.values(CSV_FILES).map(
				(f) => `${f}:1: looks semicolon-separated: save it as "CSV UTF-8 (comma delimited)"`
			)
		);
	});

	it('a tab-separated file gets the same hint', () => {
		const lines = report({ ...texts, events: texts.events.replace(/,/g, '\t') });
		expect(lines).toEqual([
			'events.csv:1: looks tab-separated: save it as "CSV UTF-8 (comma delimited)"'
		]);
	});
});
