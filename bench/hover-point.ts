// Where a node is drawn on a sigma canvas at the default camera, computed in Node from the data
// file with sigma's own maths (`sigma/utils`), so that the runner can point the mouse at it in the
// app without any hook in the app. Valid while the page draws the file's positions with sigma's
// default camera, auto-rescale and the pages' stagePadding (40); the hover step checks the result
// by requiring a draw on sigma's hover layer.
import { createNormalizationFunction, matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import type { CompiledDataset } from '../src/lib/data/types';

/** As in the app's NetworkView and in bench/bare/main.ts. */
export const STAGE_PADDING = 40;

export interface Extent {
	x: [number, number];
	y: [number, number];
}

/** The nodes' extent, as sigma's `graphExtent` computes it over the graph's positions. */
export function extentOf(data: CompiledDataset): Extent {
	const extent: Extent = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
	for (const n of data.nodes) {
		const x = n.x ?? 0;
		const y = n.y ?? 0;
		extent.x = [Math.min(extent.x[0], x), Math.max(extent.x[1], x)];
		extent.y = [Math.min(extent.y[0], y), Math.max(extent.y[1], y)];
	}
	return extent;
}

/**
 * The viewport position (CSS pixels from the canvas's top-left corner) of the graph point (x, y)
 * on a `width × height` canvas at sigma's default camera: `Sigma#graphToViewport`.
 */
export function viewportPoint(
	extent: Extent,
	point: { x: number; y: number },
	size: { width: number; height: number }
): { x: number; y: number } {
	const normalize = createNormalizationFunction(extent);
	const graphDimensions = {
		width: extent.x[1] - extent.x[0] || 1,
		height: extent.y[1] - extent.y[0] || 1
	};
	const matrix = matrixFromCamera(
		{ x: 0.5, y: 0.5, ratio: 1, angle: 0 },
		size,
		graphDimensions,
		STAGE_PADDING
	);
	const v = multiplyVec2(matrix, normalize(point));
	return { x: ((1 + v.x) * size.width) / 2, y: ((1 - v.y) * size.height) / 2 };
}
