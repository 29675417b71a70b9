// One opened dataset with everything derived from it once: the graph sigma draws, the lookups the
// panels read, the values each facet offers. Never changed after it is built (a new dataset makes a
// new network), so it holds no reactive state.
import { indexDataset, type DatasetLookup } from '../data/lookup';
import { statusOf } from '../data/status';
import { NODE_TYPES, REGIONS, STATUSES, type DataEvent, type Dataset } from '../data/types';
import { canvasLabel } from './appearance';
import { buildGraph, type NetworkGraph } from './build';
import type { FacetValues } from './filters';
import type { CanvasLabels } from './reducers';
import { buildSearchIndex, type SearchEntry } from './search';

export class Network {
	readonly graph: NetworkGraph;
	readonly events: ReadonlyMap<string, DataEvent>;
	/** Every event, by date. */
	readonly eventsByDate: readonly DataEvent[];
	/** The values each facet offers: those present in the data. */
	readonly facetValues: FacetValues;
	/** Canvas labels per interface language, where they differ from the graph's (English) ones. */
	readonly canvasLabels: CanvasLabels;

	constructor(
		readonly dataset: Dataset,
		/** The dataset file's path when it is not the bundled one. */
		readonly dataFile: string | null = null
	) {
		this.graph = buildGraph(dataset);
		this.events = new Map(dataset.events.map((e) => [e.id, e]));
		this.eventsByDate = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date));
		this.facetValues = facetValuesOf(dataset);
		this.canvasLabels = { en: null, ru: russianCanvasLabels(dataset) };
	}

	#lookup: DatasetLookup | null = null;
	/** The panels' indexes, built when a panel first needs them, after the first frame. */
	get lookup(): DatasetLookup {
		return (this.#lookup ??= indexDataset(this.dataset));
	}

	#searchIndex: SearchEntry[] | null = null;
	/** Built on the first search, not at start: the first frame does not need it. */
	get searchIndex(): SearchEntry[] {
		return (this.#searchIndex ??= buildSearchIndex(this.dataset.nodes));
	}
}

function russianCanvasLabels(dataset: Dataset): Map<string, string> {
	const labels = new Map<string, string>();
	for (const n of dataset.nodes) {
		if (n.label.ru) labels.set(n.id, canvasLabel(n.label.ru, n.acronym));
	}
	return labels;
}

function facetValuesOf(dataset: Dataset): FacetValues {
	const present = <T extends string>(all: readonly T[], values: Iterable<string | null>) => {
		const set = new Set(values);
		return all.filter((v) => set.has(v));
	};
	// The areas a user ticks are the current ones: those no newer area succeeds.
	const succeeded = new Set(
		dataset.edges.filter((e) => e.relation === 'succeeds').map((e) => e.target)
	);
	return {
		region: present(
			REGIONS,
			dataset.nodes.filter((n) => n.type === 'state').map((n) => n.region)
		),
		area: dataset.nodes
			.filter((n) => n.type === 'thematic_area' && !succeeded.has(n.id))
			.map((n) => n.id),
		type: present(
			NODE_TYPES,
			dataset.nodes.map((n) => n.type)
		),
		status: present(STATUSES, dataset.nodes.map(statusOf))
	};
}
