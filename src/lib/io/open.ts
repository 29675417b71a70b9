// "Open…": the files a user chose (or dropped) → a dataset, or every problem at once. The same
// validator as `data:check` judges them; a file opened by a user may cite itself as its source,
// so its sources need no URL.
import { CSV_FILES, compileCsv, parseCompiledDataset, type DatasetTexts } from '../data/compile';
import type { Problem } from '../data/types';
import type { ValidationResult } from '../data/validate';
import { gexfToDataset } from './gexf';
import { graphmlToDataset } from './graphml';
import type { ImportReport, ImportResult, NetworkFormat, TextFile } from './types';

const OPENED = { requireSourceUrls: false } as const;

export function formatOf(name: string): NetworkFormat | null {
	const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
	if (ext === 'csv' || ext === 'json' || ext === 'gexf' || ext === 'graphml') return ext;
	if (ext === 'xml') return 'graphml';
	return null;
}

const whole = (file: string, message: string): Problem => ({
	file,
	row: null,
	column: null,
	message
});

const ownReport = (format: NetworkFormat, files: string[], r: ValidationResult): ImportResult =>
	r.ok
		? {
				ok: true,
				dataset: r.dataset,
				report: {
					format,
					files,
					nodes: r.dataset.nodes.length,
					edges: r.dataset.edges.length,
					own: true,
					mapped: [],
					defaulted: [],
					kept: [...new Set(r.dataset.nodes.flatMap((n) => Object.keys(n.attributes ?? {})))],
					left: [],
					renamedIds: 0
				} satisfies ImportReport
			}
		: { ok: false, problems: r.problems };

/** The four CSV files, each recognised by how its name ends (`…_nodes.csv`, `edges.csv`…). */
function openCsv(files: TextFile[]): ImportResult {
	const texts: Partial<DatasetTexts> = {};
	const names: Partial<Record<keyof DatasetTexts, string>> = {};
	const problems: Problem[] = [];
	for (const f of files) {
		const key = (Object.keys(CSV_FILES) as (keyof DatasetTexts)[]).find((k) =>
			f.name.toLowerCase().endsWith(CSV_FILES[k])
		);
		if (!key) {
			problems.push(
				whole(f.name, 'is not one of nodes.csv, edges.csv, events.csv, sources.csv (by its name)')
			);
		} else if (texts[key] !== undefined) {
			problems.push(whole(f.name, `a second ${CSV_FILES[key]} (the first is ${names[key]})`));
		} else {
			texts[key] = f.text;
			names[key] = f.name;
		}
	}
	for (const [key, file] of Object.entries(CSV_FILES) as [keyof DatasetTexts, string][]) {
		if (texts[key] === undefined) {
			problems.push(whole(file, 'is missing: choose the four CSV files together'));
		}
	}
	if (problems.length) return { ok: false, problems };
	const result = compileCsv(texts as DatasetTexts, OPENED);
	if (result.ok)
		return ownReport(
			'csv',
			files.map((f) => f.name),
			result
		);
	// The validator names the files by their contract names; say which chosen file each one is.
	const rename = new Map(
		(Object.keys(CSV_FILES) as (keyof DatasetTexts)[]).map((k) => [CSV_FILES[k], names[k]!])
	);
	return {
		ok: false,
		problems: result.problems.map((p) => ({ ...p, file: rename.get(p.file) ?? p.file }))
	};
}

function openJson(file: TextFile): ImportResult {
	let json: unknown;
	try {
		json = JSON.parse(file.text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, problems: [whole(file.name, `is not valid JSON (${reason})`)] };
	}
	return ownReport('json', [file.name], parseCompiledDataset(json, file.name, OPENED));
}

/**
 * Opens what a user chose: the four CSV files together, or one GEXF, GraphML or compiled JSON file.
 * `today` dates the source record of a foreign file (when it was read).
 */
export function openNetworkFiles(files: TextFile[], today: string): ImportResult {
	if (files.length === 0) return { ok: false, problems: [whole('(no file)', 'nothing to open')] };
	const formats = files.map((f) => formatOf(f.name));
	const unknown = files.filter((_, i) => formats[i] === null);
	if (unknown.length) {
		return {
			ok: false,
			problems: unknown.map((f) =>
				whole(f.name, 'is not a file the explorer opens (.csv, .json, .gexf, .graphml)')
			)
		};
	}
	if (formats.every((f) => f === 'csv')) return openCsv(files);
	if (files.length > 1) {
		return {
			ok: false,
			problems: [
				whole(
					files.map((f) => f.name).join(', '),
					'open one network at a time: the four CSV files together, or one GEXF, GraphML or JSON file'
				)
			]
		};
	}
	const [file] = files as [TextFile];
	switch (formats[0]) {
		case 'gexf':
			return gexfToDataset(file.text, file.name, today);
		case 'graphml':
			return graphmlToDataset(file.text, file.name, today);
		default:
			return openJson(file);
	}
}
