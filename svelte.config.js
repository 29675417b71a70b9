import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static site: it runs from any file server, or offline from a laptop.
		adapter: adapter({ fallback: undefined }),
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
