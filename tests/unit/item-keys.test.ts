import { describe, expect, it } from 'vitest';
import { itemAfterKey, itemsByLane, tabStopItem } from '../../src/lib/timeline/item-keys';
import { timelineItems } from '../../src/lib/timeline/lanes';
import { loadDataset, REAL } from './fixtures';

describe('moving through the timeline’s items with the keyboard', () => {
	const items = timelineItems(loadDataset(REAL), '2026-11-28');
	const byLane = itemsByLane(items);
	const item = (key: string) => items.find((i) => i.key === key)!;
	const ministerial = byLane.get('ministerial')!.map((i) => i.key);
	const poznan = item('event:mc-2011-poznan');

	it('lists each lane by date', () => {
		const starts = byLane.get('projects')!.map((i) => i.start);
		expect(starts).toEqual([...starts].sort());
		expect(ministerial[0]).toBe('event:mc-2009-prague');
	});

	it('Left and Right go to the previous and next item of the lane; Home and End to its ends', () => {
		const at = ministerial.indexOf(poznan.key);
		expect(itemAfterKey(byLane, poznan, 'ArrowRight')).toBe(ministerial[at + 1]);
		expect(itemAfterKey(byLane, poznan, 'ArrowLeft')).toBe(ministerial[at - 1]);
		expect(itemAfterKey(byLane, poznan, 'Home')).toBe(ministerial[0]);
		expect(itemAfterKey(byLane, poznan, 'End')).toBe(ministerial.at(-1));
		expect(itemAfterKey(byLane, item(ministerial[0]!), 'ArrowLeft')).toBeNull();
		expect(itemAfterKey(byLane, poznan, 'a')).toBeNull();
	});

	it('Up and Down go to the item of the next lane nearest in time', () => {
		const bratislava = item('event:mc-2016-bratislava');
		const below = item(itemAfterKey(byLane, bratislava, 'ArrowDown')!);
		expect(below.lane).toBe('som');
		expect(below.start.slice(0, 7)).toBe('2016-09');
		const gap = (key: string) =>
			Math.abs(Date.parse(item(key).start) - Date.parse(bratislava.start));
		for (const other of byLane.get('som')!)
			expect(gap(below.key)).toBeLessThanOrEqual(gap(other.key));
		expect(itemAfterKey(byLane, bratislava, 'ArrowUp')).toBeNull();
		expect(itemAfterKey(byLane, below, 'ArrowUp')).toBe(bratislava.key);
	});

	it('the tab stop is the item last focused, else the selected one, else the first in view', () => {
		const pick = (focused: string | null, selected: string | null) =>
			tabStopItem(byLane, { focused, selected, shownFrom: '2015-01-01' });
		expect(pick('event:mc-2011-poznan', 'node:pp4')).toBe('event:mc-2011-poznan');
		expect(pick(null, 'node:pp4')).toBe('node:pp4');
		expect(pick('event:gone', null)).toBe(ministerial.find((k) => item(k).start >= '2015-01-01'));
	});
});
