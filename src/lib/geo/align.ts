// Keeping the outlines under the nodes: the map is drawn in projected coordinates (y down, as SVG),
// the nodes live in sigma's graph coordinates, where y grows upwards (sigma draws larger y higher).
// After each render, three projected points and their places on screen give the SVG transform.

export interface Point {
	x: number;
	y: number;
}

/** A projected point (y down) as a graph position for sigma (y up), so that north stays up. */
export function toGraph(p: Point): Point {
	return { x: p.x, y: -p.y };
}

/** The SVG `matrix(a, b, c, d, e, f)`: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/**
 * The affine transform taking three points to three others (not on one line), e.g. three corners of
 * the projected map to where sigma's `graphToViewport` puts them; it follows the camera's zoom, pan
 * and rotation. Null when the points are on one line.
 */
export function affineFromPoints(
	from: [Point, Point, Point],
	to: [Point, Point, Point]
): Matrix | null {
	const [p0, p1, p2] = from;
	const [q0, q1, q2] = to;
	const ux = p1.x - p0.x;
	const uy = p1.y - p0.y;
	const vx = p2.x - p0.x;
	const vy = p2.y - p0.y;
	const det = ux * vy - vx * uy;
	if (Math.abs(det) < 1e-12) return null;
	// Solve [a c; b d] · [u v] = [q1 - q0, q2 - q0].
	const sx = q1.x - q0.x;
	const sy = q1.y - q0.y;
	const tx = q2.x - q0.x;
	const ty = q2.y - q0.y;
	const a = (sx * vy - tx * uy) / det;
	const c = (tx * ux - sx * vx) / det;
	const b = (sy * vy - ty * uy) / det;
	const d = (ty * ux - sy * vx) / det;
	return [a, b, c, d, q0.x - a * p0.x - c * p0.y, q0.y - b * p0.x - d * p0.y];
}

export function applyMatrix(m: Matrix, p: Point): Point {
	return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}
