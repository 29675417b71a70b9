// What a node's size can stand for: its connections, its place on the shortest paths between others
// (betweenness, graphology-metrics), or how many projects and events it took part in. All are
// computed over the part of the network shown (or the whole network without `shown`).
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { validIn, type Period } from '../data/dates';
import type { DataEvent, Relation } from '../data/types';
import type { NetworkGraph } from './build';
import { isEdgeShown, undirectedView, type ShownPart } from './shown';

import type { SizeMetric } from './encoding-choices';
export { SIZE_METRICS, type SizeMetric } from './encoding-choices';

/** Number of shown edges at each shown node (two relations between the same pair count twice). */
export function degreeOf(graph: NetworkGraph, shown?: ShownPart): Map<string, number> {
	const degree = new Map<string, number>();
	graph.forEachNode((id) => {
		if (!shown || shown.nodes.has(id)) degree.set(id, 0);
	});
	graph.forEachEdge((edge, _a, source, target) => {
		if (!isEdgeShown(graph, edge, shown)) return;
		degree.set(source, degree.get(source)! + 1);
		degree.set(target, degree.get(target)! + 1);
	});
	return degree;
}

/**
 * Brandes' betweenness visits every node from every node: above this many nodes it takes seconds
 * and is not offered.
 */
export const BETWEENNESS_MAX_NODES = 5000;

/**
 * For each shown node, how many shortest paths between two other nodes run through it (a pair with
 * several shortest paths counts for the share through it), relations read in both directions.
 * Null when the view has more than `maxNodes` nodes.
 */
export function betweennessOf(
	graph: NetworkGraph,
	shown?: ShownPart,
	maxNodes = BETWEENNESS_MAX_NODES
): Map<string, number> | null {
	if ((shown ? shown.nodes.size : graph.order) > maxNodes) return null;
	const values = betweennessCentrality(undirectedView(graph, shown), { normalized: false });
	return new Map(Object.entries(values));
}

/** The relations by which a state or a body takes part in a project (not `covers`, `produced`...). */
export const PARTICIPATION: ReadonlySet<Relation> = new Set<Relation>([
	'participates_in',
	'leads',
	'partner_in',
	'beneficiary_of',
	'observer_in',
	'chairs',
	'supports',
	'hosts',
	'funds',
	'member_of',
	'contributes_to',
	'secretariat_of'
]);

/** For each shown node, the number of distinct shown projects it takes part in by a shown edge. */
export function projectCounts(graph: NetworkGraph, shown?: ShownPart): Map<string, number> {
	const projects = new Map<string, Set<string>>();
	graph.forEachNode((id) => {
		if (!shown || shown.nodes.has(id)) projects.set(id, new Set());
	});
	graph.forEachEdge((edge, a, source, target) => {
		if (!PARTICIPATION.has(a.relation) || !isEdgeShown(graph, edge, shown)) return;
		if (graph.getNodeAttribute(target, 'kind') === 'project') projects.get(source)!.add(target);
	});
	return new Map([...projects].map(([id, set]) => [id, set.size]));
}

/** For each shown node, the number of events of the period that involve it. */
export function eventCounts(
	graph: NetworkGraph,
	events: readonly DataEvent[],
	period: Period | null,
	shown?: ShownPart
): Map<string, number> {
	const counts = new Map<string, number>();
	graph.forEachNode((id) => {
		if (!shown || shown.nodes.has(id)) counts.set(id, 0);
	});
	for (const event of events) {
		if (!validIn(event.date, event.endDate || event.date, period)) continue;
		for (const id of new Set(event.nodes)) {
			const n = counts.get(id);
			if (n !== undefined) counts.set(id, n + 1);
		}
	}
	return counts;
}

/** The values of one size metric; null when it cannot be computed for a network this large. */
export function metricValues(
	metric: SizeMetric,
	graph: NetworkGraph,
	context: { events: readonly DataEvent[]; period: Period | null; shown?: ShownPart }
): Map<string, number> | null {
	switch (metric) {
		case 'degree':
			return degreeOf(graph, context.shown);
		case 'betweenness':
			return betweennessOf(graph, context.shown);
		case 'projects':
			return projectCounts(graph, context.shown);
		case 'events':
			return eventCounts(graph, context.events, context.period, context.shown);
	}
}
