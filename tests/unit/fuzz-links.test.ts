// 10,000 arbitrary query strings through the link decoder and the reconciliation with a dataset,
// seeded so that a failure is reproducible. What a user would notice: the page never breaks, the
// view it opens is a view a link can carry, and the notice names exactly what was not used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, REGIONS, RELATIONS, STATUSES } from '../../src/lib/data/types';
import { FACETS } from '../../src/lib/graph/filters';
import { Network } from '../../src/lib/graph/network';
import { HistoryLog } from '../../src/lib/state/history';
import { decodeViewState, encodeViewState, reconcileViewState } from '../../src/lib/state/url';
import { ViewStore } from '../../src/lib/state/view.svelte';
import { loadDataset, SMALL } from './fixtures';

const RUNS = 10_000;
const SEED = 20_261_129;

const has = {
	node: (x: string) => ['tajikistan', 'poland'].includes(x),
	event: (x: string) => x === 'mc-2011-poznan',
	area: (x: string) => x === 'area-asylum',
	relation: (x: string) => x !== 'linked_to'
};

/** The page's path: decode, then reconcile with the dataset. */
function open(query: string) {
	const decoded = decodeViewState(query);
	const reconciled = reconcileViewState(decoded.state, has);
	return { state: reconciled.state, dropped: [...decoded.dropped, ...reconciled.dropped] };
}

const KEYS = [
	...FACETS,
	'relation',
	'uncertain',
	'at',
	'from',
	'to',
	'node',
	'event',
	'path',
	'depth',
	'compare',
	'layout',
	'size',
	'colour',
	'data',
	'lang',
	'camera'
];
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dateish = fc.oneof(
	fc.integer({ min: 0, max: 10_000 }).map((y) => pad(y, 4)),
	fc
		.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }))
		.map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
	fc
		.tuple(
			fc.integer({ min: 0, max: 10_000 }),
			fc.integer({ min: 0, max: 13 }),
			fc.integer({ min: 0, max: 32 })
		)
		.map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
	fc.constantFrom('0001', '0001-01-01', '9999-12-31', '0000-02-29', '2024-02-29', '2023-02-29')
);
const token = fc.oneof(
	fc.constantFrom(...REGIONS, ...NODE_TYPES, ...STATUSES, 'hide', 'show', 'en', 'ru', 'fr'),
	fc.constantFrom(...RELATIONS),
	fc.constantFrom('tajikistan', 'poland', 'atlantis', 'mc-2011-poznan', 'area-asylum', 'area-x'),
	fc.constantFrom('1', '2', '3', 'map', 'network'),
	fc.constantFrom('degree', 'betweenness', 'projects', 'events', 'region', 'type', 'community'),
	fc.constantFrom('tajikistan,poland', 'poland,tajikistan', 'poland,atlantis', 'poland,poland'),
	fc.constantFrom('/x.json', '//evil.example/x.json', 'https://evil.example/', 'javascript:1'),
	fc.constantFrom('1,2,0.5', '0,0,0', '1e999,0,1', ',,1', '0x10,1,1'),
	dateish,
	fc.string({ maxLength: 12 })
);
const value = fc.oneof(
	{ weight: 3, arbitrary: token },
	{ weight: 1, arbitrary: fc.array(token, { maxLength: 4 }).map((v) => v.join(',')) }
);
const key = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...KEYS) },
	{ weight: 1, arbitrary: fc.constantFrom('zoom', '__proto__', 'toString', '', 'REGION') },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
);
const pairs = fc.array(fc.tuple(key, value), { maxLength: 8 });
const query = fc.oneof(
	{ weight: 4, arbitrary: pairs.map((p) => new URLSearchParams(p).toString()) },
	{ weight: 1, arbitrary: pairs.map((p) => p.map(([k, v]) => `${k}=${v}`).join('&')) },
	{ weight: 1, arbitrary: fc.string() },
	{ weight: 1, arbitrary: fc.webQueryParameters() },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) }
);

const without = (q: string, keys: Iterable<string>) => {
	const params = new URLSearchParams(q);
	for (const k of keys) params.delete(k);
	return params.toString();
};

/** Values a link may spell out that change nothing: they need no notice. */
function isExplicitDefault(q: string, k: string): boolean {
	const values = [...new Set(new URLSearchParams(q).getAll(k))];
	if (values.length !== 1) return false;
	const v = values[0]!;
	if (k === 'uncertain') return v === 'show';
	if (k === 'depth') return v === '1';
	if (k === 'layout') return v === 'network';
	if (k === 'size') return v === 'degree';
	if (k === 'colour') return v === 'region';
	if (k === 'from') return /^0001(-01(-01)?)?$/.test(v);
	if (k === 'to') return /^9999(-12(-31)?)?$/.test(v);
	// An `at` beside `from` and `to` that give the very same period.
	if (k === 'at') return /(^|&)(from|to)=/.test(q);
	return false;
}

