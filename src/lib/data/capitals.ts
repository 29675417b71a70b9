// The capitals that place each state on the map: data/capitals.csv, one row per state, each with
// its source. Validated on its own, against the dataset it belongs to (DESIGN.md §2: nothing unsourced).
import { parseCsv } from './csv';
import type { Dataset, Problem } from './types';

export const CAPITALS_FILE = 'capitals.csv';
const COLUMNS = ['state', 'capital', 'lat', 'lon', 'sources'] as const;

export interface Capital {
	/** The id of a state node. */
	state: string;
	/** The capital's English name. */
	capital: string;
	/** Degrees, WGS 84. */
	lat: number;
	lon: number;
	sources: string[];
}

export type CapitalsResult =
	| { ok: true; capitals: Capital[]; problems: [] }
	| { ok: false; capitals: null; problems: Problem[] };

const list = (cell: string) =>
	cell
		.split(';')
		.map((s) => s.trim())
		.filter((s) => s !== '');

function degrees(value: string, limit: number): number | null {
	if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
	const n = Number(value);
	return Math.abs(n) <= limit ? n : null;
}

/**
 * Parses and checks capitals.csv against a valid dataset: every state of the dataset has exactly one
 * capital, every row names a state, coordinates are degrees in range, every source key exists.
 * Every problem is reported at once, as the dataset's validator does.
 */
export function validateCapitals(text: string, dataset: Dataset): CapitalsResult {
	const file = CAPITALS_FILE;
	const { table, problems } = parseCsv(text, file);
	const report = (row: number | null, column: string | null, message: string) =>
		problems.push({ file, row, column, message });
	for (const name of COLUMNS) if (!table.header.includes(name)) report(1, name, 'missing column');
	for (const name of table.header) {
		if (!(COLUMNS as readonly string[]).includes(name)) report(1, name, 'unknown column');
	}
	if (problems.length) return { ok: false, capitals: null, problems };

	const states = new Set(dataset.nodes.filter((n) => n.type === 'state').map((n) => n.id));
	const nodes = new Set(dataset.nodes.map((n) => n.id));
	const sources = new Set(dataset.sources.map((s) => s.key));
	const capitals: Capital[] = [];
	const seen = new Set<string>();
	for (const { row, cells } of table.rows) {
		const { state, capital } = cells as Record<(typeof COLUMNS)[number], string>;
		const lat = degrees(cells.lat!, 90);
		const lon = degrees(cells.lon!, 180);
		const keys = list(cells.sources!);
		let ok = true;
		const fail = (column: string, message: string) => {
			report(row, column, message);
			ok = false;
		};
		if (!states.has(state)) {
			fail('state', nodes.has(state) ? `"${state}" is not a state` : `unknown node "${state}"`);
		} else if (seen.has(state)) fail('state', `"${state}" already has a capital`);
		if (capital === '') fail('capital', 'is required');
		if (lat === null) fail('lat', `"${cells.lat}" is not a latitude (degrees, −90 to 90)`);
		if (lon === null) fail('lon', `"${cells.lon}" is not a longitude (degrees, −180 to 180)`);
		if (keys.length === 0) fail('sources', 'at least one source key is required');
		for (const key of keys) if (!sources.has(key)) fail('sources', `unknown source "${key}"`);
		seen.add(state);
		if (ok) capitals.push({ state, capital, lat: lat!, lon: lon!, sources: keys });
	}
	for (const id of states) if (!seen.has(id)) report(null, 'state', `no capital for "${id}"`);
	return problems.length
		? { ok: false, capitals: null, problems }
		: { ok: true, capitals, problems: [] };
}
