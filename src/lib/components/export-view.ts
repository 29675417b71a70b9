// The browser side of "Export": gathers the view (the renderer's camera and look, the shown sets,
// the filters), lets the pure builders of `io/` make the file, and downloads it.
import type Sigma from 'sigma';
import type { Period } from '../data/dates';
import type { Dataset } from '../data/types';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from '../graph/build';
import type { AttributeFilters } from '../graph/attribute-filters';
import type { Filters } from '../graph/filters';
import { translator, type Locale } from '../i18n/messages';
import { datasetToCsv } from '../io/csv-export';
import {
	dataLine,
	exportFileName,
	filterLine,
	sourceLine,
	type Origin,
	type ViewFacts
} from '../io/describe';
import type { FrameContent, FrameItem } from '../io/frame';
import { FRAME_FONT } from '../io/frame';
import { legendEntries } from '../io/legend';
import { pngPlan, type PngScale } from '../io/png';
import { GRAPH_LOOK, sceneFromGraph, type SceneLook } from '../io/scene';
import { shownDataset } from '../io/subset';
import { buildSvg, fitCamera, projectScene, type Camera } from '../io/svg';
import type { ExportKind } from './ExportMenu.svelte';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

export interface ExportContext {
	dataset: Dataset;
	graph: NetworkGraph;
	nodes: ReadonlySet<string>;
	hiddenEdges: ReadonlySet<string>;
	filters: Filters;
	attributes: AttributeFilters;
	period: Period | null;
	locale: Locale;
	origin: Origin | null;
	/** The renderer when the network is drawn (null without WebGL: pictures fitted to a page). */
	renderer: Renderer | null;
	/** A node's full label in the interface's language. */
	titleOf: (id: string) => string;
}

/** Without a renderer the picture has the size of a slide. */
const PAGE = { width: 1280, height: 720 };

export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// The download has started by the next task; the URL is no longer needed after that.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function factsOf(ctx: ExportContext): ViewFacts {
	return {
		dataset: ctx.dataset,
		filters: ctx.filters,
		attributes: ctx.attributes,
		period: ctx.period,
		locale: ctx.locale,
		shown: ctx.nodes.size,
		origin: ctx.origin,
		today: new Date().toISOString().slice(0, 10)
	};
}

export function frameOf(ctx: ExportContext): FrameContent {
	const t = translator(ctx.locale);
	const facts = factsOf(ctx);
	return {
		title: ctx.origin ? ctx.origin.files.join(', ') : t('app.title'),
		subtitle: t('io.frame.shown', { shown: ctx.nodes.size, total: ctx.dataset.nodes.length }),
		legend: legendEntries(ctx.dataset, ctx.nodes, ctx.locale),
		lines: [filterLine(facts), dataLine(facts), sourceLine(facts)]
	};
}

/** The look the canvas has now: colours and dimming of the reducers, the labels it draws. */
function rendererLook(renderer: Renderer): SceneLook {
	const labelled = renderer.getNodeDisplayedLabels();
	return {
		node: (id, a) => {
			const d = renderer.getNodeDisplayData(id);
			if (!d) return GRAPH_LOOK.node(id, a);
			const label = labelled.has(id) || d.highlighted ? d.label : null;
			return { color: d.color, size: d.size, label, zIndex: d.zIndex };
		},
		edge: (id, a) => {
			const d = renderer.getEdgeDisplayData(id);
			return d ? { color: d.color, size: d.size, zIndex: d.zIndex } : GRAPH_LOOK.edge(id, a);
		}
	};
}

function svgOf(ctx: ExportContext): string {
	const { renderer } = ctx;
	const look = renderer ? rendererLook(renderer) : GRAPH_LOOK;
	const scene = sceneFromGraph(ctx.graph, ctx, ctx.titleOf, look);
	const size = renderer ? renderer.getDimensions() : PAGE;
	const camera: Camera = renderer
		? {
				project: (p) => renderer.graphToViewport(p),
				scale: (s) => renderer.scaleSize(s)
			}
		: fitCamera(scene.nodes, size.width, size.height);
	const { nodes, edges } = projectScene(scene.nodes, scene.edges, camera);
	return buildSvg({
		...size,
		nodes,
		edges,
		frame: frameOf(ctx),
		labelSize: renderer?.getSetting('labelSize') ?? 15,
		labelColor: '#1B1F24'
	});
}

