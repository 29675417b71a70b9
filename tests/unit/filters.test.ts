import { describe, expect, it } from 'vitest';
import { validIn, type Period } from '../../src/lib/data/dates';
import {
	NODE_TYPES,
	REGIONS,
	type DataEdge,
	type Dataset,
	type Relation
} from '../../src/lib/data/types';
import { buildGraph } from '../../src/lib/graph/build';
import {
	areaFamily,
	facetCounts,
	NO_FILTERS,
	hiddenEdgeIds,
	relationValues,
	shownEdgeIds,
	visibleNodeIds,
	type Filter,
	type Filters
} from '../../src/lib/graph/filters';
import { node, state } from './builders';
import { loadDataset, REAL } from './fixtures';

let n = 0;
const edge = (
	source: string,
	relation: Relation,
	target: string,
	more: Partial<DataEdge> = {}
): DataEdge => ({
	id: `e${++n}`,
	source,
	target,
	relation,
	from: '',
	until: '',
	uncertain: false,
	note: '',
	sources: ['S'],
	...more
});

/**
 * Two Central Asian states, one EU state, one Western Balkan state; a project on asylum led by the EU
 * state with a Central Asian participant; a document covering asylum that every state endorses.
 */
const dataset: Dataset = {
	nodes: [
		state('tj', 'central_asia'),
		state('kz', 'central_asia'),
		state('se', 'eu_schengen'),
		state('by', 'eastern_partnership', { from: '2010-12', status: 'not_invited', uncertain: true }),
		state('rs', 'western_balkans'),
		node('region-ca', 'region', { region: 'central_asia' }),
		node('region-eu', 'region', { region: 'eu_schengen' }),
		node('pp', 'body'),
		node('som', 'body'),
		node('area-2009-asylum-like', 'thematic_area', { until: '2011-11-04' }),
		node('area-asylum', 'thematic_area', { from: '2011-11-04' }),
		node('area-legal', 'thematic_area'),
		node('pp4', 'project', { from: '2012-08', until: '2014-04' }),
		node('pp-data', 'project', { from: '2018-01-01' }),
		node('ap', 'document', { from: '2012', until: '2016' }),
		node('iom', 'body')
	],
	edges: [
		edge('tj', 'member_of', 'region-ca'),
		edge('kz', 'member_of', 'region-ca'),
		edge('se', 'member_of', 'region-eu'),
		edge('tj', 'participates_in', 'pp'),
		edge('se', 'participates_in', 'pp'),
		edge('rs', 'participates_in', 'pp'),
		edge('by', 'participates_in', 'pp', { from: '2010-12' }),
		edge('area-asylum', 'succeeds', 'area-2009-asylum-like'),
		edge('se', 'leads', 'pp4', { from: '2012-08', until: '2014-04' }),
		edge('tj', 'participates_in', 'pp4', { from: '2012', uncertain: true }),
		edge('pp4', 'covers', 'area-asylum'),
		edge('ap', 'covers', 'area-asylum'),
		edge('se', 'endorses', 'ap'),
		edge('rs', 'endorses', 'ap'),
		edge('pp-data', 'covers', 'area-legal'),
		edge('iom', 'partner_in', 'pp-data'),
		edge('som', 'part_of', 'pp')
	],
	events: [],
	sources: [{ key: 'S', title: 'S', url: 'https://example.org', publisher: '', accessed: '' }]
};
const graph = buildGraph(dataset);
const facets = (...fs: Filter[]): Filters => ({ facets: fs, showUncertain: true });
const sorted = (s: Set<string>) => [...s].sort();