/** The distinct values of a parameter, as the decoder reads them (list facets split on commas). */
function valuesOf(q: string, k: string): string[] {
	const all = new URLSearchParams(q).getAll(k);
	if (!([...FACETS, 'relation'] as readonly string[]).includes(k)) return [...new Set(all)];
	const parts = all.flatMap((v) => v.split(',')).filter((v) => v !== '');
	return parts.length ? [...new Set(parts)] : [all.join(',')];
}

describe(`${RUNS} arbitrary links`, () => {
	it('never throw, open a view that round-trips, and the notice names exactly what was not used', () => {
		const tally = { tried: 0, noticed: 0, clean: 0, crashed: 0 };
		try {
			fc.assert(
				fc.property(query, (q) => {
					tally.tried++;
					let opened: ReturnType<typeof open>;
					try {
						opened = open(q);
					} catch (error) {
						tally.crashed++;
						throw error;
					}
					const { state, dropped } = opened;
					if (dropped.length) tally.noticed++;
					else tally.clean++;

					// The view opened is one a link carries exactly.
					const again = decodeViewState(encodeViewState(state));
					expect(again.dropped).toEqual([]);
					expect(again.state).toEqual(state);
					expect(state.period === null || state.period.from <= state.period.to).toBe(true);
					expect(state.node !== null && state.event !== null).toBe(false);

					const keys = new Set(new URLSearchParams(q).keys());
					const named = new Set(dropped.map((d) => d.param));
					// Nothing is named that the link does not have.
					for (const d of dropped) expect(keys.has(d.param)).toBe(true);
					// What is named in full was not applied: removing it all changes nothing.
					const fully = [...named].filter((k) =>
						valuesOf(q, k).every((v) => dropped.some((d) => d.param === k && d.value === v))
					);
					expect(open(without(q, fully)).state).toEqual(state);
					// What is not named was applied: removing it changes the view.
					for (const k of keys) {
						if (named.has(k) || isExplicitDefault(q, k)) continue;
						expect(open(without(q, [k])).state, `${k} in ${q}`).not.toEqual(state);
					}
				}),
				{ numRuns: RUNS, seed: SEED }
			);
		} finally {
			console.log(
				`fuzz links: tried ${tally.tried}, opened with a notice ${tally.noticed}, opened clean ${tally.clean}, crashed ${tally.crashed}`
			);
		}
		expect(tally.crashed).toBe(0);
	}, 300_000);

	it('through the view store and the history log: a link opens without a history step, and Back lands without one', () => {
		const network = new Network(loadDataset(SMALL));
		const tally = { tried: 0, pushed: 0, crashed: 0 };
		try {
			fc.assert(
				fc.property(query, (q) => {
					tally.tried++;
					try {
						// Opening the link: the page decodes once and applies.
						const store = new ViewStore(network, { today: '2026-11-29' });
						const decoded = decodeViewState(q);
						store.apply(decoded.state, { animate: false, keepLocale: true });
						const log = new HistoryLog(q, store.viewState);
						const first = log.next(store.viewState);
						if (first?.kind === 'push') tally.pushed++;
						// What the URL then says opens the same view again.
						const shown = first?.query ?? q;
						const again = new ViewStore(network, { today: '2026-11-29' });
						again.apply(decodeViewState(shown).state, { keepLocale: true });
						expect(again.viewState).toEqual(store.viewState);
						// A step away and Back again: the store lands on the link's view, no new entry.
						store.toggleFacet('type', 'project');
						expect(log.next(store.viewState)?.kind).toBe('push');
						const back = log.arrived(shown);
						if (back) {
							store.apply(back.state);
							log.settled(store.viewState);
						}
						const after = log.next(store.viewState);
						if (after?.kind === 'push') tally.pushed++;
					} catch (error) {
						tally.crashed++;
						throw error;
					}
				}),
				{ numRuns: RUNS, seed: SEED }
			);
		} finally {
			console.log(
				`fuzz history: tried ${tally.tried}, history steps made by opening or Back ${tally.pushed}, crashed ${tally.crashed}`
			);
		}
		expect(tally.pushed).toBe(0);
		expect(tally.crashed).toBe(0);
	}, 300_000);
});
