// Where each node goes in the "Map" layout. The rule: a state sits at its capital; any other node sits
// at the centroid of the states it is directly linked to (a region among its members, a project
// among its participants), nudged along a spiral until it no longer covers another node; a node
// linked to no placed state (a thematic area, a document no state endorses) goes to a band beneath
// the map, in a row ordered by type and id.
import { NODE_TYPES } from '../data/types';
import type { NetworkGraph } from '../graph/build';

export type Placement = 'capital' | 'centroid' | 'band';

export interface MapLayout {
	/** Projected coordinates, y growing downwards (as the outlines' SVG); `toGraph` (align.ts) for sigma. */
	positions: Map<string, { x: number; y: number }>;
	placement: Map<string, Placement>;
}

export interface MapLayoutOptions {
	/** The map's drawing area: the band runs along its bottom edge, below `height`. */
	width: number;
	height: number;
	/** Nodes placed by centroid or in the band keep at least this distance from each other. */
	gap: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A grid of cells `gap` wide, to find placed nodes near a point without scanning them all. */
class Occupancy {
	#cells = new Map<string, [number, number][]>();
	constructor(private gap: number) {}
	#key(x: number, y: number) {
		return `${Math.floor(x / this.gap)},${Math.floor(y / this.gap)}`;
	}
	add(x: number, y: number) {
		const key = this.#key(x, y);
		const list = this.#cells.get(key);
		if (list) list.push([x, y]);
		else this.#cells.set(key, [[x, y]]);
	}
	isFree(x: number, y: number): boolean {
		const cx = Math.floor(x / this.gap);
		const cy = Math.floor(y / this.gap);
		for (let i = cx - 1; i <= cx + 1; i++) {
			for (let j = cy - 1; j <= cy + 1; j++) {
				for (const [px, py] of this.#cells.get(`${i},${j}`) ?? []) {
					if (Math.hypot(px - x, py - y) < this.gap) return false;
				}
			}
		}
		return true;
	}
}

export function mapLayout(
	graph: NetworkGraph,
	capitals: ReadonlyMap<string, [number, number]>,
	options: MapLayoutOptions
): MapLayout {
	const { width, height, gap } = options;
	const positions = new Map<string, { x: number; y: number }>();
	const placement = new Map<string, Placement>();
	const occupied = new Occupancy(gap);

	graph.forEachNode((id, a) => {
		const xy = a.kind === 'state' ? capitals.get(id) : undefined;
		if (!xy) return;
		positions.set(id, { x: xy[0], y: xy[1] });
		placement.set(id, 'capital');
		occupied.add(xy[0], xy[1]);
	});

	const band: string[] = [];
	const rest = graph.filterNodes((id) => !positions.has(id)).sort();
	for (const id of rest) {
		let sx = 0;
		let sy = 0;
		let n = 0;
		for (const other of new Set(graph.neighbors(id))) {
			const p = placement.get(other) === 'capital' ? positions.get(other) : undefined;
			if (!p) continue;
			sx += p.x;
			sy += p.y;
			n++;
		}
		if (n === 0) {
			band.push(id);
			continue;
		}
		// The first free point of a spiral around the centroid.
		let x = sx / n;
		let y = sy / n;
		for (let k = 1; !occupied.isFree(x, y); k++) {
			const r = gap * Math.sqrt(k);
			x = sx / n + r * Math.cos(k * GOLDEN_ANGLE);
			y = sy / n + r * Math.sin(k * GOLDEN_ANGLE);
		}
		positions.set(id, { x, y });
		placement.set(id, 'centroid');
		occupied.add(x, y);
	}

	// The band: rows beneath the map, as many nodes per row as fit.
	const kind = (id: string) => NODE_TYPES.indexOf(graph.getNodeAttribute(id, 'kind'));
	band.sort((p, q) => kind(p) - kind(q) || p.localeCompare(q));
	const perRow = Math.max(1, Math.floor(width / gap));
	band.forEach((id, i) => {
		const row = Math.floor(i / perRow);
		const inRow = Math.min(perRow, band.length - row * perRow);
		const x = (width * ((i % perRow) + 0.5)) / inRow;
		positions.set(id, { x, y: height + gap * (row + 1) });
		placement.set(id, 'band');
	});
	return { positions, placement };
}
