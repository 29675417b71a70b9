// A graph read from a GEXF or GraphML file → the app's dataset. Files written by this app carry
// every field and are read back exactly; other files rarely know our types and regions, so what
// resembles them is mapped, the rest gets a default, and the report says which is which. A
// well-formed file is never refused only because it lacks our attributes.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { parseCompiledDataset } from '../data/compile';
import { isPartialDate } from '../data/dates';
import {
	NODE_TYPES,
	REGIONS,
	RELATIONS,
	STATUSES,
	type DataEdge,
	type DataNode,
	type Dataset,
	type Problem,
	type Region
} from '../data/types';
import { NODE_TYPE_NAMES, REGION_NAMES } from '../i18n/messages';
import type { ImportReport, ImportResult, NetworkFormat } from './types';

/** The marker this app writes into its GEXF and GraphML files (graph attribute `format`). */
export const OWN_FORMAT = 'prague-process-network';
/** Graph attributes of an own file holding the tables that GEXF and GraphML have no place for. */
export const OWN_SOURCES = 'sources';
export const OWN_EVENTS = 'events';
/** The key of the one source cited by the records of a foreign file: the file itself. */
export const FILE_SOURCE = 'file';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export interface ForeignInput {
	graph: AnyGraph;
	format: Exclude<NetworkFormat, 'csv' | 'json'>;
	file: string;
	/** Edge ids as the file gives them, in file order (null where an edge has none). */
	edgeIds: (string | null)[];
	/** Today (`YYYY-MM-DD`): when the file was read, for its source record. */
	today: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Attributes that a graph file uses for drawing, not for data. */
const DRAWING = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'r', 'g', 'b']);
const LABEL_KEYS = ['label', 'name', 'title', 'tooltip'];
const TYPE_KEYS = ['type', 'kind', 'category', 'node_type', 'nodetype', 'class'];
const REGION_KEYS = ['region', 'group'];
const FROM_KEYS = ['from', 'start', 'start_date', 'begin'];
const UNTIL_KEYS = ['until', 'end', 'end_date'];
const RELATION_KEYS = ['relation', 'kind', 'type', 'label'];
/** Sizes of an opened file are brought into the range of ours. */
const SIZE_MIN = 3;
const SIZE_MAX = 20;

/** Lower case, no accents, words joined by `_`: "Thematic area" and "thematic-area" both match. */
export function normalise(value: string): string {
	return value
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '_')
		.replace(/^_|_$/g, '');
}

function lookupTable<T extends string>(
	values: readonly T[],
	names: Record<string, Record<T, string>>
): Map<string, T> {
	const table = new Map<string, T>();
	for (const v of values) {
		table.set(normalise(v), v);
		for (const byLocale of Object.values(names)) table.set(normalise(byLocale[v]), v);
	}
	return table;
}

const TYPE_OF = lookupTable(NODE_TYPES, NODE_TYPE_NAMES);
const REGION_OF = lookupTable<Region>(REGIONS, {
	...REGION_NAMES,
	// "EU / Schengen area" is also written "EU", "Schengen".
	alias: { ...REGION_NAMES.en, eu_schengen: 'EU' }
});
const STATUS_OF = new Map(STATUSES.map((s) => [normalise(s), s]));
const RELATION_OF = new Map(RELATIONS.map((r) => [normalise(r), r]));

const text = (v: unknown): string => {
	if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
	if (Array.isArray(v)) return v.map(text).join('; ');
	return typeof v === 'object' ? JSON.stringify(v) : String(v).trim();
};

/** `#rrggbb` from `#rgb`, `#rrggbb(aa)`, `rgb(…)` or `rgba(…)`; null for anything else. */
export function hexColor(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const v = value.trim().toLowerCase();
	if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/.test(v)) return v.slice(0, 7);
	if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
	const m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*[\d.]+\s*)?\)$/.exec(v);
	if (!m) return null;
	const byte = (s: string) => Math.min(255, Number(s)).toString(16).padStart(2, '0');
	return `#${byte(m[1]!)}${byte(m[2]!)}${byte(m[3]!)}`;
}

