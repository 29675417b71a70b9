// What an export holds: the records the view shows, as a dataset of their own that passes the
// validator (events keep only the shown nodes they involve; every source stays).
import { validIn, type Period } from '../data/dates';
import type { Dataset } from '../data/types';

export interface ShownSets {
	/** The shown nodes. */
	nodes: ReadonlySet<string>;
	/** Edges hidden although both their ends are shown (period, uncertain switch). */
	hiddenEdges: ReadonlySet<string>;
	period: Period | null;
}

export function shownDataset(dataset: Dataset, shown: ShownSets): Dataset {
	const nodes = dataset.nodes.filter((n) => shown.nodes.has(n.id));
	const edges = dataset.edges.filter(
		(e) =>
			shown.nodes.has(e.source) &&
			shown.nodes.has(e.target) &&
			e.source !== e.target &&
			!shown.hiddenEdges.has(e.id)
	);
	// An event stays when it is in the period and involves a shown node (or no node at all).
	const events = dataset.events
		.filter((e) => validIn(e.date, e.endDate || e.date, shown.period))
		.filter((e) => e.nodes.length === 0 || e.nodes.some((id) => shown.nodes.has(id)))
		.map((e) => ({ ...e, nodes: e.nodes.filter((id) => shown.nodes.has(id)) }));
	return { nodes, edges, events, sources: dataset.sources };
}
