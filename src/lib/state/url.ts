// The one codec between the view state and the URL's query string (DESIGN.md §3). Decoding is
// total: any string gives a valid state; what it could not use is listed, never thrown.
import { isPartialDate, periodEnd, periodStart, type Period } from '../data/dates';
import { NODE_TYPES, REGIONS, RELATIONS, STATUSES, type Relation } from '../data/types';
import { FACETS, type Facet, type Filter, type Filters } from '../graph/filters';
import {
	COLOUR_BYS,
	SIZE_METRICS,
	type ColourBy,
	type SizeMetric
} from '../graph/encoding-choices';
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
	/** Node size by a metric other than connections (`size=betweenness`); absent: connections. */
	size?: Exclude<SizeMetric, 'degree'>;
	/** Node colour by type or community (`colour=community`); absent: by region. */
	colour?: Exclude<ColourBy, 'region'>;
	/** The "Map" layout (`layout=map`); absent: the network's own layout. */
	layout?: 'map';
	/** "What changed": the moment compared with, a partial date (`compare=2009`); absent: none. */
	compare?: string;
	/** How many hops around the selection are lit (`depth=2`); absent: 1. */
	depth?: 2;
	/** "How are these two connected?": the two ends (`path=tajikistan,poland`); null: not asked. */
	path?: [string, string];
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

/** Why a link's parameter (or one of its values) was not used. */
export type DropReason =
	/** A parameter the explorer does not know (`zoom=3`). */
	| 'unknown'
	/** A value it cannot read (`from=spring`, `region=atlantis`, `data=https://…`). */
	| 'malformed'
	/** An id this dataset does not have (`node=atlantis`): found by `reconcileViewState`. */
	| 'unknown-id'
	/** A single-valued parameter given again with another value: the first one is used. */
	| 'duplicate'
	/** Given, but another parameter wins (`node` when an `event` is selected, `from` beside `at`). */
	| 'overridden';

export interface Dropped {
	param: string;
	/** The value that was not used (one value of a list parameter such as `region`). */
	value: string;
	reason: DropReason;
	/** For `overridden`: the parameter that won. */
	by?: string;
}

