import gcoordModule, { type CRSTypes } from 'gcoord';
import { WanggeError } from '../errors/wangge-error.js';
import { GEO_MESSAGES } from '../i18n/geo-messages.js';
import type { CoordinateSystem, Location } from '../schema/geo-point.js';
import type { AreaGeometry, GridFeature, GridLayer, Position } from './grid-layer.js';

// gcoord is CommonJS whose typings declare `export default`: under NodeNext, TypeScript types the
// default import as the whole module (`.default.transform`), while Node, Vite and bundlers all
// hand over the object itself (`.transform`), as TypeScript's Bundler resolution also types it.
// The cast states what the runtime does, under either resolution. gcoord has
// only this default export object; importing it in this one file keeps it out of the bundles of
// users who never convert coordinates (gcoord is `sideEffects: false`, and so is this package).
type GcoordObject = typeof gcoordModule extends { default: infer D } ? D : typeof gcoordModule;
const gcoord = gcoordModule as unknown as GcoordObject;

type Bounds = NonNullable<GridLayer['bbox']>;

/**
 * Converts one position (`[longitude, latitude]`, optionally with an altitude, which is kept
 * unchanged) from one coordinate system to another, with the library `gcoord`. The input is not
 * changed; converting to the same system returns an equal copy.
 *
 * GCJ-02 (火星坐标) is defined only inside China. gcoord tells "inside China" by a rough bounding
 * box (longitude 72.004–137.8347, latitude 0.8293–55.8271): a point outside the box is returned
 * unchanged by a WGS-84 ↔ GCJ-02 conversion, while a point inside the box but outside China
 * (Seoul, Hanoi) is shifted all the same. BD-09 ↔ GCJ-02 applies Baidu's offset everywhere.
 * GCJ-02 → WGS-84 is solved iteratively, to about 1e-6 degrees (≈ 0.1 m).
 *
 * @param position - `[longitude, latitude]` or `[longitude, latitude, altitude]` in `from`
 * @param from - the system the position is expressed in
 * @param to - the system wanted
 * @returns a new position in `to`, with the altitude if the input had one
 * @throws {@link WanggeError} with code `non_finite_coordinate` when the longitude or latitude is
 *   NaN or ±Infinity (the error does not quote the position)
 *
 * @example
 * ```ts
 * import { convertPosition } from '@wangge/core';
 * // A phone's GPS fix (WGS-84) in Taiyuan, converted for an AutoNavi (GCJ-02) grid layer:
 * const [lng, lat] = convertPosition([112.5492, 37.857], 'WGS84', 'GCJ02');
 * const withAltitude = convertPosition([112.5492, 37.857, 780], 'WGS84', 'BD09');
 * withAltitude[2]; // 780
 * ```
 */
export function convertPosition(
  position: readonly [number, number],
  from: CoordinateSystem,
  to: CoordinateSystem,
): [number, number];
export function convertPosition(
  position: readonly [number, number, number],
  from: CoordinateSystem,
  to: CoordinateSystem,
): [number, number, number];
export function convertPosition(
  position: Position | readonly [number, number] | readonly [number, number, number],
  from: CoordinateSystem,
  to: CoordinateSystem,
): Position;
export function convertPosition(
  position: Position | readonly [number, number] | readonly [number, number, number],
  from: CoordinateSystem,
  to: CoordinateSystem,
): Position {
  const [lng, lat] = position;
  // gcoord would throw a plain Error that quotes the position, which may be where a resident
  // lives: refuse non-finite values first with a message that does not.
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new WanggeError('non_finite_coordinate', GEO_MESSAGES.non_finite_coordinate.message);
  }
  const [x, y] =
    from === to
      ? [lng, lat]
      : gcoord.transform<[number, number]>([lng, lat], toCrs(from), toCrs(to));
  return position.length === 3 ? [x, y, position[2]] : [x, y];
}

/**
 * Converts a {@link Location} (a point with its coordinate system) to another coordinate system,
 * e.g. a grid worker's GPS fix (WGS-84) to the GCJ-02 of the grid layer it is to be located in.
 * Returns a new location; see {@link convertPosition} for what happens outside China.
 *
 * @example
 * ```ts
 * import { convertLocation, type Location } from '@wangge/core';
 * const fix: Location = {
 *   point: { type: 'Point', coordinates: [112.5492, 37.857] },
 *   coordinateSystem: 'WGS84',
 * };
 * const onTheMap = convertLocation(fix, 'GCJ02');
 * onTheMap.coordinateSystem; // 'GCJ02'
 * ```
 */
export function convertLocation(location: Location, to: CoordinateSystem): Location {
  return {
    point: {
      type: 'Point',
      coordinates: convertPosition(location.point.coordinates, location.coordinateSystem, to),
    },
    coordinateSystem: to,
  };
}

