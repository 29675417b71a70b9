import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataEvent } from '../../src/lib/data/types';
import { buildGraph } from '../../src/lib/graph/build';
import { communitiesOf, type Communities } from '../../src/lib/graph/communities';
import {
	colourByCommunity,
	COMMUNITY_COLORS,
	OTHER_COMMUNITY_COLOR,
	sizeByValues,
	SIZE_RANGE
} from '../../src/lib/graph/encodings';
import {
	betweennessOf,
	degreeOf,
	eventCounts,
	metricValues,
	projectCounts
} from '../../src/lib/graph/metrics';
import type { ShownPart } from '../../src/lib/graph/shown';
import { dataset, edge, node, state } from './builders';
import { loadDataset, REAL } from './fixtures';

/**
 * Two stars, s1–s3 around project pa and s4–s6 around pb, joined by a body (hub) that hosts both;
 * s1 also leads pa (two relations between the same pair); `lone` is linked to nothing.
 */
const data = dataset(
	[
		...['s1', 's2', 's3'].map((id) => state(id, 'central_asia')),
		...['s4', 's5', 's6'].map((id) => state(id, 'eu_schengen')),
		node('pa', 'project'),
		node('pb', 'project'),
		node('hub', 'body'),
		node('lone', 'body')
	],
	[
		...['s1', 's2', 's3'].map((id) => edge(id, 'participates_in', 'pa')),
		edge('s1', 'leads', 'pa'),
		...['s4', 's5', 's6'].map((id) => edge(id, 'participates_in', 'pb')),
		edge('hub', 'hosts', 'pa'),
		edge('hub', 'hosts', 'pb')
	]
);
const graph = buildGraph(data);
const event = (id: string, date: string, nodes: string[]): DataEvent => ({
	id,
	kind: 'other',
	label: { en: id, ru: '', ruUnofficial: false },
	date,
	endDate: '',
	place: '',
	nodes,
	uncertain: false,
	note: '',
	sources: ['S']
});
const events = [event('e1', '2010-05', ['s1', 'pa']), event('e2', '2015-03-01', ['s1', 's1'])];
const noHub: ShownPart = {
	nodes: new Set(graph.nodes().filter((id) => id !== 'hub')),
	hiddenEdges: new Set()
};

describe('size metrics', () => {
	it('degree counts every shown relation, two between the same pair included', () => {
		const d = degreeOf(graph);
		expect(d.get('s1')).toBe(2);
		expect(d.get('pa')).toBe(5);
		expect(d.get('lone')).toBe(0);
		expect(degreeOf(graph, noHub).get('pa')).toBe(4);
		expect(degreeOf(graph, noHub).has('hub')).toBe(false);
	});

	it('betweenness counts the pairs whose shortest paths run through a node', () => {
		const b = betweennessOf(graph)!;
		// pa: the 6 pairs among its star (hub included) and the 3 × 4 pairs across the bridge.
		expect(b.get('pa')).toBe(18);
		expect(b.get('pb')).toBe(18);
		expect(b.get('hub')).toBe(16);
		expect(b.get('s1')).toBe(0);
		// Without the hub, pa only joins its own three states.
		expect(betweennessOf(graph, noHub)!.get('pa')).toBe(3);
		expect(betweennessOf(graph, undefined, 5)).toBeNull();
	});

	it('projects: distinct projects a node takes part in; events: those of the period naming it', () => {
		const p = projectCounts(graph);
		expect(p.get('s1')).toBe(1); // takes part in and leads pa: one project
		expect(p.get('hub')).toBe(2);
		expect(p.get('pa')).toBe(0); // being a project is not taking part in one
		expect(projectCounts(graph, noHub).has('hub')).toBe(false);
		expect(eventCounts(graph, events, null).get('s1')).toBe(2);
		expect(eventCounts(graph, events, { from: '2014-01-01', to: '2016-12-31' }).get('s1')).toBe(1);
		expect(eventCounts(graph, events, null).get('pa')).toBe(1);
		expect(metricValues('events', graph, { events, period: null })?.get('s1')).toBe(2);
	});

	it('gives the same values on every run over the Prague Process data', () => {
		const real = loadDataset(REAL);
		const g = buildGraph(real);
		const first = betweennessOf(g)!;
		expect([...betweennessOf(buildGraph(real))!]).toEqual([...first]);
		// The Process itself, which every state takes part in, lies on the most shortest paths.
		expect([...first].sort((a, b) => b[1] - a[1])[0]![0]).toBe('prague-process');
	});
});

