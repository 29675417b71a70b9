import { describe, expect, it } from 'vitest';
import { periodInWords } from '../../src/lib/i18n/format';
import { dayToDate } from '../../src/lib/timeline/scales';
import {
	playStart,
	playSteps,
	wholeYearOf,
	yearPeriod,
	yearsOf
} from '../../src/lib/timeline/years';

const open = { from: '0001-01-01', to: '9999-12-31' };

describe('whole years', () => {
	it('a year is the period from 1 January to 31 December', () => {
		expect(yearPeriod(2012)).toEqual({ from: '2012-01-01', to: '2012-12-31' });
		expect(wholeYearOf(yearPeriod(2012))).toBe(2012);
		expect(wholeYearOf({ from: '2012-01-01', to: '2012-12-30' })).toBeNull();
		expect(wholeYearOf({ from: '2012-01-01', to: '2013-12-31' })).toBeNull();
		expect(wholeYearOf(null)).toBeNull();
	});

	it('the Year picker offers every year of the timeline', () => {
		expect(yearsOf([dayToDate('2009-01-01'), dayToDate('2027-01-01')])).toEqual(
			Array.from({ length: 18 }, (_, i) => 2009 + i)
		);
	});

	it('a whole year reads as the year, in both languages', () => {
		expect(periodInWords(yearPeriod(2012), open, 'en')).toBe('Showing what was valid in 2012.');
		expect(periodInWords(yearPeriod(2012), open, 'ru')).toBe(
			'Показано то, что действовало в 2012 году.'
		);
		expect(periodInWords({ from: '2012-01-01', to: '2013-12-31' }, open, 'en')).toBe(
			'Showing what was valid from 1 January 2012 to 31 December 2013.'
		);
	});
});

describe('Play', () => {
	const steps = playSteps(2009, '2012-03-01');

	it('steps through whole years, from the first to this one', () => {
		expect(steps).toEqual([yearPeriod(2009), yearPeriod(2010), yearPeriod(2011), yearPeriod(2012)]);
	});

	it('goes on from where the user stands, and starts over after the last year', () => {
		expect(playStart(steps, null)).toBe(0);
		expect(playStart(steps, yearPeriod(2010))).toBe(2);
		// An as-of date or another period: the next year that starts after it.
		expect(playStart(steps, { from: '2010-06-30', to: '2010-06-30' })).toBe(2);
		expect(playStart(steps, { from: '2008-03-01', to: '2015-01-01' })).toBe(0);
		expect(playStart(steps, yearPeriod(2012))).toBe(0);
	});
});
