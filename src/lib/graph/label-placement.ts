// Where the canvas draws node labels so that they neither overlap each other nor leave the canvas:
// right of the node, else left of it; a label that fits nowhere free is left out, unless it must be
// drawn (the selection's), in which case its place is taken first. Plain geometry in viewport
// pixels; the sigma glue is render/labels.ts.

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A node as drawn: its centre and radius in viewport pixels. */
export interface DrawnNode {
	x: number;
	y: number;
	size: number;
}

/** Space between a node and its label. */
const GAP = 4;
/** Room around the text for its halo. */
const HALO = 2;
/** Space kept between two labels side by side, so that they read as two. */
const SPACING = 6;

export const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether two labels are too close: overlapping, or less than SPACING apart. */
const crowds = (a: Box, b: Box) =>
	overlaps(
		{
			x: a.x - SPACING,
			y: a.y - SPACING / 3,
			width: a.width + 2 * SPACING,
			height: a.height + (2 * SPACING) / 3
		},
		b
	);

/**
 * A label's two candidate places, right of its node then left of it, as boxes around the text and
 * its halo. The text's baseline sits a third of the font size below the node's centre, as sigma
 * draws it; `textX` is where the text starts.
 */
export function labelCandidates(
	node: DrawnNode,
	textWidth: number,
	fontSize: number,
	canvasHeight: number
): (Box & { textX: number; baseline: number })[] {
	const height = fontSize + 2 * HALO;
	const width = textWidth + 2 * HALO;
	// Near the top or bottom edge, the label slides along its node rather than being cut.
	const y = Math.min(Math.max(node.y - height / 2, 0), Math.max(0, canvasHeight - height));
	const baseline = y + height / 2 + fontSize / 3;
	const right = node.x + node.size + GAP;
	const left = node.x - node.size - GAP - textWidth;
	return [
		{ x: right - HALO, y, width, height, textX: right, baseline },
		{ x: left - HALO, y, width, height, textX: left, baseline }
	];
}

/** The labels placed in one frame of the canvas. */
export class LabelPlacer {
	#taken: Box[] = [];

	/** Forgets the labels of the previous frame. */
	reset() {
		this.#taken = [];
	}

	/**
	 * Places a label: the first candidate inside the canvas and clear of the labels placed before;
	 * null when there is none. With `force`, the label is placed anyway (inside the canvas if
	 * possible) and what comes later gives way to it.
	 */
	place(
		node: DrawnNode,
		textWidth: number,
		fontSize: number,
		canvas: { width: number; height: number },
		options: { force?: boolean } = {}
	): (Box & { textX: number; baseline: number }) | null {
		const candidates = labelCandidates(node, textWidth, fontSize, canvas.height);
		const inside = candidates.filter((b) => b.x >= 0 && b.x + b.width <= canvas.width);
		const free = inside.find((b) => !this.#taken.some((t) => crowds(b, t)));
		const chosen =
			free ?? (options.force ? (inside[0] ?? widerSide(candidates, node, canvas)) : null);
		if (chosen) this.#taken.push(chosen);
		return chosen;
	}
}

/** Where a label longer than either side goes: the side with more room. */
function widerSide<T extends Box>(candidates: T[], node: DrawnNode, canvas: { width: number }): T {
	return node.x < canvas.width / 2 ? candidates[0]! : candidates[1]!;
}
