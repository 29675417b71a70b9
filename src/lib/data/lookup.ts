// Indexes over a dataset, for the panels: who is who, what cites what, what touches a node.
import type { DataEdge, DataEvent, DataNode, Dataset, Source } from './types';

export interface DatasetLookup {
	node: Map<string, DataNode>;
	source: Map<string, Source>;
	/** Every edge that starts or ends at a node. */
	edgesOf: Map<string, DataEdge[]>;
	/** The events involving a node, by date. */
	eventsOf: Map<string, DataEvent[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function indexDataset(dataset: Dataset): DatasetLookup {
	const edgesOf = new Map<string, DataEdge[]>();
	for (const e of dataset.edges) {
		push(edgesOf, e.source, e);
		if (e.target !== e.source) push(edgesOf, e.target, e);
	}
	const eventsOf = new Map<string, DataEvent[]>();
	const byDate = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date));
	for (const ev of byDate) for (const id of new Set(ev.nodes)) push(eventsOf, id, ev);
	return {
		node: new Map(dataset.nodes.map((n) => [n.id, n])),
		source: new Map(dataset.sources.map((s) => [s.key, s])),
		edgesOf,
		eventsOf
	};
}
