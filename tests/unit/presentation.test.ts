// The audience window and the presenter window of one story, joined by a fake BroadcastChannel
// that delivers like the real one: to every other window on the channel, never back to the sender.
import { describe, expect, it } from 'vitest';
import { Presentation, type PresenterChannel } from '../../src/lib/state/presentation.svelte';
import type { Story } from '../../src/lib/stories/types';

const story: Story = {
	id: 'default',
	title: { en: 'A story', ru: '' },
	scenes: Array.from({ length: 6 }, (_, i) => ({
		title: { en: `Scene ${i + 1}`, ru: '' },
		caption: { en: `Caption ${i + 1}`, ru: '' },
		notes: i === 1 ? 'Notes of scene 2' : '',
		view: ''
	}))
};

/** A channel hub: `open()` gives one window's end; `sent` logs every message. */
function hub() {
	const ends = new Set<PresenterChannel>();
	const sent: unknown[] = [];
	return {
		sent,
		open(): PresenterChannel {
			const end: PresenterChannel = {
				onmessage: null,
				postMessage(message) {
					sent.push(message);
					for (const other of ends)
						if (other !== end) other.onmessage?.({ data: message } as MessageEvent);
				},
				close: () => void ends.delete(end)
			};
			ends.add(end);
			return end;
		}
	};
}

const keys = (p: Presentation, ...ks: string[]) => ks.forEach((key) => p.key({ key }));

describe('a presentation', () => {
	it('steps through its scenes with the clicker keys, a number and Enter, Home and End', () => {
		const p = new Presentation(story, 1);
		keys(p, 'ArrowRight', 'ArrowRight', 'ArrowRight');
		expect(p.scene).toBe(4);
		expect(p.current.caption.en).toBe('Caption 4');
		keys(p, 'PageUp');
		expect(p.scene).toBe(3);
		keys(p, 'End');
		expect(p.scene).toBe(6);
		expect(p.next).toBeNull();
		keys(p, '2');
		expect(p.typed).toBe('2');
		keys(p, 'Enter');
		expect(p.scene).toBe(2);
		expect(p.next?.title.en).toBe('Scene 3');
	});

	it('opens on the scene of its link, kept within the story', () => {
		expect(new Presentation(story, 4).scene).toBe(4);
		expect(new Presentation(story, 99).scene).toBe(6);
	});

	it('blanks the screen with B, and any key restores it on the same scene', () => {
		const p = new Presentation(story, 3);
		keys(p, 'b');
		expect(p.blank).toBe('black');
		keys(p, 'ArrowRight');
		expect(p.blank).toBeNull();
		expect(p.scene).toBe(3);
		keys(p, ',');
		expect(p.blank).toBe('white');
	});

	it('Esc leaves in the audience window and tells the presenter window, which stays', () => {
		const h = hub();
		let left = 0;
		const audience = new Presentation(story, 2, { channel: h.open(), onLeave: () => left++ });
		const presenter = new Presentation(story, 2, { channel: h.open() });
		keys(presenter, 'Escape');
		expect(left).toBe(0);
		keys(audience, 'Escape');
		expect(left).toBe(1);
		expect(presenter.otherLeft).toBe(true);
		// Present mode entered again: the presenter window follows it again.
		new Presentation(story, 1, { channel: h.open() });
		expect(presenter.otherLeft).toBe(false);
	});
});

describe('the presenter and audience windows', () => {
	it('stay in step: advancing, going back, jumping or blanking in either acts on both', () => {
		const h = hub();
		const audience = new Presentation(story, 1, { channel: h.open() });
		const presenter = new Presentation(story, 1, { channel: h.open() });
		keys(presenter, 'ArrowRight');
		expect(audience.scene).toBe(2);
		keys(audience, 'ArrowRight', 'ArrowRight');
		expect(presenter.scene).toBe(4);
		keys(presenter, 'ArrowLeft');
		expect(audience.scene).toBe(3);
		keys(audience, '5', 'Enter');
		expect(presenter.scene).toBe(5);
		keys(presenter, 'b');
		expect(audience.blank).toBe('black');
		keys(audience, 'x');
		expect(presenter.blank).toBeNull();
	});

	it('a window that joins is told where the presentation stands', () => {
		const h = hub();
		const audience = new Presentation(story, 1, { channel: h.open() });
		keys(audience, 'End');
		const presenter = new Presentation(story, 1, { channel: h.open() });
		expect(presenter.scene).toBe(6);
	});

	it('ignores other stories, other versions and stray messages', () => {
		const h = hub();
		const audience = new Presentation(story, 2, { channel: h.open() });
		const other = h.open();
		other.postMessage({ v: 1, type: 'position', story: 'another', scene: 5, blank: null });
		other.postMessage({ v: 2, type: 'position', story: 'default', scene: 5, blank: null });
		other.postMessage({ v: 1, type: 'position', story: 'default', scene: 60, blank: null });
		other.postMessage('hello');
		expect(audience.position).toEqual({ scene: 2, blank: null });
		other.postMessage({ v: 1, type: 'position', story: 'default', scene: 5, blank: 'white' });
		expect(audience.position).toEqual({ scene: 5, blank: 'white' });
	});

	it('stops listening once disposed', () => {
		const h = hub();
		const audience = new Presentation(story, 1, { channel: h.open() });
		const presenter = new Presentation(story, 1, { channel: h.open() });
		audience.dispose();
		keys(presenter, 'ArrowRight');
		expect(audience.scene).toBe(1);
	});
});
