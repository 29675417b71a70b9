// The filters and the period the user chose: plain data behind runes, so that the URL codec and the
// pure filter functions can read them as they are.
import type { Period } from '../data/dates';
import { FACETS, type Facet, type Filter, type Filters } from '../graph/filters';

type FacetValues = Record<Facet, string[]>;
const empty = (): FacetValues => ({ region: [], area: [], type: [], status: [] });

export class FilterState {
	values = $state<FacetValues>(empty());
	showUncertain = $state(true);
	/** Null: all time. A period of one day is an "as of" date. */
	period = $state.raw<Period | null>(null);

	/** The filters as data, facets in their fixed order, empty facets left out. */
	filters: Filters = $derived({
		facets: FACETS.filter((f) => this.values[f].length > 0).map(
			(facet) => ({ facet, values: [...this.values[facet]] }) as Filter
		),
		showUncertain: this.showUncertain
	});

	active = $derived(this.filters.facets.length > 0 || !this.showUncertain || this.period !== null);

	has(facet: Facet, value: string): boolean {
		return this.values[facet].includes(value);
	}

	toggle(facet: Facet, value: string, on = !this.has(facet, value)) {
		const rest = this.values[facet].filter((v) => v !== value);
		this.values[facet] = on ? [...rest, value] : rest;
	}

	setFilters(filters: Filters) {
		const next = empty();
		for (const f of filters.facets) next[f.facet] = [...f.values];
		this.values = next;
		this.showUncertain = filters.showUncertain;
	}

	clear() {
		this.values = empty();
		this.showUncertain = true;
		this.period = null;
	}
}
