// The legend, on screen and in an exported picture: the colours the nodes have, named as on screen.
import type { DataNode, Dataset, NodeType, Region } from '../data/types';
import { REGION_COLORS, REGION_ORDER, TYPE_COLORS } from '../graph/appearance';
import { NODE_TYPE_NAMES, REGION_NAMES, translator, type Locale } from '../i18n/messages';

export interface LegendEntry {
	label: string;
	/** A swatch colour, or null for a line of text. */
	color: string | null;
}

/** What a set of nodes shows: regions and types by our colours, and whether a file set its own. */
export interface LegendContent {
	/** Regions of the states (and regions) coloured by region, in the legend's order. */
	regions: Region[];
	/** Other types coloured by type; `state` stands for states without a region. */
	types: NodeType[];
	/** Some nodes have a colour of an opened file: the file's colours mean what the file says. */
	fileColours: boolean;
	/** Some nodes have a size of an opened file. */
	fileSizes: boolean;
}

const byRegion = (n: DataNode) => (n.type === 'state' || n.type === 'region') && n.region !== null;

export function legendContent(nodes: readonly DataNode[]): LegendContent {
	const ours = nodes.filter((n) => !n.color);
	const regions = new Set(ours.filter(byRegion).map((n) => n.region));
	const others = new Set(ours.filter((n) => !byRegion(n)).map((n) => n.type));
	const types = (Object.keys(TYPE_COLORS) as NodeType[]).filter((type) => others.has(type));
	if (others.has('region')) types.unshift('region');
	if (others.has('state')) types.push('state');
	return {
		regions: REGION_ORDER.filter((r) => regions.has(r)),
		types,
		fileColours: nodes.some((n) => n.color),
		fileSizes: nodes.some((n) => n.size !== undefined)
	};
}

/** A type's swatch: states without a region are drawn in the bodies' colour. */
export const typeColor = (type: NodeType): string =>
	type === 'state' || type === 'region' ? TYPE_COLORS.body : TYPE_COLORS[type];

/**
 * Regions of the shown states, then the other types shown, then how size reads. Nodes whose colour
 * comes from an opened file are summed up in one line.
 */
export function legendEntries(
	dataset: Dataset,
	shown: ReadonlySet<string>,
	locale: Locale
): LegendEntry[] {
	const t = translator(locale);
	const content = legendContent(dataset.nodes.filter((n) => shown.has(n.id)));
	const entries: LegendEntry[] = content.regions.map((r) => ({
		label: REGION_NAMES[locale][r],
		color: REGION_COLORS[r]
	}));
	for (const type of content.types)
		entries.push({ label: NODE_TYPE_NAMES[locale][type], color: typeColor(type) });
	if (content.fileColours) entries.push({ label: t('io.legend.fileColours'), color: null });
	entries.push({
		label: content.fileSizes ? t('io.legend.fileSizes') : t('legend.size'),
		color: null
	});
	return entries;
}
