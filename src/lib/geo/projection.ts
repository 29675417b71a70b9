// The map's projection: Lambert conformal conic, the usual choice for Europe (EPSG:3034 uses it),
// turned to a central meridian of 32°E and standard parallels 40°N and 60°N so that Lisbon, Oslo,
// Nicosia and Bishkek all keep their shapes; fitted to the capitals shown.
import { geoConicConformal, type GeoProjection } from 'd3-geo';

/** Longitude, latitude in degrees. */
export type LonLat = [number, number];

export const CENTRAL_MERIDIAN = 32;
export const STANDARD_PARALLELS: [number, number] = [40, 60];

export interface Extent {
	width: number;
	height: number;
	/** Space kept free on every side, in the same units. */
	padding?: number;
}

/**
 * A projection fitted so that every point lies within the extent; y grows downwards (screen and SVG
 * convention). Without points, Europe to Central Asia (Lisbon to Bishkek, Valletta to Helsinki).
 */
export function mapProjection(points: readonly LonLat[], extent: Extent): GeoProjection {
	const pad = extent.padding ?? 0;
	const fit: LonLat[] = points.length
		? [...points]
		: [
				[-10, 35],
				[75, 35],
				[-10, 61],
				[75, 61]
			];
	return geoConicConformal()
		.rotate([-CENTRAL_MERIDIAN, 0])
		.parallels(STANDARD_PARALLELS)
		.fitExtent(
			[
				[pad, pad],
				[extent.width - pad, extent.height - pad]
			],
			{ type: 'MultiPoint', coordinates: fit }
		);
}

/** Where each place falls on the projected plane; places the projection cannot show are left out. */
export function projectAll<K>(
	places: ReadonlyMap<K, LonLat>,
	projection: GeoProjection
): Map<K, [number, number]> {
	const out = new Map<K, [number, number]>();
	for (const [key, lonLat] of places) {
		const xy = projection(lonLat);
		if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1])) out.set(key, [xy[0], xy[1]]);
	}
	return out;
}
