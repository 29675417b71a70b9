// What the view currently draws, as the analyses see it: the shown nodes, the edges hidden between
// them, and the same part of the network as a simple undirected graph for graphology's algorithms.
import Graph from 'graphology';
import type { NetworkGraph } from './build';

/**
 * The part of the network a view shows: `nodes` as from `visibleNodeIds`, `hiddenEdges` as from
 * `hiddenEdgeIds` (edges between shown nodes that are not drawn). An edge is shown when both its ends
 * are and it is not hidden.
 */
export interface ShownPart {
	nodes: ReadonlySet<string>;
	hiddenEdges: ReadonlySet<string>;
}

/** One link of the undirected view: every shown edge of the network between its two ends. */
export interface ViewLink {
	edges: string[];
}

/**
 * The relations read as links between actors, whichever their direction: a simple undirected graph
 * whose nodes are the shown nodes and whose links gather the shown edges between two nodes. Without
 * `shown`, the whole network.
 */
export type UndirectedView = Graph<Record<string, never>, ViewLink>;

export function isEdgeShown(
	graph: NetworkGraph,
	edge: string,
	shown: ShownPart | undefined
): boolean {
	if (!shown) return true;
	if (shown.hiddenEdges.has(edge)) return false;
	return shown.nodes.has(graph.source(edge)) && shown.nodes.has(graph.target(edge));
}

export function undirectedView(graph: NetworkGraph, shown?: ShownPart): UndirectedView {
	const view: UndirectedView = new Graph({
		type: 'undirected',
		multi: false,
		allowSelfLoops: false
	});
	graph.forEachNode((id) => {
		if (!shown || shown.nodes.has(id)) view.addNode(id);
	});
	graph.forEachEdge((edge, _a, source, target) => {
		if (source === target || !view.hasNode(source) || !view.hasNode(target)) return;
		if (shown?.hiddenEdges.has(edge)) return;
		const link = view.edge(source, target);
		if (link === undefined) view.addEdge(source, target, { edges: [edge] });
		else view.getEdgeAttribute(link, 'edges').push(edge);
	});
	return view;
}
