import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCsv, parseCompiledDataset, toCompiledDataset } from '../../src/lib/data/compile';
import { formatProblem } from '../../src/lib/data/problems';
import type { Dataset } from '../../src/lib/data/types';
import { withLayout } from '../../src/lib/graph/layout';
import { datasetToCsv } from '../../src/lib/io/csv-export';
import { datasetToGexf } from '../../src/lib/io/gexf';
import { datasetToGraphml } from '../../src/lib/io/graphml';
import { openNetworkFiles } from '../../src/lib/io/open';
import { shownDataset } from '../../src/lib/io/subset';
import { loadDataset, REAL } from './fixtures';

const TODAY = '2026-11-29';
const SAMPLES = 'tests/fixtures/samples';
const sample = (name: string) => ({ name, text: readFileSync(`${SAMPLES}/${name}`, 'utf8') });
const options = { locale: 'en' as const, description: 'test' };

// The real dataset as the app loads it: validated, with the build's layout.
const real: Dataset = withLayout(loadDataset(REAL));

function opened(files: { name: string; text: string }[]) {
	const result = openNetworkFiles(files, TODAY);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result;
}

describe('round trips of the Prague Process network', () => {
	it('CSV: the four files open again as the same dataset', () => {
		const texts = datasetToCsv(real);
		const back = opened(
			Object.entries(texts).map(([k, text]) => ({ name: `prague-process_${k}.csv`, text }))
		);
		expect(back.dataset).toEqual(real);
		expect(back.report.own).toBe(true);
	});

	it('CSV: the export passes data:check’s validator, URLs of sources required', () => {
		const result = compileCsv(datasetToCsv(real));
		expect(result.problems).toEqual([]);
	});

	it('JSON: the compiled file opens again as the same dataset', () => {
		const text = JSON.stringify(toCompiledDataset(real));
		expect(opened([{ name: 'prague-process.json', text }]).dataset).toEqual(real);
	});

	it('GEXF: the same nodes, edges, attributes, sources and events', () => {
		const text = datasetToGexf(real, options);
		const back = opened([{ name: 'prague-process.gexf', text }]);
		expect(back.report.own).toBe(true);
		expect(back.dataset).toEqual(real);
	});

	it('GraphML: the same nodes, edges, attributes, sources and events', () => {
		const text = datasetToGraphml(real, options);
		const back = opened([{ name: 'prague-process.graphml', text }]);
		expect(back.report.own).toBe(true);
		expect(back.dataset).toEqual(real);
	});

	it('an export of the shown part holds the shown nodes and the edges between them', () => {
		const states = new Set(real.nodes.filter((n) => n.region === 'central_asia').map((n) => n.id));
		const part = shownDataset(real, { nodes: states, hiddenEdges: new Set(), period: null });
		expect(part.nodes.map((n) => n.id).sort()).toEqual([...states].sort());
		for (const e of part.edges) expect(states.has(e.source) && states.has(e.target)).toBe(true);
		const back = opened([{ name: 'ca.gexf', text: datasetToGexf(part, options) }]);
		expect(back.dataset.nodes).toHaveLength(states.size);
		// Events keep only shown nodes, so the part validates on its own.
		expect(parseCompiledDataset(toCompiledDataset(part), 'part').ok).toBe(true);
	});
});

