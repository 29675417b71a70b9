import type { PartialDate } from '../data/types';
import { translator, type Locale } from './messages';

const TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

/** A partial date in words at its own precision: "2009", "December 2010", "28 April 2009". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
	const [y, m, d] = date.split('-').map(Number);
	if (m === undefined) return String(y);
	const when = new Date(0);
	when.setUTCFullYear(y!, m - 1, d ?? 1); // Date.UTC would read years 0–99 as 1900–1999

	const options: Intl.DateTimeFormatOptions =
		d === undefined
			? { year: 'numeric', month: 'long', timeZone: 'UTC' }
			: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(TAGS[locale], options).format(when);
}

/** "May 2009 – June 2011", "since 2009", or "" when neither end is known. */
export function formatPeriod(from: PartialDate, until: PartialDate, locale: Locale): string {
	const f = from ? formatPartialDate(from, locale) : '';
	const u = until ? formatPartialDate(until, locale) : '';
	if (f && u) return f === u ? f : `${f} – ${u}`;
	if (f) return translator(locale)('detail.since', { from: f });
	if (u) return translator(locale)('detail.until', { until: u });
	return '';
}
