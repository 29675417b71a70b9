import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build';
import { neighbourhoodAtDepth } from '../../src/lib/graph/neighbourhood';
import type { ShownPart } from '../../src/lib/graph/shown';
import { dataset, edge, node, state } from './builders';

// A chain tj – pp – pl – p1 – de, with a shortcut tj – p1 and a second edge pl – pp.
const graph = buildGraph(
	dataset(
		[
			state('tj', 'central_asia'),
			state('pl', 'eu_schengen'),
			state('de', 'eu_schengen'),
			node('pp', 'body'),
			node('p1', 'project'),
			node('p2', 'project')
		],
		[
			edge('tj', 'participates_in', 'pp'),
			edge('pl', 'participates_in', 'pp'),
			edge('pl', 'leads', 'pp'),
			edge('pl', 'leads', 'p1'),
			edge('de', 'partner_in', 'p1'),
			edge('de', 'partner_in', 'p2')
		]
	)
);
const sorted = (s: Iterable<string>) => [...s].sort();

describe('neighbourhoodAtDepth', () => {
	it('depth 1: the node, its direct neighbours in both directions and the edges to them', () => {
		const n = neighbourhoodAtDepth(graph, 'pp', 1);
		expect(sorted(n.nodes)).toEqual(['pl', 'pp', 'tj']);
		expect(sorted(n.edges)).toEqual([
			'pl-leads-pp',
			'pl-participates_in-pp',
			'tj-participates_in-pp'
		]);
		expect(n.hops.get('pp')).toBe(0);
		expect(n.hops.get('pl')).toBe(1);
	});

	it('depth 2: neighbours of neighbours, with their distance; the outer ring’s own edges stay dark', () => {
		const n = neighbourhoodAtDepth(graph, 'tj', 2);
		expect(sorted(n.nodes)).toEqual(['pl', 'pp', 'tj']);
		const m = neighbourhoodAtDepth(graph, 'pl', 2);
		expect(sorted(m.nodes)).toEqual(['de', 'p1', 'pl', 'pp', 'tj']);
		expect(m.hops.get('de')).toBe(2);
		expect(m.edges.has('de-partner_in-p2')).toBe(false);
		expect(m.edges.has('de-partner_in-p1')).toBe(true);
	});

	it('never goes through a hidden node or edge', () => {
		const all = new Set(graph.nodes());
		const noPp: ShownPart = {
			nodes: new Set([...all].filter((id) => id !== 'pp')),
			hiddenEdges: new Set()
		};
		expect(sorted(neighbourhoodAtDepth(graph, 'pl', 2, noPp).nodes)).toEqual(['de', 'p1', 'pl']);
		const noLead: ShownPart = { nodes: all, hiddenEdges: new Set(['pl-leads-p1']) };
		const n = neighbourhoodAtDepth(graph, 'pl', 2, noLead);
		expect(sorted(n.nodes)).toEqual(['pl', 'pp', 'tj']);
		expect(n.edges.has('pl-leads-p1')).toBe(false);
	});

	it('lights nothing for no focus, an unknown one or a hidden one', () => {
		expect(neighbourhoodAtDepth(graph, null, 1).nodes.size).toBe(0);
		expect(neighbourhoodAtDepth(graph, 'nowhere', 2).nodes.size).toBe(0);
		const shown: ShownPart = { nodes: new Set(['tj']), hiddenEdges: new Set() };
		expect(neighbourhoodAtDepth(graph, 'pp', 1, shown).nodes.size).toBe(0);
	});
});
