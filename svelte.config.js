import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static site: it runs from any file server, or offline from a laptop. Unknown paths get
		// 404.html (static hosts serve it by that name), which shows the "page not found" page.
		adapter: adapter({ fallback: '404.html' }),
		prerender: { handleHttpError: 'fail' },
		// The Content-Security-Policy of every page, as a <meta> tag (README, "Security"). SvelteKit
		// adds the hash of its one inline script (the app's start); every other script is a file of
		// this site. Styles allow inline attributes: Svelte and sigma set element styles. A meta tag
		// cannot carry frame-ancestors: hosts send it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
