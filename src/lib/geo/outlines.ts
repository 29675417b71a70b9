// Country outlines for the map, from Natural Earth via the world-atlas package (TopoJSON, bundled so
// the map works offline), drawn as SVG paths through the map's projection.
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
export type Resolution = '110m' | '50m';

/**
 * The world's countries as TopoJSON, imported on demand so that they load after the first frame and
 * only when the map is shown. 50m keeps small states (Malta, Liechtenstein) that 110m drops.
 */
export async function loadWorld(resolution: Resolution = '50m'): Promise<WorldTopology> {
	const module =
		resolution === '50m'
			? await import('world-atlas/countries-50m.json')
			: await import('world-atlas/countries-110m.json');
	return module.default as unknown as WorldTopology;
}

export type CountryFeature = Feature<Geometry, { name: string }>;

export function countries(world: WorldTopology): FeatureCollection<Geometry, { name: string }> {
	return feature(world, world.objects.countries);
}

/** The borders between countries, each drawn once, and the coastlines. */
export function borders(world: WorldTopology): MultiLineString {
	return mesh(world, world.objects.countries);
}

/** SVG path data of the countries and of their borders under a projection. */
export function outlinePaths(
	world: WorldTopology,
	projection: GeoProjection
): { land: string; borders: string } {
	const path = geoPath(projection);
	return { land: path(countries(world)) ?? '', borders: path(borders(world)) ?? '' };
}
