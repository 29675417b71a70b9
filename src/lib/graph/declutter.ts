// Labels that do not overlap, for the projector: at 24 px, sigma's label grid (a number of labels per
// cell) lets the forced labels of a neighbourhood pile on each other. Here labels are placed in
// order of importance, and one that would cover a label already placed is left out. Pure, over
// positions in screen pixels, so it is tested without a canvas.
import type { NodeDisplay } from './reducers';

export interface LabelCandidate {
	id: string;
	/** The node's centre and rendered radius, in viewport pixels. */
	x: number;
	y: number;
	radius: number;
	/** The label's width in pixels, at the theme's label size. */
	width: number;
	/** Higher first: the selected node, then larger nodes. */
	priority: number;
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Where sigma draws a node's label: to the right of the disc, centred on it vertically. */
export function labelBox(c: LabelCandidate, fontSize: number): Box {
	const left = c.x + c.radius + 3;
	return { left, top: c.y - 0.65 * fontSize, right: left + c.width, bottom: c.y + 0.45 * fontSize };
}

const overlap = (a: Box, b: Box, gap: number) =>
	a.left < b.right + gap &&
	b.left < a.right + gap &&
	a.top < b.bottom + gap &&
	b.top < a.bottom + gap;

/** The labels to draw: greedily by priority, none covering another, only those within the view. */
export function pickLabels(
	candidates: readonly LabelCandidate[],
	options: { fontSize: number; width: number; height: number; gap?: number }
): Set<string> {
	const gap = options.gap ?? 4;
	const placed: Box[] = [];
	const picked = new Set<string>();
	const sorted = [...candidates].sort(
		(a, b) => b.priority - a.priority || a.id.localeCompare(b.id)
	);
	for (const c of sorted) {
		const box = labelBox(c, options.fontSize);
		const inside =
			box.left < options.width && box.right > 0 && box.top < options.height && box.bottom > 0;
		if (!inside || placed.some((p) => overlap(p, box, gap))) continue;
		placed.push(box);
		picked.add(c.id);
	}
	return picked;
}

/** A node's label as picked (in place, after the theme): drawn for sure, or not at all. */
export function labelAsPicked(
	picked: ReadonlySet<string> | null,
	id: string,
	data: NodeDisplay
): NodeDisplay {
	if (!picked || data.hidden) return data;
	if (picked.has(id) && data.label) data.forceLabel = true;
	else data.label = '';
	return data;
}
