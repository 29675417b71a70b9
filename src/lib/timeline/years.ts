// Whole years, the unit people think of the Process in: a year as a period, the year a period is,
// the years a timeline covers, and Play's steps (one whole year a step, so that the network, the
// timeline and the events list all show the same year).
import type { Period } from '../data/dates';
import type { Domain } from './scales';

const yyyy = (year: number) => String(year).padStart(4, '0');

/** The period from 1 January to 31 December of `year`. */
export function yearPeriod(year: number): Period {
	return { from: `${yyyy(year)}-01-01`, to: `${yyyy(year)}-12-31` };
}

/** The year a period is exactly (1 January to 31 December of one year), else null. */
export function wholeYearOf(period: Period | null): number | null {
	if (!period) return null;
	const year = Number(period.from.slice(0, 4));
	const whole = yearPeriod(year);
	return period.from === whole.from && period.to === whole.to ? year : null;
}

/** The years a timeline domain covers, in order (a domain ends on 1 January of the year after). */
export function yearsOf(domain: Domain): number[] {
	const first = domain[0].getUTCFullYear();
	const last = new Date(+domain[1] - 1).getUTCFullYear();
	const years: number[] = [];
	for (let y = first; y <= last; y++) years.push(y);
	return years;
}

/** Play's steps: every year from `fromYear` to today's year, each as a whole-year period. */
export function playSteps(fromYear: number, today: string): Period[] {
	const steps: Period[] = [];
	for (let y = fromYear; y <= Number(today.slice(0, 4)); y++) steps.push(yearPeriod(y));
	return steps;
}

/**
 * Where Play starts from the period it finds: the first year that starts after the period starts
 * (Play goes on from where the user stands), or the first year when there is none or no period.
 */
export function playStart(steps: readonly Period[], period: Period | null): number {
	if (!period) return 0;
	const next = steps.findIndex((s) => s.from > period.from);
	return next < 0 ? 0 : next;
}
