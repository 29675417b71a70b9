// Fetches a compiled dataset file and validates it; every failure becomes a result, never a throw.
import { parseCompiledDataset } from './compiled';
import type { Dataset, Problem } from './types';

export type FetchedDataset = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Larger files are refused before parsing (the 50k-node benchmark file is about 40 MB). */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

const reasonOf = (error: unknown) =>
	error instanceof Error && error.message ? error.message : String(error);

export async function fetchDataset(fetcher: typeof fetch, path: string): Promise<FetchedDataset> {
	const refuse = (message: string): FetchedDataset => ({
		ok: false,
		problems: [{ file: path, row: null, column: null, message }]
	});
	let text: string;
	try {
		const response = await fetcher(path);
		if (!response.ok) return refuse(`could not be loaded (HTTP ${response.status})`);
		const length = Number(response.headers.get('content-length'));
		if (length > MAX_FILE_BYTES) return refuse(`is larger than ${MAX_FILE_BYTES / 2 ** 20} MB`);
		text = await response.text();
	} catch (error) {
		return refuse(`could not be loaded (${reasonOf(error)})`);
	}
	if (text.length > MAX_FILE_BYTES) return refuse(`is larger than ${MAX_FILE_BYTES / 2 ** 20} MB`);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		// Some engines give up on deeply nested JSON with a RangeError rather than a SyntaxError.
		return refuse(
			error instanceof SyntaxError
				? `is not valid JSON (${reasonOf(error)})`
				: `could not be read (${reasonOf(error)})`
		);
	}
	const result = parseCompiledDataset(json, path);
	return result.ok
		? { ok: true, dataset: result.dataset }
		: { ok: false, problems: result.problems };
}
