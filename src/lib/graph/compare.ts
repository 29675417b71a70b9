// "What changed?": two moments of the same view (an as-of date or a period each, same filters)
// compared: what appeared, what ended, and how many of each type.
import type { Period } from '../data/dates';
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from '../data/types';
import type { NetworkGraph } from './build';
import { shownEdgeIds, visibleNodeIds, type Filters } from './filters';

/** What a view draws at one moment. */
export interface Moment {
	nodes: ReadonlySet<string>;
	edges: ReadonlySet<string>;
}

export function momentOf(graph: NetworkGraph, filters: Filters, period: Period | null): Moment {
	const nodes = visibleNodeIds(graph, filters, period);
	return { nodes, edges: shownEdgeIds(graph, nodes, filters, period) };
}

export interface Change<K extends string> {
	key: K;
	appeared: number;
	ended: number;
}

export interface Comparison {
	/** Shown now, not then: marked as new. */
	appeared: { nodes: Set<string>; edges: Set<string> };
	/** Shown then, not now: drawn as ghosts. */
	ended: { nodes: Set<string>; edges: Set<string> };
	/** Per node type that changed, in the data contract's order ("+9 states, +7 projects"). */
	nodeTypes: Change<NodeType>[];
	/** Per relation kind that changed. */
	relations: Change<Relation>[];
}

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
	new Set([...a].filter((x) => !b.has(x)));

function changes<K extends string>(
	keys: readonly K[],
	appeared: Iterable<string>,
	ended: Iterable<string>,
	keyOf: (id: string) => K
): Change<K>[] {
	const count = new Map<K, Change<K>>(keys.map((key) => [key, { key, appeared: 0, ended: 0 }]));
	for (const id of appeared) count.get(keyOf(id))!.appeared++;
	for (const id of ended) count.get(keyOf(id))!.ended++;
	return [...count.values()].filter((c) => c.appeared || c.ended);
}

/** `before` is the moment compared with (`compare=2009`), `after` the one on screen. */
export function compareMoments(graph: NetworkGraph, before: Moment, after: Moment): Comparison {
	const appeared = {
		nodes: minus(after.nodes, before.nodes),
		edges: minus(after.edges, before.edges)
	};
	const ended = {
		nodes: minus(before.nodes, after.nodes),
		edges: minus(before.edges, after.edges)
	};
	return {
		appeared,
		ended,
		nodeTypes: changes(NODE_TYPES, appeared.nodes, ended.nodes, (id) =>
			graph.getNodeAttribute(id, 'kind')
		),
		relations: changes(RELATIONS, appeared.edges, ended.edges, (id) =>
			graph.getEdgeAttribute(id, 'relation')
		)
	};
}