describe('communities', () => {
	afterEach(() => vi.restoreAllMocks());
	const same = (c: Communities, ...ids: string[]) => new Set(ids.map((id) => c.of.get(id))).size;

	it('groups the two stars apart and leaves the lone node alone', () => {
		const c = communitiesOf(graph)!;
		expect(same(c, 's1', 's2', 's3', 'pa')).toBe(1);
		expect(same(c, 's4', 's5', 's6', 'pb')).toBe(1);
		expect(c.of.get('s1')).not.toBe(c.of.get('s4'));
		expect(c.members.at(-1)).toEqual(['lone']);
		// Numbered from the largest.
		expect(c.members.map((m) => m.length)).toEqual([5, 4, 1]);
		// Not offered for views larger than the limit.
		expect(communitiesOf(graph, undefined, 1, 5)).toBeNull();
	});

	it('are the same on every run, whatever Math.random says', () => {
		const real = buildGraph(loadDataset(REAL));
		const random = vi.spyOn(Math, 'random').mockReturnValue(0.001);
		const first = communitiesOf(real)!;
		random.mockReturnValue(0.999);
		const second = communitiesOf(real)!;
		random.mockRestore();
		expect(communitiesOf(real)!.members).toEqual(first.members);
		expect(second.members).toEqual(first.members);
		expect(first.members.length).toBeGreaterThan(1);
		expect(first.members.length).toBeLessThan(real.order / 2);
		// Numbered from the largest, each node in the group its number names.
		const sizes = first.members.map((m) => m.length);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		first.members.forEach((ids, c) => ids.forEach((id) => expect(first.of.get(id)).toBe(c)));
	});
});

describe('encodings', () => {
	it('sizes grow with the value from the smallest to the largest size, with a legend', () => {
		const { sizes, legend } = sizeByValues(
			new Map([
				['a', 0],
				['b', 4],
				['c', 16]
			])
		);
		expect(sizes.get('a')).toBe(SIZE_RANGE.min);
		expect(sizes.get('c')).toBe(SIZE_RANGE.max);
		// A quarter of the largest value, half-way in size: the disc's area follows the value.
		expect(sizes.get('b')).toBeCloseTo((SIZE_RANGE.min + SIZE_RANGE.max) / 2, 0);
		expect(legend.at(-1)).toEqual({ value: 16, size: SIZE_RANGE.max });
		for (let i = 1; i < legend.length; i++) {
			expect(legend[i]!.value).toBeGreaterThan(legend[i - 1]!.value);
			expect(legend[i]!.size).toBeGreaterThan(legend[i - 1]!.size);
		}
		expect(legend.length).toBeGreaterThan(1);
		expect(sizeByValues(new Map([['a', 0]]))).toEqual({
			sizes: new Map([['a', SIZE_RANGE.min]]),
			legend: []
		});
	});

	it('colours communities from the largest, names each by its best connected member', () => {
		const c = communitiesOf(graph)!;
		const { colors, legend } = colourByCommunity(c, degreeOf(graph));
		expect(colors.get('s2')).toBe(colors.get('pa'));
		expect(colors.get('s2')).not.toBe(colors.get('s5'));
		expect(legend.map((l) => l.count)).toEqual([5, 4, 1]);
		expect(legend[0]!.color).toBe(COMMUNITY_COLORS[0]);
		expect(new Set(legend.map((l) => l.hub))).toEqual(new Set(['pa', 'pb', 'lone']));
	});

	it('gathers the communities beyond the palette in one grey legend line', () => {
		const members = Array.from({ length: 10 }, (_v, i) => [`n${i}`]);
		const of = new Map(members.map((m, i) => [m[0]!, i]));
		const { colors, legend } = colourByCommunity({ of, members }, new Map());
		expect(legend.length).toBe(COMMUNITY_COLORS.length + 1);
		expect(legend.at(-1)).toEqual({
			community: null,
			color: OTHER_COMMUNITY_COLOR,
			count: 2,
			hub: null
		});
		expect(colors.get('n9')).toBe(OTHER_COMMUNITY_COLOR);
	});
});
