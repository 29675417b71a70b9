/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use: on the first visit this worker saves the built app, the dataset file and the stories
// (everything in `static/`) in a cache of its own version, and from then on serves them from there,
// with or without a network. A new build is a new version: it fills a new cache while the old one
// keeps serving, waits until the app's windows are closed (or the page asks it to take over, see
// OfflineStatus.svelte), then deletes the old caches. A page is thus served by one version's files
// only, never a mix.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'ppne-';
const CACHE = `${PREFIX}${version}`;
/** During `vite dev` there is no build to save: the worker stays out of the way. */
const ACTIVE = build.length > 0;
const ASSETS = new Set([...build, ...files, ...prerendered]);
/** The prerendered pages; the view lives in the query string, so any query opens the same page. */
const PAGES = new Set(prerendered);

sw.addEventListener('install', (event) => {
	if (!ACTIVE) return;
	event.waitUntil(
		caches.open(CACHE).then((cache) =>
			// `reload` skips the HTTP cache, which may still hold the previous version's unhashed files
			// (the dataset, the page): this version's cache gets this version's files.
			cache.addAll([...ASSETS].map((url) => new Request(url, { cache: 'reload' })))
		)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			}
			// The first visit's page is served by this worker from now on, not only after a reload.
			await sw.clients.claim();
		})()
	);
});

// A page that shows "new version ready" asks the waiting worker to take over, then reloads.
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (!ACTIVE || request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const key =
		request.mode === 'navigate' && PAGES.has(url.pathname)
			? url.pathname
			: ASSETS.has(url.pathname) && url.search === ''
				? url.pathname
				: null;
	// Anything else (another dataset file named by `?data=`, ...) goes to the network as usual.
	if (key === null) return;
	event.respondWith(
		caches
			.open(CACHE)
			.then((cache) => cache.match(key))
			.then((hit) => hit ?? fetch(request))
	);
});
