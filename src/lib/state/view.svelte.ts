// The one view-state store (DESIGN.md §3): filters, period, selection, camera, language and the
// dataset file, with what follows from them for the renderers. Components read its fields and call
// its methods; only the store writes its fields. The URL/history sync lives beside it (history.svelte.ts).
import { getContext, setContext } from 'svelte';
import { isPartialDate, periodEnd, periodStart, validIn, type Period } from '../data/dates';
import type { DataEdge, DataEvent, DataNode, PartialDate, Relation } from '../data/types';
import {
	attributeCounts,
	attributeFacets,
	passAttributeFilters,
	type AttributeFacet,
	type AttributeFilters
} from '../graph/attribute-filters';
import {
	FACETS,
	hiddenEdgeIds,
	relationValues,
	shownEdgeIds,
	visibleNodeIds,
	type Facet,
	type Filters
} from '../graph/filters';
import type { Highlight } from '../graph/highlight';
import { compareMoments, momentOf, type Comparison } from '../graph/compare';
import type { ColourBy, SizeMetric } from '../graph/encoding-choices';
import type { Depth } from '../graph/neighbourhood';
import type { ViewEncoding } from '../graph/view-encoding';
import type { Network } from '../graph/network';
import type { PathResult } from '../graph/paths';
import { labelIn } from '../i18n/label';
import {
	isLocale,
	translator,
	type LaterMessages,
	type Locale,
	type Translate
} from '../i18n/messages';
import { reconcileViewState, type Camera, type Dropped, type ViewState } from './url';

type Storage_ = Pick<Storage, 'getItem' | 'setItem'>;
type FacetValues = Record<Facet, string[]>;

const LOCALE_KEY = 'ppne.locale';
/** Hover is debounced so that sweeping the mouse across the canvas does not relight every node. */
const HOVER_DELAY_MS = 40;

const noFacets = (): FacetValues =>
	Object.fromEntries(FACETS.map((f) => [f, [] as string[]])) as FacetValues;

/**
 * A request to move the camera: `camera` to go to (null: fit what is shown), `frame` to fit a node and its neighbours, or
 * `fit` to frame a group of nodes (a scene in present mode).
 */
type CameraMove =
	| { kind: 'camera'; camera: Camera | null; animate: boolean }
	| { kind: 'frame'; node: string }
	| { kind: 'fit'; nodes: readonly string[]; animate: boolean };
/** Numbered, so that the network view carries out each request once. */
export type CameraRequest = CameraMove & { seq: number };

export class ViewStore {
	#facets = $state<FacetValues>(noFacets());
	#showUncertain = $state(true);
	/** The relation facet's ticked kinds (issue 12). */
	#relations = $state<Relation[]>([]);
	#period = $state.raw<Period | null>(null);
	#node = $state<string | null>(null);
	#event = $state<string | null>(null);
	/** "How are these two connected?" (issue 12): the two ends, listed in the node's panel. */
	#path = $state.raw<[string, string] | null>(null);
	/** How many hops around the selected node are lit (issue 12). */
	#depth = $state<Depth>(1);
	/** "Size by" and "Colour by" (issue 12), and what they make of the view once computed. */
	#sizeBy = $state<SizeMetric>('degree');
	#colourBy = $state<ColourBy>('region');
	#encoding = $state.raw<ViewEncoding | null>(null);
	/** "What changed" (issue 12): the moment compared with, as a partial date (`2009`). */
	#compare = $state<PartialDate | null>(null);
	/** Where the nodes stand: the network's own layout, or each state at its capital (issue 12). */
	#layout = $state<'network' | 'map'>('network');
	#camera = $state.raw<Camera | null>(null);
	#cameraRequest = $state.raw<CameraRequest | null>(null);
	#locale = $state<Locale>('en');
	#hovered = $state<string | null>(null);
	#firstFrameDrawn = $state(false);
	#attributeFilters = $state.raw<AttributeFilters>({});
	#hoverTimer: ReturnType<typeof setTimeout> | undefined;
	#storage: Storage_ | null;

