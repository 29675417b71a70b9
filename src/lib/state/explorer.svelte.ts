// The explorer's state, created once by the page and shared through context (no module singletons).
import { getContext, setContext } from 'svelte';
import { indexDataset, type DatasetLookup } from '../data/lookup';
import type { Dataset, DataNode } from '../data/types';
import { buildGraph, type NetworkGraph } from '../graph/build';
import { buildSearchIndex, type SearchEntry } from '../graph/search';
import { LocaleState } from './locale.svelte';
import { SelectionState } from './selection.svelte';

export class ExplorerState {
	readonly dataset: Dataset;
	readonly graph: NetworkGraph;
	readonly lookup: DatasetLookup;
	readonly searchIndex: SearchEntry[];
	readonly selection = new SelectionState();
	readonly locale: LocaleState;

	constructor(dataset: Dataset, storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
		this.dataset = dataset;
		this.graph = buildGraph(dataset);
		this.lookup = indexDataset(dataset);
		this.searchIndex = buildSearchIndex(dataset.nodes);
		this.locale = new LocaleState(storage);
	}

	/** The selected node's record, or null. */
	get selectedNode(): DataNode | null {
		const id = this.selection.selectedId;
		return id === null ? null : (this.lookup.node.get(id) ?? null);
	}

	/** A node's label in the interface language; Russian falls back to English, never to blank. */
	labelOf = (node: DataNode): string =>
		this.locale.locale === 'ru' && node.label.ru ? node.label.ru : node.label.en;
}

const KEY = Symbol('explorer');

export function setExplorer(state: ExplorerState): ExplorerState {
	return setContext(KEY, state);
}

export function getExplorer(): ExplorerState {
	return getContext<ExplorerState>(KEY);
}
