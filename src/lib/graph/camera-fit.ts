// Where sigma's camera must stand to show a set of nodes clear of the canvas's edges and of what
// overlays it (the zoom buttons). Plain maths over sigma 3's projection, so that "fit what is
// shown" is tested without a browser: sigma maps a node at framed position p (the graph's extent
// scaled to [0, 1] along its longer side) to the pixel
//   x = width / 2 + (p.x − camera.x) · L / ratio,   y = height / 2 − (p.y − camera.y) · L / ratio,
// where L = (min(width, height) − 2 · stagePadding) · correction (sigma's `matrixFromCamera`), and
// draws a node of size s with a radius of s / √ratio pixels (its default `zoomToSizeRatioFunction`).

export interface CameraState {
	x: number;
	y: number;
	ratio: number;
	angle: number;
}

/** The canvas as sigma sees it. */
export interface Stage {
	/** The canvas in CSS pixels. */
	width: number;
	height: number;
	/** sigma's `stagePadding` setting. */
	padding: number;
	/** The extent of the graph's own coordinates (sigma's `getGraphDimensions()`). */
	graphWidth: number;
	graphHeight: number;
}

/** Pixels along each edge of the canvas that nodes must keep clear of. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A node in sigma's framed coordinates, with its size (a radius in pixels at ratio 1). */
export interface FramedNode {
	x: number;
	y: number;
	size: number;
}

/** sigma's correction ratio (normalization.ts `getCorrectionRatio`): how the graph fills the stage. */
function correctionRatio(stage: Stage): number {
	const viewport = stage.height / stage.width;
	const graph = stage.graphHeight / stage.graphWidth;
	if ((viewport < 1 && graph > 1) || (viewport > 1 && graph < 1)) return 1;
	return Math.min(Math.max(graph, 1 / graph), Math.max(1 / viewport, viewport));
}

/** Pixels per framed unit at ratio 1. */
export function pixelsPerUnit(stage: Stage): number {
	return (Math.min(stage.width, stage.height) - 2 * stage.padding) * correctionRatio(stage);
}

/** Where sigma draws a framed point with the camera at `camera` (angle 0). */
export function toViewport(
	point: { x: number; y: number },
	camera: CameraState,
	stage: Stage
): { x: number; y: number } {
	const scale = pixelsPerUnit(stage) / camera.ratio;
	return {
		x: stage.width / 2 + (point.x - camera.x) * scale,
		y: stage.height / 2 - (point.y - camera.y) * scale
	};
}

/** A node's radius in pixels at a camera ratio. */
export const radiusAt = (size: number, ratio: number) => size / Math.sqrt(ratio);

/**
 * The camera that shows `nodes` as large as they fit inside the canvas less `insets`, centred in
 * that space; null without nodes. The ratio stays within `limits` (one node is not blown up to
 * fill the canvas).
 */
export function fitCamera(
	nodes: readonly FramedNode[],
	stage: Stage,
	insets: Insets,
	limits: { min: number; max: number }
): CameraState | null {
	if (nodes.length === 0) return null;
	let [minX, maxX, minY, maxY, maxSize] = [Infinity, -Infinity, Infinity, -Infinity, 0];
	for (const n of nodes) {
		minX = Math.min(minX, n.x);
		maxX = Math.max(maxX, n.x);
		minY = Math.min(minY, n.y);
		maxY = Math.max(maxY, n.y);
		maxSize = Math.max(maxSize, n.size);
	}
	const unit = pixelsPerUnit(stage);
	const freeWidth = stage.width - insets.left - insets.right;
	const freeHeight = stage.height - insets.top - insets.bottom;
	const clamp = (r: number) => Math.min(limits.max, Math.max(limits.min, r));
	// Nodes grow as the camera zooms in, so the room kept for their radius depends on the ratio
	// sought: a few rounds settle it.
	let ratio = 1;
	for (let round = 0; round < 4; round++) {
		const margin = radiusAt(maxSize, ratio);
		const width = Math.max(1, freeWidth - 2 * margin);
		const height = Math.max(1, freeHeight - 2 * margin);
		ratio = clamp(Math.max(((maxX - minX) * unit) / width, ((maxY - minY) * unit) / height));
	}
	// The middle of the free space, in pixels from the canvas's centre, and back to framed units.
	const dx = insets.left + freeWidth / 2 - stage.width / 2;
	const dy = insets.top + freeHeight / 2 - stage.height / 2;
	return {
		x: (minX + maxX) / 2 - (dx * ratio) / unit,
		y: (minY + maxY) / 2 + (dy * ratio) / unit,
		ratio,
		angle: 0
	};
}

/**
 * Whether `camera` already shows `nodes` well enough that moving to `fitted` is not worth an
 * animation: every node inside the free space, and the nodes no more than `slack` (a share) smaller
 * than the fit would draw them. Keeps Play and small filter changes from nudging the camera.
 */
export function showsWell(
	nodes: readonly FramedNode[],
	camera: CameraState,
	fitted: CameraState,
	stage: Stage,
	insets: Insets,
	slack = 0.15
): boolean {
	if (camera.ratio > fitted.ratio * (1 + slack)) return false;
	for (const n of nodes) {
		const { x, y } = toViewport(n, camera, stage);
		const r = radiusAt(n.size, camera.ratio);
		if (
			x - r < insets.left ||
			x + r > stage.width - insets.right ||
			y - r < insets.top ||
			y + r > stage.height - insets.bottom
		)
			return false;
	}
	return true;
}
