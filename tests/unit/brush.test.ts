import { describe, expect, it } from 'vitest';
import {
	brushedPeriod,
	dragTo,
	handleKey,
	proposedPeriod,
	snapOf,
	wheelDomain,
	zoomAroundCentre
} from '../../src/lib/timeline/brush';
import { timeScale, type Domain } from '../../src/lib/timeline/scales';

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
		expect(period?.to).toBe('2024-12-31');
	});

	it('dragging a handle moves its end, never past the other', () => {
		const period = { from: '2012-01-01', to: '2016-12-31' };
		const moved = dragTo({ mode: 'to', startX: 0, startDomain: limits }, 1250, { ...view, period });
		expect(moved.period?.to.slice(0, 4)).toBe('2021');
		const crossed = dragTo({ mode: 'from', startX: 0, startDomain: limits }, 1500, {
			...view,
			period
		});
		// It stops a month short of the end: the period keeps its last month.
		expect(crossed.period?.from).toBe('2016-12-01');
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

	it('“Choose a period” proposes the whole year under the middle of what is shown', () => {
		// 2009–2024: the middle is 1 January 2017.
		expect(proposedPeriod(limits)).toEqual({ from: '2017-01-01', to: '2017-12-31' });
		expect(proposedPeriod([d('2011-09-01'), d('2013-01-01')])).toEqual({
			from: '2012-01-01',
			to: '2012-12-31'
		});
	});
});

describe('brushing snaps to whole months; Shift: days; Alt: whole years', () => {
	// 13 January to 19 December 2012, as the pointer gives it.
	const a = new Date('2012-01-13T10:00:00Z');
	const b = new Date('2012-12-19T16:00:00Z');

	it('reads the snapping from the modifier keys', () => {
		expect(snapOf({ shiftKey: false, altKey: false })).toBe('month');
		expect(snapOf({ shiftKey: true, altKey: false })).toBe('day');
		expect(snapOf({ shiftKey: false, altKey: true })).toBe('year');
	});

	it('snaps each end to the nearest month boundary, in either direction', () => {
		expect(brushedPeriod(a, b, 'month')).toEqual({ from: '2012-01-01', to: '2012-12-31' });
		expect(brushedPeriod(b, a, 'month')).toEqual({ from: '2012-01-01', to: '2012-12-31' });
		expect(brushedPeriod(d('2012-03-20'), d('2012-06-10'), 'month')).toEqual({
			from: '2012-04-01',
			to: '2012-05-31'
		});
	});

	it('Shift keeps the days as brushed; Alt snaps to whole years', () => {
		expect(brushedPeriod(a, b, 'day')).toEqual({ from: '2012-01-13', to: '2012-12-19' });
		expect(brushedPeriod(d('2011-10-01'), d('2014-03-01'), 'year')).toEqual({
			from: '2012-01-01',
			to: '2013-12-31'
		});
	});

	it('a short drag inside one month still picks that month (that year with Alt)', () => {
		expect(brushedPeriod(d('2012-05-10'), d('2012-05-12'), 'month')).toEqual({
			from: '2012-05-01',
			to: '2012-05-31'
		});
		expect(brushedPeriod(d('2012-05-10'), d('2012-05-12'), 'year')).toEqual({
			from: '2012-01-01',
			to: '2012-12-31'
		});
	});

	it('a drag across the lanes snaps as it goes; a handle snaps its end and stops short of the other', () => {
		const scale = timeScale(limits, 1600);
		const px = (date: Date) => scale(date);
		const brush = { mode: 'brush' as const, startX: px(a), startDomain: limits };
		expect(dragTo(brush, px(b), view).period).toEqual({ from: '2012-01-01', to: '2012-12-31' });
		expect(dragTo(brush, px(b), view, 'day').period).toEqual({
			from: '2012-01-13',
			to: '2012-12-19'
		});
		const period = { from: '2012-01-01', to: '2016-12-31' };
		const to = { mode: 'to' as const, startX: 0, startDomain: limits };
		expect(dragTo(to, px(d('2014-07-20')), { ...view, period }).period?.to).toBe('2014-07-31');
		expect(dragTo(to, px(d('2014-07-20')), { ...view, period }, 'year').period?.to).toBe(
			'2014-12-31'
		);
		// Dragged past the start, the end stays a month (a year) after it.
		expect(dragTo(to, 0, { ...view, period }).period).toEqual({
			from: '2012-01-01',
			to: '2012-01-31'
		});
		const from = { mode: 'from' as const, startX: 0, startDomain: limits };
		expect(dragTo(from, 1600, { ...view, period }, 'year').period).toEqual({
			from: '2016-01-01',
			to: '2016-12-31'
		});
	});
});
