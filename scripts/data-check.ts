// `npm run data:check [folder]`: validates the CSVs and the stories (default: data/) and reports
// every problem.
import { readDatasetOrExit } from './read-data';
import { readStoriesOrExit } from './read-stories';

const dir = process.argv[2] ?? 'data';
const d = readDatasetOrExit(dir);
const stories = readStoriesOrExit(dir, d);
console.log(
	`${dir}: valid — ${d.nodes.length} nodes, ${d.edges.length} edges, ${d.events.length} events, ${d.sources.length} sources, ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}.`
);
