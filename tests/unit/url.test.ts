import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, REGIONS, RELATIONS, STATUSES } from '../../src/lib/data/types';
import type { Filter } from '../../src/lib/graph/filters';
import {
	DEFAULT_VIEW,
	decodePageMode,
	decodeViewState,
	encodePageMode,
	encodeViewState,
	EXPLORER_MODE,
	isSameOriginPath,
	MAX_DAY,
	MIN_DAY,
	reconcileViewState,
	type PageMode,
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
const viewState: fc.Arbitrary<ViewState> = fc.record(
	{
		filters: fc.record(
			{
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
				showUncertain: fc.boolean(),
				relations: subset(RELATIONS)
			},
			// The relation facet is absent when nothing is ticked, as the codec and the store write it.
			{ requiredKeys: ['facets', 'showUncertain'] }
		),
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
		),
		path: fc
			.tuple(id, id)
			.filter(([a, b]) => a !== b)
			.map((ends) => ends as [string, string])
	},
	// Absent when not asked, as the codec and the store write it.
	{ requiredKeys: ['filters', 'period', 'node', 'event', 'data', 'lang', 'camera'] }
);

describe('the URL codec', () => {
	it('round-trips every valid view state', () => {
		fc.assert(
			fc.property(viewState, (state) => {
				const decoded = decodeViewState(encodeViewState(state));
				expect(decoded.ignored).toEqual([]);
				expect(decoded.dropped).toEqual([]);
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
		expect(result.dropped).toEqual([
			{ param: 'area', value: 'area-nowhere', reason: 'unknown-id' },
			{ param: 'node', value: 'atlantis', reason: 'unknown-id' }
		]);
		expect(result.state.filters.facets).toEqual([{ facet: 'area', values: ['area-asylum'] }]);
		expect(result.state.node).toBeNull();
		expect(result.state.event).toBe('mc-2011-poznan');
	});
});

describe('the relation facet in a link', () => {
	it('reads `relation=leads,partner_in`, drops what is not a relation kind, and what the network lacks', () => {
		const decoded = decodeViewState('relation=leads,bosses,partner_in&relation=leads');
		expect(decoded.state.filters.relations).toEqual(['leads', 'partner_in']);
		expect(decoded.dropped).toEqual([{ param: 'relation', value: 'bosses', reason: 'malformed' }]);
		expect(encodeViewState(decoded.state)).toBe('relation=leads%2Cpartner_in');
		const reconciled = reconcileViewState(decoded.state, {
			node: () => true,
			event: () => true,
			area: () => true,
			relation: (r) => r === 'leads'
		});
		expect(reconciled.state.filters.relations).toEqual(['leads']);
		expect(reconciled.dropped).toEqual([
			{ param: 'relation', value: 'partner_in', reason: 'unknown-id' }
		]);
	});

	it('an empty or unusable relation list ticks nothing and is named', () => {
		for (const q of ['relation=', 'relation=,', 'relation=x']) {
			const { state, ignored } = decodeViewState(q);
			expect(state.filters.relations).toBeUndefined();
			expect(ignored).toEqual(['relation']);
		}
	});
});

describe('the layout in a link', () => {
	it('reads layout=map, takes layout=network as the default, and names anything else', () => {
		expect(decodeViewState('layout=map').state.layout).toBe('map');
		expect(encodeViewState(decodeViewState('layout=map').state)).toBe('layout=map');
		expect(decodeViewState('layout=network').dropped).toEqual([]);
		expect(decodeViewState('layout=network').state.layout).toBeUndefined();
		const bad = decodeViewState('layout=globe');
		expect(bad.state.layout).toBeUndefined();
		expect(bad.ignored).toEqual(['layout']);
	});
});

describe('the moment compared with in a link', () => {
	it('reads compare=2009 (a year, a month or a day) and names anything else', () => {
		expect(decodeViewState('compare=2009').state.compare).toBe('2009');
		expect(encodeViewState(decodeViewState('compare=2012-06').state)).toBe('compare=2012-06');
		for (const bad of ['compare=2009-13', 'compare=spring', 'compare=']) {
			const { state, ignored } = decodeViewState(bad);
			expect(state.compare).toBeUndefined();
			expect(ignored).toEqual(['compare']);
		}
	});
});

describe('size and colour in a link', () => {
	it('reads size= and colour=, takes the defaults silently, and names what is not a choice', () => {
		const { state, dropped } = decodeViewState('size=betweenness&colour=community');
		expect(dropped).toEqual([]);
		expect([state.size, state.colour]).toEqual(['betweenness', 'community']);
		expect(encodeViewState(state)).toBe('size=betweenness&colour=community');
		const defaults = decodeViewState('size=degree&colour=region');
		expect(defaults.dropped).toEqual([]);
		expect([defaults.state.size, defaults.state.colour]).toEqual([undefined, undefined]);
		const bad = decodeViewState('size=weight&colour=red');
		expect([bad.state.size, bad.state.colour]).toEqual([undefined, undefined]);
		expect(bad.dropped).toEqual([
			{ param: 'size', value: 'weight', reason: 'malformed' },
			{ param: 'colour', value: 'red', reason: 'malformed' }
		]);
	});
});

describe('the neighbourhood depth in a link', () => {
	it('reads depth=2, takes depth=1 as the default, and names anything else', () => {
		expect(decodeViewState('depth=2').state.depth).toBe(2);
		expect(encodeViewState(decodeViewState('depth=2').state)).toBe('depth=2');
		const one = decodeViewState('depth=1');
		expect(one.state.depth).toBeUndefined();
		expect(one.dropped).toEqual([]);
		for (const bad of ['depth=3', 'depth=0', 'depth=two', 'depth=']) {
			const { state, ignored } = decodeViewState(bad);
			expect(state.depth).toBeUndefined();
			expect(ignored).toEqual(['depth']);
		}
	});
});

describe('the connection asked about in a link', () => {
	const has = {
		node: (x: string) => ['tajikistan', 'poland'].includes(x),
		event: (x: string) => x === 'mc-2011-poznan',
		area: () => true
	};
	it('reads `path=tajikistan,poland` and writes it back', () => {
		const { state, dropped } = decodeViewState('path=tajikistan,poland');
		expect(dropped).toEqual([]);
		expect(state.path).toEqual(['tajikistan', 'poland']);
		expect(encodeViewState(state)).toBe('path=tajikistan%2Cpoland');
	});
	it('names a path that is not two different ids, or names a node the data lacks', () => {
		for (const q of [
			'path=tajikistan',
			'path=a,b,c',
			'path=poland,poland',
			'path=a,%3Cb%3E',
			'path='
		]) {
			const { state, ignored } = decodeViewState(q);
			expect(state.path, q).toBeUndefined();
			expect(ignored).toEqual(['path']);
		}
		const atlantis = reconcileViewState(decodeViewState('path=tajikistan,atlantis').state, has);
		expect(atlantis.state.path).toBeUndefined();
		expect(atlantis.dropped).toEqual([
			{ param: 'path', value: 'tajikistan,atlantis', reason: 'unknown-id' }
		]);
	});
	it('a selected event takes the place of the connection', () => {
		const r = reconcileViewState(
			decodeViewState('path=tajikistan,poland&event=mc-2011-poznan').state,
			has
		);
		expect(r.state.path).toBeUndefined();
		expect(r.dropped).toEqual([
			{ param: 'path', value: 'tajikistan,poland', reason: 'overridden', by: 'event' }
		]);
	});
});

describe('what a link notice is told', () => {
	const has = {
		node: (x: string) => ['tajikistan', 'poland'].includes(x),
		event: (x: string) => x === 'mc-2011-poznan',
		area: (x: string) => x === 'area-asylum'
	};
	/** Decodes and reconciles, as the page does: the state applied and every drop, with why. */
	const open = (query: string) => {
		const decoded = decodeViewState(query);
		const reconciled = reconcileViewState(decoded.state, has);
		return { state: reconciled.state, dropped: [...decoded.dropped, ...reconciled.dropped] };
	};

	it('a node dropped because an event is given says so', () => {
		const { state, dropped } = open('node=tajikistan&event=mc-2011-poznan');
		expect(state.event).toBe('mc-2011-poznan');
		expect(state.node).toBeNull();
		expect(dropped).toEqual([
			{ param: 'node', value: 'tajikistan', reason: 'overridden', by: 'event' }
		]);
	});

	it('a node given with an event this dataset lacks is kept', () => {
		const { state, dropped } = open('node=tajikistan&event=mc-1999');
		expect(state.node).toBe('tajikistan');
		expect(dropped).toEqual([{ param: 'event', value: 'mc-1999', reason: 'unknown-id' }]);
	});

	it('a repeated value applies and is not called ignored', () => {
		const { state, dropped } = open('region=russia,russia');
		expect(state.filters.facets).toEqual([{ facet: 'region', values: ['russia'] }]);
		expect(dropped).toEqual([]);
	});

	it('a repeated facet parameter applies all its values', () => {
		const { state, dropped } = open('region=russia&region=central_asia&type=state&type=state');
		expect(state.filters.facets).toEqual([
			{ facet: 'region', values: ['russia', 'central_asia'] },
			{ facet: 'type', values: ['state'] }
		]);
		expect(dropped).toEqual([]);
	});

	it('a repeated single parameter with another value is reported as a duplicate', () => {
		const { state, dropped } = open('node=poland&node=tajikistan&lang=ru&lang=ru');
		expect(state.node).toBe('poland');
		expect(state.lang).toBe('ru');
		expect(dropped).toEqual([{ param: 'node', value: 'tajikistan', reason: 'duplicate' }]);
	});

	it('each reason is given: unknown, malformed, overridden', () => {
		const { state, dropped } = open(
			'zoom=3&region=atlantis,central_asia&at=2012&from=2010&uncertain=maybe&data=https://evil.example/x.json'
		);
		expect(state.period).toEqual({ from: '2012-01-01', to: '2012-12-31' });
		expect(dropped).toEqual([
			{ param: 'region', value: 'atlantis', reason: 'malformed' },
			{ param: 'uncertain', value: 'maybe', reason: 'malformed' },
			{ param: 'from', value: '2010', reason: 'overridden', by: 'at' },
			{ param: 'data', value: 'https://evil.example/x.json', reason: 'malformed' },
			{ param: 'zoom', value: '3', reason: 'unknown' }
		]);
	});

	it('a malformed as-of date leaves the period of from and to in force', () => {
		const { state, dropped } = open('at=spring&from=2012&to=2014');
		expect(state.period).toEqual({ from: '2012-01-01', to: '2014-12-31' });
		expect(dropped).toEqual([{ param: 'at', value: 'spring', reason: 'malformed' }]);
	});

	it('dates are proleptic from 0001 to 9999: year 0 is malformed, 0001-01-01 is a day', () => {
		expect(open('at=0000-02-29').dropped).toEqual([
			{ param: 'at', value: '0000-02-29', reason: 'malformed' }
		]);
		expect(open('at=0001-01-01')).toEqual({
			state: { ...DEFAULT_VIEW, period: { from: '0001-01-01', to: '0001-01-01' } },
			dropped: []
		});
		expect(open('at=0004-02-29').state.period).toEqual({ from: '0004-02-29', to: '0004-02-29' });
		// A period open at both ends is all time.
		expect(open('from=0001&to=9999').state.period).toBeNull();
	});
});

describe('the page mode in a link', () => {
	it('reads present mode, the scene, the presenter window and embedding', () => {
		expect(decodePageMode('present=default&scene=4').mode).toEqual({
			present: 'default',
			scene: 4,
			presenter: false,
			embed: false
		});
		expect(decodePageMode('present=draft&scene=2&presenter=1').mode.presenter).toBe(true);
		expect(decodePageMode('embed=1&region=russia').mode).toEqual({
			...EXPLORER_MODE,
			embed: true
		});
		expect(decodePageMode('region=russia').mode).toEqual(EXPLORER_MODE);
	});

	it('the view decoder knows the mode parameters and leaves them to the page', () => {
		const { state, ignored } = decodeViewState('present=default&scene=3&embed=1&node=tajikistan');
		expect(ignored).toEqual([]);
		expect(state.node).toBe('tajikistan');
	});

	it('drops what it cannot use, with why', () => {
		expect(decodePageMode('present=../x&scene=two&embed=yes').dropped).toEqual([
			{ param: 'present', value: '../x', reason: 'malformed' },
			{ param: 'scene', value: 'two', reason: 'malformed' },
			{ param: 'embed', value: 'yes', reason: 'malformed' }
		]);
		// A scene or a presenter window without a story has nothing to show.
		expect(decodePageMode('scene=3&presenter=1').dropped.map((d) => d.param)).toEqual([
			'scene',
			'presenter'
		]);
		expect(decodePageMode('present=default&presenter=1&embed=1')).toEqual({
			mode: { present: 'default', scene: null, presenter: true, embed: false },
			dropped: [{ param: 'embed', value: '1', reason: 'overridden', by: 'presenter' }]
		});
	});

	it('round-trips through its encoder', () => {
		const modes: PageMode[] = [
			EXPLORER_MODE,
			{ present: 'default', scene: 7, presenter: false, embed: false },
			{ present: 'draft', scene: 1, presenter: true, embed: false },
			{ present: 'default', scene: 2, presenter: false, embed: true },
			{ ...EXPLORER_MODE, embed: true }
		];
		for (const mode of modes)
			expect(decodePageMode(encodePageMode(mode))).toEqual({ mode, dropped: [] });
		expect(encodePageMode(EXPLORER_MODE)).toBe('');
	});
});