describe('visibleNodeIds', () => {
	it('shows everything without filters or period', () => {
		expect(visibleNodeIds(graph, NO_FILTERS, null).size).toBe(dataset.nodes.length);
	});

	it('region: the states of the ticked regions, their region node, and non-state nodes linked to them', () => {
		const ids = visibleNodeIds(graph, facets({ facet: 'region', values: ['central_asia'] }), null);
		expect(sorted(ids)).toEqual(['kz', 'pp', 'pp4', 'region-ca', 'tj']);
	});

	it('within a facet, any ticked value passes (OR)', () => {
		const ids = visibleNodeIds(
			graph,
			facets({ facet: 'region', values: ['central_asia', 'western_balkans'] }),
			null
		);
		expect(ids.has('tj') && ids.has('rs') && ids.has('ap')).toBe(true);
		expect(ids.has('se')).toBe(false);
	});

	it('thematic area: the area and its predecessor, linked projects and documents, and states/bodies one hop from projects', () => {
		const ids = visibleNodeIds(graph, facets({ facet: 'area', values: ['area-asylum'] }), null);
		// rs only endorses the document: documents do not spread the facet.
		expect(sorted(ids)).toEqual(['ap', 'area-2009-asylum-like', 'area-asylum', 'pp4', 'se', 'tj']);
	});

	it('a 2009 area selects its Action Plan successor', () => {
		expect(sorted(areaFamily(graph, ['area-2009-asylum-like']))).toEqual([
			'area-2009-asylum-like',
			'area-asylum'
		]);
		expect(
			visibleNodeIds(graph, facets({ facet: 'area', values: ['area-2009-asylum-like'] }), null).has(
				'pp4'
			)
		).toBe(true);
	});

	it('across facets, a node must pass all (AND)', () => {
		const ids = visibleNodeIds(
			graph,
			facets(
				{ facet: 'region', values: ['central_asia'] },
				{ facet: 'area', values: ['area-asylum'] }
			),
			null
		);
		expect(sorted(ids)).toEqual(['pp4', 'tj']);
	});

	it('type and status use the node’s own value; a node without status is active until it ends', () => {
		expect(
			sorted(visibleNodeIds(graph, facets({ facet: 'type', values: ['project'] }), null))
		).toEqual(['pp-data', 'pp4']);
		expect(
			sorted(visibleNodeIds(graph, facets({ facet: 'status', values: ['not_invited'] }), null))
		).toEqual(['by']);
		const ended = visibleNodeIds(graph, facets({ facet: 'status', values: ['ended'] }), null);
		expect(sorted(ended)).toEqual(['ap', 'area-2009-asylum-like', 'pp4']);
	});

	it('the uncertain switch hides uncertain nodes and edges', () => {
		const filters = { facets: [], showUncertain: false };
		const ids = visibleNodeIds(graph, filters, null);
		expect(ids.has('by')).toBe(false);
		// tj and pp4 are both shown, but the edge between them is uncertain.
		const hidden = hiddenEdgeIds(graph, ids, filters, null);
		expect([...hidden].map((e) => [graph.source(e), graph.target(e)])).toEqual([['tj', 'pp4']]);
		expect(hiddenEdgeIds(graph, ids, NO_FILTERS, null).size).toBe(0);
	});
});

describe('as-of and period', () => {
	const at = (day: string) => ({ from: day, to: day });

	it('boundaries are inclusive and partial dates cover their whole period', () => {
		expect(validIn('2010-12', '', at('2010-12-01'))).toBe(true);
		expect(validIn('2010-12', '', at('2010-11-30'))).toBe(false);
		expect(validIn('2012', '2016', at('2016-12-31'))).toBe(true);
		expect(validIn('2012', '2016', at('2017-01-01'))).toBe(false);
	});

	it('an empty until is open-ended; an empty from has always been', () => {
		expect(validIn('2018-01-01', '', at('2099-01-01'))).toBe(true);
		expect(validIn('', '2011-11-04', at('1990-01-01'))).toBe(true);
		expect(validIn('', '', null)).toBe(true);
	});

	it('as of a date shows only what was valid then (Belarus from December 2010)', () => {
		expect(visibleNodeIds(graph, NO_FILTERS, at('2010-06-01')).has('by')).toBe(false);
		expect(visibleNodeIds(graph, NO_FILTERS, at('2011-01-01')).has('by')).toBe(true);
	});

	it('a period shows what was valid at any moment in it', () => {
		const ids = visibleNodeIds(graph, NO_FILTERS, { from: '2012-01-01', to: '2016-12-31' });
		expect(ids.has('pp4')).toBe(true);
		expect(ids.has('pp-data')).toBe(false);
		expect(ids.has('area-2009-asylum-like')).toBe(false);
	});

	it('edges between shown nodes are hidden while not valid; edges of hidden nodes go with them', () => {
		const period = { from: '2011-01-01', to: '2011-12-31' };
		const ids = visibleNodeIds(graph, NO_FILTERS, period);
		// pp4 (2012–2014) is hidden in 2011, so its edges are not listed: the renderer drops them
		// with the node. Belarus's participation (from December 2010) is valid in 2011.
		expect(ids.has('pp4')).toBe(false);
		expect(hiddenEdgeIds(graph, ids, NO_FILTERS, period).size).toBe(0);
		// In 2009 Belarus is not shown yet; the Process is, and no edge between shown nodes is hidden.
		const early = { from: '2009-06-01', to: '2009-06-01' };
		const shown = visibleNodeIds(graph, NO_FILTERS, early);
		expect(shown.has('by')).toBe(false);
		// A node shown with an edge that is not yet valid: Sweden leads pp4 only from 2012-08.
		const mixed = new Set([...shown, 'pp4']);
		const hidden = hiddenEdgeIds(graph, mixed, NO_FILTERS, early);
		expect([...hidden].map((e) => [graph.source(e), graph.target(e)]).sort()).toEqual([
			['se', 'pp4'],
			['tj', 'pp4']
		]);
	});
});

