import Graph from 'graphology';
import type { Dataset, NodeType, PartialDate, Region, Relation, Status } from '../data/types';
import { periodEnd, periodStart } from '../data/dates';
import { canvasLabel, nodeColor, nodeSize } from './appearance';

/**
 * Graph attributes are what the renderer needs and nothing of the UI's state. `kind` and `relation`
 * hold the node type and edge relation: sigma reserves `type` for its rendering programs.
 */
export interface NodeAttributes {
	label: string;
	kind: NodeType;
	region: Region | null;
	x: number;
	y: number;
	size: number;
	color: string;
	uncertain: boolean;
	/** The node's status; without one, `ended` when it has an end date, else `active`. */
	status: Status;
	/** First and last day of validity (`YYYY-MM-DD`), '' when open: what the time filter compares. */
	start: string;
	end: string;
}

export interface EdgeAttributes {
	relation: Relation;
	uncertain: boolean;
	start: string;
	end: string;
	size: number;
	color: string;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

export const EDGE_COLOR = '#C9CED6';

const validity = (from: PartialDate, until: PartialDate) => ({
	start: from ? periodStart(from) : '',
	end: until ? periodEnd(until) : ''
});

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
			region: n.region,
			x: n.x ?? 0,
			y: n.y ?? 0,
			// An opened file's own appearance wins over ours.
			size: n.size ?? nodeSize(n, degree.get(n.id) ?? 0),
			color: n.color ?? nodeColor(n),
			uncertain: n.uncertain,
			status: n.status ?? (n.until ? 'ended' : 'active'),
			...validity(n.from, n.until)
		});
	}
	for (const e of dataset.edges) {
		if (e.source === e.target) continue;
		graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
			relation: e.relation,
			uncertain: e.uncertain,
			...validity(e.from, e.until),
			size: 1,
			color: EDGE_COLOR
		});
	}
	return graph;
}
