// The timeline's gestures as pure maths in domain units (dates and periods), so that they are tested
// without a DOM: a drag on the lanes brushes a period, a drag on the axis pans, a drag on a handle
// moves one end; the handles' keys move an end by months. Pointer gestures snap to whole months.
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import type { Period } from '../data/dates';
import {
	dateToDay,
	dayToDate,
	moveEdge,
	panDomain,
	timeScale,
	zoomDomain,
	type Domain
} from './scales';
import { yearPeriod } from './years';

export type DragMode = 'brush' | 'pan' | 'from' | 'to';

/** What the ends of a brushed period snap to. */
export type Snap = 'day' | 'month' | 'year';

/** Brushing snaps to whole months; Shift lets it go to the day, Alt snaps to whole years. */
export function snapOf(keys: { shiftKey: boolean; altKey: boolean }): Snap {
	return keys.altKey ? 'year' : keys.shiftKey ? 'day' : 'month';
}

const INTERVAL: Record<Snap, CountableTimeInterval> = {
	day: utcDay,
	month: utcMonth,
	year: utcYear
};

/** The first day of the month (year, day) nearest to `date`: where a start snaps to. */
export function snapStart(date: Date, snap: Snap): string {
	return dateToDay(snap === 'day' ? utcDay.floor(date) : INTERVAL[snap].round(date));
}

/** The last day before the month (year) boundary nearest to `date`: where an end snaps to. */
export function snapEnd(date: Date, snap: Snap): string {
	if (snap === 'day') return dateToDay(utcDay.floor(date));
	return dateToDay(utcDay.offset(INTERVAL[snap].round(date), -1));
}

/** The whole month (year, day) that holds `day`. */
export function unitOf(day: string, snap: Snap): Period {
	const interval = INTERVAL[snap];
	const start = interval.floor(dayToDate(day));
	return { from: dateToDay(start), to: dateToDay(utcDay.offset(interval.offset(start, 1), -1)) };
}

/**
 * The period brushed between two dates, in order, its ends snapped; never less than the one month
 * (year, day) that holds the first date, so that a short drag still picks something.
 */
export function brushedPeriod(a: Date, b: Date, snap: Snap): Period {
	const [x, y] = +a <= +b ? [a, b] : [b, a];
	const period = { from: snapStart(x, snap), to: snapEnd(y, snap) };
	return period.to >= period.from ? period : unitOf(dateToDay(utcDay.floor(x)), snap);
}

export interface Drag {
	mode: DragMode;
	/** Where the drag started, in px from the left of the plot. */
	startX: number;
	/** The domain shown when it started (a pan moves it as a whole). */
	startDomain: Domain;
}

/** A pointer needs to move this far before a press becomes a drag (a click stays a click). */
export const DRAG_THRESHOLD_PX = 3;

/**
 * What a drag to `x` (px from the left of a plot `width` px wide) changes: the shown domain for a
 * pan, the period for a brush or a handle, its ends snapped to `snap`. `domain` is the domain shown
 * now. A handle never crosses the other end: it stops one month (year, day) short of it.
 */
export function dragTo(
	drag: Drag,
	x: number,
	view: { domain: Domain; width: number; limits: Domain; period: Period | null },
	snap: Snap = 'month'
): { domain?: Domain; period?: Period } {
	const clamped = Math.min(Math.max(x, 0), view.width);
	if (drag.mode === 'pan') {
		const scale = timeScale(drag.startDomain, view.width);
		const ms = +scale.invert(drag.startX) - +scale.invert(x);
		return { domain: panDomain(drag.startDomain, ms, view.limits) };
	}
	const scale = timeScale(view.domain, view.width);
	if (drag.mode === 'brush') {
		return { period: brushedPeriod(scale.invert(drag.startX), scale.invert(clamped), snap) };
	}
	const p = view.period;
	if (!p) return {};
	const at = scale.invert(clamped);
	if (drag.mode === 'from') {
		const from = snapStart(at, snap);
		const latest = unitOf(p.to, snap).from;
		return { period: { from: from <= latest ? from : latest, to: p.to } };
	}
	const to = snapEnd(at, snap);
	const earliest = unitOf(p.from, snap).to;
	return { period: { from: p.from, to: to >= earliest ? to : earliest } };
}

/** How the wheel at `x` px changes the shown domain: a vertical wheel zooms, a horizontal (or Shift) pans. */
export function wheelDomain(
	domain: Domain,
	width: number,
	limits: Domain,
	wheel: { x: number; deltaX: number; deltaY: number; shiftKey: boolean }
): Domain {
	const scale = timeScale(domain, width);
	if (wheel.shiftKey || Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) {
		const delta = wheel.deltaX || wheel.deltaY;
		return panDomain(domain, +scale.invert(delta) - +scale.invert(0), limits);
	}
	return zoomDomain(domain, Math.exp(wheel.deltaY * 0.002), scale.invert(wheel.x), limits);
}

/** Zooms around the middle of the shown domain (the +/− buttons). */
export function zoomAroundCentre(domain: Domain, factor: number, limits: Domain): Domain {
	return zoomDomain(domain, factor, new Date((+domain[0] + +domain[1]) / 2), limits);
}

/** Far enough to reach either end of any timeline. */
const TO_THE_END = 12 * 1000;

/**
 * The period after a key on one of its handles, or null for a key the handles do not use: arrows
 * move by a month (Shift: a year), Page Up/Down by a year, Home/End to the limits.
 */
export function handleKey(
	period: Period,
	edge: 'from' | 'to',
	key: { key: string; shiftKey: boolean },
	limits: Domain
): Period | null {
	const step = key.shiftKey ? 12 : 1;
	const months: Record<string, number> = {
		ArrowLeft: -step,
		ArrowDown: -step,
		ArrowRight: step,
		ArrowUp: step,
		PageDown: -12,
		PageUp: 12,
		Home: -TO_THE_END,
		End: TO_THE_END
	};
	const by = months[key.key];
	return by === undefined ? null : moveEdge(period, edge, by, limits);
}

/**
 * A starting period for keyboard users ("Choose a period"): the whole year under the middle of what
 * the timeline shows.
 */
export function proposedPeriod(domain: Domain): Period {
	const [a, b] = domain.map(Number) as [number, number];
	return yearPeriod(new Date((a + b) / 2).getUTCFullYear());
}
