import { WanggeValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { GEO_MESSAGES, type GeoMessageCode } from '../i18n/geo-messages.js';
import { COORDINATE_SYSTEMS } from '../schema/geo-point.js';
import { parseInput, readJson } from '../validation/parse-input.js';
import type { ParseResult } from '../validation/parse-result.js';
import { GridLayer } from './grid-layer.js';

const SUBJECT = 'GridLayer';

/**
 * Reads a grid layer (the GeoJSON areas of a district's units, see {@link GridLayer}) from
 * untrusted data without throwing. Besides the schema's own issues, the common ways real GeoJSON
 * goes wrong get their own codes (messages in {@link GEO_MESSAGES}), each at the exact path:
 *
 * - `not_feature_collection`: not an object, or `type` is not `FeatureCollection` (at `[]` or
 *   `['type']`; nothing else is checked then);
 * - `missing_coordinate_system` / `invalid_coordinate_system` at `['coordinateSystem']`;
 * - `empty_layer` at `['features']` when there are no features;
 * - `missing_geometry` at `['features', i, 'geometry']`;
 * - `not_area_geometry` at `['features', i, 'geometry', 'type']` for a Point, a LineString, …;
 * - `ring_too_short` at the ring (fewer than 4 positions);
 * - `invalid_position` at a position that is not 2 or 3 numbers (or at the entry that is not a
 *   number);
 * - `non_finite_coordinate`, `longitude_out_of_range`, `latitude_out_of_range` at the very
 *   coordinate, e.g. `['features', 3, 'geometry', 'coordinates', 0, 5, 1]`.
 *
 * No coordinate is ever quoted in an issue. Valid input is checked by the schema alone; the
 * detailed walk runs only when something is wrong.
 *
 * @example
 * ```ts
 * import { parseGridLayer } from '@wangge/core';
 * const result = parseGridLayer({
 *   type: 'FeatureCollection',
 *   coordinateSystem: 'GCJ02',
 *   features: [
 *     {
 *       type: 'Feature',
 *       properties: { id: 'g-1', level: 'grid' },
 *       geometry: {
 *         type: 'Polygon',
 *         coordinates: [[[112.55, 37.85], [112.56, 37.85], [112.56, 137.86], [112.55, 37.85]]],
 *       },
 *     },
 *   ],
 * });
 * if (!result.success) {
 *   const [issue] = result.error.issues;
 *   issue?.code; // 'latitude_out_of_range'
 *   issue?.path; // ['features', 0, 'geometry', 'coordinates', 0, 2, 1]
 *   console.log(result.error.format('en'));
 * }
 * ```
 */
export function parseGridLayer(input: unknown): ParseResult<GridLayer> {
  const parsed = parseInput(GridLayer, input, SUBJECT);
  if (parsed.success) {
    if (parsed.data.features.length > 0) return parsed;
    return fail([geoIssue('empty_layer', ['features'])]);
  }
  const own = findLayerIssues(input);
  // Something that is not a FeatureCollection at all (a Feature, a bare geometry) would make the
  // schema list every member it lacks: one issue that says what the input is not reads better.
  if (own[0]?.code === 'not_feature_collection') return fail(own, parsed.error.cause);
  // Drop the schema's issues at a place (or above a place) that has a precise issue of its own:
  // zod reports a bad coordinate as a failed union over the whole position, and a Point as a
  // failed discriminated union over the whole geometry.
  const covered = new Set<string>();
  for (const issue of own) {
    for (let depth = 0; depth <= issue.path.length; depth += 1) {
      covered.add(pathKey(issue.path.slice(0, depth)));
    }
  }
  const rest = parsed.error.issues.filter((issue) => !covered.has(pathKey(issue.path)));
  const issues = [...own, ...rest].sort((a, b) => comparePaths(a.path, b.path));
  return fail(issues, parsed.error.cause);
}

/**
 * Reads a grid layer from GeoJSON text (a `.geojson` file, a request body, an attribute) without
 * throwing: malformed JSON is an `invalid_json` issue at the root, anything else is reported as
 * by {@link parseGridLayer}. (JSON cannot carry NaN or Infinity, so `non_finite_coordinate`
 * comes only from JavaScript values.)
 *
 * @example
 * ```ts
 * import { parseGridLayerJson } from '@wangge/core';
 * const result = parseGridLayerJson('{"type":"FeatureCollection","coordinateSystem":"GCJ02","features":[]}');
 * if (!result.success) result.error.issues[0]?.code; // 'empty_layer'
 * ```
 */
export function parseGridLayerJson(text: string): ParseResult<GridLayer> {
  const json = readJson(text, SUBJECT);
  return json.success ? parseGridLayer(json.data) : json;
}

type Path = readonly PropertyKey[];

function fail(issues: readonly ValidationIssue[], cause?: unknown): ParseResult<GridLayer> {
  return {
    success: false,
    error: new WanggeValidationError(SUBJECT, issues, cause === undefined ? undefined : { cause }),
  };
}

function geoIssue(code: GeoMessageCode, path: Path): ValidationIssue {
  const entry = GEO_MESSAGES[code];
  return { code, path, expected: entry.expected, message: entry.message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problems of a layer's GeoJSON structure and coordinates, in input order. */
function findLayerIssues(input: unknown): ValidationIssue[] {
  if (!isRecord(input)) return [geoIssue('not_feature_collection', [])];
  if (input.type !== 'FeatureCollection') return [geoIssue('not_feature_collection', ['type'])];
  const issues: ValidationIssue[] = [];
  const system = input.coordinateSystem;
  if (system === undefined || system === null) {
    issues.push(geoIssue('missing_coordinate_system', ['coordinateSystem']));
  } else if (!(COORDINATE_SYSTEMS as readonly unknown[]).includes(system)) {
    issues.push(geoIssue('invalid_coordinate_system', ['coordinateSystem']));
  }
  const features = input.features;
  if (!Array.isArray(features)) return issues;
  if (features.length === 0) issues.push(geoIssue('empty_layer', ['features']));
  features.forEach((feature: unknown, index) => {
    if (isRecord(feature)) checkGeometry(feature.geometry, ['features', index, 'geometry'], issues);
  });
  return issues;
}

function checkGeometry(geometry: unknown, path: Path, issues: ValidationIssue[]): void {
  if (geometry === undefined || geometry === null) {
    issues.push(geoIssue('missing_geometry', path));
    return;
  }
  if (!isRecord(geometry)) return;
  const coordinates = geometry.coordinates;
  const at = [...path, 'coordinates'];
  switch (geometry.type) {
    case 'Polygon':
      checkPolygon(coordinates, at, issues);
      return;
    case 'MultiPolygon':
      if (Array.isArray(coordinates)) {
        coordinates.forEach((polygon: unknown, index) => {
          checkPolygon(polygon, [...at, index], issues);
        });
      }
      return;
    default:
      issues.push(geoIssue('not_area_geometry', [...path, 'type']));
  }
}

function checkPolygon(polygon: unknown, path: Path, issues: ValidationIssue[]): void {
  if (!Array.isArray(polygon)) return;
  polygon.forEach((ring: unknown, r) => {
    if (!Array.isArray(ring)) return;
    if (ring.length < 4) issues.push(geoIssue('ring_too_short', [...path, r]));
    ring.forEach((position: unknown, p) => {
      checkPosition(position, [...path, r, p], issues);
    });
  });
}

function checkPosition(position: unknown, path: Path, issues: ValidationIssue[]): void {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
    issues.push(geoIssue('invalid_position', path));
    return;
  }
  position.forEach((value: unknown, axis) => {
    const at = [...path, axis];
    if (typeof value !== 'number') issues.push(geoIssue('invalid_position', at));
    else if (!Number.isFinite(value)) issues.push(geoIssue('non_finite_coordinate', at));
    else if (axis === 0 && Math.abs(value) > 180) {
      issues.push(geoIssue('longitude_out_of_range', at));
    } else if (axis === 1 && Math.abs(value) > 90) {
      issues.push(geoIssue('latitude_out_of_range', at));
    }
  });
}

function pathKey(path: Path): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

// GeoJSON members in the order they are usually written, so that issues read top to bottom.
const KEY_ORDER: readonly string[] = [
  'type',
  'coordinateSystem',
  'features',
  'id',
  'properties',
  'geometry',
  'coordinates',
  'bbox',
];

function compareKeys(a: PropertyKey, b: PropertyKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function rank(key: PropertyKey): number {
  const index = typeof key === 'string' ? KEY_ORDER.indexOf(key) : -1;
  return index === -1 ? KEY_ORDER.length : index;
}

function comparePaths(a: Path, b: Path): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const order = compareKeys(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
