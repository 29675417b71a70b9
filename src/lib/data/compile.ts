// CSV files → validated dataset → the compiled dataset file the app loads (DESIGN.md §2).
import { parseCsv } from './csv';
import { decodeCsvBytes } from './encoding';
import type { CompiledDataset, Dataset, Problem } from './types';
import {
	validateTables,
	type DatasetTables,
	type ValidationOptions,
	type ValidationResult
} from './validate';

export { parseCompiledDataset } from './compiled';

export type DatasetTexts = Record<keyof DatasetTables, string>;

export const CSV_FILES: Record<keyof DatasetTables, string> = {
	nodes: 'nodes.csv',
	edges: 'edges.csv',
	events: 'events.csv',
	sources: 'sources.csv'
};

/**
 * Parses and validates the four CSV texts; every problem of every file is reported at once. A file
 * that cannot be read at all (another delimiter, UTF-16) stops there: its rows would only produce
 * noise, and so would the other files' references to it.
 */
export function compileCsv(texts: DatasetTexts, options: ValidationOptions = {}): ValidationResult {
	const problems: Problem[] = [];
	let readable = true;
	const parse = (key: keyof DatasetTables) => {
		const parsed = parseCsv(texts[key], CSV_FILES[key]);
		problems.push(...parsed.problems);
		readable &&= parsed.readable;
		return parsed.table;
	};
	const tables = {
		nodes: parse('nodes'),
		edges: parse('edges'),
		events: parse('events'),
		sources: parse('sources')
	};
	if (!readable) return { ok: false, dataset: null, problems };
	const result = validateTables(tables, options);
	if (problems.length === 0) return result;
	// Malformed CSV comes first: a broken quote explains the errors that follow it.
	return { ok: false, dataset: null, problems: [...problems, ...result.problems] };
}

/**
 * `compileCsv` for the files' bytes, as read from disk: a file that is not UTF-8 is refused with
 * what to do, and the others are only parsed (their references to it cannot be checked).
 */
export function compileCsvBytes(bytes: Record<keyof DatasetTables, Uint8Array>): ValidationResult {
	const problems: Problem[] = [];
	const texts = {} as DatasetTexts;
	for (const key of Object.keys(CSV_FILES) as (keyof DatasetTables)[]) {
		const decoded = decodeCsvBytes(bytes[key], CSV_FILES[key]);
		if (decoded.problem) problems.push(decoded.problem);
		else texts[key] = decoded.text;
	}
	if (problems.length === 0) return compileCsv(texts);
	for (const [key, text] of Object.entries(texts) as [keyof DatasetTables, string][])
		problems.push(...parseCsv(text, CSV_FILES[key]).problems);
	return { ok: false, dataset: null, problems };
}

export function toCompiledDataset(dataset: Dataset): CompiledDataset {
	return { format: 'prague-process-network', version: 1, ...dataset };
}
