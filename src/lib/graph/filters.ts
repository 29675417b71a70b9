// Filters as plain data and the pure functions that apply them (DESIGN.md §3). The view reads the
// sets these return through sigma's reducers; nothing here touches the renderer or the graph.
import { overlaps, type Period } from '../data/dates';
import {
	NODE_TYPES,
	REGIONS,
	RELATIONS,
	STATUSES,
	type NodeType,
	type Region,
	type Relation,
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
	/**
	 * The relation facet: with kinds ticked, only edges of those kinds are shown, and a node shows
	 * when it passes the node facets and has a shown edge of a ticked kind to another such node.
	 * It filters edges, not nodes one by one, so it stands apart from `facets`. Empty or absent: all.
	 */
	relations?: Relation[];
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

/** The relation codes ticked, as a lookup by code; null when the relation facet is not in use. */
function relationMask(relations: readonly Relation[] | undefined): Uint8Array | null {
	if (!relations?.length) return null;
	const wanted = new Uint8Array(RELATIONS.length);
	for (const r of relations) {
		const code = RELATIONS.indexOf(r);
		if (code >= 0) wanted[code] = 1;
	}
	return wanted;
}

/** An edge is drawn when valid in the period and allowed by the uncertain switch (its ends aside). */
function edgeValid(ix: FilterIndex, e: number, filters: Filters, period: Period | null): boolean {
	return (
		(filters.showUncertain || !ix.edgeUncertain[e]) &&
		overlaps(ix.edgeStart[e]!, ix.edgeEnd[e]!, period)
	);
}

/**
 * The relation facet's rule: of the nodes that pass everything else (`candidates`), those with at
 * least one valid edge of a ticked kind to another candidate. One pass is enough: such an edge makes
 * both its ends shown, so "to another shown node" holds for every node it keeps.
 */
function relationPass(
	ix: FilterIndex,
	candidates: Mask,
	wanted: Uint8Array,
	filters: Filters,
	period: Period | null
): Mask {
	const shown = new Uint8Array(candidates.length);
	const { source, target, edgeRelation } = ix;
	for (let e = 0; e < source.length; e++) {
		if (!wanted[edgeRelation[e]!]) continue;
		const s = source[e]!;
		const t = target[e]!;
		if (!candidates[s] || !candidates[t] || !edgeValid(ix, e, filters, period)) continue;
		shown[s] = shown[t] = 1;
	}
	return shown;
}

function visibleMask(
	graph: NetworkGraph,
	ix: FilterIndex,
	filters: Filters,
	period: Period | null
): Mask {
	const visible = baseMask(ix, filters, period);
	for (const filter of filters.facets.filter(isActive)) and(visible, facetMask(graph, ix, filter));
	const wanted = relationMask(filters.relations);
	return wanted ? relationPass(ix, visible, wanted, filters, period) : visible;
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
 * The edges hidden although both their ends are shown: invalid in the period, uncertain with the
 * switch off, or of a kind the relation facet leaves out. Edges of hidden nodes are not listed: sigma leaves them out by itself, so the set stays
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
	const wanted = relationMask(filters.relations);
	const hidden = new Set<string>();
	for (let e = 0; e < ix.edgeIds.length; e++) {
		if (!shown[ix.source[e]!] || !shown[ix.target[e]!]) continue;
		const kept = wanted === null || wanted[ix.edgeRelation[e]!] === 1;
		if (!kept || !edgeValid(ix, e, filters, period)) hidden.add(ix.edgeIds[e]!);
	}
	return hidden;
}

/** The edges drawn: both ends shown and the edge itself not hidden (see `hiddenEdgeIds`). */
export function shownEdgeIds(
	graph: NetworkGraph,
	nodes: ReadonlySet<string>,
	filters: Filters,
	period: Period | null
): Set<string> {
	const ix = filterIndex(graph);
	const wanted = relationMask(filters.relations);
	const shown = new Set<string>();
	for (let e = 0; e < ix.edgeIds.length; e++) {
		if (wanted !== null && !wanted[ix.edgeRelation[e]!]) continue;
		if (!nodes.has(ix.ids[ix.source[e]!]!) || !nodes.has(ix.ids[ix.target[e]!]!)) continue;
		if (edgeValid(ix, e, filters, period)) shown.add(ix.edgeIds[e]!);
	}
	return shown;
}

/** The relation kinds present in the network, in the order of the data contract: the facet's values. */
export function relationValues(graph: NetworkGraph): Relation[] {
	const present = new Uint8Array(RELATIONS.length);
	for (const code of filterIndex(graph).edgeRelation) present[code] = 1;
	return RELATIONS.filter((_r, i) => present[i]);
}

/** The values each facet offers. */
export type FacetValues = { [F in Facet]: Extract<Filter, { facet: F }>['values'][number][] };
export type FacetCounts = { [F in Facet]: Map<string, number> } & {
	/** Per relation kind present in the network (see `relationValues`). */
	relation: Map<Relation, number>;
};

function count(mask: Mask): number {
	let n = 0;
	for (let i = 0; i < mask.length; i++) n += mask[i]!;
	return n;
}

/**
 * Per value, how many nodes would be shown if that value alone were ticked in its facet, the other
 * facets (the relation facet included) staying as they are.
 */
export function facetCounts(
	graph: NetworkGraph,
	filters: Filters,
	period: Period | null,
	values: FacetValues
): FacetCounts {
	const ix = filterIndex(graph);
	const base = baseMask(ix, filters, period);
	const wanted = relationMask(filters.relations);
	const counts = {} as FacetCounts;
	for (const facet of FACETS) {
		const others = base.slice();
		for (const f of filters.facets) {
			if (f.facet !== facet && isActive(f)) and(others, facetMask(graph, ix, f));
		}
		const map = new Map<string, number>();
		for (const value of values[facet]) {
			const pass = and(facetMask(graph, ix, { facet, values: [value] } as Filter), others);
			// The relation rule depends on which other nodes pass, so it is applied per value.
			map.set(value, count(wanted ? relationPass(ix, pass, wanted, filters, period) : pass));
		}
		counts[facet] = map;
	}
	counts.relation = relationCounts(
		graph,
		ix,
		visibleMask(graph, ix, { ...filters, relations: [] }, period),
		filters,
		period
	);
	return counts;
}

/** For every relation kind at once: the nodes with a valid edge of that kind to another candidate. */
function relationCounts(
	graph: NetworkGraph,
	ix: FilterIndex,
	candidates: Mask,
	filters: Filters,
	period: Period | null
): Map<Relation, number> {
	// One bit per relation kind and node (fewer than 32 kinds).
	const bits = new Uint32Array(candidates.length);
	const { source, target, edgeRelation } = ix;
	for (let e = 0; e < source.length; e++) {
		const s = source[e]!;
		const t = target[e]!;
		if (!candidates[s] || !candidates[t] || !edgeValid(ix, e, filters, period)) continue;
		const bit = 1 << edgeRelation[e]!;
		bits[s]! |= bit;
		bits[t]! |= bit;
	}
	const map = new Map<Relation, number>();
	for (const relation of relationValues(graph)) {
		const bit = 1 << RELATIONS.indexOf(relation);
		let n = 0;
		for (let i = 0; i < bits.length; i++) if (bits[i]! & bit) n++;
		map.set(relation, n);
	}
	return map;
}
