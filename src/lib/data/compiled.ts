// Reads a compiled dataset file (JSON already parsed) into the tables the one validator checks.
// Total: whatever the JSON holds, the result is a dataset or a list of problems, never a throw.
// Every field is read by its type and never descended into further, so nesting is bounded by the
// format itself (root → list → record → label) and a value of the wrong shape is named, not coerced.
import type { CsvTable } from './csv';
import { EDGES, EVENTS, LIMITS, NODES, SOURCES, type FileSchema } from './schema';
import type { Problem } from './types';
import {
	validateTables,
	type DatasetTables,
	type ValidationOptions,
	type ValidationResult
} from './validate';

type Json = Record<string, unknown>;
/** How a record's field becomes a cell: where it is, and what JSON type it must have. */
type Field = { column: string; path: [string] | ['label', string]; type: FieldType };
type FieldType = 'text' | 'flag' | 'list' | 'number';

const isRecord = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value's JSON type in words, for messages. */
function kindOf(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	switch (typeof v) {
		case 'string':
			return 'text';
		case 'number':
			return 'a number';
		case 'boolean':
			return 'true or false';
		case 'object':
			return 'an object';
		default:
			return typeof v;
	}
}

const own = (r: Json, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : undefined);

/** The cell for one field, or the reason its value cannot be one. */
function cellOf(value: unknown, type: FieldType): { cell: string } | { error: string } {
	if (value === undefined || value === null) return { cell: '' };
	switch (type) {
		case 'text':
			return typeof value === 'string'
				? { cell: value }
				: { error: `must be text, not ${kindOf(value)}` };
		case 'number':
			return typeof value === 'number'
				? { cell: String(value) }
				: { error: `must be a number, not ${kindOf(value)}` };
		case 'flag':
			return typeof value === 'boolean'
				? { cell: value ? 'true' : '' }
				: { error: `must be true or false, not ${kindOf(value)}` };
		case 'list': {
			if (!Array.isArray(value)) return { error: `must be a list of texts, not ${kindOf(value)}` };
			if (value.length > LIMITS.listItems)
				return { error: `has more than ${LIMITS.listItems} items` };
			const odd = value.find((item) => typeof item !== 'string');
			if (odd !== undefined)
				return { error: `must be a list of texts, found ${kindOf(odd)} in it` };
			if (value.some((item: string) => item.includes(';')))
				return { error: 'an item contains ";"' };
			return { cell: value.join(';') };
		}
	}
}

const text = (column: string, key = column): Field => ({ column, path: [key], type: 'text' });
const LABEL: Field[] = [
	{ column: 'label_en', path: ['label', 'en'], type: 'text' },
	{ column: 'label_ru', path: ['label', 'ru'], type: 'text' },
	{ column: 'label_ru_unofficial', path: ['label', 'ruUnofficial'], type: 'flag' }
];
const PROVENANCE: Field[] = [
	{ column: 'uncertain', path: ['uncertain'], type: 'flag' },
	text('note'),
	{ column: 'sources', path: ['sources'], type: 'list' }
];

/** The fields of each list of a compiled file, in the column order of the CSV schema. */
const FIELDS: Record<keyof DatasetTables, { schema: FileSchema; fields: Field[] }> = {
	nodes: {
		schema: NODES,
		fields: [
			text('id'),
			text('type'),
			...LABEL,
			text('region'),
			text('iso'),
			text('acronym'),
			text('from'),
			text('until'),
			text('status'),
			...PROVENANCE,
			{ column: 'x', path: ['x'], type: 'number' },
			{ column: 'y', path: ['y'], type: 'number' },
			text('color'),
			{ column: 'size', path: ['size'], type: 'number' }
		]
	},
	edges: {
		schema: EDGES,
		fields: [
			text('id'),
			text('source'),
			text('target'),
			text('relation'),
			text('from'),
			text('until'),
			...PROVENANCE
		]
	},
	events: {
		schema: EVENTS,
		fields: [
			text('id'),
			text('kind'),
			...LABEL,
			text('date'),
			text('end_date', 'endDate'),
			text('place'),
			{ column: 'nodes', path: ['nodes'], type: 'list' },
			...PROVENANCE
		]
	},
	sources: {
		schema: SOURCES,
		fields: [text('key'), text('title'), text('url'), text('publisher'), text('accessed')]
	}
};

