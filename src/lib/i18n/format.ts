import type { PartialDate } from '../data/types';
import { TAGS, translator, type Locale } from './messages';

/**
 * A partial date in words at its own precision: "2009", "December 2010", "28 April 2009".
 * `genitive` writes a month as after a preposition where the language inflects it (Russian "с
 * апреля 2009 г.", not "с апрель"): the month of a full date, without its day.
 */
export function formatPartialDate(
	date: PartialDate,
	locale: Locale,
	{ genitive = false }: { genitive?: boolean } = {}
): string {
	const [y, m, d] = date.split('-').map(Number);
	if (m === undefined) return String(y);
	const when = new Date(0);
	when.setUTCFullYear(y!, m - 1, d ?? 1); // Date.UTC would read years 0–99 as 1900–1999
	const withDay: Intl.DateTimeFormatOptions = {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	};
	if (d !== undefined) return new Intl.DateTimeFormat(TAGS[locale], withDay).format(when);
	if (!genitive) {
		return new Intl.DateTimeFormat(TAGS[locale], {
			year: 'numeric',
			month: 'long',
			timeZone: 'UTC'
		}).format(when);
	}
	// The day and the space after it dropped from "1 апреля 2009 г.".
	const parts = new Intl.DateTimeFormat(TAGS[locale], withDay).formatToParts(when);
	const day = parts.findIndex((p) => p.type === 'day');
	return parts
		.filter((_, i) => i !== day && i !== day + 1)
		.map((p) => p.value)
		.join('')
		.trim();
}

/** "May 2009 – June 2011", "since 2009", or "" when neither end is known. */
export function formatPeriod(from: PartialDate, until: PartialDate, locale: Locale): string {
	const f = from ? formatPartialDate(from, locale) : '';
	const u = until ? formatPartialDate(until, locale) : '';
	if (f && u) return f === u ? f : `${f} – ${u}`;
	const t = translator(locale);
	if (f) return t('detail.since', { from: formatPartialDate(from, locale, { genitive: true }) });
	if (u) return t('detail.until', { until: formatPartialDate(until, locale, { genitive: true }) });
	return '';
}

/**
 * A period in words: "all time", "in 2012" (a whole year), "as of 30 June 2012", "January 2012 – …"
 * (open ends as "…").
 */
export function periodInWords(
	period: { from: string; to: string } | null,
	open: { from: string; to: string },
	locale: Locale
): string {
	const t = translator(locale);
	if (!period) return t('timeline.allTime');
	const year = period.from.slice(0, 4);
	if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) {
		return t('timeline.yearText', { year: String(Number(year)) });
	}
	if (period.from === period.to) {
		return t('timeline.asOfText', { date: formatPartialDate(period.from, locale) });
	}
	const from = period.from === open.from ? '…' : formatPartialDate(period.from, locale);
	const to = period.to === open.to ? '…' : formatPartialDate(period.to, locale);
	return t('timeline.periodText', { from, to });
}
