import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, REGIONS, STATUSES } from '../../src/lib/data/types';
import type { Filter } from '../../src/lib/graph/filters';
import {
	DEFAULT_VIEW,
	decodeViewState,
	encodeViewState,
	isSameOriginPath,
	MAX_DAY,
	MIN_DAY,
	reconcileViewState,
	type ViewState
} from '../../src/lib/state/url';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);
const day = fc
	.date({
		min: new Date('1990-01-01T00:00:00Z'),
		max: new Date('2040-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));
const subset = <T>(values: readonly T[]) =>
	fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 });

const period = fc.oneof(
	fc.constant(null),
	day.map((d) => ({ from: d, to: d })),
	fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
	day.map((d) => ({ from: d, to: MAX_DAY })),
	day.map((d) => ({ from: MIN_DAY, to: d }))
);

/** Valid view states in canonical form: facets in their fixed order, each with values. */
const viewState: fc.Arbitrary<ViewState> = fc.record({
	filters: fc.record({
		facets: fc
			.tuple(
				fc.option(subset(REGIONS)),
				fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 4 })),
				fc.option(subset(NODE_TYPES)),
				fc.option(subset(STATUSES))
			)
			.map(([region, area, type, status]) => {
				const facets: Filter[] = [];
				if (region) facets.push({ facet: 'region', values: region });
				if (area) facets.push({ facet: 'area', values: area });
				if (type) facets.push({ facet: 'type', values: type });
				if (status) facets.push({ facet: 'status', values: status });
				return facets;
			}),
		showUncertain: fc.boolean()
	}),
	period,
	node: fc.option(id),
	event: fc.option(id),
	data: fc.option(fc.stringMatching(/^\/[a-z0-9_-]{1,12}(\/[a-z0-9_.-]{1,12}){0,2}\.json$/)),
	lang: fc.option(fc.constantFrom('en' as const, 'ru' as const)),
	camera: fc.option(
		fc.record({
			x: fc.integer({ min: -1e5, max: 1e5 }).map((n) => n / 100),
			y: fc.integer({ min: -1e5, max: 1e5 }).map((n) => n / 100),
			ratio: fc.integer({ min: 1, max: 1e5 }).map((n) => n / 1000)
		})
	)
});

describe('the URL codec', () => {
	it('round-trips every valid view state', () => {
		fc.assert(
			fc.property(viewState, (state) => {
				const decoded = decodeViewState(encodeViewState(state));
				expect(decoded.ignored).toEqual([]);
				expect(decoded.state).toEqual(state);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on arbitrary input, and always gives a valid state', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'grapheme' })),
				(query) => {
					const { state } = decodeViewState(query);
					// Whatever came in, what comes out encodes and decodes cleanly.
					expect(decodeViewState(encodeViewState(state)).state).toEqual(state);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('encodes the default view as an empty query', () => {
		expect(encodeViewState(DEFAULT_VIEW)).toBe('');
	});

	it('reads a hand-written link', () => {
		const { state, ignored } = decodeViewState(
			'region=central_asia,western_balkans&from=2012&to=2016&node=poland'
		);
		expect(ignored).toEqual([]);
		expect(state.filters.facets).toEqual([
			{ facet: 'region', values: ['central_asia', 'western_balkans'] }
		]);
		expect(state.period).toEqual({ from: '2012-01-01', to: '2016-12-31' });
		expect(state.node).toBe('poland');
	});

	it('drops and names what it does not understand', () => {
		const { state, ignored } = decodeViewState(
			'region=atlantis,central_asia&type=&from=2016&to=2012&lang=fr&data=https://evil.example/x.json&zoom=3&node=<b>'
		);
		expect(state.filters.facets).toEqual([{ facet: 'region', values: ['central_asia'] }]);
		expect(state.period).toBeNull();
		expect(state.lang).toBeNull();
		expect(state.data).toBeNull();
		expect(state.node).toBeNull();
		expect(ignored.sort()).toEqual([
			'data',
			'from',
			'lang',
			'node',
			'region',
			'to',
			'type',
			'zoom'
		]);
	});

	it('accepts only same-origin paths for the dataset file', () => {
		expect(isSameOriginPath('/bench-data/x.json')).toBe(true);
		for (const bad of [
			'//evil.example/x.json',
			'https://evil.example/x',
			'x.json',
			'/\\evil',
			'/a b',
			'javascript:alert(1)'
		])
			expect(isSameOriginPath(bad)).toBe(false);
	});

	it('reconciles a link with the dataset, naming what it does not have', () => {
		const { state } = decodeViewState(
			'area=area-asylum,area-nowhere&node=atlantis&event=mc-2011-poznan'
		);
		const result = reconcileViewState(state, {
			node: (x) => x === 'poland',
			event: (x) => x === 'mc-2011-poznan',
			area: (x) => x === 'area-asylum'
		});
		expect(result.ignored).toEqual(['area', 'node']);
		expect(result.state.filters.facets).toEqual([{ facet: 'area', values: ['area-asylum'] }]);
		expect(result.state.node).toBeNull();
		expect(result.state.event).toBe('mc-2011-poznan');
	});
});
