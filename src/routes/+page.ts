import { base } from '$app/paths';
import { parseCompiledDataset } from '$lib/data/compile';
import type { ValidationResult } from '$lib/data/validate';
import type { PageLoad } from './$types';

const DATASET_FILE = 'data/prague-process.json';

type DatasetLoad = ValidationResult | { ok: false; dataset: null; problems: null; error: string };

/** Loads and validates the bundled dataset file; a failure becomes a message, never an exception. */
export const load: PageLoad = async ({ fetch }) => {
	const file = `${base}/${DATASET_FILE}`;
	let result: DatasetLoad;
	try {
		const response = await fetch(file);
		if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
		result = parseCompiledDataset(await response.json(), file);
	} catch (error) {
		result = {
			ok: false,
			dataset: null,
			problems: null,
			error: error instanceof Error ? error.message : String(error)
		};
	}
	return { file, result };
};
