// Where the benchmark reads and writes, from this file's location (not the working directory).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT_DIR = dirname(BENCH_DIR);
/** The production site built by `npm run build`. */
export const BUILD_DIR = join(ROOT_DIR, 'build');
export const TMP_DIR = join(BENCH_DIR, 'tmp');
/** The copy of build/ the runner serves, safe from a rebuild while it runs. */
export const SITE_DIR = join(TMP_DIR, 'site');
/** Generated compiled dataset files, served at `/bench-data/`. */
export const DATA_DIR = join(TMP_DIR, 'data');
/** The bare reference page's build, served at `/bare/`. */
export const BARE_OUT_DIR = join(TMP_DIR, 'bare');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
