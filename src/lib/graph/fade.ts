// Fading nodes and edges in and out when what is shown changes (present mode's transitions): for
// the length of a fade, sigma draws what was shown before and what is shown after, and what appears
// or disappears is mixed with the background by the fade's progress. Nodes never move: the layout
// is fixed, so only colours change. Pure, over plain sets, like the reducers it follows.
import { EDGE_COLOR, type NetworkGraph } from './build';
import { mixColour } from './colour';
import type { EdgeDisplay, NodeDisplay } from './reducers';

/** What the filters let through at one moment, as the reducers read it. */
export interface Shown {
	visible: ReadonlySet<string>;
	hiddenEdges: ReadonlySet<string>;
}

export interface Fade {
	before: Shown;
	after: Shown;
	/** From 0 (as before) to 1 (as after). */
	progress: number;
	/** The canvas's background, towards which what is absent fades. */
	background: string;
}

/** How long a transition lasts; none for people who ask for reduced motion. */
export const TRANSITION_MS = 600;

export function transitionMs(reducedMotion: boolean): number {
	return reducedMotion ? 0 : TRANSITION_MS;
}

/** Slow at both ends, so that nothing starts or stops with a jolt. */
export function easeInOut(t: number): number {
	const x = Math.min(1, Math.max(0, t));
	return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** The nodes drawn during a fade: those shown before or after. */
export function fadeVisible(fade: Fade): Set<string> {
	return new Set([...fade.before.visible, ...fade.after.visible]);
}

/** True when a fade has something to show: some node or edge appears or disappears. */
export function fadeChanges(graph: NetworkGraph, before: Shown, after: Shown): boolean {
	if (before.visible.size !== after.visible.size) return true;
	for (const id of before.visible) if (!after.visible.has(id)) return true;
	for (const id of before.hiddenEdges)
		if (!after.hiddenEdges.has(id) && edgeShown(graph, after, id)) return true;
	for (const id of after.hiddenEdges)
		if (!before.hiddenEdges.has(id) && edgeShown(graph, before, id)) return true;
	return false;
}

function edgeShown(graph: NetworkGraph, shown: Shown, id: string): boolean {
	return (
		!shown.hiddenEdges.has(id) &&
		shown.visible.has(graph.source(id)) &&
		shown.visible.has(graph.target(id))
	);
}

/** How much of an item is drawn: 1 where it stays, rising where it appears, falling where it goes. */
function presence(was: boolean, is: boolean, progress: number): number {
	if (was === is) return is ? 1 : 0;
	const k = easeInOut(progress);
	return is ? k : 1 - k;
}

/** A node during a fade (in place, after the reducers and the theme); `fade` null: unchanged. */
export function fadeNode(fade: Fade | null, id: string, data: NodeDisplay): NodeDisplay {
	if (!fade || data.hidden) return data;
	const was = fade.before.visible.has(id);
	const is = fade.after.visible.has(id);
	if (was === is) return data;
	data.color = mixColour(
		fade.background,
		data.color ?? EDGE_COLOR,
		presence(was, is, fade.progress)
	);
	// A label would pop in or out at full strength: it comes with the node's last frame.
	data.label = '';
	data.forceLabel = false;
	return data;
}

export function fadeEdge(
	fade: Fade | null,
	graph: NetworkGraph,
	id: string,
	data: EdgeDisplay
): EdgeDisplay {
	if (!fade || data.hidden) return data;
	const was = edgeShown(graph, fade.before, id);
	const is = edgeShown(graph, fade.after, id);
	if (!was && !is) {
		data.hidden = true;
		return data;
	}
	if (was !== is)
		data.color = mixColour(
			fade.background,
			data.color ?? EDGE_COLOR,
			presence(was, is, fade.progress)
		);
	return data;
}

/**
 * The nodes and edges whose drawing a fade changes from frame to frame: those that appear or go,
 * and the edges at them. Refreshing only these keeps each frame of a fade small.
 */
export function fadingItems(graph: NetworkGraph, fade: Fade): { nodes: string[]; edges: string[] } {
	const { before, after } = fade;
	const nodes = [
		...[...before.visible].filter((id) => !after.visible.has(id)),
		...[...after.visible].filter((id) => !before.visible.has(id))
	];
	const edges = new Set<string>();
	for (const id of nodes) if (graph.hasNode(id)) for (const e of graph.edges(id)) edges.add(e);
	for (const [a, b] of [
		[before.hiddenEdges, after.hiddenEdges],
		[after.hiddenEdges, before.hiddenEdges]
	] as const)
		for (const id of a) if (!b.has(id) && graph.hasEdge(id)) edges.add(id);
	return { nodes, edges: [...edges] };
}