describe('facetCounts', () => {
	it('counts, per value, what ticking it would show given the other facets', () => {
		const values = {
			region: ['central_asia', 'eu_schengen'] as const,
			area: ['area-asylum', 'area-legal'],
			type: ['state', 'project'] as const,
			status: ['active', 'not_invited'] as const
		};
		const counts = facetCounts(graph, facets({ facet: 'type', values: ['state'] }), null, {
			region: [...values.region],
			area: values.area,
			type: [...values.type],
			status: [...values.status]
		});
		expect(counts.region.get('central_asia')).toBe(2); // tj, kz among states
		expect(counts.area.get('area-asylum')).toBe(2); // se, tj via pp4
		expect(counts.area.get('area-legal')).toBe(0);
		expect(counts.type.get('project')).toBe(2); // the type facet ignores its own ticks
		expect(counts.status.get('not_invited')).toBe(1);
	});
});

describe('relation facet', () => {
	const withRelations = (relations: Relation[], ...fs: Filter[]): Filters => ({
		facets: fs,
		showUncertain: true,
		relations
	});
	const shown = (filters: Filters, period: Period | null = null) =>
		sorted(visibleNodeIds(graph, filters, period));

	it('alone: only the nodes with an edge of a ticked kind', () => {
		expect(shown(withRelations(['leads']))).toEqual(['pp4', 'se']);
		expect(shown(withRelations(['leads', 'partner_in']))).toEqual(['iom', 'pp-data', 'pp4', 'se']);
		// Nothing ticked is no filter at all.
		expect(shown(withRelations([])).length).toBe(dataset.nodes.length);
	});

	it('with a thematic area: the projects on it and the nodes linked to them by that kind', () => {
		// tj passes the area (it takes part in pp4) but does not lead it; the area and the document
		// have no lead edge.
		expect(shown(withRelations(['leads'], { facet: 'area', values: ['area-asylum'] }))).toEqual([
			'pp4',
			'se'
		]);
	});

	it('the edge must lead to another node that passes the other facets', () => {
		// se leads pp4, but pp4 is not a state.
		expect(shown(withRelations(['leads'], { facet: 'type', values: ['state'] }))).toEqual([]);
		// Central Asia: tj takes part in the Process and pp4; kz is only a member of its region.
		const region: Filter = { facet: 'region', values: ['central_asia'] };
		expect(shown(withRelations(['participates_in'], region))).toEqual(['pp', 'pp4', 'tj']);
		expect(shown(withRelations(['participates_in', 'member_of'], region))).toEqual([
			'kz',
			'pp',
			'pp4',
			'region-ca',
			'tj'
		]);
	});

	it('follows the period and the uncertain switch on the edges', () => {
		const region: Filter = { facet: 'region', values: ['central_asia'] };
		// tj's participation in pp4 is uncertain.
		expect(
			sorted(
				visibleNodeIds(
					graph,
					{ facets: [region], showUncertain: false, relations: ['participates_in'] },
					null
				)
			)
		).toEqual(['pp', 'tj']);
		// In 2011 pp4 and its lead edge (from 2012-08) do not exist yet.
		expect(shown(withRelations(['leads']), { from: '2011-01-01', to: '2011-12-31' })).toEqual([]);
		expect(shown(withRelations(['leads']), { from: '2013-01-01', to: '2013-01-01' })).toEqual([
			'pp4',
			'se'
		]);
	});

	it('hides the edges of other kinds between shown nodes', () => {
		const filters = withRelations(['participates_in']);
		const ids = visibleNodeIds(graph, filters, null);
		expect(sorted(ids)).toEqual(['by', 'pp', 'pp4', 'rs', 'se', 'tj']);
		// se leads pp4: both are shown (they take part in something), the lead edge is not.
		const hidden = hiddenEdgeIds(graph, ids, filters, null);
		expect([...hidden].map((e) => graph.getEdgeAttribute(e, 'relation'))).toEqual(['leads']);
		const drawn = shownEdgeIds(graph, ids, filters, null);
		expect(
			[...drawn].every((e) => graph.getEdgeAttribute(e, 'relation') === 'participates_in')
		).toBe(true);
		expect(drawn.size).toBe(5);
	});

	it('offers the kinds present in the network, with counts given the other facets', () => {
		expect(relationValues(graph)).toEqual([
			'participates_in',
			'member_of',
			'leads',
			'partner_in',
			'endorses',
			'covers',
			'succeeds',
			'part_of'
		]);
		const values = {
			region: [...REGIONS],
			area: ['area-asylum'],
			type: [...NODE_TYPES],
			status: []
		};
		const all = facetCounts(graph, NO_FILTERS, null, values);
		expect(all.relation.get('leads')).toBe(2);
		expect(all.relation.get('participates_in')).toBe(6);
		expect(all.relation.get('member_of')).toBe(5);
		// Only states: no edge runs between two states.
		const states = facetCounts(graph, facets({ facet: 'type', values: ['state'] }), null, values);
		expect([...states.relation.values()].every((c) => c === 0)).toBe(true);
		// With leads ticked, the other facets count what the relation rule would show.
		const leads = facetCounts(graph, withRelations(['leads']), null, values);
		expect(leads.region.get('eu_schengen')).toBe(2); // se and pp4
		expect(leads.region.get('central_asia')).toBe(0); // pp4 passes, its leader does not
		expect(leads.area.get('area-asylum')).toBe(2);
		expect(leads.type.get('state')).toBe(0);
		expect(leads.relation.get('participates_in')).toBe(6); // its own ticks are ignored
	});
});

