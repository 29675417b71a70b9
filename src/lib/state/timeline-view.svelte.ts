// The timeline's view: which years it shows and what its gestures do to them and to the period. The
// maths is in timeline/brush.ts; the component only turns pointer and key events into calls here.
import type { Period } from '../data/dates';
import {
	DRAG_THRESHOLD_PX,
	dragTo,
	handleKey,
	proposedPeriod,
	wheelDomain,
	zoomAroundCentre,
	type Drag,
	type DragMode,
	type Snap
} from '../timeline/brush';
import { panToShow, type Domain } from '../timeline/scales';
import { yearPeriod } from '../timeline/years';

export class TimelineView {
	/** The years shown, inside `limits`; replaced whole, never changed in place. */
	domain: Domain;
	/** The plot's width in px. */
	width = $state(100);
	#drag: (Drag & { moved: boolean }) | null = null;

	constructor(
		readonly limits: Domain,
		private readonly period: () => Period | null,
		/** Writes a period the user made; `stopPlay` first, since a gesture takes over from Play. */
		private readonly setPeriod: (period: Period | null) => void
	) {
		this.domain = $state.raw(limits);
	}

	startDrag(mode: DragMode, x: number) {
		this.#drag = { mode, startX: x, startDomain: this.domain, moved: false };
	}

	/** The pointer at `x` px; the period's ends snap to `snap` (the modifier keys held now). */
	dragTo(x: number, snap: Snap) {
		const drag = this.#drag;
		if (!drag) return;
		if (Math.abs(x - drag.startX) > DRAG_THRESHOLD_PX) drag.moved = true;
		if (!drag.moved) return;
		const { domain, width, limits } = this;
		const change = dragTo(drag, x, { domain, width, limits, period: this.period() }, snap);
		if (change.domain) this.domain = change.domain;
		if (change.period) this.setPeriod(change.period);
	}

	endDrag() {
		this.#drag = null;
	}

	wheel(input: { x: number; deltaX: number; deltaY: number; shiftKey: boolean }) {
		this.domain = wheelDomain(this.domain, this.width, this.limits, input);
	}

	zoom(factor: number) {
		this.domain = zoomAroundCentre(this.domain, factor, this.limits);
	}

	showAll() {
		this.domain = this.limits;
	}

	/** A key on a handle: true when it moved the period (the event is then the handle's). */
	key(edge: 'from' | 'to', key: { key: string; shiftKey: boolean }): boolean {
		const period = this.period();
		const next = period && handleKey(period, edge, key, this.limits);
		if (next) this.setPeriod(next);
		return next !== null;
	}

	proposePeriod() {
		this.setPeriod(proposedPeriod(this.domain));
	}

	/** The Year picker: the period becomes that whole year, and the timeline shows it. */
	chooseYear(year: number) {
		const period = yearPeriod(year);
		this.setPeriod(period);
		this.reveal(period.from, period.to);
	}

	/** Pans as little as it takes to show the days `start` to `end` (a focused item, a year). */
	reveal(start: string, end: string) {
		const next = panToShow(this.domain, start, end, this.limits);
		if (+next[0] !== +this.domain[0] || +next[1] !== +this.domain[1]) this.domain = next;
	}
}
