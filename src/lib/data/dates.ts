import type { PartialDate } from './types';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True for `2009`, `2010-12` or `2009-04-28` naming a real day or month of the proleptic Gregorian
 * calendar, years 0001 to 9999 (there is no year 0).
 */
export function isPartialDate(value: string): value is PartialDate {
	const m = PARTIAL_DATE.exec(value);
	if (!m) return false;
	const [, year, month, day] = m;
	if (Number(year) < 1) return false;
	if (month === undefined) return true;
	const mm = Number(month);
	if (mm < 1 || mm > 12) return false;
	if (day === undefined) return true;
	const dd = Number(day);
	return dd >= 1 && dd <= daysInMonth(Number(m[1]), mm);
}

// Computed, not asked of `Date`: `Date.UTC` reads years 0–99 as 1900–1999.
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!;
}

/** The first day a partial date covers, as `YYYY-MM-DD`. */
export function periodStart(date: PartialDate): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}`;
}

/** The last day a partial date covers, as `YYYY-MM-DD` (`2010-12` → `2010-12-31`). */
export function periodEnd(date: PartialDate): string {
	const [y, m, d] = date.split('-');
	if (m === undefined) return `${y}-12-31`;
	if (d === undefined)
		return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
	return date;
}

/** True when `until` ends before `from` begins; partial dates are compared by the periods they cover. */
export function endsBeforeStart(from: PartialDate, until: PartialDate): boolean {
	return periodEnd(until) < periodStart(from);
}

/** A period of days, both ends inclusive, as `YYYY-MM-DD`. An as-of date is a period of one day. */
export interface Period {
	from: string;
	to: string;
}

/**
 * True when a record valid from `from` until `until` (partial dates, either may be empty = open)
 * was valid at some moment of the period; no period means always.
 */
export function validIn(from: PartialDate, until: PartialDate, period: Period | null): boolean {
	if (period === null) return true;
	if (from && periodStart(from) > period.to) return false;
	if (until && periodEnd(until) < period.from) return false;
	return true;
}

/**
 * `validIn` for bounds already turned into days (`periodStart(from)`, `periodEnd(until)`, or '' for
 * an open end): two string comparisons, for loops over large networks.
 */
export function overlaps(start: string, end: string, period: Period | null): boolean {
	return (
		period === null || ((start === '' || start <= period.to) && (end === '' || end >= period.from))
	);
}
