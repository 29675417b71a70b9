// How a chosen metric maps to node size and communities to colour, with the data their legends show.
import { scaleSqrt } from 'd3-scale';
import type { Communities } from './communities';

/** The sizes the network uses by connections (see `nodeSize`), so other metrics look alike. */
export const SIZE_RANGE = { min: 3.5, max: 20 } as const;

export interface SizeLegendEntry {
	value: number;
	size: number;
}

export interface SizeEncoding {
	sizes: Map<string, number>;
	/** A few round values from small to large, with the size each is drawn at. */
	legend: SizeLegendEntry[];
}

/**
 * Size grows with the square root of the value (the disc's area with the value), from `range.min`
 * at 0 to `range.max` at the largest value.
 */
export function sizeByValues(
	values: ReadonlyMap<string, number>,
	range: { min: number; max: number } = SIZE_RANGE
): SizeEncoding {
	let top = 0;
	for (const v of values.values()) if (v > top) top = v;
	const scale = scaleSqrt()
		.domain([0, top || 1])
		.range([range.min, range.max])
		.clamp(true);
	const round = (n: number) => Math.round(n * 10) / 10;
	const sizes = new Map<string, number>();
	for (const [id, v] of values) sizes.set(id, round(scale(v)));
	const ticks = top > 0 ? scale.ticks(3).filter((v) => v > 0 && v < top) : [];
	const legend =
		top > 0 ? [...ticks, top].map((value) => ({ value, size: round(scale(value)) })) : [];
	return { sizes, legend };
}

/** Okabe–Ito hues and the dark tones of the palette (see appearance.ts), largest community first. */
export const COMMUNITY_COLORS = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#D55E00',
	'#6A3D9A',
	'#1A8C9C',
	'#8C510A'
] as const;
/** The communities beyond the palette share one neutral colour and one legend line. */
export const OTHER_COMMUNITY_COLOR = '#8A8A8A';

export interface CommunityLegendEntry {
	/** Community number (0: the largest), or null for the line gathering the rest. */
	community: number | null;
	color: string;
	count: number;
	/** The best connected member, to name the group ("around Poland"); null for the rest. */
	hub: string | null;
}

export interface ColourEncoding {
	colors: Map<string, string>;
	legend: CommunityLegendEntry[];
}

/** One colour per community, the largest first; `degree` picks each community's hub. */
export function colourByCommunity(
	communities: Communities,
	degree: ReadonlyMap<string, number>
): ColourEncoding {
	const colors = new Map<string, string>();
	const legend: CommunityLegendEntry[] = [];
	let rest = 0;
	communities.members.forEach((ids, c) => {
		const color = COMMUNITY_COLORS[c] ?? OTHER_COMMUNITY_COLOR;
		for (const id of ids) colors.set(id, color);
		if (c >= COMMUNITY_COLORS.length) {
			rest += ids.length;
			return;
		}
		// Members are sorted by id, so the first of the best connected wins ties.
		let hub = ids[0]!;
		for (const id of ids) if ((degree.get(id) ?? 0) > (degree.get(hub) ?? 0)) hub = id;
		legend.push({ community: c, color, count: ids.length, hub });
	});
	if (rest) legend.push({ community: null, color: OTHER_COMMUNITY_COLOR, count: rest, hub: null });
	return { colors, legend };
}