/**
 * Converts every position of a Polygon or MultiPolygon from one coordinate system to another.
 * Returns a new geometry built of new arrays (the input is not changed); a `bbox` is recomputed
 * from the converted positions. See {@link convertPosition} for what happens outside China.
 *
 * @example
 * ```ts
 * import { convertGeometry, type AreaGeometry } from '@wangge/core';
 * const square: AreaGeometry = {
 *   type: 'Polygon',
 *   coordinates: [[[112.55, 37.85], [112.56, 37.85], [112.56, 37.86], [112.55, 37.85]]],
 * };
 * const inBaidu = convertGeometry(square, 'GCJ02', 'BD09');
 * inBaidu.type; // 'Polygon'
 * ```
 */
export function convertGeometry(
  geometry: AreaGeometry,
  from: CoordinateSystem,
  to: CoordinateSystem,
): AreaGeometry {
  const ring = (positions: readonly Position[]): Position[] =>
    positions.map((position) => convertPosition(position, from, to));
  if (geometry.type === 'Polygon') {
    const coordinates = geometry.coordinates.map(ring);
    return withBounds<AreaGeometry>(
      { type: 'Polygon', coordinates },
      geometry.bbox,
      coordinates.flat(),
    );
  }
  const coordinates = geometry.coordinates.map((polygon) => polygon.map(ring));
  return withBounds<AreaGeometry>(
    { type: 'MultiPolygon', coordinates },
    geometry.bbox,
    coordinates.flat(2),
  );
}

/**
 * Converts a whole grid layer to another coordinate system: every feature's geometry, its
 * `bbox` and the layer's `bbox` (recomputed), and the layer's `coordinateSystem`. Returns a new
 * layer (the input is not changed); properties are copied as they are. See
 * {@link convertPosition} for what happens outside China.
 *
 * @example
 * ```ts
 * import { convertLayer, parseGridLayer } from '@wangge/core';
 * const result = parseGridLayer({
 *   type: 'FeatureCollection',
 *   coordinateSystem: 'GCJ02',
 *   features: [
 *     {
 *       type: 'Feature',
 *       properties: { id: 'g-1', level: 'grid' },
 *       geometry: {
 *         type: 'Polygon',
 *         coordinates: [[[112.55, 37.85], [112.56, 37.85], [112.56, 37.86], [112.55, 37.85]]],
 *       },
 *     },
 *   ],
 * });
 * if (result.success) {
 *   const wgs84 = convertLayer(result.data, 'WGS84');
 *   wgs84.coordinateSystem; // 'WGS84'
 * }
 * ```
 */
export function convertLayer(layer: GridLayer, to: CoordinateSystem): GridLayer {
  const from = layer.coordinateSystem;
  const features = layer.features.map((feature): GridFeature => {
    const { bbox, ...rest } = feature;
    const geometry = convertGeometry(feature.geometry, from, to);
    return withBounds<GridFeature>(
      { ...rest, properties: { ...feature.properties }, geometry },
      bbox,
      positionsOf(geometry),
    );
  });
  const { bbox, ...rest } = layer;
  return withBounds<GridLayer>(
    { ...rest, coordinateSystem: to, features },
    bbox,
    features.flatMap((feature) => positionsOf(feature.geometry)),
  );
}

function toCrs(system: CoordinateSystem): CRSTypes {
  switch (system) {
    case 'WGS84':
      return gcoord.WGS84;
    case 'GCJ02':
      return gcoord.GCJ02;
    case 'BD09':
      return gcoord.BD09;
  }
}

function positionsOf(geometry: AreaGeometry): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/** `value` with a `bbox` recomputed from `positions` if it had one before conversion. */
function withBounds<T extends { bbox?: Bounds }>(
  value: T,
  original: Bounds | undefined,
  positions: readonly Position[],
): T {
  if (original === undefined) return value;
  const bbox = boundsOf(original, positions);
  return bbox === undefined ? value : { ...value, bbox };
}

/**
 * The bounds of converted positions, in the shape of the original bbox: 2-D bboxes get new
 * longitudes and latitudes; 3-D ones keep their altitudes, which no conversion changes.
 * A bbox of another length is not valid GeoJSON and is dropped rather than carried over stale.
 */
function boundsOf(original: Bounds, positions: readonly Position[]): Bounds | undefined {
  if (original.length !== 4 && original.length !== 6) return undefined;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lng, lat] of positions) {
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  if (west > east) return undefined;
  if (original.length === 4) return [west, south, east, north];
  const [, , low = 0, , , high = 0] = original;
  return [west, south, low, east, north, high];
}
