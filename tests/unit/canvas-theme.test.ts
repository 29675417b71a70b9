// The projector theme: what a hall sees. Labels large enough to read from the back, text of high
// contrast in both variants, and the region palette (appearance.ts; the dark variant swaps one colour
// that lightening cannot keep apart) still told
// apart by colour-blind viewers and visible on the dark variant's background.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDGE_COLOR } from '../../src/lib/graph/build';
import { REGION_COLORS } from '../../src/lib/graph/appearance';
import {
	canvasPainter,
	EXPLORER_THEME,
	PROJECTOR_DARK_THEME,
	PROJECTOR_LIGHT_THEME,
	themedNodeColour
} from '../../src/lib/graph/canvas-theme';
import { contrastRatio, ensureContrast, mixColour } from '../../src/lib/graph/colour';
import { DIMMED_NODE, LIT_EDGE, type NodeDisplay } from '../../src/lib/graph/reducers';

const PROJECTOR = [PROJECTOR_LIGHT_THEME, PROJECTOR_DARK_THEME];

// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, full severity, in linear
// RGB), then CIE76 colour difference in CIELAB.
const CVD: Record<string, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};
const linear = (v: number) => {
	const c = v / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
function lab([r, g, b]: number[]): number[] {
	const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
	const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function seenAs(hex: string, matrix: number[][]): number[] {
	const l = rgb(hex).map(linear);
	return lab(
		matrix.map((row) =>
			Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!))
		)
	);
}
/** The smallest difference between two colours of the list, as a viewer with `matrix` sees them. */
function closestPair(colours: string[], matrix: number[][]): number {
	let min = Infinity;
	for (let i = 0; i < colours.length; i++)
		for (let j = i + 1; j < colours.length; j++) {
			const [a, b] = [seenAs(colours[i]!, matrix), seenAs(colours[j]!, matrix)];
			min = Math.min(min, Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!));
		}
	return min;
}

describe('the projector theme on the canvas', () => {
	it('draws labels of at least 24 px, in a colour of high contrast', () => {
		for (const theme of PROJECTOR) {
			expect(theme.labelSize).toBeGreaterThanOrEqual(24);
			expect(contrastRatio(theme.labelColor, theme.background)).toBeGreaterThanOrEqual(7);
			expect(contrastRatio(theme.litEdge, theme.background)).toBeGreaterThanOrEqual(4.5);
		}
		expect(EXPLORER_THEME.labelSize).toBeLessThan(24);
	});

	it('keeps the explorer’s region colours: the light variant draws them as they are', () => {
		for (const colour of Object.values(REGION_COLORS))
			expect(themedNodeColour(PROJECTOR_LIGHT_THEME, colour)).toBe(colour);
	});

	it('shows every region colour on the dark variant’s background (3:1, the WCAG bar for graphics)', () => {
		for (const colour of Object.values(REGION_COLORS)) {
			const drawn = themedNodeColour(PROJECTOR_DARK_THEME, colour);
			expect(contrastRatio(drawn, PROJECTOR_DARK_THEME.background)).toBeGreaterThanOrEqual(3);
		}
	});

	it('keeps the regions apart for colour-blind viewers in both variants', () => {
		for (const theme of PROJECTOR) {
			const drawn = Object.values(REGION_COLORS).map((c) => themedNodeColour(theme, c));
			for (const [name, matrix] of Object.entries(CVD)) {
				expect(closestPair(drawn, matrix), `${theme.name}, ${name}`).toBeGreaterThanOrEqual(10);
			}
		}
	});

	it('the simulation can tell a palette that fails: this red and olive merge for a deuteranope', () => {
		// #938208 is how a deuteranope sees #E41A1C.
		expect(closestPair(['#E41A1C', '#938208'], CVD.deuteranopia!)).toBeLessThan(10);
		expect(closestPair(['#E41A1C', '#938208'], CVD.tritanopia!)).toBeGreaterThan(10);
	});

	it('translates the reducers’ dimmed and lit colours into the theme', () => {
		const painter = canvasPainter(PROJECTOR_DARK_THEME);
		const node = painter.node({ color: DIMMED_NODE } as NodeDisplay);
		expect(node.color).toBe(PROJECTOR_DARK_THEME.dimmedNode);
		expect(painter.edge({ color: LIT_EDGE } as never).color).toBe(PROJECTOR_DARK_THEME.litEdge);
		expect(painter.edge({ color: EDGE_COLOR } as never).color).toBe(PROJECTOR_DARK_THEME.edge);
		// The explorer's painter changes nothing.
		expect(canvasPainter(EXPLORER_THEME).node({ color: DIMMED_NODE } as NodeDisplay).color).toBe(
			DIMMED_NODE
		);
	});
});

describe('colour arithmetic', () => {
	it('mixes two colours', () => {
		expect(mixColour('#000000', '#ffffff', 0)).toBe('#000000');
		expect(mixColour('#000000', '#ffffff', 1)).toBe('#ffffff');
		expect(mixColour('#000000', '#ffffff', 0.5)).toBe('#808080');
		expect(mixColour('#102030', '#102030', 0.3)).toBe('#102030');
	});

	it('gives WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#777777')).toBe(1);
	});

	it('lifts a colour too dark for a black background to 3:1, and leaves one that passes', () => {
		const lifted = ensureContrast('#2B2B2B', '#000000', 3);
		expect(contrastRatio(lifted, '#000000')).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(lifted, '#000000')).toBeLessThan(3.2);
		expect(ensureContrast('#E69F00', '#000000', 3)).toBe('#E69F00');
	});
});

/** The custom properties of one theme block of app.css. */
function cssBlock(selector: string): Record<string, string> {
	const css = readFileSync('src/app.css', 'utf8');
	const start = css.indexOf(selector);
	if (start < 0) throw new Error(`${selector} is not in app.css`);
	const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
	return Object.fromEntries(
		[...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()])
	);
}

describe('the projector theme of the page (app.css)', () => {
	for (const theme of PROJECTOR) {
		it(`${theme.name}: captions and links of high contrast, the canvas's background as the theme's`, () => {
			const v = cssBlock(`[data-theme='${theme.name}']`);
			expect(v.surface?.toLowerCase()).toBe(theme.background);
			expect(contrastRatio(v.text!, v.surface!)).toBeGreaterThanOrEqual(7);
			expect(contrastRatio(v['text-muted']!, v.surface!)).toBeGreaterThanOrEqual(7);
			expect(contrastRatio(v.link!, v.surface!)).toBeGreaterThanOrEqual(7);
			expect(contrastRatio(v.accent!, v.surface!)).toBeGreaterThanOrEqual(4.5);
		});
	}
});
