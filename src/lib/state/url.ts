// The one codec between the view state and the URL's query string (DESIGN.md §3). Decoding is
// total: any string gives a valid state; what it could not use is listed, never thrown.
import { isPartialDate, periodEnd, periodStart, type Period } from '../data/dates';
import { NODE_TYPES, REGIONS, STATUSES } from '../data/types';
import { FACETS, type Facet, type Filter, type Filters } from '../graph/filters';
import { isLocale, type Locale } from '../i18n/messages';

export interface Camera {
	x: number;
	y: number;
	ratio: number;
}

export interface ViewState {
	filters: Filters;
	/** Null: all time. A period of one day is an "as of" date. */
	period: Period | null;
	node: string | null;
	event: string | null;
	/** A same-origin path of a compiled dataset file; null for the bundled one. */
	data: string | null;
	lang: Locale | null;
	camera: Camera | null;
}

export const DEFAULT_VIEW: ViewState = {
	filters: { facets: [], showUncertain: true },
	period: null,
	node: null,
	event: null,
	data: null,
	lang: null,
	camera: null
};

export interface Decoded {
	state: ViewState;
	/** Names of the parameters (or parts of them) that were not understood and were ignored. */
	ignored: string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The open ends of a period that has only a start or only an end. */
export const MIN_DAY = '0001-01-01';
export const MAX_DAY = '9999-12-31';

/** A path on this site (`/x/y.json`), never another origin, a scheme or a protocol-relative URL. */
export function isSameOriginPath(value: string): boolean {
	return /^\/(?![/\\])[^\s\\]*$/.test(value) && !/^\/[a-z][a-z0-9+.-]*:/i.test(value);
}

const FACET_VALUES: Record<Facet, (v: string) => boolean> = {
	region: (v) => (REGIONS as readonly string[]).includes(v),
	area: (v) => ID.test(v),
	type: (v) => (NODE_TYPES as readonly string[]).includes(v),
	status: (v) => (STATUSES as readonly string[]).includes(v)
};

const round = (n: number) => Math.round(n * 1e4) / 1e4;

export function encodeViewState(state: ViewState): string {
	const q = new URLSearchParams();
	for (const facet of FACETS) {
		const filter = state.filters.facets.find((f) => f.facet === facet);
		if (filter && filter.values.length) q.set(facet, filter.values.join(','));
	}
	if (!state.filters.showUncertain) q.set('uncertain', 'hide');
	if (state.period) {
		if (state.period.from === state.period.to) q.set('at', state.period.from);
		else {
			if (state.period.from !== MIN_DAY) q.set('from', state.period.from);
			if (state.period.to !== MAX_DAY) q.set('to', state.period.to);
		}
	}
	if (state.node) q.set('node', state.node);
	if (state.event) q.set('event', state.event);
	if (state.data) q.set('data', state.data);
	if (state.lang) q.set('lang', state.lang);
	if (state.camera) {
		const { x, y, ratio } = state.camera;
		q.set('camera', [x, y, ratio].map(round).join(','));
	}
	return q.toString();
}

/** A date parameter as a day: `2012` means its first (or, for an end, last) day. */
function dayOf(value: string, end: boolean): string | null {
	if (!isPartialDate(value)) return null;
	return end ? periodEnd(value) : periodStart(value);
}

export function decodeViewState(query: string): Decoded {
	const ignored: string[] = [];
	const state: ViewState = structuredClone(DEFAULT_VIEW);
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		return { state, ignored: ['(query)'] };
	}
	const seen = new Set<string>();
	const one = (key: string): string | null => {
		const all = params.getAll(key);
		if (all.length > 1) ignored.push(key);
		return all[0] ?? null;
	};
	for (const key of params.keys()) seen.add(key);

	const facets: Filter[] = [];
	for (const facet of FACETS) {
		const raw = one(facet);
		if (raw === null) continue;
		const parts = raw.split(',').filter((v) => v !== '');
		const values = [...new Set(parts.filter(FACET_VALUES[facet]))];
		if (values.length !== parts.length || parts.length === 0) ignored.push(facet);
		if (values.length) facets.push({ facet, values } as Filter);
	}
	state.filters.facets = facets;

	const uncertain = one('uncertain');
	if (uncertain === 'hide') state.filters.showUncertain = false;
	else if (uncertain !== null && uncertain !== 'show') ignored.push('uncertain');

	const at = one('at');
	const from = one('from');
	const to = one('to');
	if (at !== null) {
		// `at=2012-06-30` is one day; `at=2012` the whole year.
		const start = dayOf(at, false);
		const end = dayOf(at, true);
		if (start && end && from === null && to === null) state.period = { from: start, to: end };
		else ignored.push('at');
		if (from !== null) ignored.push('from');
		if (to !== null) ignored.push('to');
	} else if (from !== null || to !== null) {
		const start = from === null ? null : dayOf(from, false);
		const end = to === null ? null : dayOf(to, true);
		if (from !== null && start === null) ignored.push('from');
		if (to !== null && end === null) ignored.push('to');
		if (start && end && start > end) ignored.push('from', 'to');
		else if (start || end) state.period = { from: start ?? MIN_DAY, to: end ?? MAX_DAY };
	}

	for (const key of ['node', 'event'] as const) {
		const raw = one(key);
		if (raw === null) continue;
		if (ID.test(raw)) state[key] = raw;
		else ignored.push(key);
	}

	const data = one('data');
	if (data !== null) {
		if (isSameOriginPath(data)) state.data = data;
		else ignored.push('data');
	}

	const lang = one('lang');
	if (lang !== null) {
		if (isLocale(lang)) state.lang = lang;
		else ignored.push('lang');
	}

	const camera = one('camera');
	if (camera !== null) {
		const n = camera.split(',').map(Number);
		if (n.length === 3 && n.every(Number.isFinite) && n[2]! > 0) {
			state.camera = { x: n[0]!, y: n[1]!, ratio: n[2]! };
		} else ignored.push('camera');
	}

	const known = new Set<string>([
		...FACETS,
		'uncertain',
		'at',
		'from',
		'to',
		'node',
		'event',
		'data',
		'lang',
		'camera'
	]);
	for (const key of seen) if (!known.has(key)) ignored.push(key);
	return { state, ignored: [...new Set(ignored)] };
}

/**
 * Drops what names something the dataset does not have (a node, an event, a thematic area), so that
 * a link made for other data still opens, with those parts reported.
 */
export function reconcileViewState(
	state: ViewState,
	has: {
		node: (id: string) => boolean;
		event: (id: string) => boolean;
		area: (id: string) => boolean;
	}
): Decoded {
	const ignored: string[] = [];
	const facets = state.filters.facets
		.map((f) => {
			if (f.facet !== 'area') return f;
			const values = f.values.filter(has.area);
			if (values.length !== f.values.length) ignored.push('area');
			return { ...f, values };
		})
		.filter((f) => f.values.length > 0);
	const node =
		state.node !== null && !has.node(state.node) ? (ignored.push('node'), null) : state.node;
	const event =
		state.event !== null && !has.event(state.event) ? (ignored.push('event'), null) : state.event;
	return { state: { ...state, filters: { ...state.filters, facets }, node, event }, ignored };
}
