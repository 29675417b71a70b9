// The legend of an exported picture: the colours the shown nodes have, named as on screen.
import type { Dataset } from '../data/types';
import { REGION_COLORS, REGION_ORDER, TYPE_COLORS } from '../graph/appearance';
import { NODE_TYPE_NAMES, REGION_NAMES, translator, type Locale } from '../i18n/messages';

export interface LegendEntry {
	label: string;
	/** A swatch colour, or null for a line of text. */
	color: string | null;
}

/**
 * Regions of the shown states, then the other types shown, then how size reads. Nodes whose colour
 * comes from an opened file are summed up in one line: the file's colours mean what the file says.
 */
export function legendEntries(
	dataset: Dataset,
	shown: ReadonlySet<string>,
	locale: Locale
): LegendEntry[] {
	const t = translator(locale);
	const nodes = dataset.nodes.filter((n) => shown.has(n.id));
	const ours = nodes.filter((n) => !n.color);
	const regions = new Set(
		ours.filter((n) => (n.type === 'state' || n.type === 'region') && n.region).map((n) => n.region)
	);
	const entries: LegendEntry[] = REGION_ORDER.filter((r) => regions.has(r)).map((r) => ({
		label: REGION_NAMES[locale][r],
		color: REGION_COLORS[r]
	}));
	const others = new Set(
		ours
			.filter((n) => !((n.type === 'state' || n.type === 'region') && n.region))
			.map((n) => n.type)
	);
	for (const type of Object.keys(TYPE_COLORS) as (keyof typeof TYPE_COLORS)[]) {
		if (others.has(type))
			entries.push({ label: NODE_TYPE_NAMES[locale][type], color: TYPE_COLORS[type] });
	}
	if (others.has('state'))
		entries.push({ label: NODE_TYPE_NAMES[locale].state, color: TYPE_COLORS.body });
	if (nodes.some((n) => n.color)) entries.push({ label: t('io.legend.fileColours'), color: null });
	const fileSizes = nodes.some((n) => n.size !== undefined);
	entries.push({ label: fileSizes ? t('io.legend.fileSizes') : t('legend.size'), color: null });
	return entries;
}
