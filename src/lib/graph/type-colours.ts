// The colours of "Colour by: node type", where states and regions need a type colour of their own.
import type { NodeType } from '../data/types';
import { REGION_COLORS, TYPE_COLORS } from './appearance';

/** Colour by type: states and regions take two tones of the palette (no region is shown then). */
export const TYPE_MODE_COLORS: Record<NodeType, string> = {
	state: REGION_COLORS.eu_schengen,
	region: REGION_COLORS.western_balkans,
	...TYPE_COLORS
};
