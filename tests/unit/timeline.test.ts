import { describe, expect, it } from 'vitest';
import { laneRows, packRows, timelineItems, type TimelineItem } from '../../src/lib/timeline/lanes';
import {
	dateToDay,
	dayToDate,
	fullDomain,
	moveEdge,
	panDomain,
	panToShow,
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

	it('keeps the dates as the record gives them, for words at their own precision', () => {
		expect(byKey.get('node:pp1')?.when).toEqual({ from: '2012', until: '2014' });
		expect(byKey.get('node:caps')?.when).toEqual({ from: '2023-04', until: '' });
		expect(byKey.get('event:mc-2011-poznan')?.when).toEqual({
			from: '2011-11-04',
			until: '2011-11-04'
		});
	});

	it('packs overlapping items of a lane into separate rows', () => {
		const item = (key: string, start: string, end: string): TimelineItem => ({
			key,
			ref: { kind: 'event', id: key },
			lane: 'projects',
			label: { en: key, ru: '', ruUnofficial: false },
			start,
			end,
			when: { from: start, until: end },
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

	const years = (dates: Date[]) => dates.map((d) => d.getUTCFullYear());

	it('labels every year when 48 px apart fit: 2012 has its label', () => {
		// 18 years on 1,800 px: 100 px a year.
		const ticks = yearTicks(timeScale(limits, 1800));
		expect(ticks.step).toBe(1);
		// 2027 is the end of the domain, not a year shown: it has a grid line, not a label.
		expect(years(ticks.labels)).toEqual(Array.from({ length: 18 }, (_, i) => 2009 + i));
		expect(years(ticks.grid).at(-1)).toBe(2027);
		// Just wide enough: 48 px a year.
		expect(yearTicks(timeScale(limits, 18 * 48)).step).toBe(1);
		expect(yearTicks(timeScale(limits, 18 * 47)).step).toBe(2);
	});

	it('else labels every 2 years (even years, 2012 among them), then every 5 or 10', () => {
		const two = yearTicks(timeScale(limits, 18 * 30));
		expect(years(two.labels)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
		const five = yearTicks(timeScale(limits, 300));
		expect(years(five.labels)).toEqual([2010, 2015, 2020, 2025]);
		expect(years(yearTicks(timeScale(limits, 90)).labels)).toEqual([2010, 2020]);
	});

	it('marks every year on the grid while years are 6 px apart or more', () => {
		expect(yearTicks(timeScale(limits, 300)).grid).toHaveLength(19);
		const narrow = yearTicks(timeScale(limits, 90));
		expect(narrow.grid).toEqual(narrow.labels);
	});

	it('labels stay 48 px apart at every width', () => {
		for (let width = 60; width < 2000; width += 37) {
			const scale = timeScale(limits, width);
			const xs = yearTicks(scale).labels.map((d) => scale(d));
			for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(47.9);
		}
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

	it('pans as little as it takes to show an item, a twentieth of the view from the edge', () => {
		const shown: Domain = [dayToDate('2012-01-01'), dayToDate('2016-01-01')];
		expect(panToShow(shown, '2013-05-01', '2013-06-01', limits)).toBe(shown);
		const later = panToShow(shown, '2018-03-01', '2018-03-01', limits);
		expect(+later[1] - +later[0]).toBe(+shown[1] - +shown[0]);
		expect(dateToDay(later[1]).slice(0, 7)).toBe('2018-05');
		const earlier = panToShow(shown, '2010-06-01', '2010-06-01', limits);
		expect(dateToDay(earlier[0]).slice(0, 7)).toBe('2010-03');
		// Longer than the view: its start is shown.
		const long = panToShow(shown, '2019-01-01', '2026-01-01', limits);
		expect(+long[0]).toBeLessThan(+dayToDate('2019-01-01'));
		expect(+long[1]).toBeGreaterThan(+dayToDate('2019-01-01'));
		// Never past the limits.
		expect(panToShow(shown, '2009-01-05', '2009-01-05', limits)[0]).toEqual(limits[0]);
	});
});
