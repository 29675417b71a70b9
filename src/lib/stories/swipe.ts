// Touch: a swipe to the left shows the next scene, to the right the previous one, as on a tablet's
// slide show. Pure, over the gesture's start and end, so tests need no touch screen.
import type { PresenterAction } from './position';

/** Shorter moves are taps or a wobbling finger, not a swipe. */
export const SWIPE_MIN_PX = 50;
/** Slower moves are a pan or reading with a finger. */
export const SWIPE_MAX_MS = 800;

export interface Swipe {
	dx: number;
	dy: number;
	ms: number;
}

export function swipeAction({ dx, dy, ms }: Swipe): PresenterAction | null {
	if (ms > SWIPE_MAX_MS || Math.abs(dx) < SWIPE_MIN_PX) return null;
	// Mostly sideways: a vertical scroll that drifts is not a swipe.
	if (Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
	return dx < 0 ? { kind: 'next' } : { kind: 'previous' };
}
