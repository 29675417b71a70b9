import { base } from '$app/paths';
import { fetchDataset } from '$lib/data/fetch';
import { withLayoutInWorker } from '$lib/graph/layout-in-worker';
import type { Problem } from '$lib/data/types';
import { isSameOriginPath } from '$lib/state/url';
import { readKeptNetwork } from '$lib/state/opened-store';
import type { PageLoad } from './$types';

// The explorer runs in the browser only (sigma needs WebGL, the view lives in the URL); the page is
// still prerendered as a static shell so that the site works from any file server or offline.
export const ssr = false;

const BUNDLED = `${base}/data/prague-process.json`;

/**
 * Loads the dataset named by `?data=` (a same-origin path) or the bundled one. A requested file that
 * fails validation is refused with the validator's messages, and the bundled network is shown.
 */
export const load: PageLoad = async ({ fetch, url, untrack }) => {
	performance.mark('app:load-start');
	// The renderer's code loads while the data does (the view imports it again, from the cache).
	void import('sigma');
	void import('$lib/render/node-shapes');
	void import('$lib/render/labels');
	const requested = untrack(() => url.searchParams.get('data'));
	let refused: { file: string; problems: Problem[] } | null = null;
	if (requested !== null && isSameOriginPath(requested)) {
		const result = await fetchDataset(fetch, requested);
		performance.mark('data:loaded');
		if (result.ok) {
			try {
				// A network without positions is laid out in a worker, as the build does for ours.
				const dataset = await withLayoutInWorker(result.dataset);
				return { dataset, dataFile: requested, refused, failure: null, opened: null };
			} catch (error) {
				const message = `could not be laid out: ${error instanceof Error ? error.message : error}`;
				refused = {
					file: requested,
					problems: [{ file: requested, row: null, column: null, message }]
				};
			}
		} else refused = { file: requested, problems: result.problems };
	}
	// A network opened from files earlier in this browser (issue 11), validated again; only the
	// explorer shows one (present mode and embeds show the bundled network). Read beside the
	// bundled file, which the page preloads anyway.
	const explorer = !['present', 'presenter', 'embed'].some((p) =>
		untrack(() => url.searchParams.has(p))
	);
	const bundling = fetchDataset(fetch, BUNDLED);
	if (requested === null && explorer) {
		const kept = await readKeptNetwork();
		if (kept.kind === 'network') {
			const opened = { network: kept.network, kept: true };
			return { dataset: kept.network.dataset, dataFile: null, refused, failure: null, opened };
		}
		if (kept.kind === 'invalid') refused = { file: kept.file, problems: kept.problems };
	}
	const bundled = await bundling;
	performance.mark('data:loaded');
	return bundled.ok
		? { dataset: bundled.dataset, dataFile: null, refused, failure: null, opened: null }
		: {
				dataset: null,
				dataFile: null,
				refused,
				failure: { file: BUNDLED, problems: bundled.problems },
				opened: null
			};
};
