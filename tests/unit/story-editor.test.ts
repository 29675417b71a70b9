import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/data/problems';
import { DEFAULT_VIEW, type ViewState } from '../../src/lib/state/url';
import { newSceneTitle } from '../../src/lib/stories/scene-title';
import {
	addScene,
	deleteScene,
	duplicateScene,
	emptyStory,
	moveScene,
	moveSceneDown,
	moveSceneUp,
	retitleScene,
	retitleStory,
	sceneFromView,
	setCaption,
	setNotes,
	setSceneView
} from '../../src/lib/stories/editor';
import { sceneViewState } from '../../src/lib/stories/scene-view';
import {
	decodeStoryDraft,
	exportStory,
	loadStoryDraft,
	saveStoryDraft,
	STORY_DRAFT_KEY,
	STORY_DRAFT_UNREADABLE_KEY,
	storyToJson
} from '../../src/lib/stories/storage';
import type { Story } from '../../src/lib/stories/types';
import { parseStoryText } from '../../src/lib/stories/validate';

const view = (node: string): ViewState => ({ ...DEFAULT_VIEW, node });

/** A story of scenes titled A, B, C... each showing a node of the same name in lower case. */
function story(...titles: string[]): Story {
	return titles.reduce(
		(s, t) => addScene(s, sceneFromView(view(t.toLowerCase()), { en: t, ru: '' })),
		emptyStory('mine', { en: 'Mine', ru: 'Моя' })
	);
}
const titles = (s: Story) => s.scenes.map((scene) => scene.title.en).join('');

/** An in-memory stand-in for localStorage that can be told to refuse writes. */
function memoryStorage(initial: Record<string, string> = {}, refuse = false) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			items.set(k, v);
		}
	};
}

describe('the story editor', () => {
	it('adds the current view as a scene, without language or dataset file', () => {
		const s = addScene(
			emptyStory('mine', { en: 'Mine', ru: '' }),
			sceneFromView(
				{
					...view('tajikistan'),
					lang: 'ru',
					data: '/x.json',
					period: { from: '2012-06-30', to: '2012-06-30' }
				},
				{ en: 'Tajikistan', ru: 'Таджикистан' }
			)
		);
		expect(s.scenes).toHaveLength(1);
		expect(s.scenes[0]!.view).toBe('at=2012-06-30&node=tajikistan');
		expect(s.scenes[0]!.title).toEqual({ en: 'Tajikistan', ru: 'Таджикистан' });
		expect(sceneViewState(s.scenes[0]!).node).toBe('tajikistan');
	});

	it('adds at the end, or where asked', () => {
		expect(titles(story('A', 'B', 'C'))).toBe('ABC');
		const s = addScene(story('A', 'C'), sceneFromView(view('b'), { en: 'B', ru: '' }), 1);
		expect(titles(s)).toBe('ABC');
	});

	it('reorders by drag (from → to) and by keyboard (up, down)', () => {
		const s = story('A', 'B', 'C', 'D');
		expect(titles(moveScene(s, 0, 2))).toBe('BCAD');
		expect(titles(moveScene(s, 3, 0))).toBe('DABC');
		expect(titles(moveSceneUp(s, 2))).toBe('ACBD');
		expect(titles(moveSceneDown(s, 1))).toBe('ACBD');
	});

	it('does nothing past the ends or out of range, rather than losing a scene', () => {
		const s = story('A', 'B', 'C');
		for (const changed of [
			moveSceneUp(s, 0),
			moveSceneDown(s, 2),
			moveScene(s, 1, 7),
			moveScene(s, -1, 0),
			deleteScene(s, 3),
			duplicateScene(s, -1),
			retitleScene(s, 5, 'en', 'X'),
			setNotes(s, 1.5, 'x')
		]) {
			expect(changed).toBe(s);
		}
	});

	it('retitles the story and a scene, sets captions in both languages and notes', () => {
		let s = story('A', 'B');
		s = retitleStory(s, 'ru', 'Моя история');
		s = retitleScene(s, 1, 'en', 'Bee');
		s = setCaption(s, 1, 'en', 'A caption.');
		s = setCaption(s, 1, 'ru', 'Подпись.');
		s = setNotes(s, 0, 'Say hello.');
		expect(s.title).toEqual({ en: 'Mine', ru: 'Моя история' });
		expect(s.scenes[1]!.title.en).toBe('Bee');
		expect(s.scenes[1]!.caption).toEqual({ en: 'A caption.', ru: 'Подпись.' });
		expect(s.scenes[0]!.notes).toBe('Say hello.');
	});

	it('deletes and duplicates (the copy right after, edited on its own)', () => {
		const s = story('A', 'B', 'C');
		expect(titles(deleteScene(s, 1))).toBe('AC');
		const d = duplicateScene(s, 1);
		expect(titles(d)).toBe('ABBC');
		// A scene of its own, so that a list keyed by scene tells the two apart.
		expect(d.scenes[2]).not.toBe(d.scenes[1]);
		expect(titles(retitleScene(d, 2, 'en', 'X'))).toBe('ABXC');
		expect(d.scenes[1]!.title.en).toBe('B');
	});

	it('points a scene at another view', () => {
		const s = setSceneView(story('A'), 0, { ...view('belarus'), lang: 'en' });
		expect(s.scenes[0]!.view).toBe('node=belarus');
	});

	it('leaves the story it was given alone and keeps untouched scenes as they were', () => {
		const s = story('A', 'B', 'C');
		const before = structuredClone(s);
		const changed = setCaption(moveScene(s, 0, 2), 0, 'en', 'x');
		expect(s).toEqual(before);
		expect(changed.scenes[1]).toBe(s.scenes[2]);
	});
});

