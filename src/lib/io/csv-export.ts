// A dataset as the four CSV files of the project's contract (data/README.md), so that an export
// opens again in the app and passes `data:check` like the files it came from.
import type { DatasetTexts } from '../data/compile';
import { ATTRIBUTE_PREFIX, EDGES, EVENTS, NODES, SOURCES } from '../data/schema';
import type { DataEdge, DataEvent, DataNode, Dataset, Source } from '../data/types';

/** A cell as RFC 4180 wants it: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvCell(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Spreadsheets (Excel) read UTF-8 only with a byte-order mark; the parser drops it. */
const BOM = '\ufeff';

export function formatCsv(header: readonly string[], rows: readonly string[][]): string {
	const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
	return `${BOM}${lines.join('\r\n')}\r\n`;
}

const flag = (b: boolean) => (b ? 'true' : '');
const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const list = (items: readonly string[]) => items.join(';');

function nodeCells(n: DataNode): Record<string, string> {
	const cells: Record<string, string> = {
		id: n.id,
		type: n.type,
		label_en: n.label.en,
		label_ru: n.label.ru,
		label_ru_unofficial: flag(n.label.ruUnofficial),
		region: n.region ?? '',
		iso: n.iso,
		acronym: n.acronym,
		from: n.from,
		until: n.until,
		status: n.status ?? '',
		uncertain: flag(n.uncertain),
		note: n.note,
		sources: list(n.sources),
		x: num(n.x),
		y: num(n.y),
		color: n.color ?? '',
		size: num(n.size)
	};
	for (const [k, v] of Object.entries(n.attributes ?? {})) cells[`${ATTRIBUTE_PREFIX}${k}`] = v;
	return cells;
}

const edgeCells = (e: DataEdge): Record<string, string> => ({
	id: e.id,
	source: e.source,
	target: e.target,
	relation: e.relation,
	from: e.from,
	until: e.until,
	uncertain: flag(e.uncertain),
	note: e.note,
	sources: list(e.sources)
});

const eventCells = (e: DataEvent): Record<string, string> => ({
	id: e.id,
	kind: e.kind,
	label_en: e.label.en,
	label_ru: e.label.ru,
	label_ru_unofficial: flag(e.label.ruUnofficial),
	date: e.date,
	end_date: e.endDate,
	place: e.place,
	nodes: list(e.nodes),
	uncertain: flag(e.uncertain),
	note: e.note,
	sources: list(e.sources)
});

const sourceCells = (s: Source): Record<string, string> => ({
	key: s.key,
	title: s.title,
	url: s.url,
	publisher: s.publisher,
	accessed: s.accessed
});

function table(columns: string[], records: Record<string, string>[]): string {
	return formatCsv(
		columns,
		records.map((r) => columns.map((c) => r[c] ?? ''))
	);
}

/**
 * The four files. Optional node columns (positions, colours, sizes, free attributes) are written
 * only when some node has them, so the Prague Process export has exactly the columns of `data/`
 * plus the positions.
 */
export function datasetToCsv(dataset: Dataset): DatasetTexts {
	const nodes = dataset.nodes.map(nodeCells);
	const used = (column: string) => nodes.some((n) => n[column] !== '' && n[column] !== undefined);
	const nodeColumns = Object.keys(NODES.columns).filter(
		(c) => !NODES.optional.includes(c) || used(c)
	);
	const free = new Set<string>();
	for (const n of dataset.nodes) for (const k of Object.keys(n.attributes ?? {})) free.add(k);
	nodeColumns.push(...[...free].map((k) => `${ATTRIBUTE_PREFIX}${k}`));
	return {
		nodes: table(nodeColumns, nodes),
		edges: table(Object.keys(EDGES.columns), dataset.edges.map(edgeCells)),
		events: table(Object.keys(EVENTS.columns), dataset.events.map(eventCells)),
		sources: table(Object.keys(SOURCES.columns), dataset.sources.map(sourceCells))
	};
}
