// The "Map" layout as the network view needs it: every node's place (graph coordinates, y up), the
// country outlines as SVG path data in the projected plane, and three projected points to align
// the outlines with sigma's camera (align.ts). Capitals come from data/capitals.csv and outlines
// from world-atlas, both imported on demand: nothing of this loads before the map is asked for.
import { validateCapitals } from '../data/capitals';
import type { Dataset } from '../data/types';
import type { NetworkGraph } from '../graph/build';
import { toGraph, type Point } from './align';
import { mapLayout } from './map-layout';
import { loadWorld, outlinePaths } from './outlines';
import { mapProjection, projectAll, type LonLat } from './projection';

/** The projected plane's size; sigma rescales it to the canvas, so only the proportions matter. */
const WIDTH = 1000;
const HEIGHT = 700;
/** Nodes placed beside their states keep this distance (in the plane's units). */
const GAP = 14;

export interface MapView {
	positions: Map<string, { x: number; y: number }>;
	land: string;
	borders: string;
	/** Three corners of the plane (y down) and the same as graph positions, for the alignment. */
	corners: [Point, Point, Point];
}

export async function buildMapView(graph: NetworkGraph, dataset: Dataset): Promise<MapView> {
	const [{ default: text }, world] = await Promise.all([
		import('../../../data/capitals.csv?raw'),
		loadWorld('50m')
	]);
	const result = validateCapitals(text, dataset);
	const places = new Map<string, LonLat>(
		(result.capitals ?? []).map((c) => [c.state, [c.lon, c.lat] as LonLat])
	);
	const projection = mapProjection([...places.values()], {
		width: WIDTH,
		height: HEIGHT,
		padding: 30
	});
	const projected = projectAll(places, projection);
	const layout = mapLayout(graph, projected, { width: WIDTH, height: HEIGHT, gap: GAP });
	const positions = new Map([...layout.positions].map(([id, p]) => [id, toGraph(p)]));
	return {
		positions,
		...outlinePaths(world, projection),
		corners: [
			{ x: 0, y: 0 },
			{ x: WIDTH, y: 0 },
			{ x: 0, y: HEIGHT }
		]
	};
}
