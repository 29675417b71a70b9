// What GEXF and GraphML share: the checks made on the XML before a graph is built from it (so that
// a broken file is refused with the line of each problem), and the graph an export is written from.
import Graph from 'graphology';
import type { Dataset, Problem } from '../data/types';
import { buildGraph } from '../graph/build';
import type { Locale } from '../i18n/messages';
import { RELATION_NAMES } from '../i18n/messages';
import { OWN_EVENTS, OWN_FORMAT, OWN_SOURCES } from './foreign';
import { lineOf } from './xml';

/**
 * Every node has a unique id and every edge names two of them. Returns the problems (all of them,
 * by line) and the edges' ids as the file gives them, in file order.
 */
export function checkGraphElements(
	doc: Document,
	file: string,
	rootName: string
): { problems: Problem[]; edgeIds: (string | null)[] } {
	const problems: Problem[] = [];
	const root = doc.documentElement;
	if (root.localName !== rootName) {
		problems.push({
			file,
			row: lineOf(root),
			column: null,
			message: `is not a ${rootName.toUpperCase()} file (its root element is <${root.localName}>)`
		});
		return { problems, edgeIds: [] };
	}
	if (doc.getElementsByTagName('graph').length === 0) {
		problems.push({ file, row: null, column: null, message: 'has no <graph> element' });
	}
	const first = new Map<string, number | null>();
	const nodes = doc.getElementsByTagName('node');
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i]!;
		const id = node.getAttribute('id');
		const row = lineOf(node);
		if (!id) problems.push({ file, row, column: 'node', message: 'has no id' });
		else if (first.has(id)) {
			problems.push({
				file,
				row,
				column: 'node',
				message: `duplicate id "${id}" (first on line ${first.get(id)})`
			});
		} else first.set(id, row);
	}
	const edgeIds: (string | null)[] = [];
	const edges = doc.getElementsByTagName('edge');
	for (let i = 0; i < edges.length; i++) {
		const edge = edges[i]!;
		edgeIds.push(edge.getAttribute('id') || null);
		for (const end of ['source', 'target'] as const) {
			const id = edge.getAttribute(end);
			const row = lineOf(edge);
			if (!id) problems.push({ file, row, column: end, message: 'is missing' });
			else if (!first.has(id)) {
				problems.push({ file, row, column: end, message: `unknown node "${id}"` });
			}
		}
	}
	return { problems, edgeIds };
}

/** A graphology parser's error (a file shape this check did not foresee) as a problem. */
export function parserProblem(file: string, error: unknown): Problem[] {
	const reason = error instanceof Error ? error.message : String(error);
	return [
		{
			file,
			row: null,
			column: null,
			message: `could not be read: ${reason.replace(/^graphology-\w+\/parser:\s*/, '')}`
		}
	];
}

export interface ExportOptions {
	locale: Locale;
	/** What the file says it is (title and the view's filters), for its meta data. */
	description: string;
}

type Scalar = string | number | boolean;

/** The contract's fields of a node, as attributes (empty ones left out by the writers). */
export function nodeFields(node: Dataset['nodes'][number]): Record<string, Scalar> {
	const fields: Record<string, Scalar> = {
		label_en: node.label.en,
		label_ru: node.label.ru,
		label_ru_unofficial: node.label.ruUnofficial,
		type: node.type,
		region: node.region ?? '',
		iso: node.iso,
		acronym: node.acronym,
		from: node.from,
		until: node.until,
		status: node.status ?? '',
		uncertain: node.uncertain,
		note: node.note,
		sources: node.sources.join(';')
	};
	if (node.color) fields.node_color = node.color;
	if (node.size !== undefined) fields.node_size = node.size;
	for (const [k, v] of Object.entries(node.attributes ?? {})) fields[`attr:${k}`] = v;
	return fields;
}

export function edgeFields(edge: Dataset['edges'][number]): Record<string, Scalar> {
	return {
		relation: edge.relation,
		from: edge.from,
		until: edge.until,
		uncertain: edge.uncertain,
		note: edge.note,
		sources: edge.sources.join(';')
	};
}

export interface ExportNode {
	id: string;
	/** In the interface's language, as the panels show it. */
	label: string;
	color: string;
	size: number;
	x: number;
	y: number;
	fields: Record<string, Scalar>;
}

export interface ExportEdge {
	id: string;
	source: string;
	target: string;
	label: string;
	fields: Record<string, Scalar>;
}

/**
 * Nodes and edges as an export writes them: labels in the interface's language, the colours and
 * sizes the canvas draws (from `buildGraph`), positions, and every field of the contract.
 */
export function exportRecords(
	dataset: Dataset,
	locale: Locale
): { nodes: ExportNode[]; edges: ExportEdge[]; meta: Record<string, string> } {
	const graph = buildGraph(dataset);
	const nodes = dataset.nodes.map((n) => {
		const a = graph.getNodeAttributes(n.id);
		return {
			id: n.id,
			label: locale === 'ru' && n.label.ru ? n.label.ru : n.label.en,
			color: a.color,
			size: a.size,
			x: a.x,
			y: a.y,
			fields: nodeFields(n)
		};
	});
	const edges = dataset.edges.map((e) => ({
		id: e.id,
		source: e.source,
		target: e.target,
		label: RELATION_NAMES[locale][e.relation].out,
		fields: edgeFields(e)
	}));
	const meta = {
		format: OWN_FORMAT,
		[OWN_SOURCES]: JSON.stringify(dataset.sources),
		[OWN_EVENTS]: JSON.stringify(dataset.events)
	};
	return { nodes, edges, meta };
}

/** A graphology graph for the writers (multi: two records may link the same pair). */
export function emptyExportGraph() {
	return new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
}
