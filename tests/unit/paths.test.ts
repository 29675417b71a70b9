import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build';
import { hiddenEdgeIds, visibleNodeIds, NO_FILTERS } from '../../src/lib/graph/filters';
import { pathHighlight, shortestPaths, type PathResult } from '../../src/lib/graph/paths';
import type { ShownPart } from '../../src/lib/graph/shown';
import { dataset, edge, node, state } from './builders';
import { loadDataset, REAL } from './fixtures';

/**
 * tj and pl are two hops apart in two ways: through the Process (pp) and through project p1; a
 * longer way runs through Central Asia, kz and project p2. iso is linked to nothing.
 */
const data = dataset(
	[
		state('tj', 'central_asia'),
		state('kz', 'central_asia'),
		state('pl', 'eu_schengen'),
		node('ca', 'region', { region: 'central_asia' }),
		node('pp', 'body'),
		node('p1', 'project'),
		node('p2', 'project'),
		node('iso', 'body')
	],
	[
		edge('tj', 'participates_in', 'pp', { from: '2009-04', sources: ['S', 'T'] }),
		edge('pl', 'participates_in', 'pp', { from: '2009-04' }),
		edge('pl', 'leads', 'pp', { from: '2010-12', until: '2017' }),
		edge('tj', 'beneficiary_of', 'p1'),
		edge('pl', 'partner_in', 'p1', { uncertain: true }),
		edge('tj', 'member_of', 'ca'),
		edge('kz', 'member_of', 'ca'),
		edge('kz', 'participates_in', 'p2'),
		edge('pl', 'leads', 'p2')
	]
);
const graph = buildGraph(data);
const records = new Map(data.edges.map((e) => [e.id, e]));
const all = new Set(data.nodes.map((n) => n.id));
const without = (...ids: string[]): ShownPart => ({
	nodes: new Set([...all].filter((id) => !ids.includes(id))),
	hiddenEdges: new Set()
});
const chains = (r: PathResult) =>
	r.status === 'found' ? r.paths.map((p) => p.nodes.join('>')) : r;

describe('shortestPaths', () => {
	it('lists every shortest path, ties included, in a stable order', () => {
		const r = shortestPaths(graph, 'tj', 'pl', records);
		expect(chains(r)).toEqual(['tj>p1>pl', 'tj>pp>pl']);
		expect(r).toMatchObject({ status: 'found', length: 2, total: 2 });
		// And the same, read the other way.
		expect(chains(shortestPaths(graph, 'pl', 'tj', records))).toEqual(['pl>p1>tj', 'pl>pp>tj']);
	});

	it('gives each step its relations with direction, dates, sources and doubt', () => {
		const r = shortestPaths(graph, 'tj', 'pl', records);
		if (r.status !== 'found') throw new Error(r.status);
		const viaProcess = r.paths[1]!;
		expect(viaProcess.steps).toEqual([
			{
				from: 'tj',
				to: 'pp',
				edges: [
					{
						id: 'tj-participates_in-pp',
						relation: 'participates_in',
						direction: 'out',
						from: '2009-04',
						until: '',
						sources: ['S', 'T'],
						uncertain: false
					}
				]
			},
			{
				from: 'pp',
				to: 'pl',
				// Poland both takes part in and leads the Process: one hop, two relations, by date.
				edges: [
					expect.objectContaining({
						relation: 'participates_in',
						direction: 'in',
						from: '2009-04'
					}),
					expect.objectContaining({
						relation: 'leads',
						direction: 'in',
						from: '2010-12',
						until: '2017'
					})
				]
			}
		]);
		expect(r.paths[0]!.steps[1]!.edges[0]).toMatchObject({
			relation: 'partner_in',
			uncertain: true
		});
	});

	it('never crosses a hidden node or a hidden edge', () => {
		expect(chains(shortestPaths(graph, 'tj', 'pl', records, without('pp')))).toEqual(['tj>p1>pl']);
		const hiddenEdge: ShownPart = { nodes: all, hiddenEdges: new Set(['tj-beneficiary_of-p1']) };
		expect(chains(shortestPaths(graph, 'tj', 'pl', records, hiddenEdge))).toEqual(['tj>pp>pl']);
		// With both short ways hidden, the long way round.
		const long = shortestPaths(graph, 'tj', 'pl', records, without('pp', 'p1'));
		expect(chains(long)).toEqual(['tj>ca>kz>p2>pl']);
		expect(long).toMatchObject({ length: 4, total: 1 });
	});

	it('says when two nodes are not connected in the view', () => {
		expect(shortestPaths(graph, 'tj', 'iso', records)).toEqual({ status: 'not-connected' });
		expect(shortestPaths(graph, 'tj', 'pl', records, without('pp', 'p1', 'kz'))).toEqual({
			status: 'not-connected'
		});
	});

	it('follows the filters and the period through the shown part', () => {
		// Before December 2010 Poland does not lead the Process; in 2008 nothing is valid yet.
		const at = (day: string) => ({ from: day, to: day });
		const shownAt = (day: string): ShownPart => {
			const nodes = visibleNodeIds(graph, NO_FILTERS, at(day));
			return { nodes, hiddenEdges: hiddenEdgeIds(graph, nodes, NO_FILTERS, at(day)) };
		};
		const r2010 = shortestPaths(graph, 'tj', 'pp', records, shownAt('2010-06-01'));
		expect(r2010).toMatchObject({ status: 'found', length: 1 });
		const r = shortestPaths(graph, 'pl', 'pp', records, shownAt('2010-06-01'));
		if (r.status !== 'found') throw new Error(r.status);
		expect(r.paths[0]!.steps[0]!.edges.map((e) => e.relation)).toEqual(['participates_in']);
		// In 2008 every edge to the Process is still in the future: only the dateless p1 links them.
		expect(shortestPaths(graph, 'pl', 'pp', records, shownAt('2008-01-01'))).toEqual({
			status: 'not-connected'
		});
		expect(chains(shortestPaths(graph, 'pl', 'tj', records, shownAt('2008-01-01')))).toEqual([
			'pl>p1>tj'
		]);
	});

	it('lists at most `limit` paths but counts them all', () => {
		const r = shortestPaths(graph, 'tj', 'pl', records, undefined, 1);
		expect(r).toMatchObject({ status: 'found', total: 2 });
		expect(chains(r)).toEqual(['tj>p1>pl']);
	});

	it('names unknown, hidden and identical ends instead of throwing', () => {
		expect(shortestPaths(graph, 'tj', 'nowhere', records)).toEqual({
			status: 'unknown',
			nodes: ['nowhere']
		});
		expect(shortestPaths(graph, 'pp', 'pl', records, without('pp'))).toEqual({
			status: 'not-shown',
			nodes: ['pp']
		});
		expect(shortestPaths(graph, 'tj', 'tj', records)).toEqual({ status: 'same-node' });
	});

	it('lights up the nodes and edges of the paths found', () => {
		const h = pathHighlight(shortestPaths(graph, 'tj', 'pl', records, without('p1')));
		expect([...h.nodes].sort()).toEqual(['pl', 'pp', 'tj']);
		expect([...h.edges].sort()).toEqual([
			'pl-leads-pp',
			'pl-participates_in-pp',
			'tj-participates_in-pp'
		]);
		expect(pathHighlight({ status: 'not-connected' }).nodes.size).toBe(0);
	});
});

