// Where a presentation stands: the scene shown (numbered from 1, as in `?scene=` and "4 / 10") and
// whether the screen is blanked. Both windows of a presentation hold one and keep it in step.

export type Blank = 'black' | 'white' | null;

export interface PresenterPosition {
	scene: number;
	blank: Blank;
}

export type PresenterAction =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'first' }
	| { kind: 'last' }
	/** A scene number typed on the keyboard, then Enter. */
	| { kind: 'go'; scene: number }
	| { kind: 'black' }
	| { kind: 'white' }
	/** Lifts a black or white screen. */
	| { kind: 'restore' }
	/** Back to the explorer, at the current scene's view. */
	| { kind: 'leave' };

/** A scene number kept within 1…count (a story has at least one scene). */
export function clampScene(scene: number, count: number): number {
	if (!Number.isFinite(scene)) return 1;
	return Math.min(Math.max(1, Math.trunc(scene)), Math.max(1, count));
}

/** The `scene` link parameter as a scene number; anything unusable opens the first scene. */
export function sceneFromParam(raw: string | null, count: number): number {
	if (raw === null || !/^\d{1,6}$/.test(raw)) return 1;
	return clampScene(Number(raw), count);
}

/**
 * The position after an action. Moving between scenes lifts a blank screen; `leave` is the
 * caller's to carry out and leaves the position as it is.
 */
export function applyPresenterAction(
	position: PresenterPosition,
	action: PresenterAction,
	count: number
): PresenterPosition {
	const go = (scene: number) => ({ scene: clampScene(scene, count), blank: null });
	switch (action.kind) {
		case 'next':
			return go(position.scene + 1);
		case 'previous':
			return go(position.scene - 1);
		case 'first':
			return go(1);
		case 'last':
			return go(count);
		case 'go':
			return go(action.scene);
		case 'black':
		case 'white':
			return { scene: position.scene, blank: action.kind };
		case 'restore':
			return { scene: position.scene, blank: null };
		case 'leave':
			return position;
	}
}
