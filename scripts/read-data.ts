// Reads the four CSV files of a data folder, for the CLI scripts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPITALS_FILE, validateCapitals } from '../src/lib/data/capitals';
import { CSV_FILES, compileCsv, type DatasetTexts } from '../src/lib/data/compile';
import { formatProblems } from '../src/lib/data/problems';
import type { Dataset } from '../src/lib/data/types';

/** The validated dataset of a folder; on any problem, prints them all and exits with status 1. */
export function readDatasetOrExit(dir: string): Dataset {
	const texts = {} as DatasetTexts;
	const missing: string[] = [];
	for (const [key, file] of Object.entries(CSV_FILES) as [keyof DatasetTexts, string][]) {
		const path = join(dir, file);
		if (existsSync(path)) texts[key] = readFileSync(path, 'utf8');
		else missing.push(`${file}: file not found in ${dir}`);
	}
	if (missing.length > 0) {
		console.error(missing.join('\n'));
		process.exit(1);
	}
	const result = compileCsv(texts);
	if (!result.ok) {
		console.error(formatProblems(result.problems));
		console.error(`\n${result.problems.length} problem(s) in ${dir}: nothing was built.`);
		process.exit(1);
	}
	// The map's capitals are optional for a folder; when present they must be valid.
	const capitals = join(dir, CAPITALS_FILE);
	if (existsSync(capitals)) {
		const checked = validateCapitals(readFileSync(capitals, 'utf8'), result.dataset);
		if (!checked.ok) {
			console.error(formatProblems(checked.problems));
			console.error(`\n${checked.problems.length} problem(s) in ${dir}: nothing was built.`);
			process.exit(1);
		}
	}
	return result.dataset;
}
