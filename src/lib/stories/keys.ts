// The presenter's key map: the keys that presentation clickers and slide software send, turned into
// actions. Pure, so that present mode and the presenter window share it and tests need no DOM.
import type { Blank, PresenterAction } from './position';

/** The parts of a `KeyboardEvent` the map reads. */
export interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

export interface KeyContext {
	/** Digits typed so far towards "number, then Enter". */
	typed: string;
	blank: Blank;
	/** The number of scenes, so that a typed number beyond the story does nothing. */
	count: number;
}

export interface KeyOutcome {
	action: PresenterAction | null;
	/** The digits typed after this key. */
	typed: string;
	/** True when the key was ours: the caller then prevents its default (Space scrolling, ...). */
	handled: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
const BLACK = new Set(['b', 'B', '.']);
const WHITE = new Set(['w', 'W', ',']);
/** Keys that never act alone: pressing Shift is not "any key". */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);
/** Enough for any story; more digits are ignored rather than growing without end. */
const MAX_DIGITS = 4;

const outcome = (action: PresenterAction | null, typed = ''): KeyOutcome => ({
	action,
	typed,
	handled: true
});

export function presenterKey(input: KeyInput, context: KeyContext): KeyOutcome {
	const { key } = input;
	// Browser and system shortcuts (Ctrl+R, Cmd+W, Alt+←) stay theirs.
	if (input.ctrlKey || input.altKey || input.metaKey || MODIFIERS.has(key)) {
		return { action: null, typed: context.typed, handled: false };
	}
	if (context.blank) return outcome({ kind: 'restore' });
	if (/^[0-9]$/.test(key)) {
		const typed = context.typed.length < MAX_DIGITS ? context.typed + key : context.typed;
		return outcome(null, typed);
	}
	if (key === 'Backspace' && context.typed) return outcome(null, context.typed.slice(0, -1));
	if (key === 'Enter' && context.typed) {
		const scene = Number(context.typed);
		return outcome(scene >= 1 && scene <= context.count ? { kind: 'go', scene } : null);
	}
	if (NEXT.has(key)) return outcome({ kind: 'next' });
	if (PREVIOUS.has(key)) return outcome({ kind: 'previous' });
	if (key === 'Home') return outcome({ kind: 'first' });
	if (key === 'End') return outcome({ kind: 'last' });
	if (BLACK.has(key)) return outcome({ kind: 'black' });
	if (WHITE.has(key)) return outcome({ kind: 'white' });
	if (key === 'Escape') return outcome({ kind: 'leave' });
	// Any other key drops a half-typed number, so that "3", "x", "Enter" does not jump.
	return { action: null, typed: '', handled: false };
}
