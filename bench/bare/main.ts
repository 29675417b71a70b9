// The floor the app is compared with: the same compiled dataset file drawn by plain sigma and
// graphology (the app's versions, from its node_modules), no framework, no validation, no UI.
// It draws what the app draws (same node attributes, colours and sizes from the app's appearance
// module, same sigma settings) and offers the runner the same two operations as test hooks:
// `window.bench.filterRegion(region)` and `window.bench.select(id)`. Hovering a node lights it and
// its neighbours with sigma's cheapest redraw (a partial refresh of just those nodes and edges).
// Benchmark only, never shipped.
import Graph from 'graphology';
import Sigma from 'sigma';
import { canvasLabel, nodeColor, nodeSize } from '../../src/lib/graph/appearance';
import type { CompiledDataset, NodeType, Region } from '../../src/lib/data/types';

interface NodeAttributes {
	label: string;
	kind: NodeType;
	region: Region | null;
	x: number;
	y: number;
	size: number;
	color: string;
}

interface EdgeAttributes {
	size: number;
	color: string;
}

export interface BareHooks {
	nodes: number;
	edges: number;
	/** Hides every node the app's region facet would hide for this region, then refreshes. */
	filterRegion(region: Region): number;
	/** Lights up a node and its neighbours and dims the rest, as the app's selection does. */
	select(id: string): number;
	/** Where sigma draws a node now (viewport pixels), to check the runner's hover point. */
	viewportOf(id: string): { x: number; y: number } | null;
}

declare global {
	interface Window {
		bench?: BareHooks;
	}
}

// As in the app (src/lib/graph/build.ts, src/lib/components/NetworkView.svelte).
const EDGE_COLOR = '#C9CED6';
const DIMMED_NODE = '#E3E6EA';
const DIMMED_EDGE = '#F0F2F4';
const LIT_EDGE = '#3D4550';

const status = document.getElementById('status')!;
const container = document.getElementById('graph')!;

async function main() {
	const params = new URLSearchParams(location.search);
	const file = params.get('data') ?? '/data/prague-process.json';
	// `?canvas=704x540`: the runner passes the app's canvas size, so that both draw as many pixels.
	const size = /^(\d+)x(\d+)$/.exec(params.get('canvas') ?? '');
	if (size) {
		Object.assign(container.style, {
			width: `${size[1]}px`,
			height: `${size[2]}px`,
			right: 'auto',
			bottom: 'auto'
		});
	}
	const response = await fetch(file);
	if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
	const data = (await response.json()) as CompiledDataset;

	const graph = new Graph<NodeAttributes, EdgeAttributes>({
		type: 'directed',
		multi: true,
		allowSelfLoops: false
	});
	const degree = new Map<string, number>();
	for (const e of data.edges) {
		degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
		degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
	}
	for (const n of data.nodes) {
		graph.addNode(n.id, {
			label: canvasLabel(n.label.en, n.acronym),
			kind: n.type,
			region: n.region,
			x: n.x ?? 0,
			y: n.y ?? 0,
			size: nodeSize(n, degree.get(n.id) ?? 0),
			color: nodeColor(n)
		});
	}
	for (const e of data.edges) {
		if (e.source === e.target) continue;
		graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 1, color: EDGE_COLOR });
	}

	// The reducers' state: plain sets, read by reducers installed once.
	let visible: Set<string> | null = null;
	let focus: string | null = null;
	let lit = new Set<string>();
	// Hover: the hovered node and its edges drawn lit, nothing dimmed (sigma's cheapest redraw).
	let hovered: string | null = null;
	let hoverEdges = new Set<string>();

	const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
		nodeReducer: (id, attrs) => {
			if (visible && !visible.has(id)) return { ...attrs, hidden: true };
			if (focus === null) return id === hovered ? { ...attrs, highlighted: true } : attrs;
			if (id === focus) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 3 };
			return lit.has(id)
				? { ...attrs, forceLabel: true, zIndex: 2 }
				: { ...attrs, color: DIMMED_NODE, label: '', zIndex: 0 };
		},
		edgeReducer: (id, attrs) => {
			if (focus === null)
				return hoverEdges.has(id) ? { ...attrs, color: LIT_EDGE, size: 2 } : attrs;
			return graph.source(id) === focus || graph.target(id) === focus
				? { ...attrs, color: LIT_EDGE, size: 2, zIndex: 1 }
				: { ...attrs, color: DIMMED_EDGE, zIndex: 0 };
		},
		zIndex: true,
		labelFont: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
		labelSize: 15,
		labelWeight: '600',
		labelColor: { color: '#1B1F24' },
		labelDensity: 0.5,
		labelGridCellSize: 120,
		labelRenderedSizeThreshold: 7,
		defaultEdgeColor: EDGE_COLOR,
		stagePadding: 40,
		minCameraRatio: 0.05,
		maxCameraRatio: 4
	});
	const hover = (id: string | null) => {
		const nodes = [...new Set([hovered, id])].filter((n): n is string => n !== null);
		const beforeEdges = [...hoverEdges];
		hovered = id;
		hoverEdges = new Set(id === null ? [] : graph.edges(id));
		const edges = [...new Set([...beforeEdges, ...hoverEdges])];
		renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
		performance.mark('network:hover-applied');
	};
	renderer.on('enterNode', ({ node }) => hover(node));
	renderer.on('leaveNode', () => hover(null));
	requestAnimationFrame(() => performance.mark('network:first-frame'));
	status.textContent = `${graph.order} nodes, ${graph.size} edges`;

	window.bench = {
		nodes: graph.order,
		edges: graph.size,
		filterRegion(region) {
			// The app's region facet (src/lib/graph/filters.ts, facetPasses): the region's node, its
			// states, and every non-state neighbour of those states.
			const pass = new Set<string>();
			graph.forEachNode((id, a) => {
				if (a.region !== region || (a.kind !== 'state' && a.kind !== 'region')) return;
				pass.add(id);
				if (a.kind !== 'state') return;
				graph.forEachNeighbor(id, (other, oa) => {
					if (oa.kind !== 'state') pass.add(other);
				});
			});
			visible = pass;
			renderer.refresh();
			performance.mark('network:filter-applied');
			return pass.size;
		},
		select(id) {
			focus = graph.hasNode(id) ? id : null;
			lit = focus === null ? new Set() : new Set([id, ...graph.neighbors(id)]);
			renderer.refresh();
			performance.mark('network:selection-applied');
			return lit.size;
		},
		viewportOf(id) {
			if (!graph.hasNode(id)) return null;
			return renderer.graphToViewport(graph.getNodeAttributes(id));
		}
	};
}

main().catch((error: unknown) => {
	status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
	status.setAttribute('role', 'alert');
});
