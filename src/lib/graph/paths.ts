// "How are these two connected?": every shortest chain of relations between two nodes through what
// the view shows, each step with the relations behind it, their dates and their sources.
import { brandes } from 'graphology-shortest-path/unweighted';
import type { DataEdge, PartialDate, Relation } from '../data/types';
import type { NetworkGraph } from './build';
import { undirectedView, type ShownPart } from './shown';

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

/**
 * All shortest paths between `a` and `b` over the shown part of the network (relations read in
 * either direction, hidden nodes and edges never crossed), via graphology-shortest-path's Brandes
 * search. `edges` gives each edge's record for its dates and sources. Paths come in a stable order.
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

	const view = undirectedView(graph, shown);
	const [, predecessors, counts] = brandes(view, a);
	if (!counts[b]) return { status: 'not-connected' };

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
		uncertain: graph.getEdgeAttribute(id, 'uncertain')
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
