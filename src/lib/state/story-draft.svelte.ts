// The story being edited in the explorer: kept in the browser's storage after every change (a reload
// or a crash loses nothing), imported from and exported to the story file format. A file that is
// not a valid story for this dataset is refused with its problems, and the story in hand is kept.
import type { Problem } from '../data/types';
import { loadStoryDraft, saveStoryDraft } from '../stories/storage';
import type { Story } from '../stories/types';
import { parseStoryText, storyDatasetProblems, type DatasetIds } from '../stories/validate';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export class StoryDraft {
	#story = $state.raw<Story>({ id: '', title: { en: '', ru: '' }, scenes: [] });
	#saveError = $state<string | null>(null);
	#setAside = $state.raw<Problem[] | null>(null);
	#storage: StorageLike | null;

	constructor(
		storage: StorageLike | null,
		options: {
			/** How the draft is named in problems ("Your story"). */
			name: string;
			/** The story to start from when none is kept. */
			fresh: () => Story;
		}
	) {
		this.#storage = storage;
		const loaded = loadStoryDraft(storage, options.name);
		if (loaded.kind === 'ok') this.#story = loaded.story;
		else {
			// An unreadable draft has been moved aside by loadStoryDraft: say so, start afresh.
			if (loaded.kind === 'unreadable') this.#setAside = loaded.problems;
			this.#story = options.fresh();
		}
	}

	get story(): Story {
		return this.#story;
	}
	/** Why the last change could not be kept in the browser (storage full or refused), or null. */
	get saveError(): string | null {
		return this.#saveError;
	}
	/** The problems of a kept draft that could not be read at start (it was set aside, not deleted). */
	get setAside(): Problem[] | null {
		return this.#setAside;
	}

	/** Applies an editor operation (stories/editor.ts) and keeps the result. */
	change(operation: (story: Story) => Story) {
		const next = operation(this.#story);
		if (next === this.#story) return;
		this.#story = next;
		this.#saveError = saveStoryDraft(this.#storage, next);
	}

	/**
	 * Opens a story file in place of the draft; returns its problems (then nothing changes), or an
	 * empty list when it was opened.
	 */
	import(text: string, fileName: string, has: DatasetIds): Problem[] {
		const result = parseStoryText(text, fileName);
		if (!result.ok) return result.problems;
		const problems = storyDatasetProblems(result.story, fileName, has);
		if (problems.length) return problems;
		this.change(() => result.story);
		return [];
	}

	dismissSetAside() {
		this.#setAside = null;
	}
}