/** Ids the URL and the CSVs can carry; others are rewritten, uniquely. */
function idMapper() {
	const used = new Set<string>();
	let renamed = 0;
	const map = (raw: string, fallback: string): string => {
		let id = raw;
		if (!ID.test(id) || used.has(id)) {
			const cleaned = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
			const base = cleaned || fallback;
			id = base;
			for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
			renamed++;
		}
		used.add(id);
		return id;
	};
	return { map, renamed: () => renamed };
}

/** The first of `candidates` that the records use, by name regardless of case. */
function findKey(present: Iterable<string>, candidates: string[]): string | null {
	const byLower = new Map<string, string>();
	for (const k of present) if (!byLower.has(k.toLowerCase())) byLower.set(k.toLowerCase(), k);
	for (const c of candidates) {
		const k = byLower.get(c);
		if (k !== undefined) return k;
	}
	return null;
}

function keysOf(records: Iterable<Attributes>): Set<string> {
	const keys = new Set<string>();
	for (const a of records) for (const k of Object.keys(a)) keys.add(k);
	return keys;
}

/** Picks the first attribute among `candidates` whose values match the lookup on some record. */
function mapping<T>(
	records: Attributes[],
	keys: Set<string>,
	candidates: string[],
	lookup: (v: string) => T | undefined
): { key: string; values: (T | undefined)[] } | null {
	for (const candidate of candidates) {
		const key = findKey(keys, [candidate]);
		if (key === null) continue;
		const values = records.map((a) => lookup(text(a[key])));
		if (values.some((v) => v !== undefined)) return { key, values };
	}
	return null;
}

const nodesOf = (graph: AnyGraph) => graph.mapNodes((id, a) => ({ id, a }));
const edgesOf = (graph: AnyGraph) =>
	graph.mapEdges((id, a, source, target) => ({ id, a, source, target }));

/** Reads a graph file written by this app: the fields are its attributes, the tables its meta. */
function ownDataset(input: ForeignInput): ImportResult {
	const { graph, file } = input;
	const problems: Problem[] = [];
	const table = (key: string): unknown[] => {
		const raw = graph.getAttribute(key);
		if (raw === undefined) return [];
		try {
			const parsed: unknown = JSON.parse(String(raw));
			if (Array.isArray(parsed)) return parsed;
		} catch {
			// reported below
		}
		problems.push({ file, row: null, column: key, message: 'is not a list written by this app' });
		return [];
	};
	const str = (v: unknown) => text(v);
	// The compiled format is typed: lists as lists, flags as booleans, numbers as numbers.
	const list = (v: unknown) => (str(v) === '' ? [] : str(v).split(';'));
	const flag = (v: unknown) => v === true || str(v).toLowerCase() === 'true';
	const num = (v: unknown) => (str(v) === '' ? null : Number(v));
	const opt = (v: unknown) => (str(v) === '' ? undefined : str(v));
	const nodes = nodesOf(graph).map(({ id, a }) => {
		const attributes: Record<string, string> = {};
		for (const [k, v] of Object.entries(a)) {
			if (k.startsWith('attr:') && text(v) !== '') attributes[k.slice(5)] = text(v);
		}
		return {
			id,
			type: str(a.type),
			label: {
				en: str(a.label_en),
				ru: str(a.label_ru),
				ruUnofficial: flag(a.label_ru_unofficial)
			},
			region: str(a.region),
			iso: str(a.iso),
			acronym: str(a.acronym),
			from: str(a.from),
			until: str(a.until),
			status: str(a.status),
			uncertain: flag(a.uncertain),
			note: str(a.note),
			sources: list(a.sources),
			x: num(a.x),
			y: num(a.y),
			color: opt(a.node_color),
			size: num(a.node_size),
			attributes
		};
	});
	const edges = edgesOf(graph).map(({ id, a, source, target }) => ({
		id,
		source,
		target,
		relation: str(a.relation),
		from: str(a.from),
		until: str(a.until),
		uncertain: flag(a.uncertain),
		note: str(a.note),
		sources: list(a.sources)
	}));
	const compiled = {
		format: OWN_FORMAT,
		version: 1,
		nodes,
		edges,
		events: table(OWN_EVENTS),
		sources: table(OWN_SOURCES)
	};
	if (problems.length) return { ok: false, problems };
	const result = parseCompiledDataset(compiled, file, { requireSourceUrls: false });
	if (!result.ok) return { ok: false, problems: result.problems };
	return {
		ok: true,
		dataset: result.dataset,
		report: {
			format: input.format,
			files: [file],
			nodes: nodes.length,
			edges: edges.length,
			own: true,
			mapped: [],
			defaulted: [],
			kept: [...keysOf(result.dataset.nodes.map((n) => n.attributes ?? {}))],
			left: [],
			renamedIds: 0
		}
	};
}

