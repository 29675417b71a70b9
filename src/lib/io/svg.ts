// The SVG picture of the current view: drawn from the graph's positions through the camera (not a
// screenshot), with the frame. Every node is a circle carrying its id (`data-id`) and a <title>
// with its label, so the file can be searched and read by assistive technology.
import { FRAME_FONT, layoutFrame, type FrameContent, type FrameItem } from './frame';
import { xmlText } from './xml';

/** A node on the canvas, in viewport pixels. */
export interface PictureNode {
	id: string;
	x: number;
	y: number;
	r: number;
	color: string;
	/** The full label, for the <title>. */
	title: string;
	/** The label drawn beside the node, as the canvas shows it; null when the canvas shows none. */
	label: string | null;
	zIndex: number;
}

export interface PictureEdge {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	color: string;
	width: number;
	zIndex: number;
}

export interface Picture {
	/** The canvas's size in CSS pixels: the network area of the picture. */
	width: number;
	height: number;
	nodes: PictureNode[];
	edges: PictureEdge[];
	frame: FrameContent;
	labelSize: number;
	labelColor: string;
	/** Accessible description of the whole picture (the filter line, by default). */
	description?: string;
}

/** A graph-to-viewport transform: sigma's camera in the app, a fitted one without a renderer. */
export interface Camera {
	project(point: { x: number; y: number }): { x: number; y: number };
	/** A node size (graph units) as a radius in pixels. */
	scale(size: number): number;
}

/** What to draw, in graph coordinates, after the view's reducers (colours, labels, z-order). */
export interface SceneNode {
	id: string;
	x: number;
	y: number;
	size: number;
	color: string;
	title: string;
	label: string | null;
	zIndex?: number;
}

export interface SceneEdge {
	id: string;
	source: string;
	target: string;
	color: string;
	size: number;
	zIndex?: number;
}

/** The shown nodes and edges through the camera; edges whose ends are not drawn are dropped. */
export function projectScene(
	nodes: SceneNode[],
	edges: SceneEdge[],
	camera: Camera
): { nodes: PictureNode[]; edges: PictureEdge[] } {
	const placed = new Map<string, PictureNode>();
	for (const n of nodes) {
		const p = camera.project(n);
		placed.set(n.id, {
			id: n.id,
			x: p.x,
			y: p.y,
			r: camera.scale(n.size),
			color: n.color,
			title: n.title,
			label: n.label,
			zIndex: n.zIndex ?? 0
		});
	}
	const lines: PictureEdge[] = [];
	for (const e of edges) {
		const s = placed.get(e.source);
		const t = placed.get(e.target);
		if (!s || !t) continue;
		lines.push({
			id: e.id,
			x1: s.x,
			y1: s.y,
			x2: t.x,
			y2: t.y,
			color: e.color,
			width: Math.max(0.5, camera.scale(e.size)),
			zIndex: e.zIndex ?? 0
		});
	}
	return { nodes: [...placed.values()], edges: lines };
}

/**
 * A camera that fits the nodes into the area as sigma's does at its start (`stagePadding` around,
 * graph y pointing up), for pictures made without a renderer (no WebGL) and for tests.
 */
export function fitCamera(
	points: { x: number; y: number }[],
	width: number,
	height: number,
	padding = 40
): Camera {
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const span = Math.max(maxX - minX, maxY - minY) || 1;
	const k = Math.min(width - 2 * padding, height - 2 * padding) / span;
	const [cx, cy] = points.length ? [(minX + maxX) / 2, (minY + maxY) / 2] : [0, 0];
	return {
		project: (p) => ({ x: width / 2 + (p.x - cx) * k, y: height / 2 - (p.y - cy) * k }),
		scale: (size) => size
	};
}

const n2 = (v: number) => String(Math.round(v * 100) / 100);
const byZ = <T extends { zIndex: number }>(items: T[]) =>
	items
		.map((item, i) => ({ item, i }))
		.sort((a, b) => a.item.zIndex - b.item.zIndex || a.i - b.i)
		.map((x) => x.item);

function frameItem(item: FrameItem): string {
	if (item.kind === 'swatch') {
		return `<circle cx="${n2(item.x)}" cy="${n2(item.y)}" r="${item.r}" fill="${xmlText(item.color)}"/>`;
	}
	const weight = item.bold ? ' font-weight="700"' : '';
	const anchor = item.anchor === 'end' ? ' text-anchor="end"' : '';
	return `<text x="${n2(item.x)}" y="${n2(item.y)}" font-size="${item.size}"${weight}${anchor} fill="${item.color}">${xmlText(item.text)}</text>`;
}

export function buildSvg(picture: Picture): string {
	const { width, height } = picture;
	const frame = layoutFrame(picture.frame, width, height);
	const description = picture.description ?? picture.frame.lines[0] ?? '';
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${frame.height}" viewBox="0 0 ${width} ${frame.height}" role="img" aria-labelledby="picture-title picture-desc" font-family="${xmlText(FRAME_FONT)}">\n`,
		`<title id="picture-title">${xmlText(picture.frame.title)}</title>\n`,
		`<desc id="picture-desc">${xmlText(description)}</desc>\n`,
		`<rect width="${width}" height="${frame.height}" fill="#ffffff"/>\n`
	];
	// The network keeps the canvas's size and is clipped to it, as on screen.
	out.push(
		`<svg class="network" x="0" y="${frame.header}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">\n`,
		'<g class="edges" stroke-linecap="round">\n'
	);
	for (const e of byZ(picture.edges)) {
		out.push(
			`<line data-id="${xmlText(e.id)}" x1="${n2(e.x1)}" y1="${n2(e.y1)}" x2="${n2(e.x2)}" y2="${n2(e.y2)}" stroke="${xmlText(e.color)}" stroke-width="${n2(e.width)}"/>\n`
		);
	}
	out.push('</g>\n<g class="nodes">\n');
	const nodes = byZ(picture.nodes);
	for (const n of nodes) {
		out.push(
			`<circle data-id="${xmlText(n.id)}" cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(n.r)}" fill="${xmlText(n.color)}"><title>${xmlText(n.title)}</title></circle>\n`
		);
	}
	out.push(
		`</g>\n<g class="labels" font-size="${picture.labelSize}" font-weight="600" fill="${picture.labelColor}" aria-hidden="true">\n`
	);
	for (const n of nodes) {
		if (n.label === null || n.label === '') continue;
		out.push(
			`<text data-id="${xmlText(n.id)}" x="${n2(n.x + n.r + 3)}" y="${n2(n.y + picture.labelSize / 3)}">${xmlText(n.label)}</text>\n`
		);
	}
	out.push('</g>\n</svg>\n<g class="frame">\n');
	out.push(
		`<line x1="0" y1="${frame.header}" x2="${width}" y2="${frame.header}" stroke="#c4c9d0"/>\n`
	);
	out.push(
		`<line x1="0" y1="${frame.header + height}" x2="${width}" y2="${frame.header + height}" stroke="#c4c9d0"/>\n`
	);
	for (const item of frame.items) out.push(frameItem(item), '\n');
	out.push('</g>\n</svg>\n');
	return out.join('');
}