describe('shortestPaths on the Prague Process data', () => {
	const real = loadDataset(REAL);
	const g = buildGraph(real);
	const recs = new Map(real.edges.map((e) => [e.id, e]));

	it('connects Tajikistan to Poland by steps that are edges of the dataset, each sourced', () => {
		const r = shortestPaths(g, 'tajikistan', 'poland', recs);
		if (r.status !== 'found') throw new Error(r.status);
		expect(r.paths.length).toBeGreaterThan(0);
		for (const path of r.paths) {
			expect(path.nodes[0]).toBe('tajikistan');
			expect(path.nodes.at(-1)).toBe('poland');
			expect(path.steps.length).toBe(r.length);
			for (const step of path.steps) {
				expect(step.edges.length).toBeGreaterThan(0);
				for (const e of step.edges) {
					const rec = recs.get(e.id)!;
					expect([rec.source, rec.target].sort()).toEqual([step.from, step.to].sort());
					expect(e.sources.length).toBeGreaterThan(0);
				}
			}
		}
	});
});

describe('shortestPaths order', () => {
	it('lists tied paths in reading order, by the first node where they part', () => {
		const data = dataset(
			['a', 'x1', 'x2', 'y1', 'y2', 'b'].map((n) => node(n, 'body')),
			[
				edge('a', 'part_of', 'x2'),
				edge('x2', 'part_of', 'y1'),
				edge('y1', 'part_of', 'b'),
				edge('a', 'part_of', 'x1'),
				edge('x1', 'part_of', 'y2'),
				edge('y2', 'part_of', 'b')
			]
		);
		const r = shortestPaths(buildGraph(data), 'a', 'b', new Map());
		expect(chains(r)).toEqual(['a>x1>y2>b', 'a>x2>y1>b']);
	});
});

describe('shortestPaths against brute force', () => {
	/** Every simple path from a to b through shown nodes, by exhaustive search. */
	function allShortest(links: [string, string][], shown: Set<string>, a: string, b: string) {
		const next = new Map<string, Set<string>>();
		for (const [s, t] of links) {
			if (s === t) continue;
			next.set(s, (next.get(s) ?? new Set()).add(t));
			next.set(t, (next.get(t) ?? new Set()).add(s));
		}
		const found: string[][] = [];
		const walk = (path: string[]) => {
			const last = path.at(-1)!;
			if (last === b) return void found.push(path);
			for (const n of next.get(last) ?? []) {
				if (shown.has(n) && !path.includes(n)) walk([...path, n]);
			}
		};
		walk([a]);
		const best = Math.min(...found.map((p) => p.length));
		return found
			.filter((p) => p.length === best)
			.map((p) => p.join('>'))
			.sort();
	}

	it('finds exactly the shortest paths of small random networks, hidden nodes avoided', () => {
		const ids = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'];
		const id = fc.constantFrom(...ids);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(id, id), { maxLength: 16 }),
				fc.subarray(ids.slice(2)),
				(links, hiddenIds) => {
					const data = dataset(
						ids.map((n) => node(n, 'body')),
						links.map(([s, t], i) => edge(s, 'part_of', t, { id: `e${i}` }))
					);
					const g = buildGraph(data);
					const shown = new Set(ids.filter((n) => !hiddenIds.includes(n)));
					const r = shortestPaths(
						g,
						'n0',
						'n1',
						new Map(data.edges.map((e) => [e.id, e])),
						{ nodes: shown, hiddenEdges: new Set() },
						1000
					);
					const expected = allShortest(links, shown, 'n0', 'n1');
					if (expected.length === 0) expect(r).toEqual({ status: 'not-connected' });
					else {
						if (r.status !== 'found') throw new Error(r.status);
						expect(r.paths.map((p) => p.nodes.join('>')).sort()).toEqual(expected);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