describe('the story kept in the browser', () => {
	it('survives a save and a load', () => {
		const s = setCaption(story('A', 'B'), 0, 'ru', 'Подпись');
		const storage = memoryStorage();
		expect(saveStoryDraft(storage, s)).toBeNull();
		const loaded = loadStoryDraft(storage, 'Your story');
		expect(loaded).toEqual({ kind: 'ok', story: s, warnings: [] });
	});

	it('keeps work in progress: empty texts and no scene yet', () => {
		const s = retitleStory(emptyStory('mine', { en: '', ru: '' }), 'en', '');
		const storage = memoryStorage();
		saveStoryDraft(storage, s);
		expect(loadStoryDraft(storage, 'Your story')).toEqual({ kind: 'ok', story: s, warnings: [] });
	});

	it('nothing stored is no story, not an error', () => {
		expect(loadStoryDraft(memoryStorage(), 'Your story')).toEqual({ kind: 'none' });
		expect(loadStoryDraft(null, 'Your story')).toEqual({ kind: 'none' });
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {}
		};
		expect(loadStoryDraft(refusing, 'Your story')).toEqual({ kind: 'none' });
	});

	it('garbage in storage gives a clear message and is set aside, never thrown', () => {
		for (const garbage of ['{"id": "mine", "title"', 'null', '[]', '"story"', '{"scenes": 3}']) {
			const storage = memoryStorage({ [STORY_DRAFT_KEY]: garbage });
			const loaded = loadStoryDraft(storage, 'Your story');
			expect(loaded.kind, garbage).toBe('unreadable');
			if (loaded.kind !== 'unreadable') continue;
			expect(formatProblems(loaded.problems)).toMatch(/^Your story: /);
			expect(storage.items.get(STORY_DRAFT_UNREADABLE_KEY)).toBe(garbage);
		}
		const loaded = decodeStoryDraft('{"id": "mine", "title"', 'Your story');
		expect(loaded).toEqual({
			kind: 'unreadable',
			problems: [{ file: 'Your story', row: null, column: null, message: 'is not valid JSON' }]
		});
	});

	it('a view an older version wrote is kept with what can be read, and a warning', () => {
		const text = storyToJson(story('A')).replace('"node=a"', '"node=a&zoom=4"');
		const loaded = decodeStoryDraft(text, 'Your story');
		expect(loaded.kind).toBe('ok');
		if (loaded.kind !== 'ok') return;
		expect(loaded.story.scenes[0]!.view).toBe('node=a');
		expect(formatProblems(loaded.warnings)).toBe(
			'Your story: scene 1: view: "zoom=4" is not understood'
		);
	});

	it('says why a save failed (storage full or refused) instead of throwing', () => {
		expect(saveStoryDraft(memoryStorage({}, true), story('A'))).toMatch(/quota/);
		expect(saveStoryDraft(null, story('A'))).toBe('storage is not available');
	});
});

describe('export and import', () => {
	it('exports the file format of data/stories/, which imports back as the same story', () => {
		const s = setCaption(setCaption(story('A', 'B'), 0, 'en', 'One.'), 1, 'en', 'Two.');
		const exported = exportStory(s);
		expect(exported.ok).toBe(true);
		if (!exported.ok) return;
		expect(exported.fileName).toBe('mine.json');
		const imported = parseStoryText(exported.text, exported.fileName);
		expect(imported).toEqual({ ok: true, story: s, warnings: [] });
		// Empty optional texts are left out of the file.
		expect(exported.text).not.toMatch(/"ru": ""|"notes"/);
	});

	it('refuses to export what a story file may not be, and says what to fill in', () => {
		const exported = exportStory(story('A'));
		expect(exported.ok).toBe(false);
		if (exported.ok) return;
		expect(formatProblems(exported.problems)).toBe('mine.json: scene 1: caption.en: is empty');
		const none = exportStory(emptyStory('mine', { en: 'Mine', ru: 'Моя' }));
		expect(none.ok).toBe(false);
	});

	it('an invalid imported file is refused with what is wrong', () => {
		const text = storyToJson(story('A')).replace('"node=a"', '"node=a&zoom=4"');
		const imported = parseStoryText(text, 'mine.json');
		expect(imported.ok).toBe(false);
		if (imported.ok) return;
		expect(formatProblems(imported.problems)).toContain(
			'mine.json: scene 1: view: "zoom=4" is not understood'
		);
	});
});

describe('the title a new scene starts with', () => {
	const labels: Record<string, { en: string; ru: string }> = {
		tajikistan: { en: 'Tajikistan', ru: 'Таджикистан' },
		'mc-2011-poznan': { en: 'Poznań Ministerial Conference', ru: '' }
	};
	const labelOf = (id: string) => labels[id] ?? null;

	it('is what the view selects, in both languages', () => {
		expect(newSceneTitle({ node: 'tajikistan', event: null }, 3, labelOf)).toEqual({
			en: 'Tajikistan',
			ru: 'Таджикистан'
		});
		expect(newSceneTitle({ node: null, event: 'mc-2011-poznan' }, 3, labelOf).en).toBe(
			'Poznań Ministerial Conference'
		);
	});

	it('else the scene’s number', () => {
		expect(newSceneTitle({ node: null, event: null }, 4, labelOf)).toEqual({
			en: 'Scene 4',
			ru: 'Сцена 4'
		});
		expect(newSceneTitle({ node: 'atlantis', event: null }, 2, labelOf).en).toBe('Scene 2');
	});
});
