import type { NetworkGraph } from './build';

/**
 * What the view lights up: the node a user points at or selected with its neighbours, or the nodes
 * a selected event involves (then `focus` is null). Empty `nodes`: nothing is lit, nothing dimmed.
 */
export interface Highlight {
	focus: string | null;
	nodes: ReadonlySet<string>;
	/** When given, exactly the edges lit (a path, a deeper neighbourhood); else they follow `focus`. */
	edges?: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { focus: null, nodes: new Set() };

/** The focus node and its direct neighbours (both directions). */
export function neighbourhood(graph: NetworkGraph, id: string | null): Highlight {
	if (id === null || !graph.hasNode(id)) return NO_HIGHLIGHT;
	return { focus: id, nodes: new Set([id, ...graph.neighbors(id)]) };
}

/** The nodes an event involves (those present in the graph). */
export function eventHighlight(graph: NetworkGraph, nodeIds: readonly string[]): Highlight {
	return { focus: null, nodes: new Set(nodeIds.filter((id) => graph.hasNode(id))) };
}
