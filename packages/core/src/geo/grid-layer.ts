import * as z from 'zod/mini';
import { CoordinateSystem } from '../schema/geo-point.js';
import { Id, UnitName } from '../schema/id.js';

/**
 * A GeoJSON position (RFC 7946 §3.1.1): `[longitude, latitude]` in degrees, with an optional
 * altitude. NaN, Infinity and values out of range are refused.
 *
 * @example
 * ```ts
 * import { Position } from '@wangge/core';
 * Position.parse([112.56, 37.86]);
 * Position.safeParse([200, 37.86]).success; // false
 * ```
 */
export const Position = /* @__PURE__ */ (() =>
  z.union([
    z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
    z.tuple([
      z.number().check(z.gte(-180), z.lte(180)),
      z.number().check(z.gte(-90), z.lte(90)),
      z.number(),
    ]),
  ]))();
/** A GeoJSON position. */
export type Position = z.output<typeof Position>;

/**
 * A linear ring (RFC 7946 §3.1.6): four or more positions. RFC 7946 asks for closed rings (the
 * last position equal to the first) wound counter-clockwise for exteriors; real layers often
 * break both rules, so the schema accepts either: `validateGridLayer` reports unclosed rings, and
 * the grid index treats every ring as closed and ignores winding.
 *
 * @example
 * ```ts
 * import { LinearRing } from '@wangge/core';
 * LinearRing.parse([[0, 0], [1, 0], [1, 1], [0, 0]]);
 * ```
 */
export const LinearRing = /* @__PURE__ */ (() => z.array(Position).check(z.minLength(4)))();
/** A linear ring. */
export type LinearRing = z.output<typeof LinearRing>;

const BBox = /* @__PURE__ */ (() =>
  z.union([z.tuple([z.number(), z.number(), z.number(), z.number()]), z.array(z.number())]))();

/**
 * A GeoJSON Polygon (RFC 7946 §3.1.6): an exterior ring and any holes.
 *
 * @example
 * ```ts
 * import { PolygonGeometry } from '@wangge/core';
 * PolygonGeometry.parse({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
 * ```
 */
export const PolygonGeometry = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('Polygon'),
    coordinates: z.array(LinearRing).check(z.minLength(1)),
    bbox: z.optional(BBox),
  }))();
/** A GeoJSON Polygon. */
export type PolygonGeometry = z.output<typeof PolygonGeometry>;

/**
 * A GeoJSON MultiPolygon (RFC 7946 §3.1.7).
 *
 * @example
 * ```ts
 * import { MultiPolygonGeometry } from '@wangge/core';
 * MultiPolygonGeometry.parse({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
 * ```
 */
export const MultiPolygonGeometry = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(LinearRing).check(z.minLength(1))).check(z.minLength(1)),
    bbox: z.optional(BBox),
  }))();
/** A GeoJSON MultiPolygon. */
export type MultiPolygonGeometry = z.output<typeof MultiPolygonGeometry>;

/**
 * The area of a unit: a Polygon or a MultiPolygon.
 *
 * @example
 * ```ts
 * import { AreaGeometry } from '@wangge/core';
 * AreaGeometry.parse({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
 * ```
 */
export const AreaGeometry = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]))();
/** A Polygon or MultiPolygon. */
export type AreaGeometry = z.output<typeof AreaGeometry>;

/**
 * The levels a unit of a grid layer can have, from the root down.
 *
 * @example
 * ```ts
 * import { LAYER_LEVELS } from '@wangge/core';
 * LAYER_LEVELS.at(-1); // 'micro-grid'
 * ```
 */
export const LAYER_LEVELS = ['district', 'street', 'community', 'grid', 'micro-grid'] as const;

/**
 * What a grid layer says of each unit: its id (the same as in the district bundle), its level,
 * its parent's id, and for grids whether it is ordinary or exclusive (专属网格, which wins over the
 * ordinary grid around it). Other properties are kept as they are.
 *
 * @example
 * ```ts
 * import { GridFeatureProperties } from '@wangge/core';
 * GridFeatureProperties.parse({ id: 'ljy-c1-g1', level: 'grid', parentId: 'ljy-c1', kind: 'ordinary' });
 * ```
 */
export const GridFeatureProperties = /* @__PURE__ */ (() =>
  z.looseObject({
    id: Id,
    level: z.enum(LAYER_LEVELS),
    parentId: z.optional(Id),
    kind: z.optional(z.enum(['ordinary', 'exclusive'])),
    name: z.optional(UnitName),
  }))();
/** The properties of a grid-layer feature. */
export type GridFeatureProperties = z.output<typeof GridFeatureProperties>;

/**
 * One unit of a grid layer: a GeoJSON Feature (RFC 7946 §3.2) with an area geometry.
 *
 * @example
 * ```ts
 * import { GridFeature } from '@wangge/core';
 * GridFeature.parse({
 *   type: 'Feature',
 *   properties: { id: 'g-1', level: 'grid', parentId: 'c-1', kind: 'ordinary' },
 *   geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
 * });
 * ```
 */
export const GridFeature = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('Feature'),
    id: z.optional(z.union([z.string(), z.number()])),
    properties: GridFeatureProperties,
    geometry: AreaGeometry,
    bbox: z.optional(BBox),
  }))();
/** A grid-layer feature. */
export type GridFeature = z.output<typeof GridFeature>;

/**
 * A grid layer: the areas of a district's units as a GeoJSON FeatureCollection (RFC 7946 §3.3),
 * with the coordinate system it is drawn in as the foreign member `coordinateSystem` (`WGS84`,
 * `GCJ02` or `BD09`). The declaration is required: Chinese map data is usually GCJ-02 although
 * RFC 7946 assumes WGS-84, and locating a point in the wrong system is off by hundreds of metres.
 *
 * @example
 * ```ts
 * import { GridLayer } from '@wangge/core';
 * GridLayer.parse({ type: 'FeatureCollection', coordinateSystem: 'GCJ02', features: [] });
 * ```
 */
export const GridLayer = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('FeatureCollection'),
    coordinateSystem: CoordinateSystem,
    features: z.array(GridFeature),
    bbox: z.optional(BBox),
  }))();
/** A grid layer. */
export type GridLayer = z.output<typeof GridLayer>;
