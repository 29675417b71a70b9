// "How are these two connected?": every shortest chain of relations between two nodes through what
// the view shows, each step with the relations behind it, their dates and their sources.
import Graph from 'graphology';
import { brandes } from 'graphology-shortest-path/unweighted';
import type { DataEdge, PartialDate, Relation } from '../data/types';
import type { NetworkGraph } from './build';
import { filterIndex, type FilterIndex } from './filter-index';
import type { ShownPart, UndirectedView } from './shown';

/** One edge of the dataset behind a step. */
export interface PathEdge {
	id: string;
	relation: Relation;
	/** `out` when the step's first node is the edge's source ("Sweden leads PP4"), else `in`. */
	direction: 'out' | 'in';
	from: PartialDate;
	until: PartialDate;
	sources: string[];
	uncertain: boolean;
}

/** A hop from one node to the next; two nodes may be linked by several relations at once. */
export interface PathStep {
	from: string;
	to: string;
	edges: PathEdge[];
}

export interface Path {
	/** The nodes in order, from the first node asked for to the second. */
	nodes: string[];
	steps: PathStep[];
}

export type PathResult =
	/** `total` counts every shortest path; `paths` lists at most `limit` of them. */
	| { status: 'found'; length: number; total: number; paths: Path[] }
	| { status: 'not-connected' }
	/** One end (or both) is not in the network, or not shown in the current view. */
	| { status: 'unknown' | 'not-shown'; nodes: string[] }
	| { status: 'same-node' };

/** Enough for a panel; ties beyond it are counted, not listed. */
export const MAX_PATHS = 20;

/** Hops from `start` to every node over the shown part (-1: not reached), on the flat index. */
function hops(ix: FilterIndex, start: number, node: Uint8Array, edge: Uint8Array): Int32Array {
	const dist = new Int32Array(ix.ids.length).fill(-1);
	const queue = new Int32Array(ix.ids.length);
	let head = 0;
	let tail = 0;
	dist[start] = 0;
	queue[tail++] = start;
	while (head < tail) {
		const u = queue[head++]!;
		for (let k = ix.adjStart[u]!; k < ix.adjStart[u + 1]!; k++) {
			const v = ix.adj[k]!;
			if (dist[v] !== -1 || !node[v] || !edge[ix.adjEdge[k]!]) continue;
			dist[v] = dist[u]! + 1;
			queue[tail++] = v;
		}
	}
	return dist;
}

/**
 * The part of the network that shortest paths from `a` to `b` can use: the nodes `d` hops apart in
 * total from both ends, linked by the edges that take one step closer to `b`. Two breadth-first
 * passes over the flat index find it, so a 50,000-node network is never copied whole.
 */
function pathView(
	ix: FilterIndex,
	a: number,
	b: number,
	shown: ShownPart | undefined
): UndirectedView | null {
	const n = ix.ids.length;
	const node = new Uint8Array(n).fill(shown ? 0 : 1);
	if (shown) {
		for (const id of shown.nodes) {
			const i = ix.position.get(id);
			if (i !== undefined) node[i] = 1;
		}
	}
	const edge = new Uint8Array(ix.edgeIds.length).fill(1);
	if (shown)
		for (let e = 0; e < edge.length; e++) if (shown.hiddenEdges.has(ix.edgeIds[e]!)) edge[e] = 0;
	const fromA = hops(ix, a, node, edge);
	const d = fromA[b]!;
	if (d < 0) return null;
	const fromB = hops(ix, b, node, edge);
	const view: UndirectedView = new Graph({
		type: 'undirected',
		multi: false,
		allowSelfLoops: false
	});
	for (let u = 0; u < n; u++) {
		if (fromA[u]! >= 0 && fromB[u]! >= 0 && fromA[u]! + fromB[u]! === d) view.addNode(ix.ids[u]!);
	}
	view.forEachNode((id) => {
		const u = ix.position.get(id)!;
		for (let k = ix.adjStart[u]!; k < ix.adjStart[u + 1]!; k++) {
			const v = ix.adj[k]!;
			const e = ix.adjEdge[k]!;
			if (!edge[e] || fromA[v] !== fromA[u]! + 1 || !view.hasNode(ix.ids[v]!)) continue;
			const link = view.edge(id, ix.ids[v]!);
			if (link === undefined) view.addEdge(id, ix.ids[v]!, { edges: [ix.edgeIds[e]!] });
			else view.getEdgeAttribute(link, 'edges').push(ix.edgeIds[e]!);
		}
	});
	return view;
}

