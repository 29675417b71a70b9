import { describe, expect, it } from 'vitest';
import {
	dragTo,
	handleKey,
	proposedPeriod,
	wheelDomain,
	zoomAroundCentre
} from '../../src/lib/timeline/brush';
import type { Domain } from '../../src/lib/timeline/scales';

const d = (day: string) => new Date(`${day}T00:00:00Z`);
// 2009–2024 on a 1,600 px plot: 100 px a year, near enough.
const limits: Domain = [d('2009-01-01'), d('2025-01-01')];
const view = { domain: limits, width: 1600, limits, period: null };
const span = (domain: Domain) => +domain[1] - +domain[0];

describe('timeline gestures in domain units', () => {
	it('a drag across the lanes brushes the period between the two points, in order', () => {
		const period = dragTo({ mode: 'brush', startX: 550, startDomain: limits }, 350, view).period;
		expect(period?.from.slice(0, 4)).toBe('2012');
		expect(period?.to.slice(0, 4)).toBe('2014');
	});

	it('a brush past the plot’s edge stops at it', () => {
		const period = dragTo({ mode: 'brush', startX: 1500, startDomain: limits }, 5000, view).period;
		expect(period?.to).toBe('2025-01-01');
	});

	it('dragging a handle moves its end, never past the other', () => {
		const period = { from: '2012-01-01', to: '2016-12-31' };
		const moved = dragTo({ mode: 'to', startX: 0, startDomain: limits }, 1250, { ...view, period });
		expect(moved.period?.to.slice(0, 4)).toBe('2021');
		const crossed = dragTo({ mode: 'from', startX: 0, startDomain: limits }, 1500, {
			...view,
			period
		});
		expect(crossed.period?.from).toBe(period.to);
		expect(dragTo({ mode: 'from', startX: 0, startDomain: limits }, 10, view)).toEqual({});
	});

	it('dragging the axis pans the shown years, inside the limits', () => {
		const zoomed: Domain = [d('2012-01-01'), d('2016-01-01')];
		const panned = dragTo({ mode: 'pan', startX: 800, startDomain: zoomed }, 400, {
			...view,
			domain: zoomed
		}).domain!;
		expect(+panned[0]).toBeGreaterThan(+zoomed[0]);
		expect(span(panned)).toBe(span(zoomed));
		const far = dragTo({ mode: 'pan', startX: 0, startDomain: zoomed }, 100_000, view).domain!;
		expect(+far[0]).toBe(+limits[0]);
	});

	it('the wheel zooms around the pointer; Shift or a sideways wheel pans', () => {
		const zoomed = wheelDomain(limits, 1600, limits, {
			x: 800,
			deltaX: 0,
			deltaY: -300,
			shiftKey: false
		});
		expect(span(zoomed)).toBeLessThan(span(limits));
		const middle = (+zoomed[0] + +zoomed[1]) / 2;
		expect(Math.abs(middle - (+limits[0] + +limits[1]) / 2)).toBeLessThan(40 * 864e5);
		const panned = wheelDomain(zoomed, 1600, limits, {
			x: 800,
			deltaX: 0,
			deltaY: 200,
			shiftKey: true
		});
		expect(span(panned)).toBe(span(zoomed));
		expect(+panned[0]).toBeGreaterThan(+zoomed[0]);
	});

	it('the zoom buttons zoom around the middle of what is shown', () => {
		const zoomed = zoomAroundCentre(limits, 0.5, limits);
		expect(span(zoomed)).toBe(span(limits) / 2);
		expect(zoomAroundCentre(zoomed, 2, limits)).toEqual(limits);
	});

	it('handle keys: arrows by a month, Shift by a year, Home and End to the limits', () => {
		const period = { from: '2012-01-01', to: '2016-12-31' };
		const key = (k: string, shiftKey = false) =>
			handleKey(period, 'from', { key: k, shiftKey }, limits);
		expect(key('ArrowRight')?.from).toBe('2012-02-01');
		expect(key('ArrowLeft', true)?.from).toBe('2011-01-01');
		expect(key('PageUp')?.from).toBe('2013-01-01');
		expect(key('Home')?.from).toBe('2009-01-01');
		expect(key('End')?.from).toBe(period.to);
		expect(key('a')).toBeNull();
	});

	it('proposes the middle half of what is shown as a first period', () => {
		const { from, to } = proposedPeriod(limits);
		expect([from.slice(0, 4), to.slice(0, 4)]).toEqual(['2013', '2021']);
	});
});
