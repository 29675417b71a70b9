// The shown part of the graph as a scene for the picture: positions from the graph, the look from
// the renderer's reducers when there is one (colours, dimming, drawn labels), else from the graph.
import {
	EDGE_COLOR,
	type EdgeAttributes,
	type NetworkGraph,
	type NodeAttributes
} from '../graph/build';
import type { SceneEdge, SceneNode } from './svg';

export interface NodeLook {
	color: string;
	size: number;
	/** The label the canvas draws, or null when it draws none. */
	label: string | null;
	zIndex: number;
}

export interface EdgeLook {
	color: string;
	size: number;
	zIndex: number;
}

export interface SceneLook {
	node(id: string, attributes: NodeAttributes): NodeLook;
	edge(id: string, attributes: EdgeAttributes): EdgeLook;
}

/** Sigma draws a label when the node is at least this many pixels wide (its setting). */
export const LABEL_SIZE_THRESHOLD = 7;

/** The look without a renderer: the graph's own colours, labels on the larger nodes. */
export const GRAPH_LOOK: SceneLook = {
	node: (_id, a) => ({
		color: a.color,
		size: a.size,
		label: a.size >= LABEL_SIZE_THRESHOLD ? a.label : null,
		zIndex: 0
	}),
	edge: (_id, a) => ({ color: EDGE_COLOR, size: a.size, zIndex: 0 })
};

export function sceneFromGraph(
	graph: NetworkGraph,
	shown: { nodes: ReadonlySet<string>; hiddenEdges: ReadonlySet<string> },
	titleOf: (id: string) => string,
	look: SceneLook = GRAPH_LOOK
): { nodes: SceneNode[]; edges: SceneEdge[] } {
	const nodes: SceneNode[] = [];
	graph.forEachNode((id, a) => {
		if (!shown.nodes.has(id)) return;
		nodes.push({ id, x: a.x, y: a.y, title: titleOf(id), ...look.node(id, a) });
	});
	const edges: SceneEdge[] = [];
	graph.forEachEdge((id, a, source, target) => {
		if (!shown.nodes.has(source) || !shown.nodes.has(target) || shown.hiddenEdges.has(id)) return;
		edges.push({ id, source, target, ...look.edge(id, a) });
	});
	return { nodes, edges };
}
