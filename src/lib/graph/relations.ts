// A node's relations, grouped the way the detail panel reads them ("Member of", "Partners", ...).
import type { DatasetLookup } from '../data/lookup';
import type { DataEdge, DataNode, Relation } from '../data/types';

export interface RelationItem {
	edge: DataEdge;
	other: DataNode;
}

export interface RelationGroup {
	relation: Relation;
	/** `out` when the node is the edge's source ("Member of"), `in` when it is the target ("Members"). */
	direction: 'out' | 'in';
	items: RelationItem[];
}

export function relationGroups(
	lookup: DatasetLookup,
	id: string,
	labelOf: (n: DataNode) => string
): RelationGroup[] {
	const groups = new Map<string, RelationGroup>();
	for (const edge of lookup.edgesOf.get(id) ?? []) {
		const direction = edge.source === id ? 'out' : 'in';
		const other = lookup.node.get(direction === 'out' ? edge.target : edge.source);
		if (!other) continue;
		const key = `${direction}:${edge.relation}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { relation: edge.relation, direction, items: [] }));
		group.items.push({ edge, other });
	}
	const list = [...groups.values()];
	for (const g of list) {
		g.items.sort(
			(a, b) =>
				labelOf(a.other).localeCompare(labelOf(b.other)) || a.edge.from.localeCompare(b.edge.from)
		);
	}
	// Outgoing roles first (what this node does), then incoming (who relates to it); larger groups last.
	return list.sort(
		(a, b) =>
			(a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
			a.items.length - b.items.length ||
			a.relation.localeCompare(b.relation)
	);
}