/** Reads a graph file written by another tool (Gephi, Gephi Lite, Cytoscape, yEd, networkx...). */
function foreignDataset(input: ForeignInput): ImportResult {
	const { graph, file, today } = input;
	const nodes = nodesOf(graph);
	const records = nodes.map((n) => n.a);
	const keys = keysOf(records);
	const report: ImportReport = {
		format: input.format,
		files: [file],
		nodes: nodes.length,
		edges: 0,
		own: false,
		mapped: [],
		defaulted: [],
		kept: [],
		left: [],
		renamedIds: 0
	};
	const defaulted = (field: string, value: string, count: number) => {
		if (count > 0) report.defaulted.push({ field, value, count });
	};

	const labelKey = findKey(keys, LABEL_KEYS);
	if (labelKey) report.mapped.push({ field: 'label', from: labelKey });
	const type = mapping(records, keys, TYPE_KEYS, (v) => TYPE_OF.get(normalise(v)));
	if (type) report.mapped.push({ field: 'type', from: type.key });
	const region = mapping(records, keys, REGION_KEYS, (v) => REGION_OF.get(normalise(v)));
	if (region) report.mapped.push({ field: 'region', from: region.key });
	const status = mapping(records, keys, ['status'], (v) => STATUS_OF.get(normalise(v)));
	if (status) report.mapped.push({ field: 'status', from: status.key });
	const date = (v: string) => (isPartialDate(v) ? v : undefined);
	const from = mapping(records, keys, FROM_KEYS, date);
	if (from) report.mapped.push({ field: 'from', from: from.key });
	const until = mapping(records, keys, UNTIL_KEYS, date);
	if (until) report.mapped.push({ field: 'until', from: until.key });

	const colors = records.map((a) => hexColor(a.color));
	if (colors.some((c) => c !== null)) report.mapped.push({ field: 'color', from: 'color' });
	const sizes = records.map((a) =>
		typeof a.size === 'number' && Number.isFinite(a.size) && a.size > 0 ? a.size : null
	);
	const given = sizes.filter((s): s is number => s !== null);
	const [lo, hi] = [Math.min(...given), Math.max(...given)];
	const scaled = (s: number) =>
		hi === lo
			? 6
			: Math.round((SIZE_MIN + ((s - lo) / (hi - lo)) * (SIZE_MAX - SIZE_MIN)) * 10) / 10;
	if (given.length) report.mapped.push({ field: 'size', from: 'size' });
	const positioned = records.map(
		(a) => typeof a.x === 'number' && typeof a.y === 'number' && isFinite(a.x) && isFinite(a.y)
	);
	if (positioned.some(Boolean)) report.mapped.push({ field: 'position', from: 'x, y' });

	// Every other attribute is kept as it is, for the facets and the exports.
	const used = new Set([labelKey, type?.key, region?.key, status?.key, from?.key, until?.key]);
	const fullyMapped = (m: { key: string; values: unknown[] } | null) =>
		m !== null && m.values.every((v) => v !== undefined);
	const kept = [...keys].filter(
		(k) =>
			!DRAWING.has(k.toLowerCase()) &&
			k !== labelKey &&
			!(
				used.has(k) &&
				[type, region, status, from, until].some((m) => m?.key === k && fullyMapped(m))
			)
	);
	report.kept = kept;

	const ids = idMapper();
	const idOf = new Map<string, string>();
	const dataNodes: DataNode[] = nodes.map(({ id: raw, a }, i) => {
		const id = ids.map(raw, `node-${i + 1}`);
		idOf.set(raw, id);
		const label = (labelKey ? text(a[labelKey]) : '') || raw;
		const attributes: Record<string, string> = {};
		for (const k of kept) if (text(a[k]) !== '') attributes[k] = text(a[k]);
		const node: DataNode = {
			id,
			type: type?.values[i] ?? 'other',
			label: { en: label, ru: '', ruUnofficial: false },
			region: region?.values[i] ?? null,
			iso: '',
			acronym: '',
			from: from?.values[i] ?? '',
			until: until?.values[i] ?? '',
			status: status?.values[i] ?? null,
			uncertain: false,
			note: '',
			sources: [FILE_SOURCE],
			x: positioned[i] ? (a.x as number) : null,
			y: positioned[i] ? (a.y as number) : null
		};
		if (colors[i]) node.color = colors[i]!;
		if (sizes[i] !== null) node.size = scaled(sizes[i]!);
		if (Object.keys(attributes).length) node.attributes = attributes;
		return node;
	});
	defaulted(
		'label',
		'id',
		labelKey ? dataNodes.filter((_, i) => !text(records[i]![labelKey])).length : nodes.length
	);
	defaulted('type', 'other', dataNodes.filter((n) => n.type === 'other').length);
	defaulted('color', 'type', colors.filter((c) => c === null).length);
	defaulted('size', 'degree', sizes.filter((s) => s === null).length);
	const unplaced = positioned.filter((p) => !p).length;
	defaulted('position', 'layout', unplaced);
	// The layout places every node when any lacks a position: positions are all or nothing.
	if (unplaced) for (const n of dataNodes) [n.x, n.y] = [null, null];

	const edges = edgesOf(graph);
	const edgeRecords = edges.map((e) => e.a);
	const edgeKeys = keysOf(edgeRecords);
	const relation = mapping(edgeRecords, edgeKeys, RELATION_KEYS, (v) =>
		RELATION_OF.get(normalise(v))
	);
	if (relation) report.mapped.push({ field: 'relation', from: relation.key });
	const edgeFrom = mapping(edgeRecords, edgeKeys, FROM_KEYS, date);
	const edgeUntil = mapping(edgeRecords, edgeKeys, UNTIL_KEYS, date);
	const edgeIds = idMapper();
	let loops = 0;
	const dataEdges: DataEdge[] = [];
	edges.forEach(({ source, target }, i) => {
		if (source === target) {
			loops++;
			return;
		}
		dataEdges.push({
			id: edgeIds.map(input.edgeIds[i] ?? `e${i + 1}`, `e${i + 1}`),
			source: idOf.get(source)!,
			target: idOf.get(target)!,
			relation: relation?.values[i] ?? 'linked_to',
			from: edgeFrom?.values[i] ?? '',
			until: edgeUntil?.values[i] ?? '',
			uncertain: false,
			note: '',
			sources: [FILE_SOURCE]
		});
	});
	report.edges = dataEdges.length;
	defaulted('relation', 'linked_to', dataEdges.filter((e) => e.relation === 'linked_to').length);
	const edgeLeft = [...edgeKeys].filter(
		(k) => ![relation?.key, edgeFrom?.key, edgeUntil?.key].includes(k) && !DRAWING.has(k)
	);
	for (const k of edgeLeft) {
		const count = edgeRecords.filter((a) => text(a[k]) !== '').length;
		report.left.push({ kind: 'edge-attribute', name: k, count });
	}
	if (loops) report.left.push({ kind: 'self-loops', count: loops });
	report.renamedIds = ids.renamed() + edgeIds.renamed();

	const creator = text(graph.getAttribute('creator') ?? graph.getAttribute('authors'));
	const dataset: Dataset = {
		nodes: dataNodes,
		edges: dataEdges,
		events: [],
		sources: [{ key: FILE_SOURCE, title: file, url: '', publisher: creator, accessed: today }]
	};
	// The same validator as every other way in: what it refuses is refused here too.
	const checked = parseCompiledDataset({ format: OWN_FORMAT, version: 1, ...dataset }, file, {
		requireSourceUrls: false
	});
	return checked.ok ? { ok: true, dataset: checked.dataset, report } : checked;
}

export function datasetFromGraph(input: ForeignInput): ImportResult {
	return input.graph.getAttribute('format') === OWN_FORMAT
		? ownDataset(input)
		: foreignDataset(input);
}
