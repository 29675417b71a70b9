// The one validator (DESIGN.md §2): CSV tables in, a dataset or every problem found out.
import type { CsvRow, CsvTable } from './csv';
import { endsBeforeStart, isPartialDate } from './dates';
import {
	ATTRIBUTE_PREFIX,
	EDGES,
	EVENTS,
	LIMITS,
	NODES,
	SOURCES,
	type ColumnKind,
	type FileSchema
} from './schema';
import type {
	DataEdge,
	DataEvent,
	DataNode,
	Dataset,
	EventKind,
	NodeType,
	Problem,
	Region,
	Relation,
	Source,
	Status
} from './types';

export interface DatasetTables {
	nodes: CsvTable;
	edges: CsvTable;
	events: CsvTable;
	sources: CsvTable;
}

export type ValidationResult =
	{ ok: true; dataset: Dataset; problems: [] } | { ok: false; dataset: null; problems: Problem[] };

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ISO = /^[A-Z]{2}$/;
const URL_RE = /^https?:\/\/\S+$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['', 'false', 'no', '0']);

/** A value quoted in a message, shortened so that one long cell cannot flood the report. */
export function quote(value: string): string {
	return `"${short(value)}"`;
}

const short = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Splits a `;`-separated list cell, dropping empty items. */
export function splitList(cell: string): string[] {
	return cell
		.split(';')
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

function checkHeader(table: CsvTable, schema: FileSchema, problems: Problem[]): void {
	for (const name of table.header) {
		// Own properties only: `toString` or `__proto__` is an unknown column, not Object.prototype's.
		const free = schema.attributePrefix && name.startsWith(schema.attributePrefix);
		if (free && name.length === schema.attributePrefix!.length) {
			problems.push({
				file: table.file,
				row: 1,
				column: name,
				message: 'attribute without a name'
			});
		} else if (!free && !Object.hasOwn(schema.columns, name)) {
			problems.push({ file: table.file, row: 1, column: name, message: 'unknown column' });
		}
	}
	for (const name of Object.keys(schema.columns)) {
		if (!table.header.includes(name) && !schema.optional.includes(name)) {
			problems.push({ file: table.file, row: 1, column: name, message: 'missing column' });
		}
	}
}

export interface ValidationOptions {
	/**
	 * False for a network a user opens: its records may cite the file itself, which has no URL.
	 * The project's own data (build, `data:check`, the bundled file) always requires URLs.
	 */
	requireSourceUrls?: boolean;
}

function checkCell(value: string, col: ColumnKind, options: ValidationOptions): string | null {
	if (col.kind === 'list') {
		return splitList(value).length > LIMITS.listItems
			? `has more than ${LIMITS.listItems} items`
			: null;
	}
	if (value.length > LIMITS.text) return `is longer than ${LIMITS.text} characters`;
	switch (col.kind) {
		case 'id':
			if (value === '') return 'missing id';
			return ID.test(value) ? null : `${quote(value)} is not a valid id (letters, digits, . _ -)`;
		case 'text':
			return col.required && value === '' ? 'is required' : null;
		case 'date':
			if (value === '') return col.required ? 'is required' : null;
			return isPartialDate(value)
				? null
				: `${quote(value)} is not a date (use 2009, 2010-12 or 2009-04-28)`;
		case 'bool':
			return TRUE.has(value.toLowerCase()) || FALSE.has(value.toLowerCase())
				? null
				: `${quote(value)} is not true or false`;
		case 'enum':
			if (value === '') return col.required ? 'is required' : null;
			return col.values.includes(value)
				? null
				: `unknown value ${quote(value)} (expected one of: ${col.values.join(', ')})`;
		case 'iso':
			return value === '' || ISO.test(value)
				? null
				: `${quote(value)} is not a two-letter ISO 3166 code`;
		case 'url':
			if (value === '') return options.requireSourceUrls === false ? null : 'is required';
			return URL_RE.test(value) ? null : `${quote(value)} is not an http(s) URL`;
		case 'number': {
			if (value === '') return null;
			const n = Number(value);
			if (Number.isNaN(n)) return `${quote(value)} is not a number`;
			const max = LIMITS.position;
			return Math.abs(n) <= max ? null : `${short(value)} is out of range (−${max} to ${max})`;
		}
		case 'positive': {
			if (value === '') return null;
			const n = Number(value);
			return n > 0 && n <= LIMITS.position ? null : `${quote(value)} is not a positive number`;
		}
		case 'color':
			return value === '' || COLOR.test(value)
				? null
				: `${quote(value)} is not a colour like #1a8c9c`;
	}
}

/** Checks every cell of every row; returns the rows whose cells are all valid. */
function checkRows(
	table: CsvTable,
	schema: FileSchema,
	options: ValidationOptions,
	problems: Problem[]
): CsvRow[] {
	const good: CsvRow[] = [];
	for (const r of table.rows) {
		let ok = true;
		for (const [name, col] of Object.entries(schema.columns)) {
			const message = checkCell(r.cells[name] ?? '', col, options);
			if (message) {
				problems.push({ file: table.file, row: r.row, column: name, message });
				ok = false;
			}
		}
		if (ok) good.push(r);
	}
	return good;
}

const bool = (v: string | undefined) => TRUE.has((v ?? '').toLowerCase());
const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

function provenanceOf(c: Record<string, string>) {
	return { uncertain: bool(c.uncertain), note: c.note ?? '', sources: splitList(c.sources ?? '') };
}

/** The free attribute cells of a row (`attr:name`), without empty ones; undefined when none. */
function attributesOf(c: Record<string, string>): Record<string, string> | undefined {
	// Object.fromEntries defines own properties, so an `attr:__proto__` column stays a plain entry.
	const entries = Object.entries(c)
		.filter(([name, value]) => name.startsWith(ATTRIBUTE_PREFIX) && value !== '')
		.map(([name, value]) => [name.slice(ATTRIBUTE_PREFIX.length), value] as const);
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function toNode(c: Record<string, string>): DataNode {
	const node: DataNode = {
		id: c.id!,
		type: c.type as NodeType,
		label: { en: c.label_en!, ru: c.label_ru ?? '', ruUnofficial: bool(c.label_ru_unofficial) },
		region: (c.region || null) as Region | null,
		iso: c.iso ?? '',
		acronym: c.acronym ?? '',
		from: c.from ?? '',
		until: c.until ?? '',
		status: (c.status || null) as Status | null,
		...provenanceOf(c),
		x: num(c.x),
		y: num(c.y)
	};
	// Optional fields are set only when present, so the project's records keep their shape.
	if (c.color) node.color = c.color.toLowerCase();
	if (c.size) node.size = Number(c.size);
	const attributes = attributesOf(c);
	if (attributes) node.attributes = attributes;
	return node;
}

function toEdge(c: Record<string, string>): DataEdge {
	return {
		id: c.id!,
		source: c.source!,
		target: c.target!,
		relation: c.relation as Relation,
		from: c.from ?? '',
		until: c.until ?? '',
		...provenanceOf(c)
	};
}

function toEvent(c: Record<string, string>): DataEvent {
	return {
		id: c.id!,
		kind: c.kind as EventKind,
		label: { en: c.label_en!, ru: c.label_ru ?? '', ruUnofficial: bool(c.label_ru_unofficial) },
		date: c.date!,
		endDate: c.end_date ?? '',
		place: c.place ?? '',
		nodes: splitList(c.nodes ?? ''),
		...provenanceOf(c)
	};
}

function toSource(c: Record<string, string>): Source {
	return {
		key: c.key!,
		title: c.title!,
		url: c.url!,
		publisher: c.publisher ?? '',
		accessed: c.accessed ?? ''
	};
}

/** Where each record came from, so that cross-record problems name their row. */
interface Located<T> {
	row: number;
	record: T;
}

function checkUnique<T>(
	file: string,
	column: string,
	items: Located<T>[],
	keyOf: (t: T) => string,
	problems: Problem[]
) {
	const first = new Map<string, number>();
	for (const { row, record } of items) {
		const key = keyOf(record);
		const seen = first.get(key);
		if (seen !== undefined) {
			problems.push({
				file,
				row,
				column,
				message: `duplicate ${quote(key)} (first on row ${seen})`
			});
		} else first.set(key, row);
	}
}

function checkPeriod(
	file: string,
	row: number,
	from: string,
	until: string,
	[fromCol, untilCol]: [string, string],
	problems: Problem[]
) {
	if (from && until && endsBeforeStart(from, until)) {
		problems.push({
			file,
			row,
			column: untilCol,
			message: `${until} is before ${fromCol} ${from}`
		});
	}
}

/** Validates the four tables together; a dataset comes out only when nothing at all is wrong. */
export function validateTables(
	tables: DatasetTables,
	options: ValidationOptions = {}
): ValidationResult {
	const problems: Problem[] = [];
	const pairs: [CsvTable, FileSchema][] = [
		[tables.nodes, NODES],
		[tables.edges, EDGES],
		[tables.events, EVENTS],
		[tables.sources, SOURCES]
	];
	for (const [table, schema] of pairs) checkHeader(table, schema, problems);
	const located = <T>(table: CsvTable, schema: FileSchema, to: (c: Record<string, string>) => T) =>
		checkRows(table, schema, options, problems).map((r) => ({ row: r.row, record: to(r.cells) }));
	const nodes = located(tables.nodes, NODES, toNode);
	const edges = located(tables.edges, EDGES, toEdge);
	const events = located(tables.events, EVENTS, toEvent);
	const sources = located(tables.sources, SOURCES, toSource);

	const [nodesFile, edgesFile, eventsFile] = [
		tables.nodes.file,
		tables.edges.file,
		tables.events.file
	];
	checkUnique(nodesFile, 'id', nodes, (n) => n.id, problems);
	checkUnique(edgesFile, 'id', edges, (e) => e.id, problems);
	checkUnique(eventsFile, 'id', events, (e) => e.id, problems);
	checkUnique(tables.sources.file, 'key', sources, (s) => s.key, problems);

	// Cross-references are checked against every id present, even on rows with other problems,
	// so that one mistake does not hide behind another.
	const nodeIds = new Set(tables.nodes.rows.map((r) => r.cells.id));
	const sourceKeys = new Set(tables.sources.rows.map((r) => r.cells.key));
	const checkSources = (file: string, row: number, keys: string[]) => {
		if (keys.length === 0)
			problems.push({ file, row, column: 'sources', message: 'cites no source' });
		for (const key of keys) {
			if (!sourceKeys.has(key)) {
				problems.push({
					file,
					row,
					column: 'sources',
					message: `unknown source key ${quote(key)}`
				});
			}
		}
	};
	for (const { row, record: n } of nodes) {
		checkSources(nodesFile, row, n.sources);
		checkPeriod(nodesFile, row, n.from, n.until, ['from', 'until'], problems);
		if ((n.x === null) !== (n.y === null)) {
			problems.push({
				file: nodesFile,
				row,
				column: 'x',
				message: 'x and y must be given together'
			});
		}
	}
	for (const { row, record: e } of edges) {
		for (const end of ['source', 'target'] as const) {
			if (!nodeIds.has(e[end])) {
				problems.push({
					file: edgesFile,
					row,
					column: end,
					message: `unknown node ${quote(e[end])}`
				});
			}
		}
		if (e.source === e.target) {
			problems.push({
				file: edgesFile,
				row,
				column: 'target',
				message: 'an edge cannot link a node to itself'
			});
		}
		checkSources(edgesFile, row, e.sources);
		checkPeriod(edgesFile, row, e.from, e.until, ['from', 'until'], problems);
	}
	// A link names a node or an event by its id alone (`?node=`, `?event=`): they must not clash.
	const nodeRows = new Map(tables.nodes.rows.map((r) => [r.cells.id, r.row]));
	for (const { row, record: ev } of events) {
		const clash = nodeRows.get(ev.id);
		if (clash !== undefined) {
			problems.push({
				file: eventsFile,
				row,
				column: 'id',
				message: `${quote(ev.id)} is already the id of a node (${nodesFile}:${clash}); ids must be unique across nodes and events`
			});
		}
		for (const id of ev.nodes) {
			if (!nodeIds.has(id)) {
				problems.push({
					file: eventsFile,
					row,
					column: 'nodes',
					message: `unknown node ${quote(id)}`
				});
			}
		}
		checkSources(eventsFile, row, ev.sources);
		checkPeriod(eventsFile, row, ev.date, ev.endDate, ['date', 'end_date'], problems);
	}

	if (problems.length > 0) {
		const order = pairs.map(([t]) => t.file);
		problems.sort(
			(a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (a.row ?? 0) - (b.row ?? 0)
		);
		return { ok: false, dataset: null, problems };
	}
	const records = <T>(items: Located<T>[]) => items.map((i) => i.record);
	return {
		ok: true,
		dataset: {
			nodes: records(nodes),
			edges: records(edges),
			events: records(events),
			sources: records(sources)
		},
		problems: []
	};
}