describe('relation facet on the Prague Process data', () => {
	const real = loadDataset(REAL);
	const g = buildGraph(real);

	it('thematic area asylum + relation leads: exactly the states leading a project on asylum', () => {
		const family = areaFamily(g, ['area-asylum']);
		const onAsylum = new Set(
			real.edges
				.filter((e) => e.relation === 'covers' && family.has(e.target))
				.map((e) => e.source)
				.filter((id) => g.getNodeAttribute(id, 'kind') === 'project')
		);
		const leaders = new Set(
			real.edges
				.filter((e) => e.relation === 'leads' && onAsylum.has(e.target))
				.map((e) => e.source)
		);
		const ids = visibleNodeIds(
			g,
			{
				facets: [{ facet: 'area', values: ['area-asylum'] }],
				showUncertain: true,
				relations: ['leads']
			},
			null
		);
		const states = [...ids].filter((id) => g.getNodeAttribute(id, 'kind') === 'state').sort();
		expect(states).toEqual([...leaders].sort());
		expect(states).toEqual(expect.arrayContaining(['germany', 'sweden']));
		// Besides them, only the projects they lead.
		const others = [...ids].filter((id) => g.getNodeAttribute(id, 'kind') !== 'state');
		expect(others.length).toBeGreaterThan(0);
		for (const id of others) {
			expect(onAsylum.has(id)).toBe(true);
			expect(g.inEdges(id).some((e) => g.getEdgeAttribute(e, 'relation') === 'leads')).toBe(true);
		}
	});
});
