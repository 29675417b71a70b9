// What the timeline draws: events as points (or short bars), documents and projects as bars over
// their period, each in its lane, packed into rows so that nothing overlaps.
import { periodEnd, periodStart } from '../data/dates';
import type { DataEvent, Dataset, EventKind, Labels, PartialDate } from '../data/types';

export const LANES = ['ministerial', 'som', 'groups', 'documents', 'projects', 'other'] as const;
export type Lane = (typeof LANES)[number];

const LANE_OF_EVENT: Partial<Record<EventKind, Lane>> = {
	ministerial_conference: 'ministerial',
	senior_officials_meeting: 'som',
	core_group_meeting: 'groups',
	strategic_group_meeting: 'groups'
};

export interface TimelineItem {
	/** `event:<id>` or `node:<id>`, unique across the timeline. */
	key: string;
	ref: { kind: 'event'; id: string } | { kind: 'node'; id: string };
	lane: Lane;
	label: Labels;
	/** First and last day, `YYYY-MM-DD`, inclusive. */
	start: string;
	end: string;
	/** The dates as the record gives them, at their own precision (`until` empty: still running). */
	when: { from: PartialDate; until: PartialDate };
	/** True when the record has no end date: the bar runs to today. */
	open: boolean;
	uncertain: boolean;
	/** Row inside the lane, from `packRows`. */
	row: number;
}

function laneOfEvent(event: DataEvent): Lane {
	return LANE_OF_EVENT[event.kind] ?? 'other';
}

/** All timeline items of a dataset; `today` closes bars that are still running. */
export function timelineItems(dataset: Dataset, today: string): TimelineItem[] {
	const items: TimelineItem[] = [];
	for (const ev of dataset.events) {
		items.push({
			key: `event:${ev.id}`,
			ref: { kind: 'event', id: ev.id },
			lane: laneOfEvent(ev),
			label: ev.label,
			start: periodStart(ev.date),
			end: periodEnd(ev.endDate || ev.date),
			when: { from: ev.date, until: ev.endDate || ev.date },
			open: false,
			uncertain: ev.uncertain,
			row: 0
		});
	}
	for (const n of dataset.nodes) {
		if ((n.type !== 'document' && n.type !== 'project') || !n.from) continue;
		const open = !n.until && n.type === 'project';
		items.push({
			key: `node:${n.id}`,
			ref: { kind: 'node', id: n.id },
			lane: n.type === 'document' ? 'documents' : 'projects',
			label: n.label,
			start: periodStart(n.from),
			end: n.until ? periodEnd(n.until) : open ? today : periodEnd(n.from),
			when: { from: n.from, until: n.until || (open ? '' : n.from) },
			open,
			uncertain: n.uncertain,
			row: 0
		});
	}
	return packRows(items);
}

/**
 * Gives each item the lowest row of its lane where it does not overlap the previous item, with a
 * gap of `minGapDays` so that point events a few days apart do not touch. Deterministic.
 */
export function packRows(items: TimelineItem[], minGapDays = 45): TimelineItem[] {
	const byLane = new Map<Lane, TimelineItem[]>();
	for (const item of items) {
		const list = byLane.get(item.lane) ?? [];
		list.push(item);
		byLane.set(item.lane, list);
	}
	const packed: TimelineItem[] = [];
	for (const lane of LANES) {
		const list = (byLane.get(lane) ?? []).sort(
			(a, b) =>
				a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key)
		);
		const rowEnds: number[] = [];
		for (const item of list) {
			const start = Date.parse(item.start);
			let row = rowEnds.findIndex((end) => start > end + minGapDays * 864e5);
			if (row === -1) row = rowEnds.length;
			rowEnds[row] = Date.parse(item.end);
			packed.push({ ...item, row });
		}
	}
	return packed;
}

/** How many rows each lane needs. */
export function laneRows(items: readonly TimelineItem[]): Record<Lane, number> {
	const rows = Object.fromEntries(LANES.map((l) => [l, 1])) as Record<Lane, number>;
	for (const item of items) rows[item.lane] = Math.max(rows[item.lane], item.row + 1);
	return rows;
}

/** Where each lane starts (px from the top of the plot) and how tall the plot is. */
export function laneTops(
	rows: Record<Lane, number>,
	rowHeight: number,
	gap: number
): { tops: Record<Lane, number>; height: number } {
	const tops = {} as Record<Lane, number>;
	let y = 4;
	for (const lane of LANES) {
		tops[lane] = y;
		y += rows[lane] * rowHeight + gap;
	}
	return { tops, height: y };
}