/**
 * Sigma sizes its canvases by the device pixel ratio, read when a renderer is made; the export's
 * temporary renderer is made while the ratio reads `scale`, so it draws `scale` times the pixels.
 */
async function withPixelRatio<T>(scale: number, make: () => Promise<T>): Promise<T> {
	const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
	Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => scale });
	try {
		return await make();
	} finally {
		if (own) Object.defineProperty(window, 'devicePixelRatio', own);
		else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
	}
}

function drawFrameItem(g: CanvasRenderingContext2D, item: FrameItem) {
	if (item.kind === 'swatch') {
		g.fillStyle = item.color;
		g.beginPath();
		g.arc(item.x, item.y, item.r, 0, 2 * Math.PI);
		g.fill();
		return;
	}
	g.fillStyle = item.color;
	g.font = `${item.bold ? 700 : 400} ${item.size}px ${FRAME_FONT}`;
	g.textAlign = item.anchor === 'end' ? 'right' : 'left';
	g.fillText(item.text, item.x, item.y);
}

async function pngOf(ctx: ExportContext, scale: PngScale): Promise<Blob> {
	const { renderer } = ctx;
	if (!renderer) throw new Error('no drawing of the network (WebGL is off)');
	const { drawOnCanvas } = await import('@sigma/export-image');
	const size = renderer.getDimensions();
	const plan = pngPlan(frameOf(ctx), size, scale);
	const network = await withPixelRatio(scale, () =>
		drawOnCanvas(renderer as unknown as Sigma, { backgroundColor: '#ffffff' })
	);
	const canvas = document.createElement('canvas');
	canvas.width = plan.width;
	canvas.height = plan.height;
	const g = canvas.getContext('2d');
	if (!g) throw new Error('no 2D canvas');
	g.fillStyle = '#ffffff';
	g.fillRect(0, 0, plan.width, plan.height);
	const n = plan.network;
	g.drawImage(network, 0, 0, network.width, network.height, n.x, n.y, n.width, n.height);
	g.strokeStyle = '#c4c9d0';
	g.lineWidth = scale;
	for (const y of plan.rules) {
		g.beginPath();
		g.moveTo(0, y);
		g.lineTo(plan.width, y);
		g.stroke();
	}
	for (const item of plan.items) drawFrameItem(g, item);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new Error('the image is too large'))),
			'image/png'
		)
	);
}

const text = (type: string) => (content: string) => new Blob([content], { type });

/** Makes the file(s) of one kind and downloads them; returns their names. */
export async function exportView(kind: ExportKind, ctx: ExportContext): Promise<string[]> {
	const facts = factsOf(ctx);
	const name = (ext: string) => exportFileName(facts, ext);
	const saved: string[] = [];
	const save = (blob: Blob, file: string) => {
		downloadBlob(blob, file);
		saved.push(file);
	};
	if (kind === 'svg') save(text('image/svg+xml')(svgOf(ctx)), name('svg'));
	else if (kind.startsWith('png')) {
		const scale = Number(kind.slice(3)) as PngScale;
		save(await pngOf(ctx, scale), name(scale === 1 ? 'png' : `${scale}x.png`));
	} else {
		const part = shownDataset(ctx.dataset, ctx);
		const description = `${frameOf(ctx).title}. ${filterLine(facts)}`;
		const { datasetToGexf } = await import('../io/gexf');
		const { datasetToGraphml } = await import('../io/graphml');
		if (kind === 'csv') {
			const texts = datasetToCsv(part);
			for (const [table, content] of Object.entries(texts)) {
				save(text('text/csv')(content), name(`${table}.csv`).replace(/\.(\w+)\.csv$/, '_$1.csv'));
				// Browsers take several downloads from one click better one after the other.
				await new Promise((r) => setTimeout(r, 200));
			}
		} else if (kind === 'gexf') {
			save(
				text('application/xml')(datasetToGexf(part, { locale: ctx.locale, description })),
				name('gexf')
			);
		} else if (kind === 'graphml') {
			save(
				text('application/xml')(datasetToGraphml(part, { locale: ctx.locale, description })),
				name('graphml')
			);
		} else {
			const { toCompiledDataset } = await import('../data/compile');
			save(text('application/json')(JSON.stringify(toCompiledDataset(part))), name('json'));
		}
	}
	return saved;
}
