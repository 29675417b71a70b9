// The selection's neighbourhood at depth 1 or 2: what the view lights up around a node, through the
// shown part only (a hidden node or edge is never a bridge).
import type { NetworkGraph } from './build';
import { isEdgeShown, type ShownPart } from './shown';

export type Depth = 1 | 2;
export const DEPTHS: readonly Depth[] = [1, 2];

export interface Neighbourhood {
	focus: string | null;
	/** The focus and every node within `depth` hops of it. */
	nodes: Set<string>;
	/** The edges walked to reach them: from a node closer than `depth` to another lit node. */
	edges: Set<string>;
	/** Hops from the focus, for a ring or a shade per distance. */
	hops: Map<string, number>;
}

export const NO_NEIGHBOURHOOD: Neighbourhood = {
	focus: null,
	nodes: new Set(),
	edges: new Set(),
	hops: new Map()
};

/**
 * Breadth-first from `id` over relations in both directions, `depth` hops deep. A focus that is
 * unknown (or hidden by the view) lights nothing.
 */
export function neighbourhoodAtDepth(
	graph: NetworkGraph,
	id: string | null,
	depth: Depth,
	shown?: ShownPart
): Neighbourhood {
	if (id === null || !graph.hasNode(id) || (shown && !shown.nodes.has(id))) {
		return NO_NEIGHBOURHOOD;
	}
	const hops = new Map<string, number>([[id, 0]]);
	const edges = new Set<string>();
	let ring = [id];
	for (let hop = 1; hop <= depth; hop++) {
		const next: string[] = [];
		for (const node of ring) {
			graph.forEachEdge(node, (edge, _a, source, target) => {
				if (!isEdgeShown(graph, edge, shown)) return;
				const other = source === node ? target : source;
				edges.add(edge);
				if (hops.has(other)) return;
				hops.set(other, hop);
				next.push(other);
			});
		}
		ring = next;
	}
	return { focus: id, nodes: new Set(hops.keys()), edges, hops };
}
