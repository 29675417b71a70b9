// Facets for the attributes an opened file brings beyond the contract (a GEXF's `modularity_class`,
// a GraphML's `group`...): any ticked value of an attribute lets a node pass (OR), every attribute
// in use must (AND), as for the contract's facets. Pure, over the dataset's records.
import type { Dataset } from '../data/types';

export interface AttributeFacet {
	/** The attribute's name in the file. */
	key: string;
	/** Its values, in a natural order (numbers as numbers). */
	values: string[];
}

/** Ticked values by attribute. */
export type AttributeFilters = Readonly<Record<string, readonly string[]>>;

/** A facet is offered for an attribute with 2 to this many distinct values (a category). */
export const MAX_FACET_VALUES = 30;

const collator = new Intl.Collator('en', { numeric: true });

export function attributeFacets(dataset: Dataset, max = MAX_FACET_VALUES): AttributeFacet[] {
	const values = new Map<string, Set<string>>();
	for (const n of dataset.nodes) {
		for (const [key, value] of Object.entries(n.attributes ?? {})) {
			let set = values.get(key);
			if (!set) values.set(key, (set = new Set()));
			if (set.size <= max) set.add(value);
		}
	}
	return [...values]
		.filter(([, set]) => set.size >= 2 && set.size <= max)
		.map(([key, set]) => ({ key, values: [...set].sort(collator.compare) }));
}

const active = (filters: AttributeFilters) =>
	Object.entries(filters).filter(([, values]) => values.length > 0);

/** The nodes of `within` that pass every attribute in use; `within` itself when none is. */
export function passAttributeFilters(
	dataset: Dataset,
	filters: AttributeFilters,
	within: ReadonlySet<string>
): Set<string> {
	const used = active(filters).map(([key, values]) => [key, new Set(values)] as const);
	if (used.length === 0) return within as Set<string>;
	const out = new Set<string>();
	for (const n of dataset.nodes) {
		if (!within.has(n.id)) continue;
		if (used.every(([key, values]) => values.has(n.attributes?.[key] ?? ''))) out.add(n.id);
	}
	return out;
}

/**
 * For each value, how many nodes would be shown were it the only one ticked in its attribute, the
 * other attributes (and `within`, the contract's filters) staying as they are.
 */
export function attributeCounts(
	dataset: Dataset,
	filters: AttributeFilters,
	facets: AttributeFacet[],
	within: ReadonlySet<string>
): Map<string, Map<string, number>> {
	const counts = new Map<string, Map<string, number>>();
	for (const { key, values } of facets) {
		const others = passAttributeFilters(dataset, { ...filters, [key]: [] }, within);
		const byValue = new Map(values.map((v) => [v, 0]));
		for (const n of dataset.nodes) {
			const v = n.attributes?.[key];
			if (v !== undefined && others.has(n.id) && byValue.has(v))
				byValue.set(v, byValue.get(v)! + 1);
		}
		counts.set(key, byValue);
	}
	return counts;
}
