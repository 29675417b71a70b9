// The network's colours as viewers see them: every region and node-type colour readable against the
// white canvas, and every pair of them apart for viewers with a colour-vision deficiency.
import { describe, expect, it } from 'vitest';
import { REGION_COLORS, TYPE_COLORS } from '../../src/lib/graph/appearance';
import { ciede2000, contrastRatio, seenDifference, type Vision } from './colour-vision';

const CANVAS = '#FFFFFF';
/** Every colour drawn on the canvas at once: regions (states and region nodes) and node types. */
// The colours drawn together on the Prague Process network. `other` is the fallback type of an opened
// file whose types are none of ours: it is not drawn beside them in this network.
const OUR_TYPES = Object.entries(TYPE_COLORS).filter(([type]) => type !== 'other');
const SHOWN = { ...REGION_COLORS, ...Object.fromEntries(OUR_TYPES) } as Record<string, string>;
const DICHROMACIES: Vision[] = ['protanopia', 'deuteranopia', 'tritanopia'];

/**
 * The smallest distance allowed, in CIEDE2000 units. About one unit is just noticeable between two
 * large patches side by side; nodes are small marks (a few pixels to a few tens across), seen apart
 * and on projectors, and small marks need differences several times larger to be told apart
 * (Stone, Szafir & Setlur 2014, "An Engineering Model for Color Difference as a Function of Size").
 * 10 units keeps about ten such thresholds between any two categories under any simulated vision;
 * with normal vision the palette keeps twice that.
 */
const MIN_DIFFERENCE: Record<Vision, number> = {
	normal: 20,
	protanopia: 10,
	deuteranopia: 10,
	tritanopia: 10
};

function closestPair(colours: Record<string, string>, vision: Vision) {
	const names = Object.keys(colours);
	let closest = { pair: '', difference: Infinity };
	for (const [i, a] of names.entries())
		for (const b of names.slice(i + 1)) {
			const difference = seenDifference(colours[a]!, colours[b]!, vision);
			if (difference < closest.difference) closest = { pair: `${a} / ${b}`, difference };
		}
	return closest;
}

describe('the colour-science helpers', () => {
	it('compute CIEDE2000 as the test data of Sharma, Wu & Dalal (2005) give it', () => {
		expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
		expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
		expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
		expect(ciede2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(
			1.2644,
			3
		);
	});

	it('compute WCAG contrast (black on white is 21:1, mid grey #767676 4.54:1)', () => {
		expect(contrastRatio('#000000', CANVAS)).toBeCloseTo(21, 5);
		expect(contrastRatio('#767676', CANVAS)).toBeCloseTo(4.54, 2);
	});

	it('see the confusions a dichromat has: red and green merge without L-cones, not with them', () => {
		expect(seenDifference('#D62728', '#2CA02C', 'normal')).toBeGreaterThan(50);
		expect(seenDifference('#CC79A7', '#1A8C9C', 'protanopia')).toBeLessThan(
			MIN_DIFFERENCE.protanopia
		);
		expect(seenDifference('#0072B2', '#6A3D9A', 'deuteranopia')).toBeLessThan(
			MIN_DIFFERENCE.deuteranopia
		);
	});
});

describe('the network palette', () => {
	it.each(Object.entries(SHOWN))(
		'%s (%s) has at least 3:1 contrast against the canvas',
		(_, hex) => {
			expect(contrastRatio(hex, CANVAS)).toBeGreaterThanOrEqual(3);
		}
	);

	it.each(['normal', ...DICHROMACIES] as Vision[])(
		'keeps every pair of colours apart with %s vision',
		(vision) => {
			const { pair, difference } = closestPair(SHOWN, vision);
			expect(difference, `closest pair: ${pair}`).toBeGreaterThanOrEqual(MIN_DIFFERENCE[vision]);
		}
	);
});
