import { describe, expect, it } from 'vitest';
import { buildGraph, type NodeAttributes } from '../../src/lib/graph/build';
import { eventHighlight, neighbourhood, NO_HIGHLIGHT } from '../../src/lib/graph/highlight';
import { Network } from '../../src/lib/graph/network';
import {
	DIMMED_EDGE,
	DIMMED_NODE,
	GHOST_EDGE,
	GHOST_NODE,
	hoverChange,
	INITIAL_RENDER_STATE,
	LIT_EDGE,
	NEW_EDGE,
	NEW_MARK,
	reduceEdge,
	reduceNode,
	type RenderState
} from '../../src/lib/graph/reducers';
import { loadDataset, SMALL } from './fixtures';

const dataset = loadDataset(SMALL);
const graph = buildGraph(dataset);
const all = new Set(graph.nodes());
const state = (over: Partial<RenderState> = {}): RenderState => ({
	...INITIAL_RENDER_STATE,
	visible: all,
	...over
});
// Sigma hands reducers a copy of the attributes; so do the tests.
const node = (s: RenderState, id: string) => reduceNode(s, id, { ...graph.getNodeAttributes(id) });
const edge = (s: RenderState, id: string) =>
	reduceEdge(s, graph, id, { ...graph.getEdgeAttributes(id) });

describe('reduceNode', () => {
	it('draws a visible node as the graph has it, and hides the others', () => {
		const own = graph.getNodeAttributes('sweden');
		expect(node(state(), 'sweden')).toEqual(own);
		expect(node(state({ visible: new Set(['tajikistan']) }), 'sweden').hidden).toBe(true);
	});

	it('lights the selection and its neighbours, dims and unlabels the rest', () => {
		const s = state({ highlight: neighbourhood(graph, 'sweden'), selected: 'sweden' });
		expect(node(s, 'sweden')).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 3 });
		expect(node(s, 'pp4')).toMatchObject({ forceLabel: true, zIndex: 2 });
		expect(node(s, 'belarus')).toMatchObject({ color: DIMMED_NODE, label: null, zIndex: 0 });
	});

	it('lights a hover without dimming anything else', () => {
		const s = state({ hover: neighbourhood(graph, 'sweden') });
		expect(node(s, 'pp4').forceLabel).toBe(true);
		expect(node(s, 'belarus').color).toBe(graph.getNodeAttribute('belarus', 'color'));
	});

	it('draws labels in the interface language, falling back to the graph’s own', () => {
		const { canvasLabels } = new Network(dataset);
		const ru = state({ labels: canvasLabels.ru });
		expect(node(ru, 'sweden').label).toBe('Швеция');
		// PP4's Russian label is shorter than the canvas limit: used as it is.
		expect(node(ru, 'pp4').label).toBe('Пилотный проект 4');
		expect(node(state({ labels: canvasLabels.en }), 'sweden').label).toBe('Sweden');
	});

	it('draws the sizes and colours of a "Size by" / "Colour by" choice; dimming still wins', () => {
		const s = state({ sizes: new Map([['sweden', 17]]), colors: new Map([['sweden', '#0072B2']]) });
		expect(node(s, 'sweden')).toMatchObject({ size: 17, color: '#0072B2' });
		expect(node(s, 'pp4').size).toBe(graph.getNodeAttribute('pp4', 'size'));
		const dimmed = { ...s, highlight: neighbourhood(graph, 'belarus') };
		expect(node(dimmed, 'sweden').color).toBe(DIMMED_NODE);
	});

	it('compared with another moment: new nodes marked, ended ones drawn as ghosts', () => {
		const changes = {
			appeared: { nodes: new Set(['belarus']), edges: new Set(['e6']) },
			ended: { nodes: new Set(['pp4']), edges: new Set(['e7']) }
		};
		const visible = new Set([...all].filter((id) => id !== 'pp4'));
		const s = state({ visible, changes });
		expect(node(s, 'belarus').label).toBe(NEW_MARK + graph.getNodeAttribute('belarus', 'label'));
		expect(node(s, 'pp4')).toMatchObject({ color: GHOST_NODE, label: null });
		expect(node(s, 'pp4').hidden).toBeUndefined();
		expect(edge(s, 'e7').color).toBe(GHOST_EDGE);
		expect(edge(s, 'e6')).toMatchObject({ color: NEW_EDGE, size: 2 });
		// Tajikistan–PP4 did not end on its own: with PP4 a ghost, it is hidden, not drawn.
		expect(edge(s, 'e8').hidden).toBe(true);
		expect(node(state({ visible }), 'pp4').hidden).toBe(true);
	});

	it('writes into the copy it is given and returns it (no second copy per refresh)', () => {
		const copy: NodeAttributes = { ...graph.getNodeAttributes('sweden') };
		expect(reduceNode(state(), 'sweden', copy)).toBe(copy);
	});
});

describe('reduceEdge', () => {
	it('hides edges hidden between shown nodes', () => {
		expect(edge(state({ hiddenEdges: new Set(['e7']) }), 'e7').hidden).toBe(true);
		expect(edge(state(), 'e7').hidden).toBeUndefined();
	});

	it('lights the focus’s own edges and dims the others', () => {
		const s = state({ highlight: neighbourhood(graph, 'sweden') });
		expect(edge(s, 'e7')).toMatchObject({ color: LIT_EDGE, size: 2 });
		expect(edge(s, 'e3')).toMatchObject({ color: DIMMED_EDGE });
	});

	it('for an event, lights the edges among the nodes it involves', () => {
		const s = state({ highlight: eventHighlight(graph, ['pp4', 'sweden']) });
		expect(edge(s, 'e7').color).toBe(LIT_EDGE);
		expect(edge(s, 'e8').color).toBe(DIMMED_EDGE);
	});

	it('for a path, lights exactly its edges, not the others among its nodes', () => {
		// Tajikistan → PP4 → Sweden through e8 and e7; e3, e4 join the Process, not on the path.
		const s = state({
			highlight: {
				focus: null,
				nodes: new Set(['tajikistan', 'pp4', 'sweden']),
				edges: new Set(['e8', 'e7'])
			}
		});
		expect(edge(s, 'e7').color).toBe(LIT_EDGE);
		expect(edge(s, 'e8').color).toBe(LIT_EDGE);
		expect(edge(s, 'e3').color).toBe(DIMMED_EDGE);
		expect(node(s, 'prague-process').color).toBe(DIMMED_NODE);
	});
});

describe('hoverChange', () => {
	it('names only what a hover lights or stops lighting', () => {
		const change = hoverChange(graph, NO_HIGHLIGHT, neighbourhood(graph, 'belarus'));
		expect(change.nodes.sort()).toEqual(['belarus', 'prague-process']);
		expect(change.edges).toEqual(['e6']);
		const next = hoverChange(graph, neighbourhood(graph, 'belarus'), NO_HIGHLIGHT);
		expect(next.edges).toEqual(['e6']);
	});
});