/**
 * All shortest paths between `a` and `b` over the shown part of the network (relations read in
 * either direction, hidden nodes and edges never crossed). Distances come from two breadth-first
 * passes; the paths themselves from graphology-shortest-path's Brandes search over the part they can
 * use. `edges` gives each edge's record for its dates and sources. Paths come in a stable order.
 */
export function shortestPaths(
	graph: NetworkGraph,
	a: string,
	b: string,
	edges: ReadonlyMap<string, DataEdge>,
	shown?: ShownPart,
	limit = MAX_PATHS
): PathResult {
	const unknown = [a, b].filter((id) => !graph.hasNode(id));
	if (unknown.length) return { status: 'unknown', nodes: unknown };
	const hidden = shown ? [a, b].filter((id) => !shown.nodes.has(id)) : [];
	if (hidden.length) return { status: 'not-shown', nodes: [...new Set(hidden)] };
	if (a === b) return { status: 'same-node' };

	const ix = filterIndex(graph);
	const view = pathView(ix, ix.position.get(a)!, ix.position.get(b)!, shown);
	if (!view) return { status: 'not-connected' };
	const [, predecessors, counts] = brandes(view, a);

	// Walk the predecessor lists back from b; ids sorted so that the order never depends on the data's.
	const found: string[][] = [];
	const walk = (node: string, suffix: string[]) => {
		if (found.length >= limit) return;
		if (node === a) {
			found.push([a, ...suffix]);
			return;
		}
		for (const p of [...predecessors[node]!].sort()) walk(p, [node, ...suffix]);
	};
	walk(b, []);
	// Listed in reading order: by the first node where two paths part.
	found.sort((p, q) => {
		const i = p.findIndex((id, k) => id !== q[k]);
		return i < 0 ? 0 : p[i]!.localeCompare(q[i]!);
	});

	const step = (from: string, to: string): PathStep => ({
		from,
		to,
		edges: view
			.getEdgeAttribute(view.edge(from, to)!, 'edges')
			.map((id) => pathEdge(graph, id, from, edges.get(id)))
			.sort((x, y) => x.from.localeCompare(y.from) || x.id.localeCompare(y.id))
	});
	return {
		status: 'found',
		length: found[0]!.length - 1,
		total: counts[b]!,
		paths: found.map((nodes) => ({
			nodes,
			steps: nodes.slice(1).map((to, i) => step(nodes[i]!, to))
		}))
	};
}

function pathEdge(
	graph: NetworkGraph,
	id: string,
	from: string,
	record: DataEdge | undefined
): PathEdge {
	return {
		id,
		relation: graph.getEdgeAttribute(id, 'relation'),
		direction: graph.source(id) === from ? 'out' : 'in',
		from: record?.from ?? '',
		until: record?.until ?? '',
		sources: record?.sources ?? [],
		uncertain: record?.uncertain ?? false
	};
}

/** The nodes and edges of the paths listed, for the view to light them up. */
export function pathHighlight(result: PathResult): { nodes: Set<string>; edges: Set<string> } {
	const nodes = new Set<string>();
	const edges = new Set<string>();
	if (result.status !== 'found') return { nodes, edges };
	for (const path of result.paths) {
		for (const n of path.nodes) nodes.add(n);
		for (const s of path.steps) for (const e of s.edges) edges.add(e.id);
	}
	return { nodes, edges };
}