function tableOf(
	file: string,
	records: unknown,
	{ schema, fields }: (typeof FIELDS)[keyof DatasetTables],
	problems: Problem[]
): CsvTable {
	const header = Object.keys(schema.columns);
	if (!Array.isArray(records)) {
		problems.push({ file, row: null, column: null, message: 'is missing or not a list' });
		return { file, header, rows: [] };
	}
	if (records.length > LIMITS.records) {
		problems.push({
			file,
			row: null,
			column: null,
			message: `has more than ${LIMITS.records} records`
		});
		return { file, header, rows: [] };
	}
	const rows: CsvTable['rows'] = [];
	const extra = new Set<string>();
	records.forEach((record: unknown, row) => {
		const report = (column: string, message: string) =>
			problems.push({ file, row, column, message });
		if (!isRecord(record)) {
			const message = `is not a record (an object), but ${kindOf(record)}`;
			problems.push({ file, row, column: null, message });
			return;
		}
		const label = own(record, 'label');
		if (label !== undefined && label !== null && !isRecord(label)) {
			const message = `must be an object with en and ru, not ${kindOf(label)}`;
			problems.push({ file, row, column: 'label', message });
		}
		const cells: Record<string, string> = {};
		for (const { column, path, type } of fields) {
			const value =
				path[0] === 'label'
					? isRecord(label)
						? own(label, path[1]!)
						: undefined
					: own(record, path[0]);
			const read = cellOf(value, type);
			if ('cell' in read) cells[column] = read.cell;
			else {
				cells[column] = '';
				problems.push({ file, row, column, message: read.error });
			}
		}
		if (schema.attributePrefix)
			attributeCells(record, schema.attributePrefix, cells, extra, report);
		rows.push({ row, cells });
	});
	// Free attribute columns vary by record: every row gets every one, empty where it has none.
	for (const r of rows) for (const name of extra) r.cells[name] ??= '';
	return { file, header: [...header, ...extra], rows };
}

/** An opened network's free attributes (`attributes: {name: text}`) as `attr:name` cells. */
function attributeCells(
	record: Json,
	prefix: string,
	cells: Record<string, string>,
	columns: Set<string>,
	report: (column: string, message: string) => void
): void {
	const value = own(record, 'attributes');
	if (value === undefined || value === null) return;
	if (!isRecord(value)) {
		report('attributes', `must be an object of texts, not ${kindOf(value)}`);
		return;
	}
	for (const [name, v] of Object.entries(value)) {
		const column = `${prefix}${name}`;
		if (typeof v !== 'string') {
			report(column, `must be text, not ${kindOf(v)}`);
			continue;
		}
		columns.add(column);
		cells[column] = v;
	}
}

const ORDER: (keyof DatasetTables)[] = ['nodes', 'edges', 'events', 'sources'];

/**
 * Validates a compiled dataset file (JSON already parsed) with the same validator as the CSVs, so a
 * file opened in the app meets exactly the rules of the bundled data. Rows are record indices.
 */
export function parseCompiledDataset(
	json: unknown,
	name: string,
	options: ValidationOptions = {}
): ValidationResult {
	const refuse = (message: string): ValidationResult => ({
		ok: false,
		dataset: null,
		problems: [{ file: name, row: null, column: null, message }]
	});
	try {
		if (
			!isRecord(json) ||
			own(json, 'format') !== 'prague-process-network' ||
			own(json, 'version') !== 1
		)
			return refuse('is not a Prague Process network dataset file (format/version)');
		const typeProblems: Problem[] = [];
		const files = Object.fromEntries(ORDER.map((key) => [key, `${name} ${key}`])) as Record<
			keyof DatasetTables,
			string
		>;
		const tables = Object.fromEntries(
			ORDER.map((key) => [key, tableOf(files[key], own(json, key), FIELDS[key], typeProblems)])
		) as unknown as DatasetTables;
		const result = validateTables(tables, options);
		if (typeProblems.length === 0) return result;
		// A field of the wrong type was read as empty: its "is required" is not news.
		const where = (p: Problem) => `${p.file}\u0000${p.row}\u0000${p.column}`;
		const typed = new Set(
			typeProblems.flatMap((p) =>
				p.column === 'label' ? LABEL.map((f) => where({ ...p, column: f.column })) : [where(p)]
			)
		);
		const order = ORDER.map((key) => files[key]);
		const problems = [...typeProblems, ...result.problems.filter((p) => !typed.has(where(p)))];
		problems.sort(
			(a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (a.row ?? -1) - (b.row ?? -1)
		);
		return { ok: false, dataset: null, problems };
	} catch (error) {
		// Not expected (every field is type-checked), but the loader's promise is to never throw.
		return refuse(`could not be read (${error instanceof Error ? error.message : 'error'})`);
	}
}
