// The PNG composition plan: where the network snapshot and the frame go on a canvas `scale` times
// the canvas's size. The component draws sigma's layers into `network` and the items around it.
import { layoutFrame, type FrameContent, type FrameItem } from './frame';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface PngPlan {
	/** The image's size in pixels. */
	width: number;
	height: number;
	/** Where the network snapshot (scale × the canvas) is drawn. */
	network: { x: number; y: number; width: number; height: number };
	/** The frame, in image pixels. */
	items: FrameItem[];
	/** Lines that separate the network from the frame, at these heights. */
	rules: number[];
}

export function pngPlan(
	frame: FrameContent,
	canvas: { width: number; height: number },
	scale: PngScale
): PngPlan {
	const layout = layoutFrame(frame, canvas.width, canvas.height);
	const s = (v: number) => Math.round(v * scale);
	return {
		width: s(canvas.width),
		height: s(layout.height),
		network: { x: 0, y: s(layout.header), width: s(canvas.width), height: s(canvas.height) },
		items: layout.items.map((item) =>
			item.kind === 'swatch'
				? { ...item, x: item.x * scale, y: item.y * scale, r: item.r * scale }
				: { ...item, x: item.x * scale, y: item.y * scale, size: item.size * scale }
		),
		rules: [s(layout.header), s(layout.header + canvas.height)]
	};
}
