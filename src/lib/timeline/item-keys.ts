// Moving through the timeline's items with the keyboard (one tab stop, arrows inside): Left and
// Right go to the previous or next item of the lane by date, Up and Down to the item of the lane
// above or below nearest in time, Home and End to the lane's first and last item.
import { LANES, type Lane, type TimelineItem } from './lanes';

/** The items of each lane in reading order: by start, then end, then key. */
export function itemsByLane(items: readonly TimelineItem[]): Map<Lane, TimelineItem[]> {
	const byLane = new Map<Lane, TimelineItem[]>(LANES.map((l) => [l, []]));
	for (const item of items) byLane.get(item.lane)!.push(item);
	for (const list of byLane.values()) {
		list.sort(
			(a, b) =>
				a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key)
		);
	}
	return byLane;
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));

/**
 * The key of the item that `key` moves to from the item `current`, or null when the key is not one
 * of these or there is nowhere to go (the focus then stays).
 */
export function itemAfterKey(
	byLane: ReadonlyMap<Lane, readonly TimelineItem[]>,
	current: TimelineItem,
	key: string
): string | null {
	const lane = byLane.get(current.lane) ?? [];
	const at = lane.findIndex((i) => i.key === current.key);
	switch (key) {
		case 'ArrowLeft':
			return lane[at - 1]?.key ?? null;
		case 'ArrowRight':
			return lane[at + 1]?.key ?? null;
		case 'Home':
			return lane[0]?.key ?? null;
		case 'End':
			return lane.at(-1)?.key ?? null;
		case 'ArrowUp':
		case 'ArrowDown': {
			const by = key === 'ArrowUp' ? -1 : 1;
			// The nearest lane in that direction that has items.
			for (let l = LANES.indexOf(current.lane) + by; l >= 0 && l < LANES.length; l += by) {
				const other = byLane.get(LANES[l]!) ?? [];
				if (other.length === 0) continue;
				let best = other[0]!;
				for (const item of other) {
					if (daysApart(item.start, current.start) < daysApart(best.start, current.start)) {
						best = item;
					}
				}
				return best.key;
			}
			return null;
		}
		default:
			return null;
	}
}

/**
 * The item that takes the timeline's one tab stop: the one last focused when it still exists, else
 * the selected one, else the first that starts inside what the timeline shows.
 */
export function tabStopItem(
	byLane: ReadonlyMap<Lane, readonly TimelineItem[]>,
	candidates: { focused: string | null; selected: string | null; shownFrom: string }
): string | null {
	const all = [...byLane.values()].flat();
	const has = (key: string | null) => key !== null && all.some((i) => i.key === key);
	if (has(candidates.focused)) return candidates.focused;
	if (has(candidates.selected)) return candidates.selected;
	return (all.find((i) => i.start >= candidates.shownFrom) ?? all[0])?.key ?? null;
}
