import { describe, expect, it } from 'vitest';
import { Network } from '../../src/lib/graph/network';
import { decodeViewState } from '../../src/lib/state/url';
import { ViewStore } from '../../src/lib/state/view.svelte';
import { loadDataset, SMALL } from './fixtures';

const network = new Network(loadDataset(SMALL));

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		data
	};
}

const store = (storage = memoryStorage()) =>
	new ViewStore(network, { storage, today: '2026-11-29' });

describe('ViewStore', () => {
	it('derives what is shown from the filters and the period', () => {
		const s = store();
		expect(s.visibleNodes.size).toBe(network.graph.order);
		s.toggleFacet('region', 'central_asia');
		expect(
			[...s.visibleNodes].filter((id) => network.graph.getNodeAttribute(id, 'kind') === 'state')
		).toEqual(['tajikistan']);
		expect(s.filtersActive).toBe(true);
		s.clearFilters();
		expect(s.visibleNodes.size).toBe(network.graph.order);
		s.setPeriod({ from: '2010-06-30', to: '2010-06-30' });
		expect(s.visibleNodes.has('belarus')).toBe(false);
	});

	it('the relation facet keeps the nodes with a shown edge of a ticked kind, goes into the link and clears', () => {
		const s = store();
		s.toggleRelation('leads');
		// In the fixture, Sweden leads PP4 (e7): only the two ends of that edge are shown.
		expect([...s.visibleNodes].sort()).toEqual(['pp4', 'sweden']);
		expect(s.filtersActive).toBe(true);
		expect(s.viewState.filters.relations).toEqual(['leads']);
		const again = store();
		again.apply(decodeViewState('relation=leads,linked_to').state);
		expect(again.hasRelation('leads')).toBe(true);
		// The fixture has no "linked to" edge: the facet does not offer it, the link does not tick it.
		expect(again.hasRelation('linked_to')).toBe(false);
		s.clearFilters();
		expect(s.visibleNodes.size).toBe(network.graph.order);
		expect(s.viewState.filters.relations).toBeUndefined();
	});

	it('asks how the selected node is connected to another: paths through what is shown, in the link', async () => {
		const s = store();
		s.selectNode('tajikistan');
		s.showPath('sweden');
		// The path code loads on the first question.
		expect(s.pathResult).toBeNull();
		await s.loadPaths();
		expect(s.path).toEqual(['tajikistan', 'sweden']);
		expect(s.viewState.path).toEqual(['tajikistan', 'sweden']);
		const found = s.pathResult;
		expect(found?.status).toBe('found');
		expect(s.pathHighlight?.nodes.has('tajikistan')).toBe(true);
		// Hiding the uncertain lead edge (e7) and more changes the answer: filters apply.
		s.toggleFacet('type', 'state');
		expect(s.pathResult?.status).toBe('not-connected');
		expect(s.pathHighlight).toBeNull();
		s.clearSelection();
		expect(s.path).toBeNull();
		// A link with a path and no node opens the first end's panel.
		const linked = store();
		linked.apply(decodeViewState('path=tajikistan,sweden').state);
		await linked.loadPaths();
		expect(linked.selectedNodeId).toBe('tajikistan');
		expect(linked.pathResult?.status).toBe('found');
		linked.selectEvent('mc-2009');
		expect(linked.path).toBeNull();
	});

	it('compares the view with another moment: what appeared and ended, in the link', () => {
		const s = store();
		s.setPeriod({ from: '2011-01-01', to: '2011-12-31' });
		s.setCompare('2009');
		// Belarus joined in December 2010: new since 2009.
		expect(s.comparison?.appeared.nodes.has('belarus')).toBe(true);
		expect(s.comparison?.nodeTypes).toContainEqual({ key: 'state', appeared: 1, ended: 0 });
		expect(s.viewState.compare).toBe('2009');
		const again = store();
		again.apply(decodeViewState('at=2011&compare=2009').state);
		expect(again.comparison?.appeared.nodes.has('belarus')).toBe(true);
		again.apply(decodeViewState('').state);
		expect(again.comparison).toBeNull();
	});

	it('the map layout goes into the link and comes back from it', () => {
		const s = store();
		s.setLayout('map');
		expect(s.viewState.layout).toBe('map');
		const again = store();
		again.apply(decodeViewState('layout=map&region=central_asia').state);
		expect(again.layout).toBe('map');
		again.apply(decodeViewState('').state);
		expect(again.layout).toBe('network');
	});

	it('size and colour choices go into the link and come back from it', () => {
		const s = store();
		s.setSizeBy('betweenness');
		s.setColourBy('community');
		expect(s.viewState).toMatchObject({ size: 'betweenness', colour: 'community' });
		const again = store();
		again.apply(decodeViewState('size=projects&colour=type').state);
		expect([again.sizeBy, again.colourBy]).toEqual(['projects', 'type']);
		again.apply(decodeViewState('').state);
		expect([again.sizeBy, again.colourBy]).toEqual(['degree', 'region']);
	});

	it('the neighbourhood depth goes into the link and comes back from it', () => {
		const s = store();
		expect(s.depth).toBe(1);
		s.setDepth(2);
		expect(s.viewState.depth).toBe(2);
		const again = store();
		again.apply(decodeViewState('depth=2').state);
		expect(again.depth).toBe(2);
		again.apply(decodeViewState('').state);
		expect(again.depth).toBe(1);
		expect(again.viewState.depth).toBeUndefined();
	});

	it("an opened file's attribute facets narrow what is shown, count their values and clear with the rest", () => {
		const base = loadDataset(SMALL);
		const group = (i: number) => (i % 2 === 0 ? 'a' : 'b');
		const dataset = {
			...base,
			nodes: base.nodes.map((n, i) => ({ ...n, attributes: { group: group(i) } }))
		};
		const s = new ViewStore(new Network(dataset), { today: '2026-11-29' });
		expect(s.attributeFacets).toEqual([{ key: 'group', values: ['a', 'b'] }]);
		const inA = dataset.nodes.filter((_, i) => group(i) === 'a').map((n) => n.id);
		expect(s.attributeCounts.get('group')?.get('a')).toBe(inA.length);
		s.setAttributeFilters({ group: ['a'] });
		expect([...s.visibleNodes].sort()).toEqual([...inA].sort());
		expect(s.filtersActive).toBe(true);
		expect(s.viewState.filters.facets).toEqual([]);
		s.clearFilters();
		expect(s.attributeFilters).toEqual({});
		expect(s.visibleNodes.size).toBe(dataset.nodes.length);
		expect(s.filtersActive).toBe(false);
	});

	it('selecting a node clears the event and the other way round; framing asks the camera to move', () => {
		const s = store();
		s.selectEvent('mc-2009');
		s.selectNode('sweden', { frame: true });
		expect(s.selectedEventId).toBeNull();
		expect(s.cameraRequest).toMatchObject({ kind: 'frame', node: 'sweden' });
		const seq = s.cameraRequest!.seq;
		s.selectNode('tajikistan');
		expect(s.cameraRequest!.seq).toBe(seq);
		s.selectEvent('mc-2009');
		expect(s.selectedNodeId).toBeNull();
	});

	it('asks the camera to fit a scene’s nodes, after a link’s camera move of the same step', () => {
		const s = store();
		s.apply(decodeViewState('camera=0.2,0.3,0.5').state, { animate: false });
		s.apply(decodeViewState('node=sweden').state);
		const moved = s.cameraRequest!.seq;
		s.fitCamera(['sweden', 'prague-process'], { animate: false });
		expect(s.cameraRequest).toMatchObject({
			kind: 'fit',
			nodes: ['sweden', 'prague-process'],
			animate: false,
			seq: moved + 1
		});
	});

	it('carries the view as the URL does: English is the default language', () => {
		const s = store();
		expect(s.viewState.lang).toBeNull();
		s.setLocale('ru');
		expect(s.viewState.lang).toBe('ru');
		s.cameraMoved({ x: 0.2, y: 0.3, ratio: 0.5 });
		expect(s.viewState.camera).toEqual({ x: 0.2, y: 0.3, ratio: 0.5 });
	});

	it('a link opens in the remembered language unless it names one; Back without one means English', () => {
		const storage = memoryStorage({ 'ppne.locale': 'ru' });
		const s = store(storage);
		s.apply(decodeViewState('region=central_asia').state, { keepLocale: true });
		expect(s.locale).toBe('ru');
		s.apply(decodeViewState('region=central_asia').state);
		expect(s.locale).toBe('en');
		expect(storage.data.get('ppne.locale')).toBe('en');
	});

	it('applying a link drops what the dataset lacks and reports it', () => {
		const s = store();
		const dropped = s.apply(decodeViewState('area=nowhere&event=atlantis').state);
		expect(dropped.map((d) => `${d.param}=${d.value} ${d.reason}`).sort()).toEqual([
			'area=nowhere unknown-id',
			'event=atlantis unknown-id'
		]);
		// A node beside an event yields to it, and the notice says so.
		const yielded = s.apply(decodeViewState('node=sweden&event=mc-2009').state);
		expect(yielded).toEqual([
			{ param: 'node', value: 'sweden', reason: 'overridden', by: 'event' }
		]);
		expect(s.selectedEventId).toBe('mc-2009');
	});

	it('a camera in a link becomes a camera request; the same camera twice moves nothing', () => {
		const s = store();
		s.apply(decodeViewState('camera=0.3,0.6,0.4').state, { animate: false });
		expect(s.cameraRequest).toMatchObject({ kind: 'camera', animate: false });
		const seq = s.cameraRequest!.seq;
		s.apply(decodeViewState('camera=0.3,0.6,0.4').state);
		expect(s.cameraRequest!.seq).toBe(seq);
	});

	it('a storage that throws never breaks the language switch', () => {
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			}
		};
		const s = new ViewStore(network, { storage: broken, today: '2026-11-29' });
		s.toggleLocale();
		expect(s.locale).toBe('ru');
	});
});
