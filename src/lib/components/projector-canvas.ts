// Present mode's additions to the network view, kept out of the explorer's way (and its first
// load): the projector theme's colours and labels, fades between scenes, and labels placed without
// overlap. NetworkView loads this only when a layout gives it a theme; the pure parts live in
// graph/ (canvas-theme.ts, fade.ts, declutter.ts) and are unit-tested there.
import type Sigma from 'sigma';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from '../graph/build';
import {
	canvasPainter,
	themedHoverDrawer,
	type CanvasPainter,
	type CanvasTheme
} from '../graph/canvas-theme';
import { labelAsPicked, pickLabels, type LabelCandidate } from '../graph/declutter';
import {
	fadeChanges,
	fadeEdge,
	fadeNode,
	fadeVisible,
	fadingItems,
	transitionMs,
	type Fade,
	type Shown
} from '../graph/fade';
import {
	reduceEdge,
	reduceNode,
	type EdgeDisplay,
	type NodeDisplay,
	type RenderState
} from '../graph/reducers';
import { framedRatio } from '../graph/scene-focus';

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Sigma's label settings for a theme. */
export function themeSettings(theme: CanvasTheme, font: string) {
	return {
		labelSize: theme.labelSize,
		labelColor: { color: theme.labelColor },
		labelGridCellSize: theme.labelGridCellSize,
		labelRenderedSizeThreshold: theme.labelRenderedSizeThreshold,
		labelFont: font,
		defaultDrawNodeHover: themedHoverDrawer(theme)
	};
}

export class ProjectorCanvas {
	#painter: CanvasPainter;
	#renderer: Renderer | null = null;
	#fade: Fade | null = null;
	#frame = 0;
	/** The labels drawn (none covering another); null until first picked. */
	#picked: Set<string> | null = null;
	#pickTimer: ReturnType<typeof setTimeout> | undefined;
	#measure: CanvasRenderingContext2D | null = null;

	constructor(
		private readonly graph: NetworkGraph,
		/** NetworkView's render state: read by the reducers, and set here while a fade runs. */
		private readonly render: RenderState,
		theme: CanvasTheme,
		private readonly options: {
			font: string;
			reducedMotion: () => boolean;
			/** False on large networks, where a fade's frames would cost too much. */
			fades: boolean;
		}
	) {
		this.#painter = canvasPainter(theme);
	}

	get theme(): CanvasTheme {
		return this.#painter.theme;
	}

	/** How long the camera glides and nodes fade between scenes (0 for reduced motion). */
	get transitionMs(): number {
		return transitionMs(this.options.reducedMotion());
	}

	framedRatio = framedRatio;

	nodeReducer = (id: string, data: NodeDisplay): NodeDisplay =>
		labelAsPicked(
			this.#picked,
			id,
			fadeNode(this.#fade, id, this.#painter.node(reduceNode(this.render, id, data)))
		);

	edgeReducer = (id: string, data: EdgeDisplay): EdgeDisplay =>
		fadeEdge(
			this.#fade,
			this.graph,
			id,
			this.#painter.edge(reduceEdge(this.render, this.graph, id, data))
		);

	attach(renderer: Renderer) {
		this.#renderer = renderer;
		this.#pickNow();
	}

	setTheme(theme: CanvasTheme) {
		if (theme !== this.theme) this.#painter = canvasPainter(theme);
		const r = this.#renderer;
		if (!r) return;
		r.setSettings(themeSettings(theme, this.options.font));
		r.refresh();
		this.#pickNow();
	}

	/**
	 * Shows what the filters now let through (`after`), fading from what was shown over the
	 * transition's length: for that time sigma draws both, and what comes and goes is mixed with the
	 * background.
	 */
	show(after: Shown) {
		const r = this.#renderer;
		cancelAnimationFrame(this.#frame);
		// A fade still running is cut to its end: its `after` is what is shown now.
		const before: Shown = this.#fade?.after ?? {
			visible: this.render.visible,
			hiddenEdges: this.render.hiddenEdges
		};
		const settle = () => {
			this.#fade = null;
			this.render.visible = after.visible;
			this.render.hiddenEdges = after.hiddenEdges;
			r?.refresh();
			this.changed();
		};
		const ms = this.options.fades ? this.transitionMs : 0;
		if (!r || ms === 0 || !fadeChanges(this.graph, before, after)) return settle();
		const fade: Fade = { before, after, progress: 0, background: this.theme.background };
		this.#fade = fade;
		this.render.visible = fadeVisible(fade);
		this.render.hiddenEdges = new Set();
		const changing = fadingItems(this.graph, fade);
		const start = performance.now();
		const step = (now: number) => {
			if (this.#fade !== fade) return;
			fade.progress = Math.min(1, (now - start) / ms);
			if (fade.progress >= 1) return settle();
			r.refresh({ partialGraph: changing, skipIndexation: true });
			this.#frame = requestAnimationFrame(step);
		};
		r.refresh();
		this.#frame = requestAnimationFrame(step);
	}

	/** The camera, the selection or the labels changed: labels are picked again (at most every 120 ms). */
	changed() {
		if (this.#pickTimer !== undefined) return;
		this.#pickTimer = setTimeout(() => {
			this.#pickTimer = undefined;
			this.#pickNow();
		}, 120);
	}

	dispose() {
		cancelAnimationFrame(this.#frame);
		clearTimeout(this.#pickTimer);
		this.#renderer = null;
	}

	/** Picks the labels to draw so that none covers another, for the camera and sets of now. */
	#pickNow() {
		const r = this.#renderer;
		const theme = this.theme;
		if (!r || !theme.declutter) return;
		this.#measure ??= document.createElement('canvas').getContext('2d');
		if (!this.#measure) return;
		this.#measure.font = `600 ${theme.labelSize}px ${this.options.font}`;
		const { render, graph } = this;
		const lit = render.highlight.nodes;
		const candidates: LabelCandidate[] = [];
		for (const id of render.visible) {
			if (lit.size > 0 && !lit.has(id)) continue;
			const data = r.getNodeDisplayData(id);
			if (!data || data.hidden) continue;
			const label = render.labels?.get(id) ?? graph.getNodeAttribute(id, 'label');
			if (!label) continue;
			const { x, y } = r.framedGraphToViewport(data);
			candidates.push({
				id,
				x,
				y,
				radius: r.scaleSize(data.size),
				// The selected node's label sits in a box (themedHoverDrawer): a little wider.
				width: this.#measure.measureText(label).width + (id === render.selected ? 16 : 0),
				priority: id === render.selected ? 1e9 : data.size
			});
		}
		const { width, height } = r.getDimensions();
		const next = pickLabels(candidates, { fontSize: theme.labelSize, width, height });
		const same =
			this.#picked &&
			next.size === this.#picked.size &&
			[...next].every((id) => this.#picked!.has(id));
		if (same) return;
		this.#picked = next;
		r.refresh();
	}
}
