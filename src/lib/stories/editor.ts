// The story editor's operations. Each returns a new story and leaves the one it was given alone;
// scenes it does not touch keep their identity, so a keyed list (`{#each scenes as scene (scene)}`)
// keeps focus and order through a change. An index out of range returns the story unchanged.
import type { Locale } from '../i18n/messages';
import type { ViewState } from '../state/url';
import { sceneQuery } from './scene-view';
import type { LocalText, Scene, Story } from './types';

const inRange = (story: Story, i: number) =>
	Number.isInteger(i) && i >= 0 && i < story.scenes.length;

function withScenes(story: Story, scenes: Scene[]): Story {
	return { ...story, scenes };
}

function updateScene(story: Story, i: number, change: (scene: Scene) => Scene): Story {
	if (!inRange(story, i)) return story;
	return withScenes(
		story,
		story.scenes.map((s, j) => (j === i ? change(s) : s))
	);
}

export function emptyStory(id: string, title: LocalText): Story {
	return { id, title: { ...title }, scenes: [] };
}

/** A new scene showing a view (language and dataset file left out, see `sceneQuery`). */
export function sceneFromView(view: ViewState, title: LocalText): Scene {
	return { title: { ...title }, caption: { en: '', ru: '' }, notes: '', view: sceneQuery(view) };
}

/** Adds a scene at `at` (default: the end). */
export function addScene(story: Story, scene: Scene, at = story.scenes.length): Story {
	const i = Math.min(Math.max(0, Math.trunc(at)), story.scenes.length);
	return withScenes(story, [...story.scenes.slice(0, i), scene, ...story.scenes.slice(i)]);
}

/** Moves the scene at `from` so that it ends up at `to` (a drag and drop). */
export function moveScene(story: Story, from: number, to: number): Story {
	if (!inRange(story, from) || !inRange(story, to) || from === to) return story;
	const scenes = [...story.scenes];
	const [moved] = scenes.splice(from, 1);
	scenes.splice(to, 0, moved!);
	return withScenes(story, scenes);
}

export const moveSceneUp = (story: Story, i: number) => moveScene(story, i, i - 1);
export const moveSceneDown = (story: Story, i: number) => moveScene(story, i, i + 1);

export function deleteScene(story: Story, i: number): Story {
	if (!inRange(story, i)) return story;
	return withScenes(
		story,
		story.scenes.filter((_, j) => j !== i)
	);
}

/** Adds a copy of the scene right after it. */
export function duplicateScene(story: Story, i: number): Story {
	if (!inRange(story, i)) return story;
	const s = story.scenes[i]!;
	const copy: Scene = { ...s, title: { ...s.title }, caption: { ...s.caption } };
	return addScene(story, copy, i + 1);
}

export function retitleStory(story: Story, locale: Locale, text: string): Story {
	return { ...story, title: { ...story.title, [locale]: text } };
}

export function retitleScene(story: Story, i: number, locale: Locale, text: string): Story {
	return updateScene(story, i, (s) => ({ ...s, title: { ...s.title, [locale]: text } }));
}

export function setCaption(story: Story, i: number, locale: Locale, text: string): Story {
	return updateScene(story, i, (s) => ({ ...s, caption: { ...s.caption, [locale]: text } }));
}

export function setNotes(story: Story, i: number, notes: string): Story {
	return updateScene(story, i, (s) => ({ ...s, notes }));
}

/** Points a scene at another view ("use the current view for this scene"). */
export function setSceneView(story: Story, i: number, view: ViewState): Story {
	return updateScene(story, i, (s) => ({ ...s, view: sceneQuery(view) }));
}
