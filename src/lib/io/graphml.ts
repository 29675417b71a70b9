// GraphML in and out: read through graphology-graphml; written here, because graphology-graphml
// has a parser only (0.5.x). Keys follow the conventions Gephi, Cytoscape and yEd read: `label`,
// `x`, `y`, `size` and the colour as `r`, `g`, `b`.
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { Dataset } from '../data/types';
import { datasetFromGraph } from './foreign';
import { APP_NAME } from './gexf';
import { checkGraphElements, exportRecords, parserProblem, type ExportOptions } from './graph-file';
import type { ImportResult } from './types';
import { parseXml, xmlText } from './xml';

type Scalar = string | number | boolean;
type Domain = 'graph' | 'node' | 'edge';

interface Key {
	id: string;
	domain: Domain;
	name: string;
	type: 'string' | 'double' | 'int' | 'boolean';
}

function typeOf(values: Scalar[]): Key['type'] {
	if (values.every((v) => typeof v === 'boolean')) return 'boolean';
	if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
	if (values.every((v) => typeof v === 'number')) return 'double';
	return 'string';
}

const isEmpty = (v: Scalar) => v === '' || (typeof v === 'number' && !Number.isFinite(v));

/** The keys of one domain, in first-seen order, typed by the values they take. */
function keysOf(domain: Domain, records: Record<string, Scalar>[], taken: Set<string>): Key[] {
	const values = new Map<string, Scalar[]>();
	for (const r of records) {
		for (const [name, v] of Object.entries(r)) {
			if (isEmpty(v)) continue;
			const list = values.get(name);
			if (list) list.push(v);
			else values.set(name, [v]);
		}
	}
	return [...values].map(([name, vs]) => {
		// Key ids are XML ids: unique across domains, letters and digits.
		let id = `${domain[0]}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
		for (let k = 2; taken.has(id); k++) id = `${domain[0]}_${name}_${k}`;
		taken.add(id);
		return { id, domain, name, type: typeOf(vs) };
	});
}

function data(keys: Key[], record: Record<string, Scalar>, indent: string): string {
	return keys
		.filter((k) => record[k.name] !== undefined && !isEmpty(record[k.name]!))
		.map((k) => `${indent}<data key="${k.id}">${xmlText(String(record[k.name]))}</data>\n`)
		.join('');
}

function rgb(hex: string): { r: number; g: number; b: number } | null {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	return m ? { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) } : null;
}

/** GraphML with every attribute of the contract, the canvas's look, and sources and events. */
export function datasetToGraphml(dataset: Dataset, options: ExportOptions): string {
	const { nodes, edges, meta } = exportRecords(dataset, options.locale);
	const graphRecord = { creator: APP_NAME, description: options.description, ...meta };
	const nodeRecords = nodes.map((n) => ({
		label: n.label,
		x: n.x,
		y: n.y,
		size: n.size,
		...(rgb(n.color) ?? {}),
		...n.fields
	}));
	const edgeRecords = edges.map((e) => ({ label: e.label, ...e.fields }));
	const taken = new Set<string>();
	const graphKeys = keysOf('graph', [graphRecord], taken);
	const nodeKeys = keysOf('node', nodeRecords, taken);
	const edgeKeys = keysOf('edge', edgeRecords, taken);
	const attr = (s: string) => xmlText(s);
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
	];
	for (const k of [...graphKeys, ...nodeKeys, ...edgeKeys]) {
		out.push(
			`  <key id="${k.id}" for="${k.domain}" attr.name="${attr(k.name)}" attr.type="${k.type}"/>\n`
		);
	}
	out.push('  <graph id="G" edgedefault="directed">\n');
	out.push(data(graphKeys, graphRecord, '    '));
	nodes.forEach((n, i) => {
		out.push(`    <node id="${attr(n.id)}">\n`, data(nodeKeys, nodeRecords[i]!, '      '));
		out.push('    </node>\n');
	});
	edges.forEach((e, i) => {
		out.push(
			`    <edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}">\n`,
			data(edgeKeys, edgeRecords[i]!, '      '),
			'    </edge>\n'
		);
	});
	out.push('  </graph>\n</graphml>\n');
	return out.join('');
}

export function graphmlToDataset(text: string, file: string, today: string): ImportResult {
	const xml = parseXml(text, file);
	if (!xml.ok) return xml;
	const { problems, edgeIds } = checkGraphElements(xml.doc, file, 'graphml');
	if (problems.length) return { ok: false, problems };
	let graph;
	try {
		graph = parse(Graph, xml.doc);
	} catch (error) {
		return { ok: false, problems: parserProblem(file, error) };
	}
	return datasetFromGraph({ graph, format: 'graphml', file, edgeIds, today });
}
