import { describe, expect, it } from 'vitest';
import { filterIndex } from '../../src/lib/graph/filter-index';
import { buildGraph } from '../../src/lib/graph/build';
import { compareMoments, momentOf } from '../../src/lib/graph/compare';
import { NO_FILTERS, type Filters } from '../../src/lib/graph/filters';
import { dataset, edge, node, state } from './builders';
import { loadDataset, REAL } from './fixtures';

const at = (day: string) => ({ from: day, to: day });
/**
 * From the start: cz, pl, the Process and cz's lead of project bmp (2009–2011). Belarus joins in
 * December 2010; project pp4 runs 2012–2014, led by pl; the Core Group ends in 2017.
 */
const graph = buildGraph(
	dataset(
		[
			state('cz', 'eu_schengen'),
			state('pl', 'eu_schengen'),
			state('by', 'eastern_partnership', { from: '2010-12' }),
			node('pp', 'body'),
			node('core', 'body', { until: '2017' }),
			node('bmp', 'project', { from: '2009-05', until: '2011-06' }),
			node('pp4', 'project', { from: '2012-08', until: '2014-04' })
		],
		[
			edge('cz', 'participates_in', 'pp'),
			edge('pl', 'participates_in', 'pp'),
			edge('by', 'participates_in', 'pp', { from: '2010-12' }),
			edge('cz', 'leads', 'bmp', { from: '2009-05', until: '2011-06' }),
			edge('pl', 'leads', 'pp4', { from: '2012-08', until: '2014-04' }),
			edge('pl', 'leads', 'pp', { from: '2010-12' }),
			edge('pl', 'member_of', 'core', { until: '2017' })
		]
	)
);
const sorted = (s: Iterable<string>) => [...s].sort();

describe('compareMoments', () => {
	it('lists what appeared and what ended between two dates, with counts by type', () => {
		const c = compareMoments(
			graph,
			momentOf(graph, NO_FILTERS, at('2009-06-01')),
			momentOf(graph, NO_FILTERS, at('2013-01-01'))
		);
		expect(sorted(c.appeared.nodes)).toEqual(['by', 'pp4']);
		expect(sorted(c.ended.nodes)).toEqual(['bmp']);
		expect(sorted(c.appeared.edges)).toEqual([
			'by-participates_in-pp',
			'pl-leads-pp',
			'pl-leads-pp4'
		]);
		expect(sorted(c.ended.edges)).toEqual(['cz-leads-bmp']);
		expect(c.nodeTypes).toEqual([
			{ key: 'state', appeared: 1, ended: 0 },
			{ key: 'project', appeared: 1, ended: 1 }
		]);
		expect(c.relations).toEqual([
			{ key: 'participates_in', appeared: 1, ended: 0 },
			{ key: 'leads', appeared: 2, ended: 1 }
		]);
	});

	it('compares periods too, and nothing changed gives no counts', () => {
		const c = compareMoments(
			graph,
			momentOf(graph, NO_FILTERS, { from: '2012-01-01', to: '2016-12-31' }),
			momentOf(graph, NO_FILTERS, { from: '2018-01-01', to: '2018-12-31' })
		);
		expect(sorted(c.ended.nodes)).toEqual(['core', 'pp4']);
		expect(c.appeared.nodes.size).toBe(0);
		const same = momentOf(graph, NO_FILTERS, at('2013-01-01'));
		expect(compareMoments(graph, same, same)).toMatchObject({ nodeTypes: [], relations: [] });
	});

	it('applies the same filters to both moments', () => {
		const leads: Filters = { facets: [], showUncertain: true, relations: ['leads'] };
		const c = compareMoments(
			graph,
			momentOf(graph, leads, at('2010-01-01')),
			momentOf(graph, leads, at('2013-01-01'))
		);
		// Belarus appeared, but it leads nothing.
		expect(sorted(c.appeared.nodes)).toEqual(['pl', 'pp', 'pp4']);
		expect(sorted(c.ended.nodes)).toEqual(['bmp', 'cz']);
	});
});

describe('compareMoments on the Prague Process data', () => {
	it('2009 against 2016: Belarus and the pilot projects are new, counted by type', () => {
		const g = buildGraph(loadDataset(REAL));
		const c = compareMoments(
			g,
			momentOf(g, NO_FILTERS, at('2009-06-01')),
			momentOf(g, NO_FILTERS, at('2016-06-01'))
		);
		expect(c.appeared.nodes.has('belarus')).toBe(true);
		const kinds = (ids: Set<string>, kind: string) =>
			[...ids].filter((id) => g.getNodeAttribute(id, 'kind') === kind).length;
		const states = c.nodeTypes.find((t) => t.key === 'state')!;
		expect(states.appeared).toBe(kinds(c.appeared.nodes, 'state'));
		expect(states.appeared).toBeGreaterThan(0);
		// Every change is real: new nodes were not shown in 2009, ended ones are not in 2016.
		const ix = filterIndex(g);
		const day = (id: string, which: 'start' | 'end') => ix[which][ix.position.get(id)!]!;
		for (const id of c.appeared.nodes) expect(day(id, 'start') > '2009-06-01').toBe(true);
		for (const id of c.ended.nodes) expect(day(id, 'end') < '2016-06-01').toBe(true);
	});
});
