// GEXF in and out through graphology-gexf, the format of Gephi and Gephi Lite.
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { Dataset } from '../data/types';
import { datasetFromGraph } from './foreign';
import {
	checkGraphElements,
	emptyExportGraph,
	exportRecords,
	parserProblem,
	type ExportOptions
} from './graph-file';
import type { ImportResult } from './types';
import { parseXml } from './xml';

export const APP_NAME = 'Prague Process Network Explorer';

/**
 * GEXF 1.3 with every attribute of the contract, the canvas's colours and sizes as `viz`, and the
 * sources and events (which GEXF has no place for) as JSON in the meta data, so that the file
 * opens in Gephi and comes back into the app unchanged.
 */
export function datasetToGexf(dataset: Dataset, options: ExportOptions): string {
	const { nodes, edges, meta } = exportRecords(dataset, options.locale);
	const graph = emptyExportGraph();
	graph.replaceAttributes({ creator: APP_NAME, description: options.description, ...meta });
	for (const n of nodes) graph.addNode(n.id, n);
	for (const e of edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
	return write(graph, {
		version: '1.3',
		formatNode: (_key, a) => ({
			label: a.label,
			viz: { color: a.color, size: a.size, x: a.x, y: a.y },
			attributes: a.fields
		}),
		formatEdge: (_key, a) => ({ label: a.label, attributes: a.fields })
	});
}

export function gexfToDataset(text: string, file: string, today: string): ImportResult {
	const xml = parseXml(text, file);
	if (!xml.ok) return xml;
	const { problems, edgeIds } = checkGraphElements(xml.doc, file, 'gexf');
	if (problems.length) return { ok: false, problems };
	let graph;
	try {
		graph = parse(Graph, xml.doc, { allowUndeclaredAttributes: true });
	} catch (error) {
		return { ok: false, problems: parserProblem(file, error) };
	}
	return datasetFromGraph({ graph, format: 'gexf', file, edgeIds, today });
}
