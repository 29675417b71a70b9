// Time maths for the timeline (d3 does the maths, Svelte draws): scales, ticks, zoom, brush steps.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Period } from '../data/dates';

export const dayToDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
export const dateToDay = (date: Date): string => date.toISOString().slice(0, 10);

export type Domain = [Date, Date];

export function timeScale(domain: Domain, width: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain(domain)
		.range([0, Math.max(1, width)]);
}

/** The whole span the timeline can show: from January of the first item's year to the end of today's year. */
export function fullDomain(days: readonly string[], today: string): Domain {
	const sorted = [...days].sort();
	const first = sorted[0] ?? today;
	return [utcYear.floor(dayToDate(first)), utcYear.ceil(dayToDate(today))];
}

/** How many years a labelled tick stands for, smallest first: every year when it fits. */
export const YEAR_STEPS = [1, 2, 5, 10, 20, 50] as const;

/**
 * The axis's ticks: a label every 1, 2, 5, ... years, the smallest step that leaves `minLabelPx`
 * between labels (a four-digit year at 16 px is about 36 px wide), and a grid line on every year as
 * long as years are at least `minGridPx` apart. No label sits on the plot's right end.
 */
export function yearTicks(
	scale: ScaleTime<number, number>,
	{ minLabelPx = 48, minGridPx = 6 }: { minLabelPx?: number; minGridPx?: number } = {}
): { labels: Date[]; grid: Date[]; step: number } {
	const [a, b] = scale.domain().map(Number) as [number, number];
	const [x0, x1] = scale.range() as [number, number];
	const pxPerYear = (Math.abs(x1 - x0) / Math.max(1, b - a)) * 365.25 * 864e5;
	const step = YEAR_STEPS.find((s) => s * pxPerYear >= minLabelPx) ?? YEAR_STEPS.at(-1)!;
	// utcYear.every(step) gives the years divisible by the step: 2010, 2012, ... or 2010, 2015, ...
	const ticks = scale.ticks(utcYear.every(step)!);
	const grid = pxPerYear >= minGridPx ? scale.ticks(utcYear) : ticks;
	// A label centred on the plot's right end would be cut in half (and names no year shown).
	const right = Math.max(x0, x1) - minLabelPx / 2 + 4;
	const labels = ticks.filter((d) => scale(d) <= right);
	return { labels, grid, step };
}

/**
 * Zooms a domain by `factor` (< 1 zooms in) around the date at `anchor`, never beyond `limits` and
 * never narrower than about a month.
 */
export function zoomDomain(domain: Domain, factor: number, anchor: Date, limits: Domain): Domain {
	const [a, b] = domain.map(Number) as [number, number];
	const [min, max] = limits.map(Number) as [number, number];
	const span = Math.min(max - min, Math.max(31 * 864e5, (b - a) * factor));
	const t = (Number(anchor) - a) / (b - a || 1);
	let start = Number(anchor) - t * span;
	start = Math.min(Math.max(start, min), max - span);
	return [new Date(start), new Date(start + span)];
}

/** Moves a domain by `ms`, keeping it inside `limits`. */
export function panDomain(domain: Domain, ms: number, limits: Domain): Domain {
	const [a, b] = domain.map(Number) as [number, number];
	const [min, max] = limits.map(Number) as [number, number];
	const shift = Math.min(Math.max(ms, min - a), max - b);
	return [new Date(a + shift), new Date(b + shift)];
}

/**
 * Moves one edge of a period by whole months (a brush handle's arrow keys: 1 month, shift: 12),
 * keeping it inside the limits and never past the other edge.
 */
export function moveEdge(
	period: Period,
	edge: 'from' | 'to',
	months: number,
	limits: Domain
): Period {
	const moved = addMonths(period[edge], months);
	const [min, max] = limits;
	let day = dateToDay(new Date(Math.min(Math.max(+moved, +min), +utcDay.offset(max, -1))));
	if (edge === 'from' && day > period.to) day = period.to;
	if (edge === 'to' && day < period.from) day = period.from;
	return { ...period, [edge]: day };
}

/**
 * A day moved by whole months, keeping its place in the month: the 31st becomes the month's last
 * day (31 December − 1 month = 30 November), never a day of the month after.
 */
function addMonths(day: string, months: number): Date {
	const date = dayToDate(day);
	const lastOfMonth = +utcDay.offset(date, 1) === +utcMonth.ceil(utcDay.offset(date, 1));
	const first = utcMonth.offset(utcMonth.floor(date), months);
	const length = utcDay.count(first, utcMonth.offset(first, 1));
	const dayOfMonth = lastOfMonth ? length : Math.min(date.getUTCDate(), length);
	return utcDay.offset(first, dayOfMonth - 1);
}

/**
 * The shown domain moved as little as it takes to show the days `start` to `end` (their start when
 * they are longer than the domain), with a margin of a twentieth of the domain; inside `limits`.
 */
export function panToShow(domain: Domain, start: string, end: string, limits: Domain): Domain {
	const [a, b] = domain.map(Number) as [number, number];
	const margin = (b - a) / 20;
	const s = +dayToDate(start);
	const e = Math.min(+dayToDate(end) + 864e5, s + (b - a) - 2 * margin);
	if (s >= a + margin && e <= b - margin) return domain;
	const shift = s < a + margin ? s - margin - a : e + margin - b;
	return panDomain(domain, shift, limits);
}
