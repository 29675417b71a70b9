import { describe, expect, it } from 'vitest';
import {
	helloMessage,
	leaveMessage,
	positionMessage,
	presenterChannelName,
	readPresenterMessage
} from '../../src/lib/stories/channel';
import { presenterKey, type KeyInput } from '../../src/lib/stories/keys';
import {
	applyPresenterAction,
	sceneFromParam,
	type Blank,
	type PresenterAction,
	type PresenterPosition
} from '../../src/lib/stories/position';

const COUNT = 10;

/**
 * Presses keys in turn, as present mode does (key map, then position), from a position; returns
 * where the presentation ends up, and whether it was asked to leave.
 */
function press(keys: (string | KeyInput)[], from: PresenterPosition = { scene: 1, blank: null }) {
	let position = from;
	let typed = '';
	let left = false;
	for (const k of keys) {
		const input = typeof k === 'string' ? { key: k } : k;
		const outcome = presenterKey(input, { typed, blank: position.blank, count: COUNT });
		typed = outcome.typed;
		if (outcome.action?.kind === 'leave') left = true;
		else if (outcome.action) position = applyPresenterAction(position, outcome.action, COUNT);
	}
	return { ...position, left, typed };
}

describe('the presenter key map', () => {
	it('→, ↓, PageDown, Space and Enter go to the next scene', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) {
			expect(press([key]).scene, key).toBe(2);
		}
		expect(press(['ArrowRight', 'ArrowRight', 'ArrowRight']).scene).toBe(4);
	});

	it('←, ↑, PageUp and Backspace go back', () => {
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
			expect(press([key], { scene: 5, blank: null }).scene, key).toBe(4);
		}
	});

	it('stops at the first and the last scene', () => {
		expect(press(['ArrowLeft']).scene).toBe(1);
		expect(press(['ArrowRight'], { scene: COUNT, blank: null }).scene).toBe(COUNT);
	});

	it('Home and End go to the first and the last scene', () => {
		expect(press(['End']).scene).toBe(COUNT);
		expect(press(['Home'], { scene: 7, blank: null }).scene).toBe(1);
	});

	it('a number then Enter goes to that scene', () => {
		expect(press(['3', 'Enter'], { scene: 8, blank: null }).scene).toBe(3);
		expect(press(['1', '0', 'Enter']).scene).toBe(10);
	});

	it('a number beyond the story does nothing; Backspace corrects a typed digit', () => {
		expect(press(['4', '2', 'Enter'], { scene: 5, blank: null }).scene).toBe(5);
		expect(press(['0', 'Enter'], { scene: 5, blank: null }).scene).toBe(5);
		expect(press(['1', '2', 'Backspace', 'Enter'], { scene: 5, blank: null }).scene).toBe(1);
		expect(press(['7', '2', 'Backspace', 'Enter']).scene).toBe(7);
	});

	it('another key drops a half-typed number', () => {
		expect(press(['3', 'x', 'Enter']).scene).toBe(2);
		expect(press(['3', 'ArrowRight']).scene).toBe(2);
		expect(press(['3', 'ArrowRight']).typed).toBe('');
	});

	it('B or . blacks the screen, W or , whitens it, and any key restores it', () => {
		for (const key of ['b', 'B', '.']) expect(press([key]).blank, key).toBe('black');
		for (const key of ['w', 'W', ',']) expect(press([key]).blank, key).toBe('white');
		const black = { scene: 4, blank: 'black' as Blank };
		for (const key of ['ArrowRight', 'x', 'b', 'Escape', '5']) {
			expect(press([key], black), key).toEqual({ scene: 4, blank: null, left: false, typed: '' });
		}
	});

	it('Esc leaves present mode (once the screen is not blank)', () => {
		expect(press(['Escape']).left).toBe(true);
		expect(press(['Escape'], { scene: 2, blank: 'white' }).left).toBe(false);
	});

	it('leaves browser shortcuts and lone modifier keys alone', () => {
		const outcome = presenterKey(
			{ key: 'ArrowLeft', altKey: true },
			{ typed: '', blank: null, count: COUNT }
		);
		expect(outcome).toEqual({ action: null, typed: '', handled: false });
		expect(
			press([
				{ key: 'r', ctrlKey: true },
				{ key: 'ArrowRight', metaKey: true }
			]).scene
		).toBe(1);
		expect(press(['Shift'], { scene: 3, blank: 'black' }).blank).toBe('black');
	});

	it('claims the keys it uses, so that Space does not scroll the page', () => {
		const ctx = { typed: '', blank: null, count: COUNT };
		expect(presenterKey({ key: ' ' }, ctx).handled).toBe(true);
		expect(presenterKey({ key: 'Backspace' }, ctx).handled).toBe(true);
		expect(presenterKey({ key: 'x' }, ctx).handled).toBe(false);
	});
});

describe('the presentation position', () => {
	it('moving to a scene lifts a blank screen', () => {
		const black: PresenterPosition = { scene: 3, blank: 'black' };
		expect(applyPresenterAction(black, { kind: 'go', scene: 6 }, COUNT)).toEqual({
			scene: 6,
			blank: null
		});
		expect(applyPresenterAction(black, { kind: 'white' }, COUNT)).toEqual({
			scene: 3,
			blank: 'white'
		});
	});

	it('leaving is the caller’s to carry out', () => {
		const at = { scene: 3, blank: null };
		expect(applyPresenterAction(at, { kind: 'leave' } as PresenterAction, COUNT)).toBe(at);
	});

	it('reads the scene link parameter, opening the first scene on anything unusable', () => {
		expect(sceneFromParam('4', COUNT)).toBe(4);
		expect(sceneFromParam('99', COUNT)).toBe(COUNT);
		for (const raw of [null, '', '0', '0x3', '-2', '2.5', 'four', '1e1']) {
			expect(sceneFromParam(raw, COUNT), String(raw)).toBe(1);
		}
	});
});

describe('the presenter/audience messages', () => {
	const expected = { story: 'default', count: COUNT };

	it('each story has its own channel', () => {
		expect(presenterChannelName('default')).not.toBe(presenterChannelName('mine'));
	});

	it('reads back every message it sends', () => {
		for (const message of [
			helloMessage('default'),
			leaveMessage('default'),
			positionMessage('default', { scene: 4, blank: null }),
			positionMessage('default', { scene: 10, blank: 'black' })
		]) {
			// Through structured cloning, as a BroadcastChannel delivers it.
			expect(readPresenterMessage(structuredClone(message), expected)).toEqual(message);
		}
	});

	it('ignores garbage, other stories, other versions and positions outside the story', () => {
		const position = positionMessage('default', { scene: 4, blank: null });
		for (const data of [
			null,
			undefined,
			'next',
			42,
			[],
			{},
			{ ...position, story: 'other' },
			{ ...position, v: 2 },
			{ ...position, v: undefined },
			{ ...position, type: 'jump' },
			{ ...position, scene: 0 },
			{ ...position, scene: 11 },
			{ ...position, scene: 2.5 },
			{ ...position, scene: '4' },
			{ ...position, scene: Number.NaN },
			{ ...position, blank: 'grey' },
			{ ...position, blank: undefined }
		]) {
			expect(readPresenterMessage(data, expected), JSON.stringify(data)).toBeNull();
		}
	});

	it('keeps only the fields of the protocol', () => {
		const read = readPresenterMessage(
			{ ...positionMessage('default', { scene: 2, blank: 'white' }), extra: '<img>' },
			expected
		);
		expect(read).toEqual({ v: 1, type: 'position', story: 'default', scene: 2, blank: 'white' });
	});
});
