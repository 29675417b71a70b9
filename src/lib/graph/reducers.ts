// What sigma draws for each node and edge, as pure functions of a small plain state (DESIGN.md §3:
// the network view is a controller). Sigma hands each reducer a fresh copy of the item's
// attributes; the reducers write into that copy and return it, so a refresh allocates nothing more.
import type { Locale } from '../i18n/messages';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from './build';
import { NO_HIGHLIGHT, type Highlight } from './highlight';

/** The colours of what is dimmed and lit; the canvas reads them, so they live here, not in CSS. */
export const DIMMED_NODE = '#E3E6EA';
export const DIMMED_EDGE = '#F0F2F4';
export const LIT_EDGE = '#3D4550';
/** "What changed": what ended is drawn as a ghost (a faint warm grey, apart from the edges and the dimmed nodes), what appeared is marked (its edges in green). */
export const GHOST_NODE = '#DDD2C3';
export const GHOST_EDGE = '#EAE3D9';
export const NEW_EDGE = '#0C8157';
/** The mark before a new node's label on the canvas. */
export const NEW_MARK = '+ ';

/** What appeared and what ended since the moment compared with. */
export interface ChangeMarks {
	appeared: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
	ended: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
}

export interface RenderState {
	/** The nodes the filters and the period let through. */
	visible: ReadonlySet<string>;
	/** Edges hidden between shown nodes (sigma hides the edges of hidden nodes itself). */
	hiddenEdges: ReadonlySet<string>;
	/** What is lit while the rest is dimmed: the selection's neighbourhood or an event's nodes. */
	highlight: Highlight;
	/**
	 * What is lit without dimming the rest: the hovered node's neighbourhood on large networks, where
	 * dimming everything on each hover would cost a full refresh.
	 */
	hover: Highlight;
	selected: string | null;
	/** Canvas labels in the interface language, where they differ from the graph's own (English). */
	labels: ReadonlyMap<string, string> | null;
	/** Sizes and colours of a "Size by" / "Colour by" choice; absent: the graph's own. */
	sizes?: ReadonlyMap<string, number> | null;
	colors?: ReadonlyMap<string, string> | null;
	/** A comparison with another moment: new items marked, ended ones drawn as ghosts. */
	changes?: ChangeMarks | null;
}

export const INITIAL_RENDER_STATE: RenderState = {
	visible: new Set(),
	hiddenEdges: new Set(),
	highlight: NO_HIGHLIGHT,
	hover: NO_HIGHLIGHT,
	selected: null,
	labels: null
};

/** What sigma reads of a node, beyond its attributes (a null label: none, not even in the label grid). */
export type NodeDisplay = Omit<NodeAttributes, 'label'> & {
	label: string | null;
	hidden?: boolean;
	highlighted?: boolean;
	forceLabel?: boolean;
	zIndex?: number;
};

/** Edges carry no colour of their own (sigma's `defaultEdgeColor`); a reducer may set one. */
export type EdgeDisplay = EdgeAttributes & { color?: string; hidden?: boolean; zIndex?: number };

export function reduceNode(state: RenderState, id: string, data: NodeDisplay): NodeDisplay {
	if (!state.visible.has(id)) {
		if (state.changes?.ended.nodes.has(id)) {
			// A ghost: where the node was, without its label, under everything else.
			data.color = GHOST_NODE;
			data.label = null;
			data.zIndex = -1;
			return data;
		}
		data.hidden = true;
		return data;
	}
	const label = state.labels?.get(id);
	if (label !== undefined) data.label = label;
	const size = state.sizes?.get(id);
	if (size !== undefined) data.size = size;
	const color = state.colors?.get(id);
	if (color !== undefined) data.color = color;
	if (state.highlight.nodes.has(id) || state.hover.nodes.has(id)) {
		data.zIndex = 2;
		data.forceLabel = true;
	} else if (state.highlight.nodes.size > 0) {
		data.color = DIMMED_NODE;
		// Null rather than '': sigma's label grid skips the node, so lit labels get its place.
		data.label = null;
		data.zIndex = 0;
	}
	if (state.changes?.appeared.nodes.has(id) && data.label) {
		data.label = NEW_MARK + data.label;
		data.forceLabel = true;
	}
	if (id === state.selected) {
		data.highlighted = true;
		data.forceLabel = true;
		data.zIndex = 3;
	}
	return data;
}

export function reduceEdge(
	state: RenderState,
	graph: NetworkGraph,
	id: string,
	data: EdgeDisplay
): EdgeDisplay {
	const changes = state.changes;
	// An edge that ended is drawn as a ghost, even between nodes still shown.
	if (changes?.ended.edges.has(id)) {
		data.color = GHOST_EDGE;
		data.zIndex = 0;
		return data;
	}
	if (state.hiddenEdges.has(id)) {
		data.hidden = true;
		return data;
	}
	if (changes) {
		// A ghost node is drawn, so sigma no longer hides its other edges: they are hidden here.
		if (!state.visible.has(graph.source(id)) || !state.visible.has(graph.target(id))) {
			data.hidden = true;
			return data;
		}
		if (changes.appeared.edges.has(id)) {
			data.color = NEW_EDGE;
			data.size = 2;
			data.zIndex = 1;
		}
	}
	if (litEdge(graph, state.highlight, id) || litEdge(graph, state.hover, id)) {
		data.color = LIT_EDGE;
		data.size = 2;
		data.zIndex = 1;
	} else if (state.highlight.nodes.size > 0) {
		data.color = DIMMED_EDGE;
		data.zIndex = 0;
	}
	return data;
}

/** Around a node: its own edges. For an event: the edges among the nodes it involves. A path: its own. */
export function litEdge(graph: NetworkGraph, highlight: Highlight, id: string): boolean {
	const { focus, nodes, edges } = highlight;
	if (nodes.size === 0) return false;
	if (edges) return edges.has(id);
	const s = graph.source(id);
	const t = graph.target(id);
	return focus !== null ? s === focus || t === focus : nodes.has(s) && nodes.has(t);
}

/**
 * The nodes and edges whose drawing a hover changes: the nodes it lit before or lights now, and
 * their edges. Refreshing only these keeps a hover a small update on any network.
 */
export function hoverChange(
	graph: NetworkGraph,
	before: Highlight,
	after: Highlight
): { nodes: string[]; edges: string[] } {
	const edges = new Set<string>();
	for (const h of [before, after]) {
		if (h.focus !== null && graph.hasNode(h.focus))
			for (const e of graph.edges(h.focus)) edges.add(e);
	}
	return { nodes: [...new Set([...before.nodes, ...after.nodes])], edges: [...edges] };
}

/** Canvas labels per interface language, where they differ from the graph's own (English). */
export type CanvasLabels = Record<Locale, ReadonlyMap<string, string> | null>;
