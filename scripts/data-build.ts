// `npm run data:build`: validates data/*.csv and the stories in data/stories/, lays the network out
// (deterministically) and writes the compiled dataset file and the stories the app loads. Invalid
// data or an invalid story stops the build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { toCompiledDataset } from '../src/lib/data/compile';
import { withLayout } from '../src/lib/graph/layout';
import { storyToJson } from '../src/lib/stories/storage';
import { readDatasetOrExit } from './read-data';
import { readStoriesOrExit } from './read-stories';

const OUTPUT = 'static/data/prague-process.json';
const STORIES = 'static/data/stories';
/** The list of stories (id, title, number of scenes), beside their folder so no id can clash. */
const STORIES_INDEX = 'static/data/stories.json';

const dir = process.argv[2] ?? 'data';
const dataset = withLayout(readDatasetOrExit(dir));
const stories = readStoriesOrExit(dir, dataset);
mkdirSync('static/data', { recursive: true });
writeFileSync(OUTPUT, JSON.stringify(toCompiledDataset(dataset)));
console.log(
	`${OUTPUT}: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges, ${dataset.events.length} events.`
);
// Rewritten whole, so that a story removed from data/stories/ is not served any more.
rmSync(STORIES, { recursive: true, force: true });
mkdirSync(STORIES, { recursive: true });
for (const story of stories) writeFileSync(`${STORIES}/${story.id}.json`, storyToJson(story));
const index = stories.map((s) => ({ id: s.id, title: s.title, scenes: s.scenes.length }));
writeFileSync(STORIES_INDEX, `${JSON.stringify(index, null, '\t')}\n`);
console.log(`${STORIES}/: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}.`);
