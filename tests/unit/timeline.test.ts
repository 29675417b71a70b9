import { describe, expect, it } from 'vitest';
import { laneRows, packRows, timelineItems, type TimelineItem } from '../../src/lib/timeline/lanes';
import {
	dateToDay,
	dayToDate,
	fullDomain,
	moveEdge,
	panDomain,
	periodBetween,
	playSteps,
	timeScale,
	yearTicks,
	zoomDomain,
	type Domain
} from '../../src/lib/timeline/scales';
import { loadDataset, REAL } from './fixtures';

const limits: Domain = [dayToDate('2009-01-01'), dayToDate('2027-01-01')];

describe('timeline items', () => {
	const items = timelineItems(loadDataset(REAL), '2026-11-28');
	const byKey = new Map(items.map((i) => [i.key, i]));

	it('puts conferences, meetings, documents and projects in their lanes', () => {
		expect(byKey.get('event:mc-2011-poznan')).toMatchObject({
			lane: 'ministerial',
			start: '2011-11-04',
			end: '2011-11-04'
		});
		expect(byKey.get('node:action-plan-2012-2016')).toMatchObject({
			lane: 'documents',
			start: '2012-01-01',
			end: '2016-12-31'
		});
		expect(byKey.get('node:pp4')?.lane).toBe('projects');
		expect(items.some((i) => i.lane === 'som')).toBe(true);
		expect(items.some((i) => i.lane === 'groups')).toBe(true);
	});

	it('runs projects without an end date to today', () => {
		const caps = byKey.get('node:caps');
		expect(caps).toMatchObject({ open: true, end: '2026-11-28' });
	});

	it('packs overlapping items of a lane into separate rows', () => {
		const item = (key: string, start: string, end: string): TimelineItem => ({
			key,
			ref: { kind: 'event', id: key },
			lane: 'projects',
			label: { en: key, ru: '', ruUnofficial: false },
			start,
			end,
			open: false,
			uncertain: false,
			row: 0
		});
		const packed = packRows([
			item('a', '2012-01-01', '2014-01-01'),
			item('b', '2013-01-01', '2015-01-01'),
			item('c', '2015-06-01', '2016-01-01')
		]);
		expect(packed.map((p) => [p.key, p.row])).toEqual([
			['a', 0],
			['b', 1],
			['c', 0]
		]);
		expect(laneRows(packed).projects).toBe(2);
	});
});

describe('time scales', () => {
	it('maps dates to pixels and back', () => {
		const scale = timeScale(limits, 1800);
		expect(scale(dayToDate('2009-01-01'))).toBe(0);
		expect(dateToDay(scale.invert(1800))).toBe('2027-01-01');
	});

	it('spans whole years from the first item to the end of this year', () => {
		expect(fullDomain(['2011-11-04', '2009-04-28'], '2026-11-28').map(dateToDay)).toEqual([
			'2009-01-01',
			'2027-01-01'
		]);
	});

	it('gives year ticks that thin out when the axis is narrow', () => {
		expect(yearTicks(timeScale(limits, 1800)).length).toBe(19);
		expect(yearTicks(timeScale(limits, 300)).length).toBeLessThanOrEqual(6);
	});

	it('zooms around the pointer and pans inside the limits', () => {
		const anchor = dayToDate('2012-01-01');
		const zoomed = zoomDomain(limits, 0.5, anchor, limits);
		expect(+zoomed[1] - +zoomed[0]).toBeCloseTo((+limits[1] - +limits[0]) / 2, -5);
		expect(+zoomed[0]).toBeLessThan(+anchor);
		expect(zoomDomain(zoomed, 10, anchor, limits)).toEqual(limits);
		expect(panDomain(zoomed, -1e13, limits)[0]).toEqual(limits[0]);
	});
});

describe('brush steps', () => {
	const period = { from: '2012-01-01', to: '2016-12-31' };

	it('moves an edge by a month, or a year with shift', () => {
		expect(moveEdge(period, 'from', 1, limits)).toEqual({ from: '2012-02-01', to: '2016-12-31' });
		expect(moveEdge(period, 'to', -12, limits)).toEqual({ from: '2012-01-01', to: '2015-12-31' });
	});

	it('keeps month ends at month ends', () => {
		expect(moveEdge(period, 'to', -1, limits).to).toBe('2016-11-30');
		expect(moveEdge({ from: '2012-01-31', to: '2016-12-31' }, 'from', 1, limits).from).toBe(
			'2012-02-29'
		);
		expect(moveEdge({ from: '2012-01-15', to: '2016-12-31' }, 'from', 1, limits).from).toBe(
			'2012-02-15'
		);
	});

	it('never crosses the other edge or leaves the limits', () => {
		expect(moveEdge(period, 'from', 120, limits).from).toBe('2016-12-31');
		expect(moveEdge(period, 'from', -120, limits).from).toBe('2009-01-01');
		expect(moveEdge(period, 'to', 240, limits).to).toBe('2026-12-31');
	});

	it('turns a drag into an ordered period of whole days', () => {
		expect(periodBetween(dayToDate('2016-05-01'), new Date('2012-03-04T15:00:00Z'))).toEqual({
			from: '2012-03-04',
			to: '2016-05-01'
		});
	});

	it('plays year by year up to today', () => {
		expect(playSteps(2009, '2012-03-01')).toEqual([
			'2009-12-31',
			'2010-12-31',
			'2011-12-31',
			'2012-03-01'
		]);
	});
});
