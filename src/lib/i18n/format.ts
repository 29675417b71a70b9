import type { PartialDate } from '../data/types';
import { TAGS, translator, type Locale } from './messages';

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

/** A period in words: "all time", "as of 30 June 2012", "January 2012 – …" (open ends as "…"). */
export function periodInWords(
	period: { from: string; to: string } | null,
	open: { from: string; to: string },
	locale: Locale
): string {
	const t = translator(locale);
	if (!period) return t('timeline.allTime');
	if (period.from === period.to) {
		return t('timeline.asOfText', { date: formatPartialDate(period.from, locale) });
	}
	const from = period.from === open.from ? '…' : formatPartialDate(period.from, locale);
	const to = period.to === open.to ? '…' : formatPartialDate(period.to, locale);
	return t('timeline.periodText', { from, to });
}
