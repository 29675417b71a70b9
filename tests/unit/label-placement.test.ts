import { describe, expect, it } from 'vitest';
import { LabelPlacer, labelCandidates, overlaps } from '../../src/lib/graph/label-placement';

const canvas = { width: 600, height: 400 };
const FONT = 16;

describe('LabelPlacer', () => {
	it('puts a label right of its node, its text starting beyond the node', () => {
		const box = new LabelPlacer().place({ x: 100, y: 100, size: 8 }, 80, FONT, canvas)!;
		expect(box.textX).toBeGreaterThan(108);
		expect(box.x + box.width).toBeLessThan(canvas.width);
		// Centred on the node: the text's baseline a third of the font size below the centre.
		expect(box.y).toBeLessThan(100);
		expect(box.y + box.height).toBeGreaterThan(100);
	});

	it('puts it left of the node where the right side would leave the canvas', () => {
		const box = new LabelPlacer().place({ x: 560, y: 100, size: 8 }, 120, FONT, canvas)!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThan(560 - 8);
	});

	it('slides a label near the top or bottom edge inside the canvas', () => {
		const top = new LabelPlacer().place({ x: 100, y: 2, size: 5 }, 60, FONT, canvas)!;
		expect(top.y).toBe(0);
		const bottom = new LabelPlacer().place({ x: 100, y: 399, size: 5 }, 60, FONT, canvas)!;
		expect(bottom.y + bottom.height).toBe(canvas.height);
	});

	it('moves a label to the other side of its node, or leaves it out, rather than overlap', () => {
		const placer = new LabelPlacer();
		const first = placer.place({ x: 300, y: 100, size: 6 }, 150, FONT, canvas)!;
		// A node just left of the first, its right side taken by the first's label: it goes left.
		const second = placer.place({ x: 290, y: 104, size: 6 }, 40, FONT, canvas)!;
		expect(second.textX).toBeLessThan(290);
		expect(overlaps(first, second)).toBe(false);
		// Both sides taken: left out.
		expect(placer.place({ x: 305, y: 98, size: 4 }, 60, FONT, canvas)).toBeNull();
	});

	it('keeps a gap between two labels on one line, so that they read as two', () => {
		const placer = new LabelPlacer();
		const first = placer.place({ x: 100, y: 100, size: 6 }, 60, FONT, canvas)!;
		// A node at the end of the first label: its label would start 2 px after it.
		const next = placer.place({ x: first.x + first.width - 2, y: 100, size: 2 }, 60, FONT, canvas);
		expect(next).toBeNull();
	});

	it('always places a forced label, and later labels give way to it', () => {
		const placer = new LabelPlacer();
		placer.place({ x: 100, y: 100, size: 6 }, 150, FONT, canvas);
		const forced = placer.place({ x: 130, y: 98, size: 4 }, 60, FONT, canvas, { force: true });
		expect(forced).not.toBeNull();
		placer.reset();
		const selected = placer.place({ x: 300, y: 200, size: 6 }, 100, FONT, canvas, { force: true })!;
		const neighbour = placer.place({ x: 310, y: 202, size: 6 }, 60, FONT, canvas);
		if (neighbour) expect(overlaps(selected, neighbour)).toBe(false);
	});

	it('offers the two sides of a node as candidates of the same height', () => {
		const [right, left] = labelCandidates({ x: 200, y: 50, size: 10 }, 100, FONT, 400);
		expect(right!.x).toBeGreaterThan(210);
		expect(left!.x + left!.width).toBeLessThan(190);
		expect(right!.height).toBe(left!.height);
	});
});
