// Scene transitions: what the camera frames when a scene comes up, and how nodes and edges fade in
// and out instead of jumping.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build';
import {
	easeInOut,
	fadeChanges,
	fadeEdge,
	fadeNode,
	fadeVisible,
	fadingItems,
	transitionMs,
	type Fade,
	type Shown
} from '../../src/lib/graph/fade';
import type { EdgeDisplay, NodeDisplay } from '../../src/lib/graph/reducers';
import { framedRatio, MIN_FRAMED_RATIO, sceneFocusNodes } from '../../src/lib/graph/scene-focus';
import { loadDataset, SMALL } from './fixtures';

const graph = buildGraph(loadDataset(SMALL));
const all = new Set(graph.nodes());
const without = (...ids: string[]) => new Set([...all].filter((id) => !ids.includes(id)));

describe('what a scene frames', () => {
	it('a selected node with its shown neighbours', () => {
		const focus = sceneFocusNodes(graph, all, { node: 'belarus', eventNodes: null });
		expect(focus.sort()).toEqual(['belarus', 'prague-process']);
		// A hidden neighbour is not framed.
		const shown = without('region-central-asia');
		expect(sceneFocusNodes(graph, shown, { node: 'tajikistan', eventNodes: null }).sort()).toEqual([
			'pp4',
			'prague-process',
			'tajikistan'
		]);
	});

	it('the shown nodes an event involves', () => {
		const focus = sceneFocusNodes(graph, all, { node: null, eventNodes: ['pp4', 'sweden'] });
		expect(focus.sort()).toEqual(['pp4', 'sweden']);
	});

	it('an event of one shown node is framed with its neighbours, not dived onto', () => {
		const focus = sceneFocusNodes(graph, all, { node: null, eventNodes: ['belarus', 'atlantis'] });
		expect(focus.sort()).toEqual(['belarus', 'prague-process']);
	});

	it('without a selection, or with a hidden one, everything shown', () => {
		const shown = without('sweden', 'pp4');
		expect(sceneFocusNodes(graph, shown, { node: null, eventNodes: null }).sort()).toEqual(
			[...shown].sort()
		);
		expect(sceneFocusNodes(graph, shown, { node: 'sweden', eventNodes: null })).toHaveLength(
			shown.size
		);
		expect(sceneFocusNodes(graph, new Set(), { node: null, eventNodes: null })).toEqual([]);
	});

	it('leaves a margin, and never frames closer than a set ratio', () => {
		expect(framedRatio(0.5)).toBeGreaterThan(0.5);
		expect(framedRatio(0.01)).toBe(MIN_FRAMED_RATIO);
	});
});

describe('fading between scenes', () => {
	const before: Shown = { visible: without('belarus'), hiddenEdges: new Set() };
	const after: Shown = { visible: without('sweden'), hiddenEdges: new Set(['e8']) };
	const fade = (progress: number): Fade => ({ before, after, progress, background: '#ffffff' });
	const node = (id: string, progress: number) =>
		fadeNode(fade(progress), id, { color: '#000000', label: id } as NodeDisplay);
	const edge = (id: string, progress: number) =>
		fadeEdge(fade(progress), graph, id, { color: '#000000' } as EdgeDisplay);

	it('draws what was shown and what will be, for the length of the fade', () => {
		expect(fadeVisible(fade(0.5))).toEqual(all);
	});

	it('an appearing node rises from the background; a leaving one sinks into it', () => {
		expect(node('belarus', 0).color).toBe('#ffffff');
		expect(node('belarus', 1).color).toBe('#000000');
		expect(node('sweden', 0).color).toBe('#000000');
		expect(node('sweden', 1).color).toBe('#ffffff');
		const half = node('belarus', 0.5).color;
		expect(half).not.toBe('#ffffff');
		expect(half).not.toBe('#000000');
		// Its label comes with its last frame rather than popping in at full strength.
		expect(node('belarus', 0.5).label).toBe('');
	});

	it('a node that stays is left as the reducers drew it', () => {
		expect(node('tajikistan', 0.5)).toEqual({ color: '#000000', label: 'tajikistan' });
		expect(fadeNode(null, 'belarus', { color: '#000000' } as NodeDisplay).color).toBe('#000000');
	});

	it('edges fade with their ends and with the period; edges shown neither before nor after stay hidden', () => {
		// e6 belarus → prague-process appears, e4 sweden → prague-process goes, e8 is hidden after.
		expect(edge('e6', 0).color).toBe('#ffffff');
		expect(edge('e4', 1).color).toBe('#ffffff');
		expect(edge('e8', 1).color).toBe('#ffffff');
		expect(edge('e3', 0.5).color).toBe('#000000');
		const neither: Fade = { ...fade(0.5), before: after };
		expect(fadeEdge(neither, graph, 'e4', { color: '#000000' } as EdgeDisplay).hidden).toBe(true);
	});

	it('knows when nothing changes, so that no fade is run', () => {
		expect(fadeChanges(graph, before, before)).toBe(false);
		expect(fadeChanges(graph, before, after)).toBe(true);
		expect(fadeChanges(graph, before, { ...before, hiddenEdges: new Set(['e3']) })).toBe(true);
	});

	it('eases in and out over ~600 ms, and not at all for reduced motion', () => {
		expect(easeInOut(0)).toBe(0);
		expect(easeInOut(1)).toBe(1);
		expect(easeInOut(0.1)).toBeLessThan(0.1);
		expect(easeInOut(0.9)).toBeGreaterThan(0.9);
		expect(transitionMs(false)).toBe(600);
		expect(transitionMs(true)).toBe(0);
	});
});

describe('what each frame of a fade redraws', () => {
	it('the nodes that come and go, their edges, and the edges the period shows or hides', () => {
		const before: Shown = { visible: without('belarus'), hiddenEdges: new Set(['e2']) };
		const after: Shown = { visible: without('sweden'), hiddenEdges: new Set(['e8']) };
		const { nodes, edges } = fadingItems(graph, { before, after, progress: 0, background: '#fff' });
		expect(nodes.sort()).toEqual(['belarus', 'sweden']);
		expect(edges.sort()).toEqual(['e2', 'e4', 'e6', 'e7', 'e8']);
	});
});