export interface Decoded {
	state: ViewState;
	/** Each parameter value that was dropped or changed, with why, in the order of the codec. */
	dropped: Dropped[];
	/** The names of the parameters in `dropped`, once each (for callers that list names only). */
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
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
/** Camera values beyond these cannot be a view of a drawable network (positions are bounded too). */
const CAMERA_MAX = 1e6;

export function encodeViewState(state: ViewState): string {
	const q = new URLSearchParams();
	for (const facet of FACETS) {
		const filter = state.filters.facets.find((f) => f.facet === facet);
		if (filter && filter.values.length) q.set(facet, filter.values.join(','));
	}
	if (state.filters.relations?.length) q.set('relation', state.filters.relations.join(','));
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
	if (state.path) q.set('path', state.path.join(','));
	if (state.depth === 2) q.set('depth', '2');
	if (state.compare) q.set('compare', state.compare);
	if (state.layout === 'map') q.set('layout', 'map');
	if (state.size) q.set('size', state.size);
	if (state.colour) q.set('colour', state.colour);
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

/** The parameters that choose the page's layout rather than the view (see `decodePageMode`). */
export const MODE_PARAMS = ['present', 'scene', 'presenter', 'embed'] as const;

const namesOf = (dropped: Dropped[]) => [...new Set(dropped.map((d) => d.param))];
const KNOWN = new Set<string>([
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
	'camera',
	// Which layout shows the view (decoded by `decodePageMode`), not part of the view itself.
	...MODE_PARAMS
]);

/** A camera parameter `x,y,ratio`, rounded as `encodeViewState` writes it; null when unusable. */
function cameraOf(value: string): Camera | null {
	const parts = value.split(',');
	if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
	const [x, y, ratio] = parts.map((p) => round(Number(p))) as [number, number, number];
	const inRange = (n: number) => Math.abs(n) <= CAMERA_MAX;
	return inRange(x) && inRange(y) && ratio > 0 && inRange(ratio) ? { x, y, ratio } : null;
}

/**
 * The view state a query string describes. Total: any string gives a valid state. Repeated list
 * parameters (`region=a&region=b`) add up and repeated values count once; everything else that is
 * not used is listed in `dropped` with why, never silently and never when it was applied.
 */
export function decodeViewState(query: string): Decoded {
	const dropped: Dropped[] = [];
	const drop = (param: string, value: string, reason: DropReason, by?: string) =>
		dropped.push(by === undefined ? { param, value, reason } : { param, value, reason, by });
	const state: ViewState = structuredClone(DEFAULT_VIEW);
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		return { state, dropped: [], ignored: [] };
	}
	/** A single-valued parameter: its first value; other values given again are duplicates. */
	const one = (key: string): string | null => {
		const [first = null, ...rest] = new Set(params.getAll(key));
		for (const value of rest) drop(key, value, 'duplicate');
		return first;
	};

	const facets: Filter[] = [];
	for (const facet of FACETS) {
		const all = params.getAll(facet);
		if (all.length === 0) continue;
		const parts = [...new Set(all.flatMap((raw) => raw.split(',')).filter((v) => v !== ''))];
		const values = parts.filter(FACET_VALUES[facet]);
		for (const value of parts) if (!values.includes(value)) drop(facet, value, 'malformed');
		if (parts.length === 0) drop(facet, all.join(','), 'malformed');
		if (values.length) facets.push({ facet, values } as Filter);
	}
	state.filters.facets = facets;

	// The relation facet: a list like the other facets, kept apart because it filters edges.
	const relationParts = [
		...new Set(
			params
				.getAll('relation')
				.flatMap((raw) => raw.split(','))
				.filter((v) => v !== '')
		)
	];
	const relations = relationParts.filter((v): v is Relation =>
		(RELATIONS as readonly string[]).includes(v)
	);
	for (const value of relationParts)
		if (!(relations as string[]).includes(value)) drop('relation', value, 'malformed');
	if (params.has('relation') && relationParts.length === 0)
		drop('relation', params.getAll('relation').join(','), 'malformed');
	if (relations.length) state.filters.relations = relations;

	const uncertain = one('uncertain');
	if (uncertain === 'hide') state.filters.showUncertain = false;
	else if (uncertain !== null && uncertain !== 'show') drop('uncertain', uncertain, 'malformed');

	const at = one('at');
	const from = one('from');
	const to = one('to');
	// `at=2012-06-30` is one day; `at=2012` the whole year. A usable `at` wins over `from`/`to`.
	const atStart = at === null ? null : dayOf(at, false);
	if (at !== null && atStart === null) drop('at', at, 'malformed');
	if (at !== null && atStart !== null) {
		state.period = { from: atStart, to: dayOf(at, true)! };
		if (from !== null) drop('from', from, 'overridden', 'at');
		if (to !== null) drop('to', to, 'overridden', 'at');
	} else if (from !== null || to !== null) {
		const start = from === null ? null : dayOf(from, false);
		const end = to === null ? null : dayOf(to, true);
		if (from !== null && start === null) drop('from', from, 'malformed');
		if (to !== null && end === null) drop('to', to, 'malformed');
		if (start && end && start > end) {
			drop('from', from!, 'malformed');
			drop('to', to!, 'malformed');
		} else if (start || end) {
			const period = { from: start ?? MIN_DAY, to: end ?? MAX_DAY };
			// Open at both ends is all time, as `encodeViewState` writes it.
			state.period = period.from === MIN_DAY && period.to === MAX_DAY ? null : period;
		}
	}

	for (const key of ['node', 'event'] as const) {
		const raw = one(key);
		if (raw === null) continue;
		if (ID.test(raw)) state[key] = raw;
		else drop(key, raw, 'malformed');
	}

	const path = one('path');
	if (path !== null) {
		const ends = path.split(',');
		if (ends.length === 2 && ends.every((id) => ID.test(id)) && ends[0] !== ends[1]) {
			state.path = ends as [string, string];
		} else drop('path', path, 'malformed');
	}

	const depth = one('depth');
	if (depth === '2') state.depth = 2;
	else if (depth !== null && depth !== '1') drop('depth', depth, 'malformed');

	const layout = one('layout');
	if (layout === 'map') state.layout = 'map';
	else if (layout !== null && layout !== 'network') drop('layout', layout, 'malformed');

	const compare = one('compare');
	if (compare !== null) {
		if (isPartialDate(compare)) state.compare = compare;
		else drop('compare', compare, 'malformed');
	}

	// The defaults may be spelled out (`size=degree`, `colour=region`): nothing to name then.
	const size = one('size');
	if (size !== null && size !== 'degree') {
		if ((SIZE_METRICS as readonly string[]).includes(size))
			state.size = size as Exclude<SizeMetric, 'degree'>;
		else drop('size', size, 'malformed');
	}
	const colour = one('colour');
	if (colour !== null && colour !== 'region') {
		if ((COLOUR_BYS as readonly string[]).includes(colour))
			state.colour = colour as Exclude<ColourBy, 'region'>;
		else drop('colour', colour, 'malformed');
	}

	const data = one('data');
	if (data !== null) {
		if (isSameOriginPath(data)) state.data = data;
		else drop('data', data, 'malformed');
	}

	const lang = one('lang');
	if (lang !== null) {
		if (isLocale(lang)) state.lang = lang;
		else drop('lang', lang, 'malformed');
	}

	const camera = one('camera');
	if (camera !== null) {
		state.camera = cameraOf(camera);
		if (state.camera === null) drop('camera', camera, 'malformed');
	}

	for (const key of new Set(params.keys()))
		if (!KNOWN.has(key)) drop(key, params.get(key) ?? '', 'unknown');
	return { state, dropped, ignored: namesOf(dropped) };
}

/**
 * Drops what names something the dataset does not have (a node, an event, a thematic area), so that
 * a link made for other data still opens, with those parts reported; then keeps one selection: an
 * event wins over a node, as a user can select only one of them.
 */
export function reconcileViewState(
	state: ViewState,
	has: {
		node: (id: string) => boolean;
		event: (id: string) => boolean;
		area: (id: string) => boolean;
		/** A relation kind the network has (the facet offers no other); absent: any kind. */
		relation?: (relation: Relation) => boolean;
	}
): Decoded {
	const dropped: Dropped[] = [];
	const facets = state.filters.facets
		.map((f) => {
			if (f.facet !== 'area') return f;
			const values = f.values.filter(has.area);
			for (const value of f.values)
				if (!values.includes(value)) dropped.push({ param: 'area', value, reason: 'unknown-id' });
			return { ...f, values };
		})
		.filter((f) => f.values.length > 0);
	const relations = (state.filters.relations ?? []).filter((r) => has.relation?.(r) ?? true);
	for (const value of state.filters.relations ?? [])
		if (!relations.includes(value))
			dropped.push({ param: 'relation', value, reason: 'unknown-id' });
	const filters: Filters = { facets, showUncertain: state.filters.showUncertain };
	if (relations.length) filters.relations = relations;
	const known = (key: 'node' | 'event') => {
		const id = state[key];
		if (id === null || has[key](id)) return id;
		dropped.push({ param: key, value: id, reason: 'unknown-id' });
		return null;
	};
	let node = known('node');
	const event = known('event');
	if (node !== null && event !== null) {
		dropped.push({ param: 'node', value: node, reason: 'overridden', by: 'event' });
		node = null;
	}
	let path = state.path;
	if (path && !path.every((id) => has.node(id))) {
		dropped.push({ param: 'path', value: path.join(','), reason: 'unknown-id' });
		path = undefined;
	} else if (path && event !== null) {
		// The connection is listed in a node's panel; a selected event takes its place.
		dropped.push({ param: 'path', value: path.join(','), reason: 'overridden', by: 'event' });
		path = undefined;
	}
	const next: ViewState = { ...state, filters, node, event };
	if (path) next.path = path;
	else delete next.path;
	return {
		state: next,
		dropped,
		ignored: namesOf(dropped)
	};
}

/**
 * Which layout the page shows: the explorer, present mode (`present=<story id>&scene=<n>`), the
 * presenter window (`presenter=1` beside `present`), or the chrome-less network for an iframe
 * (`embed=1`, with a view or with `present`). Not part of the view state: a scene never sets it.
 */
export interface PageMode {
	/** A story id (`default`, or `draft` for the editor's story); null: not presenting. */
	present: string | null;
	/** The scene, numbered from 1, as typed in the link; null when not given. */
	scene: number | null;
	presenter: boolean;
	embed: boolean;
}

export const EXPLORER_MODE: PageMode = {
	present: null,
	scene: null,
	presenter: false,
	embed: false
};

/** The page mode a query string asks for; what it could not use is listed, as for the view. */
export function decodePageMode(query: string): { mode: PageMode; dropped: Dropped[] } {
	const mode = { ...EXPLORER_MODE };
	const dropped: Dropped[] = [];
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		return { mode, dropped };
	}
	const one = (key: string): string | null => {
		const [first = null, ...rest] = new Set(params.getAll(key));
		for (const value of rest) dropped.push({ param: key, value, reason: 'duplicate' });
		return first;
	};
	const present = one('present');
	if (present !== null) {
		if (ID.test(present)) mode.present = present;
		else dropped.push({ param: 'present', value: present, reason: 'malformed' });
	}
	const scene = one('scene');
	if (scene !== null) {
		// Present mode keeps the number within its story; here it only has to be one.
		if (mode.present !== null && /^\d{1,6}$/.test(scene)) mode.scene = Number(scene);
		else dropped.push({ param: 'scene', value: scene, reason: 'malformed' });
	}
	for (const key of ['presenter', 'embed'] as const) {
		const value = one(key);
		if (value === null) continue;
		const on = value === '1' || value === 'true';
		// The presenter window shows a story: without `present` it has nothing to show.
		if ((on || value === '0' || value === 'false') && (key === 'embed' || mode.present !== null)) {
			mode[key] = on;
		} else dropped.push({ param: key, value, reason: 'malformed' });
	}
	// The presenter window is the speaker's own: it is never embedded.
	if (mode.presenter && mode.embed) {
		dropped.push({ param: 'embed', value: '1', reason: 'overridden', by: 'presenter' });
		mode.embed = false;
	}
	return { mode, dropped };
}

/** The query string of a page mode (empty for the explorer), to put before a view's. */
export function encodePageMode(mode: PageMode): string {
	const q = new URLSearchParams();
	if (mode.present !== null) {
		q.set('present', mode.present);
		if (mode.scene !== null) q.set('scene', String(mode.scene));
		if (mode.presenter) q.set('presenter', '1');
	}
	if (mode.embed) q.set('embed', '1');
	return q.toString();
}
