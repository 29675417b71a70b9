import type { PartialDate } from '../data/types';
import { TAGS, translator, type Locale, type Translate } from './messages';

// Creating an Intl formatter costs far more than formatting with one, and the node table and the
// timeline format thousands of dates on a large network: each formatter and translator is made
// once per language and kept (they are immutable).
const DATE_STYLES = {
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
	const key = `${locale}|${style}`;
	let format = formatters.get(key);
	if (!format)
		formatters.set(key, (format = new Intl.DateTimeFormat(TAGS[locale], DATE_STYLES[style])));
	return format;
}
const translators = new Map<Locale, Translate>();
function translate(locale: Locale): Translate {
	let t = translators.get(locale);
	if (!t) translators.set(locale, (t = translator(locale)));
	return t;
}

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
	if (d !== undefined) return dateFormat(locale, 'day').format(when);
	if (!genitive) return dateFormat(locale, 'month').format(when);
	// The day and the space after it dropped from "1 апреля 2009 г.".
	const parts = dateFormat(locale, 'day').formatToParts(when);
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
	const t = translate(locale);
	if (f) return t('detail.since', { from: formatPartialDate(from, locale, { genitive: true }) });
	if (u) return t('detail.until', { until: formatPartialDate(until, locale, { genitive: true }) });
	return '';
}

/**
 * `formatPeriod`, remembering what it has written: for lists that name thousands of periods again
 * on each change (the timeline's items).
 */
export function periodFormatter(): typeof formatPeriod {
	const written = new Map<string, string>();
	return (from, until, locale) => {
		const key = `${locale} ${from} ${until}`;
		let text = written.get(key);
		if (text === undefined) written.set(key, (text = formatPeriod(from, until, locale)));
		return text;
	};
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
	const t = translate(locale);
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
