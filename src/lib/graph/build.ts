import Graph from 'graphology';
import type { Dataset, NodeType, Relation } from '../data/types';
import { canvasLabel, nodeColor, nodeSize } from './appearance';

/**
 * Graph attributes are what sigma draws, plus the node type and the edge relation that the graph
 * algorithms read (`kind` and `relation`: sigma reserves `type` for its rendering programs). Sigma
 * copies every attribute of every item on each refresh, so the other facts (region, status, dates,
 * uncertainty) stay in the dataset, read through `datasetOf` by the filters' flat index.
 */
export interface NodeAttributes {
	label: string;
	kind: NodeType;
	x: number;
	y: number;
	size: number;
	color: string;
}

export interface EdgeAttributes {
	relation: Relation;
	size: number;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Edges are drawn in sigma's `defaultEdgeColor`: no colour attribute to copy on each refresh. */
export const EDGE_COLOR = '#C9CED6';

/** The dataset each graph was built from (graphs are never changed after `buildGraph`). */
const sources = new WeakMap<NetworkGraph, Dataset>();

export function datasetOf(graph: NetworkGraph): Dataset {
	const dataset = sources.get(graph);
	if (!dataset) throw new Error('datasetOf: the graph was not made by buildGraph');
	return dataset;
}

/** Builds the network from a dataset; nodes without a position start at the origin. */
export function buildGraph(dataset: Dataset): NetworkGraph {
	const graph: NetworkGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
	const degree = new Map<string, number>();
	for (const e of dataset.edges) {
		degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
		degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
	}
	for (const n of dataset.nodes) {
		graph.addNode(n.id, {
			label: canvasLabel(n.label.en, n.acronym),
			kind: n.type,
			x: n.x ?? 0,
			y: n.y ?? 0,
			// An opened file's own appearance wins over ours.
			size: n.size ?? nodeSize(n, degree.get(n.id) ?? 0),
			color: n.color ?? nodeColor(n)
		});
	}
	for (const e of dataset.edges) {
		if (e.source === e.target) continue;
		graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { relation: e.relation, size: 1 });
	}
	sources.set(graph, dataset);
	return graph;
}
