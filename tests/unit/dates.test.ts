import { describe, expect, it } from 'vitest';
import { endsBeforeStart, isPartialDate, periodEnd, periodStart } from '../../src/lib/data/dates';
import { formatPartialDate, formatPeriod } from '../../src/lib/i18n/format';

describe('partial dates', () => {
	it('accepts years, months and days that exist', () => {
		for (const d of ['2009', '2010-12', '2009-04-28', '2024-02-29'])
			expect(isPartialDate(d)).toBe(true);
		for (const d of ['09', '2010-13', '2009-04-31', '2023-02-29', '2009/04/28', '2009-4', ''])
			expect(isPartialDate(d)).toBe(false);
	});

	it('are proleptic Gregorian from 0001 to 9999: year 0 is refused, not read as 1900', () => {
		for (const d of ['0001', '0001-01-01', '0004-02-29', '0400-02-29', '9999-12-31'])
			expect(isPartialDate(d), d).toBe(true);
		for (const d of ['0000', '0000-01-01', '0000-02-29', '0100-02-29', '1900-02-29'])
			expect(isPartialDate(d), d).toBe(false);
		expect(periodEnd('0004-02')).toBe('0004-02-29');
		expect(periodEnd('0100-02')).toBe('0100-02-28');
	});

	it('covers the whole period it names', () => {
		expect(periodStart('2010-12')).toBe('2010-12-01');
		expect(periodEnd('2010-12')).toBe('2010-12-31');
		expect(periodEnd('2012')).toBe('2012-12-31');
		expect(periodEnd('2024-02')).toBe('2024-02-29');
	});

	it('compares periods inclusively', () => {
		expect(endsBeforeStart('2012', '2012-01')).toBe(false);
		expect(endsBeforeStart('2012-08', '2012')).toBe(false);
		expect(endsBeforeStart('2014-11', '2014-10-31')).toBe(true);
	});

	it('reads in words at its own precision', () => {
		expect(formatPartialDate('2009', 'en')).toBe('2009');
		expect(formatPartialDate('2010-12', 'en')).toBe('December 2010');
		expect(formatPartialDate('2009-04-28', 'en')).toBe('28 April 2009');
		expect(formatPeriod('2012-08', '2014-10', 'en')).toBe('August 2012 – October 2014');
		expect(formatPeriod('2018-01-01', '', 'en')).toBe('since 1 January 2018');
		expect(formatPeriod('2009-04', '', 'ru')).toMatch(/^с апрел/);
		// Years before 100 are not shifted into the 1900s.
		expect(formatPartialDate('0012-05', 'en')).toBe('May 12');
		expect(formatPartialDate('0001-01-01', 'en')).toBe('1 January 1');
	});
});
