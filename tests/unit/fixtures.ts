import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_FILES, compileCsv, type DatasetTexts } from '../../src/lib/data/compile';
import type { Dataset } from '../../src/lib/data/types';

export function readTexts(dir: string): DatasetTexts {
	const texts = {} as DatasetTexts;
	for (const [key, file] of Object.entries(CSV_FILES) as [keyof DatasetTexts, string][]) {
		texts[key] = readFileSync(join(dir, file), 'utf8');
	}
	return texts;
}

export const SMALL = 'tests/fixtures/small';
export const REAL = 'data';

export function smallTexts(): DatasetTexts {
	return readTexts(SMALL);
}

export function loadDataset(dir: string): Dataset {
	const result = compileCsv(readTexts(dir));
	if (!result.ok) throw new Error(`fixture ${dir} is invalid: ${JSON.stringify(result.problems)}`);
	return result.dataset;
}

/** Replaces the first occurrence of `from` in one file of the texts (the test's deliberate mistake). */
export function broken(
	texts: DatasetTexts,
	file: keyof DatasetTexts,
	from: string,
	to: string
): DatasetTexts {
	if (!texts[file].includes(from)) throw new Error(`"${from}" not in ${file}`);
	return { ...texts, [file]: texts[file].replace(from, to) };
}
