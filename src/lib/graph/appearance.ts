// How data maps to colour, shape and size. Colour says a state's region, shape says a node's type
// (the same information twice for the types, so that neither colour nor shape alone must carry it).
// The colours are chosen for a white canvas and a projector: each has at least 3:1 contrast against
// white, and every pair stays apart for viewers with protanopia, deuteranopia or tritanopia
// (tests/unit/palette.test.ts checks both with a colour-vision simulation).
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
	eu_schengen: '#0F62FF',
	western_balkans: '#935704',
	eastern_partnership: '#0C8157',
	central_asia: '#CF7085',
	russia: '#770016',
	turkiye: '#949300'
};

/** Colours of the node types other than states and regions (those take their region's colour). */
export const TYPE_COLORS: Record<Exclude<NodeType, 'state' | 'region'>, string> = {
	body: '#141414',
	document: '#636069',
	thematic_area: '#049CB6',
	project: '#410A74',
	/** Nodes of an opened file whose type is none of ours. */
	other: '#5B6470'
};

/**
 * The shape each node type is drawn with (the network's node program and the legend draw the same
 * shapes): states are discs, regions discs with a white ring, the other types a shape of their own.
 */
export const NODE_SHAPES = {
	state: 'disc',
	region: 'ringed',
	body: 'square',
	document: 'diamond',
	thematic_area: 'triangle',
	project: 'ring',
	other: 'disc'
} as const satisfies Record<NodeType, string>;

export type NodeShape = (typeof NODE_SHAPES)[NodeType];

/** The non-state types in the legend's order. */
export const OTHER_TYPES = ['region', 'body', 'document', 'thematic_area', 'project'] as const;

export function nodeColor(node: Pick<DataNode, 'type' | 'region'>): string {
	if (node.type === 'state' || node.type === 'region') {
		return node.region ? REGION_COLORS[node.region] : TYPE_COLORS.body;
	}
	return TYPE_COLORS[node.type];
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
