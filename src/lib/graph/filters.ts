// Filters as plain data and the pure functions that apply them (DESIGN.md §3). The view reads the
// sets these return through sigma's reducers; nothing here touches the renderer or the graph.
import { overlaps, type Period } from '../data/dates';
import {
	NODE_TYPES,
	REGIONS,
	STATUSES,
	type NodeType,
	type Region,
	type Status
} from '../data/types';
import type { NetworkGraph } from './build';
import { filterIndex, KIND, type FilterIndex } from './filter-index';

export type Filter =
	| { facet: 'region'; values: Region[] }
	| { facet: 'area'; values: string[] }
	| { facet: 'type'; values: NodeType[] }
	| { facet: 'status'; values: Status[] };

export type Facet = Filter['facet'];
export const FACETS: readonly Facet[] = ['region', 'area', 'type', 'status'];

export interface Filters {
	/** Active facets; within one, any ticked value lets a node pass (OR); across them, all must (AND). */
	facets: Filter[];
	/** Uncertain nodes and edges are shown (and marked) unless this is false. */
	showUncertain: boolean;
}

export const NO_FILTERS: Filters = { facets: [], showUncertain: true };

/** The thematic areas a ticked area stands for: itself and its predecessors or successors. */
export function areaFamily(graph: NetworkGraph, ticked: readonly string[]): Set<string> {
	const family = new Set<string>();
	const queue = ticked.filter(
		(id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'thematic_area'
	);
	while (queue.length) {
		const id = queue.pop()!;
		if (family.has(id)) continue;
		family.add(id);
		graph.forEachEdge(id, (_e, a, s, t) => {
			if (a.relation === 'succeeds') queue.push(s === id ? t : s);
		});
	}
	return family;
}

/** A pass mask over the index's nodes: 1 where the node passes. */
type Mask = Uint8Array;

/** The nodes one facet lets pass, on its own (the rules are in the README, "Filters"). */
function facetMask(graph: NetworkGraph, ix: FilterIndex, filter: Filter): Mask {
	const n = ix.ids.length;
	const pass = new Uint8Array(n);
	const { kind, adj, adjStart } = ix;
	switch (filter.facet) {
		case 'region': {
			const wanted = new Uint8Array(REGIONS.length);
			for (const r of filter.values) wanted[REGIONS.indexOf(r)] = 1;
			const state = new Uint8Array(n);
			for (let i = 0; i < n; i++) {
				const r = ix.region[i]!;
				if (r < 0 || !wanted[r]) continue;
				if (kind[i] === KIND.region) pass[i] = 1;
				if (kind[i] === KIND.state) state[i] = pass[i] = 1;
			}
			// Every non-state node directly linked to one of those states.
			const { source, target } = ix;
			for (let e = 0; e < source.length; e++) {
				const s = source[e]!;
				const t = target[e]!;
				if (state[s] && kind[t] !== KIND.state) pass[t] = 1;
				if (state[t] && kind[s] !== KIND.state) pass[s] = 1;
			}
			return pass;
		}
		case 'area': {
			for (const id of areaFamily(graph, filter.values)) {
				const area = ix.position.get(id)!;
				pass[area] = 1;
				for (let k = adjStart[area]!; k < adjStart[area + 1]!; k++) {
					const other = adj[k]!;
					if (kind[other] === KIND.document) pass[other] = 1;
					if (kind[other] !== KIND.project) continue;
					pass[other] = 1;
					// One hop from projects only: documents and areas do not spread the facet.
					for (let q = adjStart[other]!; q < adjStart[other + 1]!; q++) {
						const member = adj[q]!;
						if (kind[member] === KIND.state || kind[member] === KIND.body) pass[member] = 1;
					}
				}
			}
			return pass;
		}
		case 'type':
		case 'status': {
			const codes = filter.facet === 'type' ? ix.kind : ix.status;
			const list: readonly string[] = filter.facet === 'type' ? NODE_TYPES : STATUSES;
			const wanted = new Uint8Array(list.length);
			for (const v of filter.values) wanted[list.indexOf(v)] = 1;
			for (let i = 0; i < n; i++) if (wanted[codes[i]!]) pass[i] = 1;
			return pass;
		}
	}
}

/** Nodes valid in the period and allowed by the uncertain switch, before any facet. */
function baseMask(ix: FilterIndex, filters: Filters, period: Period | null): Mask {
	const n = ix.ids.length;
	const base = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (!filters.showUncertain && ix.uncertain[i]) continue;
		if (overlaps(ix.start[i]!, ix.end[i]!, period)) base[i] = 1;
	}
	return base;
}

