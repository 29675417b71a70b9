// The explorer's state, created once by the page and shared through context (no module singletons).
import { getContext, setContext } from 'svelte';
import { validIn } from '../data/dates';
import { indexDataset, type DatasetLookup } from '../data/lookup';
import {
	NODE_TYPES,
	REGIONS,
	STATUSES,
	type DataEvent,
	type DataNode,
	type Dataset
} from '../data/types';
import { buildGraph, type NetworkGraph } from '../graph/build';
import { hiddenEdgeIds, visibleNodeIds, type FacetValues } from '../graph/filters';
import {
	attributeFacets,
	passAttributeFilters,
	type AttributeFacet,
	type AttributeFilters
} from '../graph/attribute-filters';
import { buildSearchIndex, type SearchEntry } from '../graph/search';
import { FilterState } from './filters.svelte';
import { LocaleState } from './locale.svelte';
import { SelectionState } from './selection.svelte';
import { reconcileViewState, type ViewState } from './url';

type Storage_ = Pick<Storage, 'getItem' | 'setItem'>;

export class ExplorerState {
	readonly dataset: Dataset;
	/** The dataset file's path when it is not the bundled one. */
	readonly dataFile: string | null;
	readonly graph: NetworkGraph;
	readonly lookup: DatasetLookup;
	readonly today: string;
	readonly events: Map<string, DataEvent>;
	/** The values each facet offers: those present in the data. */
	readonly facetValues: FacetValues;
	readonly selection = new SelectionState();
	/**
	 * False until the network's first frame is drawn (or cannot be): what the first frame does not
	 * need (the lists, the timeline, the facet counts) waits for it.
	 */
	started = $state(false);
	readonly view = new FilterState();
	readonly locale: LocaleState;
	/** An opened file's own attributes offered as facets, and their ticked values (issue 11). */
	readonly attributeFacets: AttributeFacet[];
	attributeFilters = $state.raw<AttributeFilters>({});

	constructor(
		dataset: Dataset,
		options: { storage: Storage_ | null; today: string; dataFile?: string | null }
	) {
		this.dataset = dataset;
		this.dataFile = options.dataFile ?? null;
		this.today = options.today;
		this.graph = buildGraph(dataset);
		this.lookup = indexDataset(dataset);
		// Built once and never changed: no reactivity needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.events = new Map(dataset.events.map((e) => [e.id, e]));
		this.locale = new LocaleState(options.storage);
		this.facetValues = facetValuesOf(dataset);
		this.attributeFacets = attributeFacets(dataset);
		this.visibleNodes = $derived(
			passAttributeFilters(
				dataset,
				this.attributeFilters,
				visibleNodeIds(this.graph, this.view.filters, this.view.period)
			)
		);
		const byDate = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date));
		this.eventsInPeriod = $derived(
			byDate.filter((e) => validIn(e.date, e.endDate || e.date, this.view.period))
		);
		this.hiddenEdges = $derived(
			hiddenEdgeIds(this.graph, this.visibleNodes, this.view.filters, this.view.period)
		);
	}

	/** What the filters and the period let through; the renderers read these sets. */
	readonly visibleNodes: Set<string>;
	/** Edges hidden between shown nodes (the edges of hidden nodes are hidden with them). */
	readonly hiddenEdges: Set<string>;
	/** The events of the period, by date: the timeline's text alternative and its count. */
	readonly eventsInPeriod: DataEvent[];

	#searchIndex: SearchEntry[] | null = null;
	/** Built on the first search, not at start: the first frame does not need it. */
	get searchIndex(): SearchEntry[] {
		return (this.#searchIndex ??= buildSearchIndex(this.dataset.nodes));
	}

	/** The selected node's record, or null. */
	get selectedNode(): DataNode | null {
		const id = this.selection.selectedId;
		return id === null ? null : (this.lookup.node.get(id) ?? null);
	}

	get selectedEvent(): DataEvent | null {
		const id = this.selection.selectedEventId;
		return id === null ? null : (this.events.get(id) ?? null);
	}

	/** A node's label in the interface language; Russian falls back to English, never to blank. */
	labelOf = (node: DataNode): string =>
		this.locale.locale === 'ru' && node.label.ru ? node.label.ru : node.label.en;

	labelOfEvent = (event: DataEvent): string =>
		this.locale.locale === 'ru' && event.label.ru ? event.label.ru : event.label.en;

	/** The view as the URL carries it. */
	get viewState(): ViewState {
		return {
			filters: this.view.filters,
			period: this.view.period,
			node: this.selection.selectedId,
			event: this.selection.selectedEventId,
			data: this.dataFile,
			lang: this.locale.locale === 'en' ? null : this.locale.locale,
			camera: null
		};
	}

	/** Applies a decoded view state; returns the parameters that name things this dataset lacks. */
	applyViewState(decoded: ViewState): string[] {
		const { state, ignored } = reconcileViewState(decoded, {
			node: (id) => this.lookup.node.has(id),
			event: (id) => this.events.has(id),
			area: (id) => this.lookup.node.get(id)?.type === 'thematic_area'
		});
		this.view.setFilters(state.filters);
		this.view.period = state.period;
		if (state.event) this.selection.selectEvent(state.event);
		else this.selection.select(state.node);
		if (state.lang) this.locale.set(state.lang);
		return ignored;
	}
}

function facetValuesOf(dataset: Dataset) {
	const present = <T extends string>(all: readonly T[], values: Iterable<string | null>) => {
		const set = new Set(values);
		return all.filter((v) => set.has(v));
	};
	// The areas a user ticks are the current ones: those no newer area succeeds.
	const succeeded = new Set(
		dataset.edges.filter((e) => e.relation === 'succeeds').map((e) => e.target)
	);
	const areas = dataset.nodes
		.filter((n) => n.type === 'thematic_area' && !succeeded.has(n.id))
		.map((n) => n.id);
	return {
		region: present(
			REGIONS,
			dataset.nodes.filter((n) => n.type === 'state').map((n) => n.region)
		),
		area: areas,
		type: present(
			NODE_TYPES,
			dataset.nodes.map((n) => n.type)
		),
		status: present(
			STATUSES,
			dataset.nodes.map((n) => n.status ?? (n.until ? 'ended' : 'active'))
		)
	};
}

const KEY = Symbol('explorer');

export function setExplorer(state: ExplorerState): ExplorerState {
	return setContext(KEY, state);
}

export function getExplorer(): ExplorerState {
	return getContext<ExplorerState>(KEY);
}
