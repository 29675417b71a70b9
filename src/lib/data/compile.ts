// CSV files → validated dataset → the compiled dataset file the app loads (DESIGN.md §2).
import { parseCsv } from './csv';
import type { CompiledDataset, Dataset, Problem } from './types';
import { validateTables, type DatasetTables, type ValidationResult } from './validate';

export { parseCompiledDataset } from './compiled';

export type DatasetTexts = Record<keyof DatasetTables, string>;

export const CSV_FILES: Record<keyof DatasetTables, string> = {
	nodes: 'nodes.csv',
	edges: 'edges.csv',
	events: 'events.csv',
	sources: 'sources.csv'
};

/** Parses and validates the four CSV texts; every problem of every file is reported at once. */
export function compileCsv(texts: DatasetTexts): ValidationResult {
	const problems: Problem[] = [];
	const parse = (key: keyof DatasetTables) => {
		const { table, problems: found } = parseCsv(texts[key], CSV_FILES[key]);
		problems.push(...found);
		return table;
	};
	const tables = {
		nodes: parse('nodes'),
		edges: parse('edges'),
		events: parse('events'),
		sources: parse('sources')
	};
	const result = validateTables(tables);
	if (problems.length === 0) return result;
	// Malformed CSV comes first: a broken quote explains the errors that follow it.
	return { ok: false, dataset: null, problems: [...problems, ...result.problems] };
}

export function toCompiledDataset(dataset: Dataset): CompiledDataset {
	return { format: 'prague-process-network', version: 1, ...dataset };
}
