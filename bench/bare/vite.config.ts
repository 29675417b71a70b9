// Builds the bare reference page (bench/bare) to bench/tmp/bare, served at /bare/ by the runner.
// Not part of the app: no SvelteKit, no framework, the app's own sigma and graphology.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: '/bare/',
	logLevel: 'warn',
	build: {
		outDir: fileURLToPath(new URL('../tmp/bare', import.meta.url)),
		emptyOutDir: true,
		// Like the app's production build: minified, no source maps.
		sourcemap: false
	}
});
