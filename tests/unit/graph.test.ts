import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/data/lookup';
import { canvasLabel, REGION_COLORS } from '../../src/lib/graph/appearance';
import { buildGraph } from '../../src/lib/graph/build';
import { neighbourhood } from '../../src/lib/graph/highlight';
import { computeLayout, withLayout } from '../../src/lib/graph/layout';
import { relationGroups } from '../../src/lib/graph/relations';
import { loadDataset, REAL, SMALL } from './fixtures';

describe('buildGraph', () => {
	const dataset = loadDataset(SMALL);
	const graph = buildGraph(dataset);

	it('gives sigma only what it draws, plus the type and relation the algorithms read', () => {
		expect(Object.keys(graph.getNodeAttributes('tajikistan')).sort()).toEqual([
			'color',
			'kind',
			'label',
			'size',
			'x',
			'y'
		]);
		expect(Object.keys(graph.getEdgeAttributes('e7')).sort()).toEqual(['relation', 'size']);
	});

	it('has a node per record and an edge per relation', () => {
		expect(graph.order).toBe(8);
		expect(graph.size).toBe(8);
		expect(graph.hasDirectedEdge('sweden', 'pp4')).toBe(true);
	});

	it('gives states their region colour and sizes nodes by degree', () => {
		expect(graph.getNodeAttributes('tajikistan')).toMatchObject({
			label: 'Tajikistan',
			kind: 'state',
			color: REGION_COLORS.central_asia
		});
		// Tajikistan has 3 relations, Türkiye 1: the better connected node is larger.
		expect(graph.getNodeAttribute('tajikistan', 'size')).toBeGreaterThan(
			graph.getNodeAttribute('turkiye', 'size')
		);
		expect(graph.getEdgeAttributes('e7')).toMatchObject({ relation: 'leads' });
	});

	it('never uses sigma’s reserved `type` attribute for data', () => {
		graph.forEachNode((_id, a) => expect(a).not.toHaveProperty('type'));
		graph.forEachEdge((_id, a) => expect(a).not.toHaveProperty('type'));
	});

	it('lights up a node with its neighbours in both directions', () => {
		const h = neighbourhood(graph, 'pp4');
		expect(h.focus).toBe('pp4');
		expect([...h.nodes].sort()).toEqual(['pp4', 'sweden', 'tajikistan']);
		expect(neighbourhood(graph, 'nowhere').focus).toBeNull();
	});
});

describe('canvasLabel', () => {
	it('keeps short names, gives long ones their acronym or cuts them at a word', () => {
		expect(canvasLabel('Tajikistan', 'TJ')).toBe('Tajikistan');
		expect(canvasLabel('Pilot Project 5: identification of irregular migrants', 'PP5')).toBe('PP5');
		expect(canvasLabel('Strengthening capacities in asylum and international protection', '')).toBe(
			'Strengthening capacities in…'
		);
	});
});

describe('relationGroups', () => {
	it('groups a node’s relations by type and direction', () => {
		const dataset = loadDataset(SMALL);
		const lookup = indexDataset(dataset);
		const groups = relationGroups(lookup, 'pp4', (n) => n.label.en);
		expect(groups.map((g) => [g.direction, g.relation, g.items.map((i) => i.other.id)])).toEqual([
			['in', 'leads', ['sweden']],
			['in', 'participates_in', ['tajikistan']]
		]);
		expect(lookup.eventsOf.get('sweden')?.map((e) => e.id)).toEqual(['pp4-start']);
	});
});

describe('layout', () => {
	const dataset = loadDataset(REAL);

	it('is deterministic: two runs give identical positions', () => {
		const a = computeLayout(buildGraph(dataset));
		const b = computeLayout(buildGraph(dataset));
		expect([...a.entries()]).toEqual([...b.entries()]);
		for (const { x, y } of a.values()) {
			expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
		}
	});

	it('keeps the positions a dataset already has', () => {
		const placed = withLayout(dataset);
		expect(withLayout(placed)).toBe(placed);
	});

	it('groups states by region: each state is nearer its own region than the others', () => {
		const placed = withLayout(dataset);
		const at = new Map(placed.nodes.map((n) => [n.id, n]));
		const regions = placed.nodes.filter((n) => n.type === 'region');
		const states = placed.nodes.filter(
			(n) => n.type === 'state' && regions.some((r) => r.region === n.region)
		);
		expect(states.length).toBeGreaterThan(40);
		const centre = (region: string) => {
			const members = states.filter((s) => s.region === region);
			return {
				x: members.reduce((sum, s) => sum + s.x!, 0) / members.length,
				y: members.reduce((sum, s) => sum + s.y!, 0) / members.length
			};
		};
		const centres = new Map(regions.map((r) => [r.region!, centre(r.region!)]));
		let nearestOwn = 0;
		for (const s of states) {
			const d = (c: { x: number; y: number }) =>
				Math.hypot(at.get(s.id)!.x! - c.x, at.get(s.id)!.y! - c.y);
			const own = d(centres.get(s.region!)!);
			if ([...centres.entries()].every(([r, c]) => r === s.region || own <= d(c))) nearestOwn++;
		}
		// Almost every state sits closer to its own region's centre than to any other.
		expect(nearestOwn / states.length).toBeGreaterThan(0.9);
	});
});
