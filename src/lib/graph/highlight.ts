import type { NetworkGraph } from './build';

/** The node a user points at or selected, with its neighbours: what the view lights up. */
export interface Highlight {
	focus: string | null;
	nodes: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { focus: null, nodes: new Set() };

/** The focus node and its direct neighbours (both directions). */
export function neighbourhood(graph: NetworkGraph, id: string | null): Highlight {
	if (id === null || !graph.hasNode(id)) return NO_HIGHLIGHT;
	return { focus: id, nodes: new Set([id, ...graph.neighbors(id)]) };
}
