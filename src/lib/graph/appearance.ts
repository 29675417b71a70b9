// How data maps to colour and size. Colours are from the Okabe–Ito palette (safe for colour-blind
// viewers) plus neutral tones, all dark enough to read on a light background and a projector.
import type { DataNode, NodeType, Region } from '../data/types';

/** Regions in the order of their sectors around the layout and of the legend. */
export const REGION_ORDER: Region[] = [
	'eu_schengen',
	'turkiye',
	'western_balkans',
	'eastern_partnership',
	'russia',
	'central_asia'
];

export const REGION_COLORS: Record<Region, string> = {
	eu_schengen: '#0072B2',
	western_balkans: '#E69F00',
	eastern_partnership: '#009E73',
	central_asia: '#CC79A7',
	russia: '#D55E00',
	turkiye: '#8C510A'
};

/** Colours of the node types other than states (states take their region's colour). */
export const TYPE_COLORS: Record<Exclude<NodeType, 'state'>, string> = {
	region: '#5B5B5B',
	body: '#2B2B2B',
	document: '#8A8A8A',
	thematic_area: '#1A8C9C',
	project: '#6A3D9A',
	other: '#5B6470'
};

export function nodeColor(node: Pick<DataNode, 'type' | 'region'>): string {
	if ((node.type === 'state' || node.type === 'region') && node.region) {
		return REGION_COLORS[node.region];
	}
	return node.type === 'state' ? TYPE_COLORS.body : TYPE_COLORS[node.type];
}

/** Node size grows with the square root of its degree, so hubs stand out without swamping the rest. */
export function nodeSize(node: Pick<DataNode, 'type'>, degree: number): number {
	const base = node.type === 'region' ? 9 : 3.5;
	return Math.round((base + 1.6 * Math.sqrt(degree)) * 10) / 10;
}

const CANVAS_LABEL_MAX = 30;

/**
 * The label drawn on the canvas: long names give way to their acronym, or are cut at a word, so that
 * labels stay readable on a projector. The panels and the table always show the full name.
 */
export function canvasLabel(label: string, acronym: string): string {
	if (label.length <= CANVAS_LABEL_MAX) return label;
	if (acronym) return acronym;
	const cut = label.slice(0, CANVAS_LABEL_MAX);
	const space = cut.lastIndexOf(' ');
	return `${(space > 12 ? cut.slice(0, space) : cut).replace(/[\s,:;(–-]+$/, '')}…`;
}
