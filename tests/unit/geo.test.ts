import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { validateCapitals, type Capital } from '../../src/lib/data/capitals';
import { buildGraph } from '../../src/lib/graph/build';
import {
	affineFromPoints,
	applyMatrix,
	toGraph,
	type Matrix,
	type Point
} from '../../src/lib/geo/align';
import { mapLayout } from '../../src/lib/geo/map-layout';
import { countries, loadWorld, outlinePaths } from '../../src/lib/geo/outlines';
import { mapProjection, projectAll, type LonLat } from '../../src/lib/geo/projection';
import { dataset, edge, node, state } from './builders';
import { loadDataset, REAL } from './fixtures';

const real = loadDataset(REAL);
const text = readFileSync('data/capitals.csv', 'utf8');
const checked = validateCapitals(text, real);
const capitals: Capital[] = checked.ok ? checked.capitals : [];
const lonLat = new Map(capitals.map((c) => [c.capital, [c.lon, c.lat] as LonLat]));

describe('capitals.csv', () => {
	it('is valid and gives every state of the dataset a sourced capital', () => {
		expect(checked.problems).toEqual([]);
		const states = real.nodes.filter((n) => n.type === 'state').map((n) => n.id);
		expect(capitals.map((c) => c.state).sort()).toEqual(states.sort());
		const sources = new Map(real.sources.map((s) => [s.key, s]));
		for (const c of capitals) {
			expect(c.sources.length).toBeGreaterThan(0);
			for (const key of c.sources) expect(sources.get(key)?.url).toMatch(/^https:\/\//);
		}
	});

	it('puts each capital in its own country on the Natural Earth outlines', async () => {
		const world = countries(await loadWorld('50m'));
		// Natural Earth's short names where they differ from the dataset's labels.
		const names: Record<string, string[]> = {
			'czech-republic': ['Czechia'],
			'bosnia-and-herzegovina': ['Bosnia and Herz.'],
			kosovo: ['Kosovo'],
			'north-macedonia': ['Macedonia'],
			russia: ['Russia'],
			turkiye: ['Turkey'],
			cyprus: ['Cyprus', 'N. Cyprus'] // the line through Nicosia
		};
		const label = new Map(real.nodes.map((n) => [n.id, n.label.en]));
		for (const c of capitals) {
			// Coastal capitals may sit just off the 1:50m coast: look within 0.1° too.
			const near: LonLat[] = [[c.lon, c.lat]];
			for (const [dx, dy] of [
				[0.1, 0],
				[-0.1, 0],
				[0, 0.1],
				[0, -0.1]
			] as const)
				near.push([c.lon + dx, c.lat + dy]);
			const expected = names[c.state] ?? [label.get(c.state)!];
			const outlines = world.features.filter((f) => expected.includes(f.properties.name));
			expect(outlines.length, `no outline named ${expected.join(' or ')}`).toBeGreaterThan(0);
			expect(
				outlines.some((f) => near.some((p) => geoContains(f, p))),
				`${c.capital} (${c.lon}, ${c.lat}) is not in ${expected.join(' or ')}`
			).toBe(true);
		}
	}, 30_000);
});

describe('validateCapitals', () => {
	const small = dataset(
		[state('tj', 'central_asia'), state('pl', 'eu_schengen'), node('pp', 'body')],
		[edge('tj', 'participates_in', 'pp')]
	);
	const csv = (...rows: string[]) => ['state,capital,lat,lon,sources', ...rows].join('\n');

	it('accepts one sourced capital per state', () => {
		const r = validateCapitals(csv('tj,Dushanbe,38.56,68.77,S', 'pl,Warsaw,52.25,21,S'), small);
		expect(r.ok && r.capitals.map((c) => [c.state, c.lat, c.lon])).toEqual([
			['tj', 38.56, 68.77],
			['pl', 52.25, 21]
		]);
	});

	it('names every problem with its row and column', () => {
		const r = validateCapitals(
			csv(
				'tj,Dushanbe,138.56,68.77,S',
				'pp,Prague,50,14,S',
				'tj,Khujand,40.28,69.62,S',
				'xx,Nowhere,1,1,',
				'pl,Warsaw,52.25,east,NOPE'
			),
			small
		);
		expect(r.ok).toBe(false);
		const lines = r.problems.map((p) => `${p.row}: ${p.column}: ${p.message}`);
		expect(lines).toEqual([
			'2: lat: "138.56" is not a latitude (degrees, −90 to 90)',
			'3: state: "pp" is not a state',
			'4: state: "tj" already has a capital',
			'5: state: unknown node "xx"',
			'5: sources: at least one source key is required',
			'6: lon: "east" is not a longitude (degrees, −180 to 180)',
			'6: sources: unknown source "NOPE"'
		]);
		expect(r.problems.every((p) => p.file === 'capitals.csv')).toBe(true);
	});

	it('reports a state without a capital and a missing column', () => {
		expect(validateCapitals(csv('tj,Dushanbe,38.56,68.77,S'), small).problems).toEqual([
			{ file: 'capitals.csv', row: null, column: 'state', message: 'no capital for "pl"' }
		]);
		const noLon = 'state,capital,lat,sources\ntj,Dushanbe,38.56,S';
		expect(validateCapitals(noLon, small).problems).toEqual([
			{ file: 'capitals.csv', row: 1, column: 'lon', message: 'missing column' }
		]);
	});
});

describe('the map projection', () => {
	const projection = mapProjection([...lonLat.values()], { width: 1000, height: 600, padding: 20 });
	const at = (city: string) => projection(lonLat.get(city)!)!;

	it('puts Lisbon west of Astana and Oslo north of Athens', () => {
		expect(at('Lisbon')[0]).toBeLessThan(at('Astana')[0]);
		expect(at('Oslo')[1]).toBeLessThan(at('Athens')[1]); // y grows downwards
		expect(at('Helsinki')[1]).toBeLessThan(at('Valletta')[1]);
		expect(at('Dublin')[0]).toBeLessThan(at('Bishkek')[0]);
	});

	it('fits every capital inside the drawing area', () => {
		const xy = projectAll(lonLat, projection);
		expect(xy.size).toBe(capitals.length);
		for (const [x, y] of xy.values()) {
			expect(x).toBeGreaterThanOrEqual(19.99);
			expect(x).toBeLessThanOrEqual(980.01);
			expect(y).toBeGreaterThanOrEqual(19.99);
			expect(y).toBeLessThanOrEqual(580.01);
		}
	});

	it('draws the country outlines as SVG paths', async () => {
		const paths = outlinePaths(await loadWorld('110m'), projection);
		expect(paths.land).toMatch(/^M[-\d.]+,[-\d.]+/);
		expect(paths.borders.length).toBeGreaterThan(100);
	});
});

describe('mapLayout', () => {
	// Two states with capitals, a region and a project linked to them, an area linked to neither.
	const g = buildGraph(
		dataset(
			[
				state('a', 'central_asia'),
				state('b', 'central_asia'),
				state('c', 'central_asia'),
				node('region', 'region', { region: 'central_asia' }),
				node('project', 'project'),
				node('area', 'thematic_area'),
				node('area2', 'thematic_area')
			],
			[
				edge('a', 'member_of', 'region'),
				edge('b', 'member_of', 'region'),
				edge('a', 'participates_in', 'project'),
				edge('b', 'leads', 'project'),
				edge('project', 'covers', 'area')
			]
		)
	);
	const capitalsXY = new Map<string, [number, number]>([
		['a', [100, 100]],
		['b', [300, 100]]
	]);
	const layout = mapLayout(g, capitalsXY, { width: 400, height: 300, gap: 10 });

	it('puts states at their capitals and other nodes at the centroid of their states, apart', () => {
		expect(layout.positions.get('a')).toEqual({ x: 100, y: 100 });
		expect(layout.placement.get('a')).toBe('capital');
		const project = layout.positions.get('project')!;
		const region = layout.positions.get('region')!;
		// Both belong at (200, 100): one of them moves aside, by no more than a few gaps.
		for (const p of [project, region]) expect(Math.hypot(p.x - 200, p.y - 100)).toBeLessThan(30);
		expect(Math.hypot(project.x - region.x, project.y - region.y)).toBeGreaterThanOrEqual(10);
	});

	it('sends nodes linked to no placed state, and states without a capital, to the band below', () => {
		for (const id of ['area', 'area2', 'c']) {
			expect(layout.placement.get(id)).toBe('band');
			expect(layout.positions.get(id)!.y).toBeGreaterThan(300);
		}
		expect(layout.positions.size).toBe(g.order);
	});
});

describe('aligning the outlines with the camera', () => {
	it('recovers the transform that three points went through', () => {
		// Zoom 2, rotate 30°, flip y, move: the kind of transform sigma's camera applies.
		const angle = Math.PI / 6;
		const truth: Matrix = [
			2 * Math.cos(angle),
			2 * Math.sin(angle),
			2 * Math.sin(angle),
			-2 * Math.cos(angle),
			40,
			-7
		];
		const from: [Point, Point, Point] = [
			{ x: 0, y: 0 },
			{ x: 1000, y: 0 },
			{ x: 0, y: 600 }
		];
		const m = affineFromPoints(from, from.map((p) => applyMatrix(truth, p)) as typeof from)!;
		m.forEach((v, i) => expect(v).toBeCloseTo(truth[i]!, 9));
		expect(applyMatrix(m, { x: 250, y: 125 }).x).toBeCloseTo(
			applyMatrix(truth, { x: 250, y: 125 }).x,
			9
		);
		expect(affineFromPoints([from[0], from[1], { x: 2000, y: 0 }], from)).toBeNull();
	});

	it('turns projected positions into graph positions with north up', () => {
		expect(toGraph({ x: 5, y: 7 })).toEqual({ x: 5, y: -7 });
	});
});
