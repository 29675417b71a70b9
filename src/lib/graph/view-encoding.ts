// What the "Size by" and "Colour by" choices make of the shown part of the network: a size and a
// colour per node, and what the legend and the table show of them. Loaded after the first frame
// (it pulls in graphology-metrics and Louvain), and only when a choice other than the default is made.
import type { Period } from '../data/dates';
import type { DataEvent } from '../data/types';
import type { NetworkGraph } from './build';
import { communitiesOf } from './communities';
import {
	colourByCommunity,
	sizeByValues,
	type CommunityLegendEntry,
	type SizeLegendEntry
} from './encodings';
import type { SizeMetric } from './encoding-choices';
import { degreeOf, metricValues } from './metrics';
import type { ShownPart } from './shown';
import { TYPE_MODE_COLORS } from './type-colours';

import type { ColourBy } from './encoding-choices';
export { COLOUR_BYS, type ColourBy } from './encoding-choices';

export interface ViewEncoding {
	size: SizeMetric;
	colour: ColourBy;
	/** The size metric's value per shown node (null: by connections, as the graph draws it). */
	values: Map<string, number> | null;
	sizes: Map<string, number> | null;
	sizeLegend: SizeLegendEntry[];
	/** Null: the graph's own colours (region, or type for the other nodes). */
	colors: Map<string, string> | null;
	communities: CommunityLegendEntry[];
	/** A choice the view is too large for (betweenness, communities): the default is drawn. */
	tooLarge: ('size' | 'colour')[];
}

export function encodeView(
	graph: NetworkGraph,
	choice: { size: SizeMetric; colour: ColourBy },
	context: { events: readonly DataEvent[]; period: Period | null; shown: ShownPart }
): ViewEncoding {
	const tooLarge: ViewEncoding['tooLarge'] = [];
	let values: Map<string, number> | null = null;
	let sizes: Map<string, number> | null = null;
	let sizeLegend: SizeLegendEntry[] = [];
	if (choice.size !== 'degree') {
		values = metricValues(choice.size, graph, context);
		if (values) ({ sizes, legend: sizeLegend } = sizeByValues(values));
		else tooLarge.push('size');
	}
	let colors: Map<string, string> | null = null;
	let communities: CommunityLegendEntry[] = [];
	if (choice.colour === 'type') {
		colors = new Map();
		for (const id of context.shown.nodes) {
			if (graph.hasNode(id)) colors.set(id, TYPE_MODE_COLORS[graph.getNodeAttribute(id, 'kind')]);
		}
	} else if (choice.colour === 'community') {
		const found = communitiesOf(graph, context.shown);
		if (found)
			({ colors, legend: communities } = colourByCommunity(found, degreeOf(graph, context.shown)));
		else tooLarge.push('colour');
	}
	return { ...choice, values, sizes, sizeLegend, colors, communities, tooLarge };
}
