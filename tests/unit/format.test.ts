import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPeriod, periodFormatter } from '../../src/lib/i18n/format';

describe('dates in words', () => {
	it('a period at the record’s own precision, as the Period column shows it', () => {
		expect(formatPeriod('2012', '2016', 'en')).toBe('2012 – 2016');
		expect(formatPeriod('2009-04', '', 'en')).toBe('since April 2009');
		expect(formatPeriod('', '2015-06-30', 'en')).toBe('until 30 June 2015');
		expect(formatPeriod('', '', 'en')).toBe('');
	});

	// Intl writes a no-break space before "г.".
	const plain = (s: string) => s.replace(/\s/g, ' ');

	it('Russian puts a month after “с” and “до” in the genitive', () => {
		expect(plain(formatPeriod('2009-04', '', 'ru'))).toBe('с апреля 2009 г.');
		expect(plain(formatPeriod('', '2015-06', 'ru'))).toBe('до июня 2015 г.');
		// Alone or in a range, the month keeps its own form; a full date is already genitive.
		expect(plain(formatPartialDate('2009-04', 'ru'))).toBe('апрель 2009 г.');
		expect(plain(formatPeriod('2009-04-28', '', 'ru'))).toBe('с 28 апреля 2009 г.');
	});

	it('a remembered period is written again in the language asked for', () => {
		const format = periodFormatter();
		expect(format('2009-04', '', 'en')).toBe('since April 2009');
		expect(plain(format('2009-04', '', 'ru'))).toBe('с апреля 2009 г.');
		expect(format('2009-04', '', 'en')).toBe('since April 2009');
		expect(format('2012', '2016', 'en')).toBe('2012 – 2016');
	});
});
