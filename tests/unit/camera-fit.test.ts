import { matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import { describe, expect, it } from 'vitest';
import {
	fitCamera,
	radiusAt,
	showsWell,
	toViewport,
	type CameraState,
	type FramedNode,
	type Insets,
	type Stage
} from '../../src/lib/graph/camera-fit';

const stage: Stage = { width: 800, height: 500, padding: 40, graphWidth: 1200, graphHeight: 900 };
const none: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
/** Clear of the zoom buttons on the right, and of the edges all round. */
const insets: Insets = { top: 16, right: 72, bottom: 16, left: 16 };
const limits = { min: 0.05, max: 4 };
const whole: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** Where sigma itself puts a framed point, through its own matrix. */
function sigmaViewport(point: { x: number; y: number }, camera: CameraState) {
	const matrix = matrixFromCamera(
		camera,
		{ width: stage.width, height: stage.height },
		{ width: stage.graphWidth, height: stage.graphHeight },
		stage.padding
	);
	const clip = multiplyVec2(matrix, point);
	return { x: ((1 + clip.x) * stage.width) / 2, y: ((1 - clip.y) * stage.height) / 2 };
}

/** How far each node reaches past the free space (≤ 0 everywhere: all inside). */
function overshoot(nodes: FramedNode[], camera: CameraState, space: Insets) {
	return Math.max(
		...nodes.map((n) => {
			const { x, y } = toViewport(n, camera, stage);
			const r = radiusAt(n.size, camera.ratio);
			return Math.max(
				space.left - (x - r),
				x + r - (stage.width - space.right),
				space.top - (y - r),
				y + r - (stage.height - space.bottom)
			);
		})
	);
}

// A cluster in one corner of the graph, like one region's states.
const cluster: FramedNode[] = [
	{ x: 0.7, y: 0.2, size: 6 },
	{ x: 0.85, y: 0.3, size: 10 },
	{ x: 0.75, y: 0.35, size: 4 },
	{ x: 0.8, y: 0.22, size: 5 }
];

describe('the projection', () => {
	it('puts points where sigma’s own camera matrix puts them', () => {
		for (const camera of [whole, { x: 0.3, y: 0.6, ratio: 0.4, angle: 0 }]) {
			for (const point of [
				{ x: 0, y: 0 },
				{ x: 0.8, y: 0.25 },
				{ x: 1, y: 0.75 }
			]) {
				const ours = toViewport(point, camera, stage);
				const theirs = sigmaViewport(point, camera);
				expect(ours.x).toBeCloseTo(theirs.x, 3);
				expect(ours.y).toBeCloseTo(theirs.y, 3);
			}
		}
	});
});

describe('fitCamera', () => {
	it('frames a cluster as large as it fits, every node inside the free space', () => {
		const camera = fitCamera(cluster, stage, insets, limits)!;
		expect(camera.ratio).toBeLessThan(0.5);
		expect(overshoot(cluster, camera, insets)).toBeLessThanOrEqual(1e-6);
		// As large as it fits: 5% closer, a node would leave the free space.
		const closer = { ...camera, ratio: camera.ratio * 0.95 };
		expect(overshoot(cluster, closer, insets)).toBeGreaterThan(0);
	});

	it('keeps nodes clear of an overlay on the right, centred in the space left', () => {
		const camera = fitCamera(cluster, stage, insets, limits)!;
		const xs = cluster.map((n) => toViewport(n, camera, stage).x);
		expect(Math.max(...xs)).toBeLessThan(stage.width - insets.right);
		const free = fitCamera(cluster, stage, none, limits)!;
		const centre = (c: CameraState) => {
			const ys = cluster.map((n) => toViewport(n, c, stage).x);
			return (Math.min(...ys) + Math.max(...ys)) / 2;
		};
		expect(centre(free)).toBeCloseTo(stage.width / 2, 0);
		expect(centre(camera)).toBeCloseTo((insets.left + stage.width - insets.right) / 2, 0);
	});

	it('shows the whole graph at sigma’s own starting camera when the insets are its padding', () => {
		const corners: FramedNode[] = [
			{ x: 0, y: 0.125, size: 0 },
			{ x: 1, y: 0.875, size: 0 }
		];
		const pad = stage.padding;
		const camera = fitCamera(
			corners,
			stage,
			{ top: pad, right: pad, bottom: pad, left: pad },
			limits
		)!;
		expect(camera.x).toBeCloseTo(0.5, 6);
		expect(camera.y).toBeCloseTo(0.5, 6);
		expect(camera.ratio).toBeCloseTo(1, 6);
	});

	it('does not blow one node up to fill the canvas, and shows nothing without nodes', () => {
		const one = fitCamera([{ x: 0.2, y: 0.4, size: 5 }], stage, insets, { min: 0.2, max: 4 })!;
		expect(one.ratio).toBe(0.2);
		expect(fitCamera([], stage, insets, limits)).toBeNull();
	});
});

describe('showsWell', () => {
	it('is false where the fit would draw the nodes much larger or some lie outside', () => {
		const fitted = fitCamera(cluster, stage, insets, limits)!;
		expect(showsWell(cluster, fitted, fitted, stage, insets)).toBe(true);
		expect(showsWell(cluster, whole, fitted, stage, insets)).toBe(false);
		const panned = { ...fitted, x: fitted.x + 0.05 };
		expect(showsWell(cluster, panned, fitted, stage, insets)).toBe(false);
		// A little farther out than the fit, all nodes inside: not worth a move.
		const slightly = { ...fitted, ratio: fitted.ratio * 1.05 };
		expect(showsWell(cluster, slightly, fitted, stage, insets)).toBe(true);
	});
});
