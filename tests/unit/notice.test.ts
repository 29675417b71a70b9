import { describe, expect, it } from 'vitest';
import { describeDropped } from '../../src/lib/state/notice';
import type { Dropped } from '../../src/lib/state/url';

const unknown = (param: string): Dropped => ({ param, value: '1', reason: 'unknown' });

describe('the link notice', () => {
	it('names one parameter and why', () => {
		expect(
			describeDropped(
				[{ param: 'node', value: 'tajikistan', reason: 'overridden', by: 'event' }],
				'en'
			)
		).toBe('1 link parameter was not used: node=tajikistan (overridden by event).');
		expect(
			describeDropped(
				[{ param: 'node', value: 'tajikistan', reason: 'overridden', by: 'event' }],
				'ru'
			)
		).toBe('1 параметр ссылки не использован: node=tajikistan (заменён параметром event).');
	});

	it('groups the values of one parameter and gives every reason', () => {
		const dropped: Dropped[] = [
			{ param: 'region', value: 'atlantis', reason: 'malformed' },
			{ param: 'region', value: 'mars', reason: 'malformed' },
			{ param: 'area', value: 'area-nowhere', reason: 'unknown-id' },
			unknown('zoom')
		];
		expect(describeDropped(dropped, 'en')).toBe(
			'3 link parameters were not used: region=atlantis,mars (not valid), area=area-nowhere (not in this dataset), zoom (unknown).'
		);
		expect(describeDropped(dropped, 'ru')).toBe(
			'3 параметра ссылки не использованы: region=atlantis,mars (недопустимое значение), area=area-nowhere (нет в этих данных), zoom (неизвестный параметр).'
		);
	});

	it('lists at most three and counts the rest, with Russian plurals', () => {
		const many = Array.from({ length: 600 }, (_, i) => unknown(`p${i}`));
		expect(describeDropped(many, 'en')).toBe(
			'600 link parameters were not used: p0 (unknown), p1 (unknown), p2 (unknown) and 597 more.'
		);
		expect(describeDropped(many, 'ru')).toBe(
			'600 параметров ссылки не использованы: p0 (неизвестный параметр), p1 (неизвестный параметр), p2 (неизвестный параметр) и ещё 597.'
		);
		expect(describeDropped(many.slice(0, 21), 'ru')).toMatch(/^21 параметр ссылки не использован:/);
		expect(describeDropped(many.slice(0, 5), 'ru')).toMatch(/^5 параметров /);
	});

	it('shortens long names and values, and says nothing when nothing was dropped', () => {
		const text = describeDropped(
			[
				{ param: 'x'.repeat(500), value: '', reason: 'unknown' },
				{ param: 'from', value: '2'.repeat(500), reason: 'malformed' },
				{ param: 'from', value: '2013', reason: 'duplicate' }
			],
			'en'
		);
		expect(text.length).toBeLessThan(140);
		expect(text).toMatch(
			/^3 link parameters were not used: x{20}… \(unknown\), from=2{20}… \(not valid\), from=2013 \(given twice\)\.$/
		);
		expect(describeDropped([], 'en')).toBe('');
	});
});
