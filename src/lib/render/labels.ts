// How the network's labels are drawn (sigma's `defaultDrawNodeLabel` and `defaultDrawNodeHover`):
// with a light halo, so that a label over a node or an edge stays readable; clear of one another,
// the labels that must be drawn (the selection's) placed first in each frame; never cut at the
// canvas's edge (graph/label-placement.ts decides where each goes).
import type { Attributes } from 'graphology-types';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { labelCandidates, LabelPlacer, type DrawnNode } from '../graph/label-placement';

/** The halo around label text: the canvas's own background. */
export const HALO_COLOR = '#FFFFFF';
const HALO_WIDTH = 4;

/** A label that must be drawn, at its node's place in the viewport. */
export type FirstLabel = DrawnNode & { key: string; label: string };

export interface LabelDrawing<N extends Attributes, E extends Attributes, G extends Attributes> {
	drawLabel: NodeLabelDrawingFunction<N, E, G>;
	drawHover: NodeHoverDrawingFunction<N, E, G>;
	/** Called before each render: the next label drawn starts a new frame. */
	newFrame(): void;
}

const fontOf = (settings: Pick<Settings, 'labelWeight' | 'labelSize' | 'labelFont'>) =>
	`${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

function haloText(
	context: CanvasRenderingContext2D,
	text: string,
	x: number,
	y: number,
	color: string,
	halo: string
) {
	context.lineJoin = 'round';
	context.lineWidth = HALO_WIDTH;
	context.strokeStyle = halo;
	context.strokeText(text, x, y);
	context.fillStyle = color;
	context.fillText(text, x, y);
}

export function createLabelDrawing<
	N extends Attributes = Attributes,
	E extends Attributes = Attributes,
	G extends Attributes = Attributes
>(options: {
	/** The canvas's size in CSS pixels. */
	canvas: () => { width: number; height: number };
	/** The labels placed before any other in each frame. */
	firsts: () => FirstLabel[];
	/** The halo's colour when the canvas's background is not white (a projector theme). */
	halo?: () => string | undefined;
}): LabelDrawing<N, E, G> {
	const placer = new LabelPlacer();
	const reserved = new Map<string, ReturnType<LabelPlacer['place']>>();
	let fresh = true;
	let canvas = { width: 0, height: 0 };

	function startFrame(context: CanvasRenderingContext2D, settings: Settings<N, E, G>) {
		fresh = false;
		placer.reset();
		reserved.clear();
		canvas = options.canvas();
		for (const first of options.firsts()) {
			const width = context.measureText(first.label).width;
			reserved.set(
				first.key,
				placer.place(first, width, settings.labelSize, canvas, { force: true })
			);
		}
	}

	const drawLabel: NodeLabelDrawingFunction<N, E, G> = (context, data, settings) => {
		if (!data.label) return;
		context.font = fontOf(settings);
		if (fresh) startFrame(context, settings);
		const key = (data as { key?: string }).key ?? '';
		const box = reserved.has(key)
			? reserved.get(key)
			: placer.place(
					data,
					context.measureText(data.label).width,
					settings.labelSize,
					options.canvas()
				);
		if (!box) return;
		haloText(
			context,
			data.label,
			box.textX,
			box.baseline,
			settings.labelColor.color ?? '#000',
			options.halo?.() ?? HALO_COLOR
		);
	};

	// The hovered or selected node: a white disc around it and a white box behind its label, on the
	// side where the label fits (sigma draws the node itself again above).
	const drawHover: NodeHoverDrawingFunction<N, E, G> = (context, data, settings) => {
		context.font = fontOf(settings);
		const canvas = options.canvas();
		context.fillStyle = HALO_COLOR;
		context.shadowColor = 'rgba(0, 0, 0, 0.45)';
		context.shadowBlur = 8;
		context.beginPath();
		context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
		context.fill();
		const label = data.label;
		if (label) {
			const width = context.measureText(label).width;
			const [right, left] = labelCandidates(data, width, settings.labelSize, canvas.height);
			// Where this frame placed it, else right of the node unless that leaves the canvas.
			const box =
				reserved.get((data as { key?: string }).key ?? '') ??
				(right!.x + right!.width <= canvas.width || left!.x < 0 ? right! : left!);
			context.beginPath();
			context.roundRect(box.x - 2, box.y, box.width + 4, box.height, 3);
			context.fill();
			context.shadowBlur = 0;
			haloText(
				context,
				label,
				box.textX,
				box.baseline,
				settings.labelColor.color ?? '#000',
				options.halo?.() ?? HALO_COLOR
			);
		}
		context.shadowBlur = 0;
		context.shadowColor = 'transparent';
	};

	return {
		drawLabel,
		drawHover,
		newFrame() {
			fresh = true;
		}
	};
}
