// Keeps the URL in step with the view store, through SvelteKit's shallow routing (only the query
// string changes), and applies the view of the entry Back or Forward lands on. Which entry a change
// makes is decided by HistoryLog (history.ts).
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { untrack } from 'svelte';
import type { HistoryLog } from './history';
import type { ViewStore } from './view.svelte';

/**
 * Call while a component initialises: the effects live as long as it does. `routerReady`: the page
 * has already mounted (the explorer shown again after present mode), so no navigation will say so.
 */
export function syncWithUrl(
	store: ViewStore,
	log: HistoryLog,
	options: { routerReady?: boolean } = {}
) {
	// The router takes history calls only once the page has mounted.
	let routerReady = $state(options.routerReady ?? false);
	afterNavigate(() => (routerReady = true));

	$effect(() => {
		if (!routerReady) return;
		const view = store.viewState;
		untrack(() => {
			const action = log.next(view);
			if (!action) return;
			const url = `${location.pathname}${action.query ? `?${action.query}` : ''}`;
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (action.kind === 'push') pushState(url, {});
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(url, {});
		});
	});

	// SvelteKit's `page.url` stays the loaded URL across shallow entries: the browser's own
	// location is read.
	$effect(() => {
		const onpopstate = () => {
			const decoded = log.arrived(location.search);
			if (!decoded) return;
			store.apply(decoded.state);
			log.settled(store.viewState);
		};
		addEventListener('popstate', onpopstate);
		return () => removeEventListener('popstate', onpopstate);
	});
}
