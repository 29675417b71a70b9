// Fetches a compiled dataset file and validates it; every failure becomes a result, never a throw.
import { parseCompiledDataset } from './compile';
import type { Dataset, Problem } from './types';

export type FetchedDataset = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export async function fetchDataset(fetcher: typeof fetch, path: string): Promise<FetchedDataset> {
	let json: unknown;
	try {
		const response = await fetcher(path);
		if (!response.ok) {
			return {
				ok: false,
				problems: [
					{
						file: path,
						row: null,
						column: null,
						message: `could not be loaded (HTTP ${response.status})`
					}
				]
			};
		}
		json = await response.json();
	} catch (error) {
		const reason = error instanceof SyntaxError ? 'is not valid JSON' : 'could not be loaded';
		return { ok: false, problems: [{ file: path, row: null, column: null, message: reason }] };
	}
	const result = parseCompiledDataset(json, path);
	return result.ok
		? { ok: true, dataset: result.dataset }
		: { ok: false, problems: result.problems };
}
