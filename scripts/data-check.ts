// `npm run data:check [folder]`: validates the CSVs (default: data/) and reports every problem.
import { readDatasetOrExit } from './read-data';

const dir = process.argv[2] ?? 'data';
const d = readDatasetOrExit(dir);
console.log(
	`${dir}: valid — ${d.nodes.length} nodes, ${d.edges.length} edges, ${d.events.length} events, ${d.sources.length} sources.`
);
