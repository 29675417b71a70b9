import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildGraph, EDGE_COLOR } from '../../src/lib/graph/build';
import { hiddenEdgeIds, visibleNodeIds, type Filters } from '../../src/lib/graph/filters';
import { withLayout } from '../../src/lib/graph/layout';
import {
	dataLine,
	exportFileName,
	filterLine,
	sourceLine,
	type ViewFacts
} from '../../src/lib/io/describe';
import { legendContent, legendEntries } from '../../src/lib/io/legend';
import { pngPlan } from '../../src/lib/io/png';
import { sceneFromGraph } from '../../src/lib/io/scene';
import { buildSvg, fitCamera, projectScene } from '../../src/lib/io/svg';
import { loadDataset, REAL, SMALL } from './fixtures';

const small = withLayout(loadDataset(SMALL));
const graph = buildGraph(small);
const NO_FILTERS: Filters = { facets: [], showUncertain: true };
const centralAsia: Filters = {
	facets: [{ facet: 'region', values: ['central_asia'] }],
	showUncertain: true
};

function facts(filters: Filters, period: ViewFacts['period'] = null, locale: 'en' | 'ru' = 'en') {
	const shown = visibleNodeIds(graph, filters, period);
	return {
		shown,
		hiddenEdges: hiddenEdgeIds(graph, shown, filters, period),
		facts: {
			dataset: small,
			filters,
			period,
			locale,
			shown: shown.size,
			origin: null,
			today: '2026-11-29'
		} satisfies ViewFacts
	};
}

/** The SVG of the small network under these filters, parsed, with what it was made from. */
function picture(filters: Filters, period: ViewFacts['period'] = null, labelled = 3) {
	const { shown, hiddenEdges, facts: f } = facts(filters, period);
	const titleOf = (id: string) => small.nodes.find((n) => n.id === id)!.label.en;
	// The first `labelled` shown nodes get a drawn label, as the canvas would choose some.
	const withLabel = new Set([...shown].slice(0, labelled));
	const scene = sceneFromGraph(graph, { nodes: shown, hiddenEdges }, titleOf, {
		node: (id, a) => ({
			color: a.color,
			size: a.size,
			label: withLabel.has(id) ? a.label : null,
			zIndex: 0
		}),
		edge: (_id, a) => ({ color: EDGE_COLOR, size: a.size, zIndex: 0 })
	});
	const camera = fitCamera(scene.nodes, 800, 600);
	const { nodes, edges } = projectScene(scene.nodes, scene.edges, camera);
	const svg = buildSvg({
		width: 800,
		height: 600,
		nodes,
		edges,
		labelSize: 15,
		labelColor: '#1B1F24',
		frame: {
			title: 'Prague Process Network Explorer',
			subtitle: `${shown.size} of 8 nodes shown`,
			legend: legendEntries(small, shown, 'en'),
			lines: [filterLine(f), dataLine(f), sourceLine(f)]
		}
	});
	const errors: string[] = [];
	const doc = new DOMParser({
		errorHandler: {
			warning: () => {},
			error: (m) => errors.push(m),
			fatalError: (m) => errors.push(m)
		}
	}).parseFromString(svg, 'image/svg+xml');
	expect(errors).toEqual([]);
	const group = (name: string) =>
		Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === name)!;
	const texts = (name: string) =>
		Array.from(group(name).getElementsByTagName('text')).map((t) => t.textContent);
	return { svg, doc, shown, group, texts, edges };
}

describe('the SVG picture', () => {
	it('has one circle per shown node, one line per shown edge, the labels the canvas draws', () => {
		const { group, shown, texts } = picture(NO_FILTERS);
		expect(group('nodes').getElementsByTagName('circle')).toHaveLength(8);
		expect(shown.size).toBe(8);
		expect(group('edges').getElementsByTagName('line')).toHaveLength(8);
		expect(texts('labels')).toHaveLength(3);
	});

	it('every node carries its id and a <title> with its label', () => {
		const { group } = picture(NO_FILTERS);
		const circles = Array.from(group('nodes').getElementsByTagName('circle'));
		const pairs = circles.map((c) => [
			c.getAttribute('data-id'),
			c.getElementsByTagName('title')[0]?.textContent
		]);
		expect(pairs).toContainEqual(['tajikistan', 'Tajikistan']);
		expect(pairs).toContainEqual(['pp4', 'Pilot Project 4, asylum']);
		expect(new Set(pairs.map((p) => p[0])).size).toBe(8);
	});

	it('after a filter, only the shown nodes and the edges between them', () => {
		const { group, shown } = picture(centralAsia);
		const ids = Array.from(group('nodes').getElementsByTagName('circle')).map((c) =>
			c.getAttribute('data-id')
		);
		expect(ids.sort()).toEqual([...shown].sort());
		expect(ids).not.toContain('sweden');
		for (const line of Array.from(group('edges').getElementsByTagName('line'))) {
			expect(['e1', 'e3', 'e8']).toContain(line.getAttribute('data-id'));
		}
	});

	it('the frame has the title, the legend of what is shown, the filter and period line, the source', () => {
		const { texts, doc } = picture(centralAsia, { from: '2012-01-01', to: '2016-12-31' });
		const frame = texts('frame');
		expect(frame[0]).toBe('Prague Process Network Explorer');
		expect(frame).toContain('Central Asia');
		expect(frame).toContain('Project');
		expect(frame).not.toContain('EU / Schengen area');
		expect(frame).toContain('Size: number of connections');
		const lines = frame.join(' ');
		expect(lines).toContain('Filters: Region: Central Asia · period 2012 – 2016');
		expect(lines).toMatch(/Source: Prague Process Network Explorer, 2 cited sources/);
		expect(lines).toMatch(/Data: sources read up to/);
		// The legend's swatches are circles of the region's colour, outside the network.
		expect(doc.getElementsByTagName('desc')[0]!.textContent).toMatch(
			/^Filters: Region: Central Asia/
		);
	});

	it('labels and titles are escaped, never markup', () => {
		const svg = buildSvg({
			width: 100,
			height: 100,
			nodes: [
				{ id: 'a"b', x: 10, y: 10, r: 3, color: '#000', title: '<b>&</b>', label: '<i>', zIndex: 0 }
			],
			edges: [],
			labelSize: 15,
			labelColor: '#000',
			frame: { title: 'T <x>', subtitle: '', legend: [], lines: [] }
		});
		expect(svg).toContain('data-id="a&quot;b"');
		expect(svg).toContain('<title>&lt;b&gt;&amp;&lt;/b&gt;</title>');
		expect(svg).not.toContain('<i>');
	});
});

