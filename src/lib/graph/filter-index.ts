// Flat arrays over a network, built once per graph (graphs are never changed after `buildGraph`):
// the filters loop over them instead of walking graphology's callbacks, which keeps a 50,000-node
// network within a few milliseconds per filter change.
import { NODE_TYPES, REGIONS, RELATIONS, STATUSES } from '../data/types';
import { periodEnd, periodStart } from '../data/dates';
import { statusOf } from '../data/status';
import { datasetOf, type NetworkGraph } from './build';

export interface FilterIndex {
	ids: string[];
	position: Map<string, number>;
	/** Codes into NODE_TYPES, REGIONS (-1: none) and STATUSES. */
	kind: Uint8Array;
	region: Int8Array;
	status: Uint8Array;
	uncertain: Uint8Array;
	start: string[];
	end: string[];
	edgeIds: string[];
	source: Int32Array;
	target: Int32Array;
	edgeUncertain: Uint8Array;
	/** Codes into RELATIONS. */
	edgeRelation: Uint8Array;
	edgeStart: string[];
	edgeEnd: string[];
	/** Undirected adjacency in compressed rows: the neighbours of i are adj[adjStart[i] .. adjStart[i+1]). */
	adjStart: Int32Array;
	adj: Int32Array;
	/** The edge behind each entry of `adj`. */
	adjEdge: Int32Array;
}

export const KIND = Object.fromEntries(NODE_TYPES.map((t, i) => [t, i])) as Record<
	(typeof NODE_TYPES)[number],
	number
>;

const RELATION_CODE = new Map<string, number>(RELATIONS.map((r, i) => [r, i]));

const cache = new WeakMap<NetworkGraph, FilterIndex>();

export function filterIndex(graph: NetworkGraph): FilterIndex {
	const cached = cache.get(graph);
	if (cached) return cached;
	const n = graph.order;
	const m = graph.size;
	const ids: string[] = new Array(n);
	const position = new Map<string, number>();
	const kind = new Uint8Array(n);
	const region = new Int8Array(n);
	const status = new Uint8Array(n);
	const uncertain = new Uint8Array(n);
	const start: string[] = new Array(n);
	const end: string[] = new Array(n);
	// The facts come from the dataset the graph was built from, in the graph's order.
	const dataset = datasetOf(graph);
	const node = new Map(dataset.nodes.map((r) => [r.id, r]));
	let i = 0;
	graph.forEachNode((id) => {
		const r = node.get(id)!;
		ids[i] = id;
		position.set(id, i);
		kind[i] = KIND[r.type];
		region[i] = r.region ? REGIONS.indexOf(r.region) : -1;
		status[i] = STATUSES.indexOf(statusOf(r));
		uncertain[i] = r.uncertain ? 1 : 0;
		start[i] = r.from ? periodStart(r.from) : '';
		end[i] = r.until ? periodEnd(r.until) : '';
		i++;
	});
	const edge = new Map(dataset.edges.map((r) => [r.id, r]));
	const edgeIds: string[] = new Array(m);
	const source = new Int32Array(m);
	const target = new Int32Array(m);
	const edgeUncertain = new Uint8Array(m);
	const edgeRelation = new Uint8Array(m);
	const edgeStart: string[] = new Array(m);
	const edgeEnd: string[] = new Array(m);
	const degree = new Int32Array(n + 1);
	let j = 0;
	graph.forEachEdge((id, a, s, t) => {
		const r = edge.get(id)!;
		edgeIds[j] = id;
		source[j] = position.get(s)!;
		target[j] = position.get(t)!;
		edgeUncertain[j] = r.uncertain ? 1 : 0;
		edgeRelation[j] = RELATION_CODE.get(a.relation)!;
		edgeStart[j] = r.from ? periodStart(r.from) : '';
		edgeEnd[j] = r.until ? periodEnd(r.until) : '';
		degree[source[j]! + 1]!++;
		degree[target[j]! + 1]!++;
		j++;
	});
	const adjStart = new Int32Array(n + 1);
	for (let k = 0; k < n; k++) adjStart[k + 1] = adjStart[k]! + degree[k + 1]!;
	const fill = adjStart.slice(0, n);
	const adj = new Int32Array(2 * m);
	const adjEdge = new Int32Array(2 * m);
	for (let e = 0; e < m; e++) {
		adjEdge[fill[source[e]!]!] = e;
		adj[fill[source[e]!]!++] = target[e]!;
		adjEdge[fill[target[e]!]!] = e;
		adj[fill[target[e]!]!++] = source[e]!;
	}
	const index: FilterIndex = {
		ids,
		position,
		kind,
		region,
		status,
		uncertain,
		start,
		end,
		edgeIds,
		source,
		target,
		edgeUncertain,
		edgeRelation,
		edgeStart,
		edgeEnd,
		adjStart,
		adj,
		adjEdge
	};
	cache.set(graph, index);
	return index;
}