describe('samples written by others', () => {
	it.each([
		['les-miserables.gexf', 77, 254],
		['java.gexf', 1538, 8032],
		['airlines.graphml', 235, 2101]
	])('%s opens with the file’s %i nodes and %i edges', (name, nodes, edges) => {
		const { dataset, report } = opened([sample(name)]);
		expect(dataset.nodes).toHaveLength(nodes);
		expect(dataset.edges).toHaveLength(edges);
		expect(report).toMatchObject({ nodes, edges, own: false });
	});

	it('maps labels, colours, sizes and positions, keeps modularity_class, says what was defaulted', () => {
		const { dataset, report } = opened([sample('les-miserables.gexf')]);
		const valjean = dataset.nodes.find((n) => n.label.en === 'Valjean')!;
		expect(valjean).toMatchObject({
			id: '11',
			type: 'other',
			color: '#f55b5b',
			x: -87.93029,
			y: 6.8120565,
			attributes: { modularity_class: '1' },
			sources: ['file']
		});
		// The largest node of the file gets the largest size of ours.
		expect(valjean.size).toBe(20);
		expect(report.mapped.map((m) => m.field)).toEqual(['label', 'color', 'size', 'position']);
		expect(report.defaulted).toContainEqual({ field: 'type', value: 'other', count: 77 });
		expect(report.defaulted).toContainEqual({ field: 'relation', value: 'linked_to', count: 254 });
		expect(report.kept).toEqual(['modularity_class']);
		expect(dataset.sources).toEqual([
			{
				key: 'file',
				title: 'les-miserables.gexf',
				url: '',
				publisher: 'Gephi 0.9.3',
				accessed: TODAY
			}
		]);
	});

	it('a GraphML file without labels takes its tooltip; no colours means colours by type', () => {
		const { dataset, report } = opened([sample('airlines.graphml')]);
		expect(dataset.nodes[0]!.label.en).toBe('LIT(lngx=-92.224444,laty=34.729444)');
		expect(dataset.nodes[0]!.color).toBeUndefined();
		expect(report.mapped).toContainEqual({ field: 'label', from: 'tooltip' });
		expect(report.defaulted).toContainEqual({ field: 'color', value: 'type', count: 235 });
	});

	it('maps a type and a region that look like ours, and defaults the rest', () => {
		const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="Category" attr.type="string"/>
  <key id="r" for="node" attr.name="Region" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="kz"><data key="k">State</data><data key="r">Central Asia</data></node>
    <node id="ngo 1"><data key="k">NGO</data></node>
    <edge source="kz" target="ngo 1"/>
  </graph>
</graphml>`;
		const { dataset, report } = opened([{ name: 'partners.graphml', text }]);
		expect(dataset.nodes.map((n) => [n.id, n.type, n.region])).toEqual([
			['kz', 'state', 'central_asia'],
			['ngo-1', 'other', null]
		]);
		expect(dataset.edges[0]).toMatchObject({ id: 'e1', source: 'kz', target: 'ngo-1' });
		expect(report.mapped).toContainEqual({ field: 'type', from: 'Category' });
		expect(report.mapped).toContainEqual({ field: 'region', from: 'Region' });
		expect(report.renamedIds).toBe(1);
		// Partly mapped: the file's own values stay available.
		expect(report.kept).toContain('Category');
		// No positions: the layout places the nodes.
		expect(report.defaulted).toContainEqual({ field: 'position', value: 'layout', count: 2 });
	});

	it('a foreign network exported as CSV opens again with its colours and attributes', () => {
		const { dataset } = opened([sample('les-miserables.gexf')]);
		const texts = datasetToCsv(dataset);
		const back = opened(
			Object.entries(texts).map(([k, text]) => ({ name: `les-miserables_${k}.csv`, text }))
		);
		expect(back.dataset).toEqual(dataset);
	});
});

describe('broken files are refused with what is wrong', () => {
	const messages = (files: { name: string; text: string }[]) => {
		const result = openNetworkFiles(files, TODAY);
		expect(result.ok).toBe(false);
		return result.ok ? [] : result.problems.map(formatProblem);
	};

	it('a truncated GEXF names the element left open', () => {
		const { text } = sample('les-miserables.gexf');
		expect(messages([{ name: 'cut.gexf', text: text.slice(0, 3000) }])).toEqual([
			expect.stringMatching(
				/^cut\.gexf:\d+: the file ends (before <\w+> \(line \d+\) is closed|inside a tag): it is cut short$/
			)
		]);
	});

	it('a truncated GraphML is refused too', () => {
		const { text } = sample('airlines.graphml');
		const cut = text.slice(0, text.indexOf('<edge') + 200);
		expect(messages([{ name: 'cut.graphml', text: cut }])[0]).toMatch(/cut short/);
	});

	it('an edge to an unknown node names the edge’s line and the missing node', () => {
		const text = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
    <edges>
      <edge id="0" source="a" target="b"/>
      <edge id="1" source="a" target="zz"/>
    </edges>
  </graph>
</gexf>`;
		expect(messages([{ name: 'bad.gexf', text }])).toEqual([
			'bad.gexf:7: target: unknown node "zz"'
		]);
	});

	it('bad CSV: every problem at once, named by the chosen file', () => {
		const texts = datasetToCsv(real);
		const nodes = texts.nodes
			.replace('austria,state', 'austria,country')
			.replace(/\r\n[^\r\n]*$/, '\r\n"unclosed');
		const files = [
			{ name: 'x_nodes.csv', text: nodes },
			{ name: 'x_edges.csv', text: texts.edges },
			{ name: 'x_events.csv', text: texts.events },
			{ name: 'x_sources.csv', text: texts.sources }
		];
		const found = messages(files);
		expect(found[0]).toMatch(/^x_nodes\.csv:\d+: a quoted field is never closed/);
		expect(found).toContain(
			'x_nodes.csv:2: type: unknown value "country" (expected one of: state, region, body, document, thematic_area, project, other)'
		);
	});

	it('CSV files chosen without their companions are refused', () => {
		expect(messages([{ name: 'nodes.csv', text: 'id\n' }])).toEqual([
			'edges.csv: is missing: choose the four CSV files together',
			'events.csv: is missing: choose the four CSV files together',
			'sources.csv: is missing: choose the four CSV files together'
		]);
	});

	it('not XML, not JSON, an unknown kind of file', () => {
		expect(messages([{ name: 'a.gexf', text: 'hello' }])).toEqual([
			'a.gexf:1: is not an XML file (no element found)'
		]);
		expect(messages([{ name: 'a.json', text: '{"nodes": [' }])[0]).toMatch(
			/^a\.json: is not valid JSON/
		);
		expect(messages([{ name: 'a.pdf', text: '' }])).toEqual([
			'a.pdf: is not a file the explorer opens (.csv, .json, .gexf, .graphml)'
		]);
	});
});
