// The presenter/audience protocol: the presenter window and the audience window of one story talk over
// a BroadcastChannel. Whichever window acts (a key, a click, a swipe) applies the action itself and
// sends its new position; the other takes it. Positions, not actions, travel, so a message that
// arrives twice changes nothing. Anything else on the channel is ignored.
import { clampScene, type Blank, type PresenterPosition } from './position';

/** Bumped when the messages change, so that an old and a new version of the app ignore each other. */
export const PROTOCOL_VERSION = 1;

export type PresenterMessage =
	/** A window joined the presentation and asks the others where it stands. */
	| { v: typeof PROTOCOL_VERSION; type: 'hello'; story: string }
	/** The position after a change, or in answer to `hello`. */
	| ({ v: typeof PROTOCOL_VERSION; type: 'position'; story: string } & PresenterPosition)
	/** One window left present mode; the presenter window says so rather than going on alone. */
	| { v: typeof PROTOCOL_VERSION; type: 'leave'; story: string };

export function presenterChannelName(storyId: string): string {
	return `prague-process-presenter:${storyId}`;
}

export const helloMessage = (story: string): PresenterMessage => ({
	v: PROTOCOL_VERSION,
	type: 'hello',
	story
});

export const positionMessage = (story: string, position: PresenterPosition): PresenterMessage => ({
	v: PROTOCOL_VERSION,
	type: 'position',
	story,
	scene: position.scene,
	blank: position.blank
});

export const leaveMessage = (story: string): PresenterMessage => ({
	v: PROTOCOL_VERSION,
	type: 'leave',
	story
});

const BLANKS: readonly Blank[] = ['black', 'white', null];

/**
 * A received message if it is one of ours, for this story and within its scenes; null for anything
 * else (another story, another version, a stray or malformed message), which the caller ignores.
 */
export function readPresenterMessage(
	data: unknown,
	expected: { story: string; count: number }
): PresenterMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.v !== PROTOCOL_VERSION || m.story !== expected.story) return null;
	switch (m.type) {
		case 'hello':
			return helloMessage(expected.story);
		case 'leave':
			return leaveMessage(expected.story);
		case 'position': {
			const { scene, blank } = m;
			if (typeof scene !== 'number' || !Number.isInteger(scene)) return null;
			if (scene !== clampScene(scene, expected.count)) return null;
			if (!BLANKS.includes(blank as Blank)) return null;
			return positionMessage(expected.story, { scene, blank: blank as Blank });
		}
		default:
			return null;
	}
}
