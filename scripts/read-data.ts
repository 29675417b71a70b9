// Reads the four CSV files of a data folder, for the CLI scripts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPITALS_FILE, validateCapitals } from '../src/lib/data/capitals';
import { CSV_FILES, compileCsvBytes } from '../src/lib/data/compile';
import { formatProblems } from '../src/lib/data/problems';
import type { Dataset } from '../src/lib/data/types';

export type FolderCheck = { ok: true; dataset: Dataset } | { ok: false; report: string };

/** Validates a folder's CSVs, read as bytes so that a file in another encoding is named. */
export function checkDataFolder(dir: string): FolderCheck {
	const bytes = {} as Record<keyof typeof CSV_FILES, Uint8Array>;
	const missing: string[] = [];
	for (const [key, file] of Object.entries(CSV_FILES) as [keyof typeof CSV_FILES, string][]) {
		const path = join(dir, file);
		if (!existsSync(path)) missing.push(`${file}: file not found in ${dir}`);
		else
			try {
				bytes[key] = readFileSync(path);
			} catch (error) {
				const reason = (error as NodeJS.ErrnoException).code ?? String(error);
				missing.push(`${file}: could not be read (${reason})`);
			}
	}
	if (missing.length > 0) return { ok: false, report: missing.join('\n') };
	const result = compileCsvBytes(bytes);
	const problems = result.ok ? capitalProblems(dir, result.dataset) : result.problems;
	if (result.ok && problems.length === 0) return { ok: true, dataset: result.dataset };
	return {
		ok: false,
		report: `${formatProblems(problems)}\n\n${problems.length} problem(s) in ${dir}: nothing was built.`
	};
}

/** The map's capitals are optional for a folder; when present they must be valid. */
function capitalProblems(dir: string, dataset: Dataset) {
	const path = join(dir, CAPITALS_FILE);
	if (!existsSync(path)) return [];
	const checked = validateCapitals(readFileSync(path, 'utf8'), dataset);
	return checked.ok ? [] : checked.problems;
}

/** The validated dataset of a folder; on any problem, prints them all and exits with status 1. */
export function readDatasetOrExit(dir: string): Dataset {
	const checked = checkDataFolder(dir);
	if (!checked.ok) {
		console.error(checked.report);
		process.exit(1);
	}
	return checked.dataset;
}
