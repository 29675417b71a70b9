// Filters as plain data and the pure functions that apply them (DESIGN.md §3). The view reads the
// sets these return through sigma's reducers; nothing here touches the renderer or the graph.
import { validIn, type Period } from '../data/dates';
import type { NodeType, Region, Status } from '../data/types';
import type { NetworkGraph } from './build';

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

/** The nodes one facet lets pass, on its own (the rules are in the README, "Filters"). */
export function facetPasses(graph: NetworkGraph, filter: Filter): Set<string> {
	const pass = new Set<string>();
	switch (filter.facet) {
		case 'region': {
			const regions = new Set<string>(filter.values);
			graph.forEachNode((id, a) => {
				if (a.kind === 'region' && a.region && regions.has(a.region)) pass.add(id);
				if (a.kind !== 'state' || !a.region || !regions.has(a.region)) return;
				pass.add(id);
				graph.forEachNeighbor(id, (other, oa) => {
					if (oa.kind !== 'state') pass.add(other);
				});
			});
			return pass;
		}
		case 'area': {
			const areas = areaFamily(graph, filter.values);
			for (const area of areas) {
				pass.add(area);
				graph.forEachNeighbor(area, (other, oa) => {
					if (oa.kind !== 'project' && oa.kind !== 'document') return;
					pass.add(other);
					if (oa.kind !== 'project') return;
					// One hop from projects only: documents and areas do not spread the facet.
					graph.forEachNeighbor(other, (member, ma) => {
						if (ma.kind === 'state' || ma.kind === 'body') pass.add(member);
					});
				});
			}
			return pass;
		}
		case 'type':
		case 'status': {
			const values = new Set<string>(filter.values);
			const key = filter.facet === 'type' ? 'kind' : 'status';
			graph.forEachNode((id, a) => {
				if (values.has(a[key])) pass.add(id);
			});
			return pass;
		}
	}
}

/** Nodes valid in the period and allowed by the uncertain switch, before any facet. */
function baseNodes(graph: NetworkGraph, filters: Filters, period: Period | null): Set<string> {
	const base = new Set<string>();
	graph.forEachNode((id, a) => {
		if (!filters.showUncertain && a.uncertain) return;
		if (validIn(a.from, a.until, period)) base.add(id);
	});
	return base;
}

function intersect(into: Set<string>, other: ReadonlySet<string>): Set<string> {
	for (const id of into) if (!other.has(id)) into.delete(id);
	return into;
}

const isActive = (f: Filter) => f.values.length > 0;

/** The ids of the nodes shown under these filters in this period (null = all time). */
export function visibleNodeIds(
	graph: NetworkGraph,
	filters: Filters,
	period: Period | null
): Set<string> {
	const visible = baseNodes(graph, filters, period);
	for (const filter of filters.facets.filter(isActive))
		intersect(visible, facetPasses(graph, filter));
	return visible;
}

/** The ids of the edges shown: both ends shown, valid in the period, allowed by the uncertain switch. */
export function visibleEdgeIds(
	graph: NetworkGraph,
	nodes: ReadonlySet<string>,
	filters: Filters,
	period: Period | null
): Set<string> {
	const edges = new Set<string>();
	graph.forEachEdge((id, a, s, t) => {
		if (!nodes.has(s) || !nodes.has(t)) return;
		if (!filters.showUncertain && a.uncertain) return;
		if (validIn(a.from, a.until, period)) edges.add(id);
	});
	return edges;
}

/**
 * For each facet value, how many nodes would be shown with that value ticked alone in its facet and
 * every other facet as it is: the count a checkbox shows beside its label.
 */
export function facetCounts(
	graph: NetworkGraph,
	filters: Filters,
	period: Period | null,
	values: { [F in Facet]: readonly Extract<Filter, { facet: F }>['values'][number][] }
): { [F in Facet]: Map<string, number> } {
	const base = baseNodes(graph, filters, period);
	const counts = {} as { [F in Facet]: Map<string, number> };
	for (const facet of FACETS) {
		const others = new Set(base);
		for (const f of filters.facets)
			if (f.facet !== facet && isActive(f)) intersect(others, facetPasses(graph, f));
		const map = new Map<string, number>();
		for (const value of values[facet]) {
			const pass = facetPasses(graph, { facet, values: [value] } as Filter);
			let n = 0;
			for (const id of pass) if (others.has(id)) n++;
			map.set(value, n);
		}
		counts[facet] = map;
	}
	return counts;
}
