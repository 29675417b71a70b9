// What a scene is about, for the camera to frame: scenes carry no camera of their own (their view
// is the link of a filter, a period and a selection), so present mode fits the camera to this.
import type { NetworkGraph } from './build';

export interface SceneSelection {
	node: string | null;
	/** The nodes a selected event involves; null when no event is selected. */
	eventNodes: readonly string[] | null;
}

/**
 * The shown nodes to frame: a selected node with its shown neighbours, else the shown nodes a
 * selected event involves, else everything shown. A selection of one node is framed with its
 * neighbours, so that the camera does not dive onto a single dot.
 */
export function sceneFocusNodes(
	graph: NetworkGraph,
	visible: ReadonlySet<string>,
	selection: SceneSelection
): string[] {
	const shown = (ids: Iterable<string>) => [...ids].filter((id) => visible.has(id));
	const withNeighbours = (ids: string[]) => {
		const all = new Set(ids);
		for (const id of ids) if (graph.hasNode(id)) for (const n of graph.neighbors(id)) all.add(n);
		return shown(all);
	};
	let focus: string[] = [];
	if (selection.node !== null && visible.has(selection.node))
		focus = withNeighbours([selection.node]);
	else if (selection.eventNodes) {
		focus = shown(new Set(selection.eventNodes));
		if (focus.length === 1) focus = withNeighbours(focus);
	}
	return focus.length > 0 ? focus : shown(graph.nodes());
}

/** Room around a framed group, so that no node sits on the canvas's edge or under its label. */
export const FRAME_MARGIN = 1.3;
/** The closest a scene frames: a group of two neighbours is not blown up to fill the hall. */
export const MIN_FRAMED_RATIO = 0.25;

/** A fitted camera ratio with its margin, never closer than `MIN_FRAMED_RATIO` (sigma: smaller is closer). */
export function framedRatio(fitted: number): number {
	return Math.max(fitted * FRAME_MARGIN, MIN_FRAMED_RATIO);
}