describe('the words of the frame', () => {
	it('say "no filters" and "all time" for the whole network, in Russian too', () => {
		expect(filterLine(facts(NO_FILTERS).facts)).toBe('No filters · all time');
		expect(filterLine(facts(NO_FILTERS, null, 'ru').facts)).toBe('Без фильтров · всё время');
	});

	it('name an as-of date, open periods and hidden uncertain records', () => {
		const f = facts(
			{ facets: [], showUncertain: false },
			{ from: '2012-06-30', to: '2012-06-30' }
		).facts;
		expect(filterLine(f)).toBe('No filters · as of 30 June 2012 · uncertain records hidden');
		const open = facts(NO_FILTERS, { from: '2012-03-01', to: '9999-12-31' }).facts;
		expect(filterLine(open)).toBe('No filters · from March 2012');
	});

	it('the legend lists the real dataset’s regions and types, and how size reads', () => {
		const real = loadDataset(REAL);
		const labels = legendEntries(real, new Set(real.nodes.map((n) => n.id)), 'en').map(
			(e) => e.label
		);
		expect(labels).toEqual([
			'EU / Schengen area',
			'Türkiye',
			'Western Balkans',
			'Eastern Partnership',
			'Russia',
			'Central Asia',
			'Body',
			'Document',
			'Thematic area',
			'Project',
			'Size: number of connections'
		]);
	});

	it('the legend of an opened file lists only what it has, and says its colours are its own', () => {
		const base = loadDataset(SMALL);
		const nodes = base.nodes.map((n, i) =>
			i === 0 ? { ...n, color: '#112233' } : { ...n, type: 'other' as const, region: null }
		);
		expect(legendContent(nodes)).toEqual({
			regions: [],
			types: ['other'],
			fileColours: true,
			fileSizes: false
		});
		const labels = legendEntries({ ...base, nodes }, new Set(nodes.map((n) => n.id)), 'en');
		expect(labels.map((e) => e.label)).toEqual([
			'Other',
			'Colours as in the file',
			'Size: number of connections'
		]);
	});
});

describe('file names say what the file holds', () => {
	it('prague-process_central-asia_2012-2016.svg', () => {
		const f = facts(centralAsia, { from: '2012-01-01', to: '2016-12-31' }).facts;
		expect(exportFileName(f, 'svg')).toBe('prague-process_central-asia_2012-2016.svg');
	});

	it('the whole network, an as-of date, an opened file', () => {
		expect(exportFileName(facts(NO_FILTERS).facts, 'gexf')).toBe('prague-process.gexf');
		const asOf = { from: '2012-06-30', to: '2012-06-30' };
		expect(exportFileName({ ...facts(NO_FILTERS).facts, period: asOf }, 'png')).toBe(
			'prague-process_2012-06-30.png'
		);
		const origin = { files: ['Les Misérables.gexf'], creator: '', opened: '2026-11-29' };
		expect(exportFileName({ ...facts(NO_FILTERS).facts, origin }, 'svg')).toBe(
			'les-miserables.svg'
		);
	});
});

describe('the PNG plan', () => {
	const frame = {
		title: 'T',
		subtitle: 's',
		legend: [{ label: 'Central Asia', color: '#CC79A7' }],
		lines: ['Filters: x']
	};
	it('is scale times the canvas wide, and the frame scales with it', () => {
		const one = pngPlan(frame, { width: 900, height: 500 }, 1);
		const two = pngPlan(frame, { width: 900, height: 500 }, 2);
		expect(one.width).toBe(900);
		expect(two.width).toBe(1800);
		expect(two.height).toBe(one.height * 2);
		expect(two.network).toEqual({ x: 0, y: one.network.y * 2, width: 1800, height: 1000 });
		expect(two.items.find((i) => i.kind === 'text' && i.text === 'Filters: x')).toBeTruthy();
		expect(two.items).toHaveLength(one.items.length);
	});
});
