// The timeline's gestures as pure maths in domain units (dates and periods), so that they are tested
// without a DOM: a drag on the lanes brushes a period, a drag on the axis pans, a drag on a handle
// moves one end; the handles' keys move an end by months.
import type { Period } from '../data/dates';
import {
	dateToDay,
	moveEdge,
	panDomain,
	periodBetween,
	timeScale,
	zoomDomain,
	type Domain
} from './scales';

export type DragMode = 'brush' | 'pan' | 'from' | 'to';

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
 * pan, the period for a brush or a handle. `domain` is the domain shown now.
 */
export function dragTo(
	drag: Drag,
	x: number,
	view: { domain: Domain; width: number; limits: Domain; period: Period | null }
): { domain?: Domain; period?: Period } {
	const clamped = Math.min(Math.max(x, 0), view.width);
	if (drag.mode === 'pan') {
		const scale = timeScale(drag.startDomain, view.width);
		const ms = +scale.invert(drag.startX) - +scale.invert(x);
		return { domain: panDomain(drag.startDomain, ms, view.limits) };
	}
	const scale = timeScale(view.domain, view.width);
	if (drag.mode === 'brush') {
		return { period: periodBetween(scale.invert(drag.startX), scale.invert(clamped)) };
	}
	const p = view.period;
	if (!p) return {};
	const day = dateToDay(scale.invert(clamped));
	return {
		period:
			drag.mode === 'from'
				? { from: day <= p.to ? day : p.to, to: p.to }
				: { from: p.from, to: day >= p.from ? day : p.from }
	};
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

/** A starting period for keyboard users: the middle half of what the timeline shows. */
export function proposedPeriod(domain: Domain): Period {
	const [a, b] = domain.map(Number) as [number, number];
	return periodBetween(new Date(a + (b - a) / 4), new Date(b - (b - a) / 4));
}
