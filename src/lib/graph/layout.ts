// The deterministic layout of a network (DESIGN.md §2): the same data gives the same picture on
// every load and every machine. Regions start in their own sector of a circle so that they form
// visible groups, then ForceAtlas2 runs a fixed number of iterations (no randomness, no timer).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Dataset } from '../data/types';
import { REGION_ORDER } from './appearance';
import { buildGraph, datasetOf, type NetworkGraph } from './build';

const ITERATIONS = 600;

/** A stable number in [0, 1) from a string, for the starting positions' jitter. */
function hash01(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return (h >>> 0) / 4294967296;
}

/** Edges that tie a state to its region pull harder than the rest, so regions hold together. */
function edgeWeight(relation: string, targetKind: string): number {
	if (relation === 'member_of' && targetKind === 'region') return 4;
	if (relation === 'participates_in' && targetKind === 'body') return 0.3;
	return 1;
}

/** Positions for every node of the graph, rounded so that the file is compact and stable. */
export function computeLayout(graph: NetworkGraph): Map<string, { x: number; y: number }> {
	const g = graph.copy();
	const region = new Map(datasetOf(graph).nodes.map((n) => [n.id, n.region]));
	g.forEachNode((id, a) => {
		const jitter = hash01(id);
		const r = region.get(id);
		const sector = r ? REGION_ORDER.indexOf(r) : -1;
		if (sector >= 0) {
			const angle = ((sector + 0.2 + 0.6 * jitter) / REGION_ORDER.length) * 2 * Math.PI;
			const radius = a.kind === 'region' ? 60 : 80 + 40 * hash01(id + '#r');
			g.mergeNodeAttributes(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
		} else {
			const angle = jitter * 2 * Math.PI;
			const radius = 10 + 30 * hash01(id + '#r');
			g.mergeNodeAttributes(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
		}
	});
	g.forEachEdge((edge, a, _s, _t, _sa, ta) => {
		g.setEdgeAttribute(edge, 'size', edgeWeight(a.relation, ta.kind));
	});
	forceAtlas2.assign(g, {
		iterations: ITERATIONS,
		getEdgeWeight: 'size',
		settings: {
			...forceAtlas2.inferSettings(g),
			barnesHutOptimize: false,
			adjustSizes: false,
			linLogMode: false,
			outboundAttractionDistribution: true,
			scalingRatio: 10,
			gravity: 1
		}
	});
	const positions = new Map<string, { x: number; y: number }>();
	g.forEachNode((id, a) => {
		positions.set(id, { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100 });
	});
	return positions;
}

/** The dataset with a position on every node: its own when all nodes have one, else computed. */
export function withLayout<D extends Dataset>(dataset: D): D {
	if (dataset.nodes.every((n) => n.x !== null && n.y !== null)) return dataset;
	const positions = computeLayout(buildGraph(dataset));
	return {
		...dataset,
		nodes: dataset.nodes.map((n) => ({ ...n, ...positions.get(n.id)! }))
	};
}
