// Where a presentation stands (scene, blank screen, a number being typed), for one window of it:
// the audience window or the presenter window. Each acts on its own keys, clicks and swipes, then
// tells the other its new position over the channel (stories/channel.ts); what the other says is
// taken as it comes. Leaving is the audience window's to carry out (`onLeave`).
import {
	helloMessage,
	leaveMessage,
	positionMessage,
	readPresenterMessage
} from '../stories/channel';
import { presenterKey, type KeyInput } from '../stories/keys';
import {
	applyPresenterAction,
	clampScene,
	type Blank,
	type PresenterAction,
	type PresenterPosition
} from '../stories/position';
import type { Scene, Story } from '../stories/types';

/** What a presentation needs of a BroadcastChannel (tests pass a pair of fakes). */
export interface PresenterChannel {
	postMessage(message: unknown): void;
	close(): void;
	onmessage: ((event: MessageEvent) => void) | null;
}

export class Presentation {
	#position = $state<PresenterPosition>({ scene: 1, blank: null });
	#typed = $state('');
	#otherLeft = $state(false);
	#channel: PresenterChannel | null;
	#onLeave: (() => void) | null;
	#channelId: string;

	constructor(
		readonly story: Story,
		scene: number,
		options: {
			/** The channel to the other window; null when alone (embedded, or no BroadcastChannel). */
			channel?: PresenterChannel | null;
			/** The id the windows agree on (`draft` for the editor's story). */
			channelId?: string;
			/** Esc: the audience window goes back to the explorer; the presenter window stays. */
			onLeave?: (() => void) | null;
		} = {}
	) {
		this.#position = { scene: clampScene(scene, story.scenes.length), blank: null };
		this.#channel = options.channel ?? null;
		this.#channelId = options.channelId ?? story.id;
		this.#onLeave = options.onLeave ?? null;
		if (this.#channel) {
			this.#channel.onmessage = (event) => this.receive(event.data);
			// Whoever is there already answers with where it stands.
			this.#channel.postMessage(helloMessage(this.#channelId));
		}
	}

	get count(): number {
		return this.story.scenes.length;
	}
	/** Numbered from 1, as in `?scene=` and "4 / 10". */
	get scene(): number {
		return this.#position.scene;
	}
	get blank(): Blank {
		return this.#position.blank;
	}
	get position(): PresenterPosition {
		return this.#position;
	}
	/** Digits typed towards "a number, then Enter". */
	get typed(): string {
		return this.#typed;
	}
	get current(): Scene {
		return this.story.scenes[this.#position.scene - 1]!;
	}
	get next(): Scene | null {
		return this.story.scenes[this.#position.scene] ?? null;
	}
	/** The other window left present mode (the presenter window says so rather than going on). */
	get otherLeft(): boolean {
		return this.#otherLeft;
	}

	/** Carries out an action here and tells the other window where this one now stands. */
	act(action: PresenterAction) {
		this.#typed = '';
		if (action.kind === 'leave') {
			if (!this.#onLeave) return;
			this.#channel?.postMessage(leaveMessage(this.#channelId));
			this.#onLeave();
			return;
		}
		const next = applyPresenterAction(this.#position, action, this.count);
		if (next.scene === this.#position.scene && next.blank === this.#position.blank) return;
		this.#position = next;
		this.#channel?.postMessage(positionMessage(this.#channelId, next));
	}

	/** A key from a keyboard or a clicker; true when it was the presentation's (prevent its default). */
	key(input: KeyInput): boolean {
		const outcome = presenterKey(input, {
			typed: this.#typed,
			blank: this.#position.blank,
			count: this.count
		});
		this.#typed = outcome.typed;
		if (outcome.action) this.act(outcome.action);
		return outcome.handled;
	}

	/** A message from the channel: anything that is not one of ours, for this story, is ignored. */
	receive(data: unknown) {
		const message = readPresenterMessage(data, { story: this.#channelId, count: this.count });
		if (!message) return;
		if (message.type === 'hello') {
			// A window (back) in present mode: this one follows it again.
			this.#otherLeft = false;
			this.#channel?.postMessage(positionMessage(this.#channelId, this.#position));
		} else if (message.type === 'leave') {
			this.#otherLeft = true;
		} else {
			this.#otherLeft = false;
			this.#position = { scene: message.scene, blank: message.blank };
		}
	}

	dispose() {
		if (!this.#channel) return;
		this.#channel.onmessage = null;
		this.#channel.close();
		this.#channel = null;
	}
}
