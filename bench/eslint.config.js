// The repository's ESLint config, plus the benchmark's generated files (ESLint 10 looks a config up
// from each linted file's directory, so this one applies to bench/ and the root one elsewhere).
import root from '../eslint.config.js';

export default [{ ignores: ['tmp/', 'results/'] }, ...root];
