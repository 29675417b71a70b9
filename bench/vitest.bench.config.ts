// `vitest bench` for the pure functions (bench/micro.bench.ts), apart from the unit tests' config
// so that neither picks up the other's files. Run by `npm run bench`, or alone:
//   npx vitest bench --run --config bench/vitest.bench.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: [],
		environment: 'node',
		benchmark: { include: ['bench/**/*.bench.ts'] }
	}
});