	/** `today` (`YYYY-MM-DD`) closes the timeline's running bars and ends Play. */
	readonly today: string;

	constructor(
		readonly network: Network,
		options: { storage?: Storage_ | null; today: string }
	) {
		this.today = options.today;
		this.#storage = options.storage ?? null;
		const stored = safely(() => this.#storage?.getItem(LOCALE_KEY));
		if (isLocale(stored)) this.#locale = stored;
		const { graph, eventsByDate } = network;
		this.attributeFacets = attributeFacets(network.dataset);
		this.#passed = $derived(visibleNodeIds(graph, this.filters, this.#period));
		this.visibleNodes = $derived(
			passAttributeFilters(network.dataset, this.#attributeFilters, this.#passed)
		);
		this.attributeCounts = $derived(
			attributeCounts(network.dataset, this.#attributeFilters, this.attributeFacets, this.#passed)
		);
		this.hiddenEdges = $derived(
			hiddenEdgeIds(graph, this.visibleNodes, this.filters, this.#period)
		);
		this.pathResult = $derived(
			this.#path && this.#paths
				? this.#paths.shortestPaths(graph, this.#path[0], this.#path[1], this.#edgeRecords(), {
						nodes: this.visibleNodes,
						hiddenEdges: this.hiddenEdges
					})
				: null
		);
		this.comparison = $derived.by(() => {
			const date = this.#compare;
			if (date === null) return null;
			const then = momentOf(graph, this.filters, { from: periodStart(date), to: periodEnd(date) });
			const nodes = this.visibleNodes;
			const now = { nodes, edges: shownEdgeIds(graph, nodes, this.filters, this.#period) };
			return compareMoments(graph, then, now);
		});
		this.eventsInPeriod = $derived(
			eventsByDate.filter((e) => validIn(e.date, e.endDate || e.date, this.#period))
		);
	}

	// --- What the store holds ---

	/** The filters as data, facets in their fixed order, empty facets left out. */
	readonly filters: Filters = $derived({
		facets: FACETS.filter((f) => this.#facets[f].length > 0).map(
			(facet) => ({ facet, values: [...this.#facets[facet]] }) as Filters['facets'][number]
		),
		showUncertain: this.#showUncertain,
		// Left out when empty, so that a view without it equals one decoded from a link without it.
		...(this.#relations.length ? { relations: [...this.#relations] } : {})
	});
	get showUncertain(): boolean {
		return this.#showUncertain;
	}
	/** Null: all time. A period of one day is an "as of" date. */
	get period(): Period | null {
		return this.#period;
	}
	get selectedNodeId(): string | null {
		return this.#node;
	}
	get selectedEventId(): string | null {
		return this.#event;
	}
	get hoveredNodeId(): string | null {
		return this.#hovered;
	}
	/**
	 * The camera as the URL carries it; null while the camera follows the question (the network view
	 * fits what is shown whenever the filters change), until the user moves it.
	 */
	get camera(): Camera | null {
		return this.#camera;
	}
	/** The latest programmatic camera move for the network view to carry out. */
	get cameraRequest(): CameraRequest | null {
		return this.#cameraRequest;
	}
	get locale(): Locale {
		return this.#locale;
	}
	/** Messages loaded with present mode and the story editor (i18n/messages-present.ts). */
	#laterMessages = $state.raw<Record<Locale, LaterMessages> | null>(null);
	readonly t: Translate = $derived(translator(this.#locale, this.#laterMessages?.[this.#locale]));

	/** Adds messages loaded with a part of the page that needs them (present mode, the editor). */
	addMessages(messages: Record<Locale, LaterMessages>) {
		// Each part adds its catalogue once: `t` changes only when something new comes.
		if (this.#added.has(messages)) return;
		this.#added.add(messages);
		const was = this.#laterMessages;
		this.#laterMessages = {
			en: { ...was?.en, ...messages.en },
			ru: { ...was?.ru, ...messages.ru }
		};
	}
	#added = new WeakSet<Record<Locale, LaterMessages>>();

	/**
	 * False until the network's first frame is drawn (or cannot be): what the first frame does not
	 * need (lists, timeline, facet counts) waits for it.
	 */
	get firstFrameDrawn(): boolean {
		return this.#firstFrameDrawn;
	}

	/**
	 * An opened file's own attributes offered as facets (none for the Prague Process data), and their
	 * ticked values. They stay out of the URL: a link cannot carry the opened file, so it opens the
	 * bundled network, where these attributes do not exist.
	 */
	readonly attributeFacets: AttributeFacet[];

	/** The relation kinds the network has: the relation facet's values. */
	get relationValues(): Relation[] {
		return (this.#relationValues ??= relationValues(this.network.graph));
	}
	#relationValues: Relation[] | null = null;
	get attributeFilters(): AttributeFilters {
		return this.#attributeFilters;
	}

	readonly filtersActive: boolean = $derived(
		this.filters.facets.length > 0 ||
			this.#relations.length > 0 ||
			!this.#showUncertain ||
			this.#period !== null ||
			Object.values(this.#attributeFilters).some((values) => values.length > 0)
	);

	// --- What follows from it ---

	/** What the filters and the period let through; the renderers read these sets. */
	/** The nodes the facets and the period let through, before an opened file's own attributes. */
	#passed: Set<string>;
	readonly visibleNodes: Set<string>;
	/** For each attribute facet's value, the nodes shown were it the only one ticked in its facet. */
	readonly attributeCounts: Map<string, Map<string, number>>;
	/** Edges hidden between shown nodes (the edges of hidden nodes are hidden with them). */
	readonly hiddenEdges: Set<string>;
	/** The events of the period, by date: the timeline's text alternative and its count. */
	readonly eventsInPeriod: DataEvent[];

	get sizeBy(): SizeMetric {
		return this.#sizeBy;
	}
	get colourBy(): ColourBy {
		return this.#colourBy;
	}
	/**
	 * The sizes and colours of the current choices over what is shown; null for the defaults. Computed
	 * by the explorer's encoding controls, which load graphology-metrics and Louvain after the first
	 * frame and only when asked, and given back here for the canvas, the legend and the table.
	 */
	get encoding(): ViewEncoding | null {
		return this.#encoding;
	}

	get layout(): 'network' | 'map' {
		return this.#layout;
	}

	setLayout(layout: 'network' | 'map') {
		this.#layout = layout;
	}

	/** The moment the view is compared with, or null. */
	get compare(): PartialDate | null {
		return this.#compare;
	}
	/** What appeared and ended since that moment (the same filters), or null. */
	readonly comparison: Comparison | null;

	setCompare(date: PartialDate | null) {
		this.#compare = date;
	}

	get depth(): Depth {
		return this.#depth;
	}

	/** The two ends asked about, or null. */
	get path(): [string, string] | null {
		return this.#path;
	}
	/** Every shortest path between them through what is shown (filters and period apply). */
	readonly pathResult: PathResult | null;
	/** What the paths light on the canvas while the rest is dimmed; null when none is listed. */
	get pathHighlight(): Highlight | null {
		const result = this.pathResult;
		if (result?.status !== 'found') return null;
		return this.#paths && { focus: null, ...this.#paths.pathHighlight(result) };
	}
	/** The path rules (with graphology-shortest-path), loaded when a path is first asked for. */
	#paths = $state.raw<typeof import('../graph/paths') | null>(null);
	#pathsLoading: Promise<void> | null = null;
	/** Resolves once the path code has loaded; `pathResult` follows by itself. */
	loadPaths(): Promise<void> {
		this.#pathsLoading ??= import('../graph/paths').then((m) => void (this.#paths = m));
		return this.#pathsLoading;
	}
	#setPath(path: [string, string] | null) {
		this.#path = path;
		if (path) void this.loadPaths();
	}
	#edges: ReadonlyMap<string, DataEdge> | null = null;
	/** The dataset's edge records by id (for the paths' dates and sources), built once, never changed. */
	#edgeRecords(): ReadonlyMap<string, DataEdge> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup of fixed data, not state
		return (this.#edges ??= new Map(this.network.dataset.edges.map((e) => [e.id, e])));
	}

	get selectedNode(): DataNode | null {
		return this.#node === null ? null : (this.network.lookup.node.get(this.#node) ?? null);
	}
	get selectedEvent(): DataEvent | null {
		return this.#event === null ? null : (this.network.events.get(this.#event) ?? null);
	}

	/** A record's label in the interface language (Russian falls back to English). */
	labelOf = (record: DataNode | DataEvent): string => labelIn(record.label, this.#locale);

	/** The view as the URL carries it. */
	get viewState(): ViewState {
		return {
			filters: this.filters,
			period: this.#period,
			node: this.#node,
			event: this.#event,
			...(this.#path ? { path: this.#path } : {}),
			...(this.#depth === 2 ? { depth: 2 as const } : {}),
			...(this.#compare !== null ? { compare: this.#compare } : {}),
			...(this.#layout === 'map' ? { layout: 'map' as const } : {}),
			...(this.#sizeBy !== 'degree' ? { size: this.#sizeBy } : {}),
			...(this.#colourBy !== 'region' ? { colour: this.#colourBy } : {}),
			data: this.network.dataFile,
			// English is the default language: a link without `lang` opens in English.
			lang: this.#locale === 'en' ? null : this.#locale,
			camera: this.#camera
		};
	}

	// --- Changes ---

	hasFacetValue(facet: Facet, value: string): boolean {
		return this.#facets[facet].includes(value);
	}

	toggleFacet(facet: Facet, value: string, on = !this.hasFacetValue(facet, value)) {
		const rest = this.#facets[facet].filter((v) => v !== value);
		this.#facets[facet] = on ? [...rest, value] : rest;
	}

	hasRelation(relation: Relation): boolean {
		return this.#relations.includes(relation);
	}

	toggleRelation(relation: Relation, on = !this.hasRelation(relation)) {
		const rest = this.#relations.filter((r) => r !== relation);
		this.#relations = on ? [...rest, relation] : rest;
	}

	setShowUncertain(on: boolean) {
		this.#showUncertain = on;
	}

	setAttributeFilters(filters: AttributeFilters) {
		this.#attributeFilters = filters;
	}

	/** Clears the filters (the file's attribute facets too) and the period. */
	clearFilters() {
		this.#facets = noFacets();
		this.#relations = [];
		this.#attributeFilters = {};
		this.#showUncertain = true;
		this.#period = null;
	}

	setPeriod(period: Period | null) {
		this.#period = period;
	}

	/** Selects a node (null: nothing); `frame` moves the camera to it and its neighbours. */
	selectNode(id: string | null, options: { frame?: boolean } = {}) {
		this.#node = id;
		if (id !== null) this.#event = null;
		if (id !== null && options.frame) this.#requestCamera({ kind: 'frame', node: id });
	}

	/** Selects a timeline event; selecting one clears the node selection and the other way round. */
	selectEvent(id: string | null) {
		this.#event = id;
		if (id !== null) {
			this.#node = null;
			this.#setPath(null);
		}
	}

	setSizeBy(metric: SizeMetric) {
		this.#sizeBy = metric;
	}

	setColourBy(colour: ColourBy) {
		this.#colourBy = colour;
	}

	/** What the encoding controls computed for the current choices (null: the defaults). */
	setEncoding(encoding: ViewEncoding | null) {
		this.#encoding = encoding;
	}

	setDepth(depth: Depth) {
		this.#depth = depth;
	}

	/** Asks how the selected node is connected to `to` (null: stop asking). */
	showPath(to: string | null) {
		const from = this.#node;
		this.#setPath(from !== null && to !== null && to !== from ? [from, to] : null);
	}

	clearSelection() {
		this.#node = null;
		this.#event = null;
		this.#setPath(null);
	}

	hover(id: string | null) {
		clearTimeout(this.#hoverTimer);
		this.#hoverTimer = setTimeout(() => (this.#hovered = id), HOVER_DELAY_MS);
	}

	/** The camera after the user moved it (or a node was framed): it stops following the filters. */
	cameraMoved(camera: Camera) {
		if (!sameCamera(camera, this.#camera)) this.#camera = camera;
	}

	/**
	 * Moves the camera to `camera`, animated unless told otherwise; null fits what is shown, and the
	 * camera follows the filters again ("⤢").
	 */
	moveCamera(camera: Camera | null, options: { animate?: boolean } = {}) {
		this.#camera = camera;
		this.#requestCamera({ kind: 'camera', camera, animate: options.animate ?? true });
	}

	/** Frames `nodes` (none: the whole network), animated unless told otherwise. */
	fitCamera(nodes: readonly string[], options: { animate?: boolean } = {}) {
		this.#requestCamera({ kind: 'fit', nodes, animate: options.animate ?? true });
	}

	setLocale(locale: Locale) {
		this.#locale = locale;
		safely(() => this.#storage?.setItem(LOCALE_KEY, locale));
	}

	toggleLocale() {
		this.setLocale(this.#locale === 'en' ? 'ru' : 'en');
	}

	firstFrameDone() {
		this.#firstFrameDrawn = true;
	}

	/**
	 * Applies a decoded view state (a link, a history step); returns what of it names things this
	 * dataset lacks or yields to another parameter, with why. A state without a language keeps the remembered one at start
	 * (`keepLocale`), and means the default language otherwise, so that Back undoes a switch.
	 */
	apply(decoded: ViewState, options: { animate?: boolean; keepLocale?: boolean } = {}): Dropped[] {
		const { graph, events } = this.network;
		const { state, dropped } = reconcileViewState(decoded, {
			node: (id) => graph.hasNode(id),
			event: (id) => events.has(id),
			area: (id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'thematic_area',
			relation: (r) => this.relationValues.includes(r)
		});
		const facets = noFacets();
		for (const f of state.filters.facets) facets[f.facet] = [...f.values];
		this.#facets = facets;
		this.#relations = [...(state.filters.relations ?? [])];
		this.#showUncertain = state.filters.showUncertain;
		this.#period = state.period;
		this.#setPath(state.path ?? null);
		this.#depth = state.depth ?? 1;
		this.#layout = state.layout ?? 'network';
		this.#compare = state.compare && isPartialDate(state.compare) ? state.compare : null;
		this.#sizeBy = state.size ?? 'degree';
		this.#colourBy = state.colour ?? 'region';
		// A link with a path and no selection opens the first end's panel, where the paths are listed.
		this.#node = state.event ? null : (state.node ?? state.path?.[0] ?? null);
		this.#event = state.event;
		if (state.lang) this.setLocale(state.lang);
		else if (!options.keepLocale) this.setLocale('en');
		if (!sameCamera(state.camera, this.#camera)) {
			this.moveCamera(state.camera, { animate: options.animate ?? true });
		}
		return dropped;
	}

	#seq = 0;
	#requestCamera(move: CameraMove) {
		this.#cameraRequest = { ...move, seq: ++this.#seq };
	}
}

function sameCamera(a: Camera | null, b: Camera | null): boolean {
	if (a === null || b === null) return a === b;
	return a.x === b.x && a.y === b.y && a.ratio === b.ratio;
}

/** Storage can throw (private mode, quota, blocked cookies): a preference is never worth a crash. */
function safely<T>(f: () => T): T | null {
	try {
		return f();
	} catch {
		return null;
	}
}

const KEY = Symbol('view-store');

export function setViewStore(store: ViewStore): ViewStore {
	return setContext(KEY, store);
}

export function getViewStore(): ViewStore {
	return getContext<ViewStore>(KEY);
}
