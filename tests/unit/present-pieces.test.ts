// Present mode's small pure pieces: swipes, the presenter's clock, links into present mode and the
// embed snippet.
import { describe, expect, it } from 'vitest';
import { formatElapsed } from '../../src/lib/stories/clock';
import { embedQuery, embedSnippet, presentQuery } from '../../src/lib/stories/present-link';
import { swipeAction } from '../../src/lib/stories/swipe';
import { DEFAULT_VIEW, decodePageMode, decodeViewState } from '../../src/lib/state/url';

describe('a swipe', () => {
	it('to the left shows the next scene, to the right the previous one', () => {
		expect(swipeAction({ dx: -120, dy: 10, ms: 200 })).toEqual({ kind: 'next' });
		expect(swipeAction({ dx: 120, dy: -10, ms: 200 })).toEqual({ kind: 'previous' });
	});

	it('a tap, a slow drag or a vertical scroll is not a swipe', () => {
		expect(swipeAction({ dx: -20, dy: 0, ms: 100 })).toBeNull();
		expect(swipeAction({ dx: -200, dy: 0, ms: 2000 })).toBeNull();
		expect(swipeAction({ dx: -80, dy: 200, ms: 200 })).toBeNull();
	});
});

describe('the presenter clock', () => {
	it('reads minutes and seconds, then hours', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(247_900)).toBe('4:07');
		expect(formatElapsed(3_729_000)).toBe('1:02:09');
	});

	it('never shows a negative or broken time', () => {
		expect(formatElapsed(-5000)).toBe('0:00');
		expect(formatElapsed(Number.NaN)).toBe('0:00');
	});
});

describe('links into present mode', () => {
	it('a scene of a story, in a language, in the presenter window', () => {
		expect(presentQuery('default', 4)).toBe('present=default&scene=4');
		expect(presentQuery('default', 4, { lang: 'ru' })).toBe('present=default&scene=4&lang=ru');
		expect(presentQuery('draft', 2, { presenter: true })).toBe('present=draft&scene=2&presenter=1');
		const { mode } = decodePageMode(presentQuery('default', 3, { embed: true }));
		expect(mode).toEqual({ present: 'default', scene: 3, presenter: false, embed: true });
	});

	it('an embedded view keeps the view', () => {
		expect(embedQuery(DEFAULT_VIEW)).toBe('embed=1');
		const query = embedQuery(decodeViewState('region=russia&node=tajikistan').state);
		expect(decodePageMode(query).mode.embed).toBe(true);
		expect(decodeViewState(query).state.node).toBe('tajikistan');
	});
});

describe('the embed snippet', () => {
	it('is an iframe of the link, with a title for screen readers', () => {
		const html = embedSnippet('https://example.org/?embed=1&region=russia', 'The network');
		expect(html).toMatch(/^<iframe src="https:\/\/example.org\/\?embed=1&amp;region=russia"/);
		expect(html).toContain('title="The network"');
		expect(html).toMatch(/><\/iframe>$/);
	});

	it('a quote in the link or the title cannot break out of its attribute', () => {
		const html = embedSnippet('https://x.org/?a="><script>', 'A "quoted" <title>');
		expect(html).not.toContain('<script>');
		expect(html).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
		expect(html.match(/<iframe /g)).toHaveLength(1);
	});
});
