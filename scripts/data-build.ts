// `npm run data:build`: validates data/*.csv, lays the network out (deterministically) and writes
// the compiled dataset file the app loads. Invalid data stops the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toCompiledDataset } from '../src/lib/data/compile';
import { withLayout } from '../src/lib/graph/layout';
import { readDatasetOrExit } from './read-data';

const OUTPUT = 'static/data/prague-process.json';

const dataset = withLayout(readDatasetOrExit(process.argv[2] ?? 'data'));
mkdirSync('static/data', { recursive: true });
writeFileSync(OUTPUT, JSON.stringify(toCompiledDataset(dataset)));
console.log(
	`${OUTPUT}: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges, ${dataset.events.length} events.`
);
