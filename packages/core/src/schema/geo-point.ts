import * as z from 'zod/mini';

/**
 * The coordinate systems in use in China: `WGS84` (GPS, RFC 7946 GeoJSON), `GCJ02` (the national
 * datum of Chinese map providers, 火星坐标) and `BD09` (Baidu).
 *
 * @example
 * ```ts
 * import { COORDINATE_SYSTEMS } from '@wangge/core';
 * COORDINATE_SYSTEMS; // ['WGS84', 'GCJ02', 'BD09']
 * ```
 */
export const COORDINATE_SYSTEMS = ['WGS84', 'GCJ02', 'BD09'] as const;

/**
 * A coordinate system: `WGS84`, `GCJ02` or `BD09`.
 *
 * @example
 * ```ts
 * import { CoordinateSystem } from '@wangge/core';
 * CoordinateSystem.parse('GCJ02');
 * ```
 */
export const CoordinateSystem = /* @__PURE__ */ (() => z.enum(COORDINATE_SYSTEMS))();
/** A coordinate system. */
export type CoordinateSystem = z.output<typeof CoordinateSystem>;

/**
 * A GeoJSON Point (RFC 7946): `[longitude, latitude]` in degrees, optionally with an altitude.
 *
 * @example
 * ```ts
 * import { GeoPoint } from '@wangge/core';
 * GeoPoint.parse({ type: 'Point', coordinates: [112.5636, 37.8618] });
 * ```
 */
export const GeoPoint = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('Point'),
    coordinates: z.union([
      z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
      z.tuple([
        z.number().check(z.gte(-180), z.lte(180)),
        z.number().check(z.gte(-90), z.lte(90)),
        z.number(),
      ]),
    ]),
  }))();
/** A GeoJSON Point. */
export type GeoPoint = z.output<typeof GeoPoint>;

/**
 * Where something is: a point and the coordinate system it is expressed in. A point must be
 * converted to the grid layer's system before it is located.
 *
 * @example
 * ```ts
 * import { Location } from '@wangge/core';
 * Location.parse({ point: { type: 'Point', coordinates: [112.5636, 37.8618] }, coordinateSystem: 'WGS84' });
 * ```
 */
export const Location = /* @__PURE__ */ (() =>
  z.strictObject({
    point: GeoPoint,
    coordinateSystem: CoordinateSystem,
  }))();
/** A point with its coordinate system. */
export type Location = z.output<typeof Location>;