function and(into: Mask, other: Mask): Mask {
	for (let i = 0; i < into.length; i++) into[i]! &= other[i]!;
	return into;
}

function idsOf(ids: readonly string[], mask: Mask): Set<string> {
	const set = new Set<string>();
	for (let i = 0; i < mask.length; i++) if (mask[i]) set.add(ids[i]!);
	return set;
}

const isActive = (f: Filter) => f.values.length > 0;

function visibleMask(
	graph: NetworkGraph,
	ix: FilterIndex,
	filters: Filters,
	period: Period | null
): Mask {
	const visible = baseMask(ix, filters, period);
	for (const filter of filters.facets.filter(isActive)) and(visible, facetMask(graph, ix, filter));
	return visible;
}

/** The ids of the nodes shown under these filters in this period (null = all time). */
export function visibleNodeIds(
	graph: NetworkGraph,
	filters: Filters,
	period: Period | null
): Set<string> {
	const ix = filterIndex(graph);
	return idsOf(ix.ids, visibleMask(graph, ix, filters, period));
}

/**
 * The edges hidden although both their ends are shown: invalid in the period, or uncertain with the
 * switch off. Edges of hidden nodes are not listed: sigma leaves them out by itself, so the set stays
 * small even when a filter hides most of a large network.
 */
export function hiddenEdgeIds(
	graph: NetworkGraph,
	nodes: ReadonlySet<string>,
	filters: Filters,
	period: Period | null
): Set<string> {
	const ix = filterIndex(graph);
	const shown = new Uint8Array(ix.ids.length);
	for (const id of nodes) {
		const i = ix.position.get(id);
		if (i !== undefined) shown[i] = 1;
	}
	const hidden = new Set<string>();
	for (let e = 0; e < ix.edgeIds.length; e++) {
		if (!shown[ix.source[e]!] || !shown[ix.target[e]!]) continue;
		const valid =
			(filters.showUncertain || !ix.edgeUncertain[e]) &&
			overlaps(ix.edgeStart[e]!, ix.edgeEnd[e]!, period);
		if (!valid) hidden.add(ix.edgeIds[e]!);
	}
	return hidden;
}

/** The values each facet offers. */
export type FacetValues = { [F in Facet]: Extract<Filter, { facet: F }>['values'][number][] };
export type FacetCounts = { [F in Facet]: Map<string, number> };

export function facetCounts(
	graph: NetworkGraph,
	filters: Filters,
	period: Period | null,
	values: FacetValues
): FacetCounts {
	const ix = filterIndex(graph);
	const base = baseMask(ix, filters, period);
	const counts = {} as FacetCounts;
	for (const facet of FACETS) {
		const others = base.slice();
		for (const f of filters.facets) {
			if (f.facet !== facet && isActive(f)) and(others, facetMask(graph, ix, f));
		}
		const map = new Map<string, number>();
		for (const value of values[facet]) {
			const pass = facetMask(graph, ix, { facet, values: [value] } as Filter);
			let n = 0;
			for (let i = 0; i < pass.length; i++) if (pass[i] && others[i]) n++;
			map.set(value, n);
		}
		counts[facet] = map;
	}
	return counts;
}
