// CSV files → validated dataset → the compiled dataset file the app loads (DESIGN.md §2).
import { parseCsv, type CsvTable } from './csv';
import type { CompiledDataset, Dataset, Problem } from './types';
import { ATTRIBUTE_PREFIX } from './schema';
import {
	validateTables,
	type DatasetTables,
	type ValidationOptions,
	type ValidationResult
} from './validate';

export type DatasetTexts = Record<keyof DatasetTables, string>;

export const CSV_FILES: Record<keyof DatasetTables, string> = {
	nodes: 'nodes.csv',
	edges: 'edges.csv',
	events: 'events.csv',
	sources: 'sources.csv'
};

/** Parses and validates the four CSV texts; every problem of every file is reported at once. */
export function compileCsv(texts: DatasetTexts, options: ValidationOptions = {}): ValidationResult {
	const problems: Problem[] = [];
	const parse = (key: keyof DatasetTables) => {
		const { table, problems: found } = parseCsv(texts[key], CSV_FILES[key]);
		problems.push(...found);
		return table;
	};
	const tables = {
		nodes: parse('nodes'),
		edges: parse('edges'),
		events: parse('events'),
		sources: parse('sources')
	};
	const result = validateTables(tables, options);
	if (problems.length === 0) return result;
	// Malformed CSV comes first: a broken quote explains the errors that follow it.
	return { ok: false, dataset: null, problems: [...problems, ...result.problems] };
}

export function toCompiledDataset(dataset: Dataset): CompiledDataset {
	return { format: 'prague-process-network', version: 1, ...dataset };
}

const str = (v: unknown): string =>
	v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
const flag = (v: unknown): string =>
	v === true ? 'true' : v === false || v == null ? '' : String(v);

function tableOf(
	file: string,
	records: unknown,
	toCells: (r: Record<string, unknown>) => Record<string, string>,
	problems: Problem[]
): CsvTable {
	if (!Array.isArray(records)) {
		problems.push({ file, row: null, column: null, message: 'is missing or not a list' });
		return { file, header: [], rows: [] };
	}
	const rows = records.map((r, i) => ({
		row: i,
		cells: toCells(typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {})
	}));
	// The header is every column some record has (free attribute columns vary by record).
	const header = new Set(Object.keys(toCells({})));
	for (const r of rows) for (const name of Object.keys(r.cells)) header.add(name);
	for (const r of rows) for (const name of header) r.cells[name] ??= '';
	return { file, header: [...header], rows };
}

const labelCells = (label: unknown) => {
	const l = (typeof label === 'object' && label !== null ? label : {}) as Record<string, unknown>;
	return { label_en: str(l.en), label_ru: str(l.ru), label_ru_unofficial: flag(l.ruUnofficial) };
};
const provenanceCells = (r: Record<string, unknown>) => ({
	uncertain: flag(r.uncertain),
	note: str(r.note),
	sources: str(r.sources)
});

/** A node's free attributes as `attr:name` cells (an opened network's; none for ours). */
function attributeCells(value: unknown): Record<string, string> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
	return Object.fromEntries(
		Object.entries(value as Record<string, unknown>).map(([k, v]) => [
			`${ATTRIBUTE_PREFIX}${k}`,
			str(v)
		])
	);
}

/**
 * Validates a compiled dataset file (JSON already parsed) with the same validator as the CSVs, so a
 * file opened in the app meets exactly the rules of the bundled data. Rows are record indices.
 */
export function parseCompiledDataset(
	json: unknown,
	name: string,
	options: ValidationOptions = {}
): ValidationResult {
	const problems: Problem[] = [];
	const root = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
	if (root.format !== 'prague-process-network' || root.version !== 1) {
		return {
			ok: false,
			dataset: null,
			problems: [
				{
					file: name,
					row: null,
					column: null,
					message: 'is not a Prague Process network dataset file (format/version)'
				}
			]
		};
	}
	const at = (key: string) => `${name} ${key}`;
	const tables: DatasetTables = {
		nodes: tableOf(
			at('nodes'),
			root.nodes,
			(r) => ({
				id: str(r.id),
				type: str(r.type),
				...labelCells(r.label),
				region: str(r.region),
				iso: str(r.iso),
				acronym: str(r.acronym),
				from: str(r.from),
				until: str(r.until),
				status: str(r.status),
				...provenanceCells(r),
				x: str(r.x),
				y: str(r.y),
				color: str(r.color),
				size: str(r.size),
				...attributeCells(r.attributes)
			}),
			problems
		),
		edges: tableOf(
			at('edges'),
			root.edges,
			(r) => ({
				id: str(r.id),
				source: str(r.source),
				target: str(r.target),
				relation: str(r.relation),
				from: str(r.from),
				until: str(r.until),
				...provenanceCells(r)
			}),
			problems
		),
		events: tableOf(
			at('events'),
			root.events,
			(r) => ({
				id: str(r.id),
				kind: str(r.kind),
				...labelCells(r.label),
				date: str(r.date),
				end_date: str(r.endDate),
				place: str(r.place),
				nodes: str(r.nodes),
				...provenanceCells(r)
			}),
			problems
		),
		sources: tableOf(
			at('sources'),
			root.sources,
			(r) => ({
				key: str(r.key),
				title: str(r.title),
				url: str(r.url),
				publisher: str(r.publisher),
				accessed: str(r.accessed)
			}),
			problems
		)
	};
	if (problems.length > 0) return { ok: false, dataset: null, problems };
	return validateTables(tables, options);
}
