// Reads and validates the stories of a data folder (`<folder>/stories/*.json`), for the CLI scripts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../src/lib/data/problems';
import type { Dataset, Problem } from '../src/lib/data/types';
import type { Story } from '../src/lib/stories/types';
import {
	datasetIdsOf,
	parseStoryText,
	storyDatasetProblems,
	storyFileNameProblem
} from '../src/lib/stories/validate';

/** Every story of `dir`/stories checked against the dataset; all problems of all files at once. */
export function checkStories(
	dir: string,
	dataset: Dataset
): { stories: Story[]; problems: Problem[] } {
	const folder = join(dir, 'stories');
	if (!existsSync(folder)) return { stories: [], problems: [] };
	const has = datasetIdsOf(dataset);
	const stories: Story[] = [];
	const problems: Problem[] = [];
	for (const name of readdirSync(folder)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		const file = join(folder, name);
		const result = parseStoryText(readFileSync(file, 'utf8'), file);
		if (!result.ok) {
			problems.push(...result.problems);
			continue;
		}
		const found = [
			storyFileNameProblem(result.story, file),
			...storyDatasetProblems(result.story, file, has)
		].filter((p) => p !== null);
		problems.push(...found);
		if (found.length === 0) stories.push(result.story);
	}
	return { stories, problems };
}

/** The valid stories of a data folder; on any problem, prints them all and exits with status 1. */
export function readStoriesOrExit(dir: string, dataset: Dataset): Story[] {
	const { stories, problems } = checkStories(dir, dataset);
	if (problems.length > 0) {
		console.error(formatProblems(problems));
		console.error(`\n${problems.length} problem(s) in ${join(dir, 'stories')}: nothing was built.`);
		process.exit(1);
	}
	return stories;
}
