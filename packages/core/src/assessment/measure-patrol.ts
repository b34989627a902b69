import { area as geodesicArea } from '@turf/area';
import { convertGeometry } from '../geo/coordinate-system.js';
import { AreaGeometry } from '../geo/grid-layer.js';
import { CoordinateSystem } from '../schema/geo-point.js';
import { parseInput } from '../validation/parse-input.js';
import { assessmentIssue, throwIfIssues } from './assessment-issue.js';
import { cleanTrack } from './clean-track.js';
import { coverageOf } from './patrol-coverage.js';
import { resolvePatrolOptions, type PatrolOptions } from './patrol-options.js';
import { GAP, timePatrol } from './patrol-timing.js';
import type { PatrolTrack } from './patrol-track.js';
import { PlanarArea, projectionAround } from './planar-area.js';

/**
 * The grid a patrol is measured against: its area (a Polygon or MultiPolygon with holes, as in
 * a grid layer), the coordinate system it is drawn in (the layer's `coordinateSystem`) and,
 * optionally, its id, which the measurement carries so that `assessGrid` can check it.
 *
 * @example
 * ```ts
 * import type { GridLayer, PatrolArea } from '@wangge/core';
 * declare const layer: GridLayer;
 * const feature = layer.features.find((f) => f.properties.id === 'ljy-c1-g1')!;
 * const grid: PatrolArea = {
 *   id: feature.properties.id,
 *   geometry: feature.geometry,
 *   coordinateSystem: layer.coordinateSystem,
 * };
 * ```
 */
export interface PatrolArea {
  readonly id?: string;
  readonly geometry: AreaGeometry;
  readonly coordinateSystem: CoordinateSystem;
}

/**
 * What a patrol trajectory (巡查轨迹) shows of a worker's patrol of a grid: how far, how long, how
 * long inside the grid, how much of it was covered, and how much of the track was noise.
 * Distances are on the sphere (haversine, WGS-84); times are in seconds; a track with fewer than
 * two usable fixes has zeros everywhere, never NaN.
 *
 * - `start` / `end`: the times of the first and last kept fix, as recorded (`null` without any).
 * - `points`: how many fixes were given, kept and dropped (poor accuracy, same instant as a
 *   better fix, impossible jump), and how many came earlier than the fix before them (`reordered`:
 *   they are sorted, not dropped).
 * - `distanceMeters`: along the moving segments (stops and gaps excluded).
 * - `durationSeconds` = `movingSeconds` + `stoppedSeconds` + `gapSeconds`, first to last fix.
 * - `insideSeconds`: the time on segments inside the grid (moving or stopped; part of a segment
 *   by the part of its length inside, at constant speed), gaps excluded.
 * - `coverage.share`: the area of the grid within `radiusMeters` of the path ÷ the grid's area,
 *   0–1; `coveredAreaMeters2` is that share of `gridAreaMeters2` (the geodesic area).
 *
 * @example
 * ```ts
 * import type { PatrolMeasurement } from '@wangge/core';
 * const line = (m: PatrolMeasurement) =>
 *   `${(m.distanceMeters / 1000).toFixed(1)} km, ${(m.coverage.share * 100).toFixed(0)} %`;
 * ```
 */
export interface PatrolMeasurement {
  readonly workerId: string;
  readonly gridId?: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly points: {
    readonly input: number;
    readonly kept: number;
    readonly droppedInaccurate: number;
    readonly droppedDuplicates: number;
    readonly droppedJumps: number;
    readonly reordered: number;
  };
  readonly distanceMeters: number;
  readonly durationSeconds: number;
  readonly movingSeconds: number;
  readonly stoppedSeconds: number;
  readonly gapSeconds: number;
  /** How many gaps (segments longer than `maxGapSeconds`). */
  readonly gaps: number;
  readonly insideSeconds: number;
  readonly coverage: {
    readonly share: number;
    readonly coveredAreaMeters2: number;
    readonly gridAreaMeters2: number;
    readonly radiusMeters: number;
    /** The scan lines the share was integrated over, and their spacing in metres. */
    readonly rows: number;
    readonly rowSpacingMeters: number;
  };
}

/**
 * Measures a patrol trajectory (巡查轨迹) against a grid: distance, time (in all, moving, stopped,
 * in gaps, inside the grid) and the share of the grid covered (巡查覆盖率), after dropping GPS
 * noise. The track and the grid are both converted to WGS-84 first (`convertPosition`,
 * `convertGeometry`), whatever systems they come in.
 *
 * **Noise.** Fixes with a reported accuracy worse than `maxAccuracyMeters` are dropped; the rest
 * are sorted by time (counted in `points.reordered`); of fixes at one instant the most accurate
 * is kept; fixes that only a speed above `maxSpeedKmh` could reach are dropped as jumps (the
 * longest chain of possible moves is kept, so a bad first fix does not sink the track).
 *
 * **Coverage** is the area of the grid within `radiusMeters` of the path (every segment between
 * consecutive fixes, gaps excepted; a single fix is no path and covers nothing), ÷ the grid's
 * area, integrated over scan lines across the grid: exact along each line, to a strip's height
 * across them. See the guide _Grid assessment_ for the method and its measured accuracy.
 *
 * @param track - the fixes; a `PatrolTrack` read with `parsePatrolTrack` at the edge
 * @param grid - the grid's area and coordinate system
 * @param options - see {@link PatrolOptions}; all have defaults
 * @throws {@link WanggeValidationError} (subjects `PatrolTrack`, `PatrolArea`, `PatrolOptions`)
 *   for a point with a bad coordinate, time or accuracy, a malformed or empty grid area, or an
 *   option out of range; each issue has its path and messages in zh-CN and en
 *
 * @example
 * ```ts
 * import { measurePatrol, type PatrolTrack } from '@wangge/core';
 * declare const track: PatrolTrack;
 * const patrol = measurePatrol(track, {
 *   id: 'ljy-c1-g1',
 *   coordinateSystem: 'GCJ02',
 *   geometry: {
 *     type: 'Polygon',
 *     coordinates: [[[112.56, 37.86], [112.564, 37.86], [112.564, 37.863], [112.56, 37.863], [112.56, 37.86]]],
 *   },
 * });
 * patrol.coverage.share; // e.g. 0.42
 * patrol.points.droppedJumps; // fixes dropped as impossible jumps
 * ```
 */
export function measurePatrol(
  track: PatrolTrack,
  grid: PatrolArea,
  options: PatrolOptions = {},
): PatrolMeasurement {
  const resolved = resolvePatrolOptions(options);
  const geometry = readArea(grid);
  const clean = cleanTrack(track, resolved);
  const timing = timePatrol(clean, resolved);

  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  const projection = projectionAround(west, south, east, north);
  const area = new PlanarArea(geometry, projection);
  // Without the bbox, which turf types as a tuple and GeoJSON input may have of any length.
  const gridArea =
    geometry.type === 'Polygon'
      ? geodesicArea({ type: 'Polygon', coordinates: geometry.coordinates })
      : geodesicArea({ type: 'MultiPolygon', coordinates: geometry.coordinates });
  if (!(gridArea > 0) || !(area.maxY > area.minY) || !(area.maxX > area.minX)) {
    throwIfIssues('PatrolArea', [assessmentIssue('patrol_grid_no_area', ['geometry'])]);
  }

  const n = clean.count;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    xs[i] = ((clean.lon[i] ?? 0) - projection.lon0) * projection.kx;
    ys[i] = ((clean.lat[i] ?? 0) - projection.lat0) * projection.ky;
  }
  const usable = new Uint8Array(Math.max(0, n - 1));
  let insideSeconds = 0;
  for (let i = 0; i + 1 < n; i += 1) {
    if (timing.kind[i] === GAP) continue;
    usable[i] = 1;
    const fraction = area.insideFraction(xs[i] ?? 0, ys[i] ?? 0, xs[i + 1] ?? 0, ys[i + 1] ?? 0);
    insideSeconds += (fraction * ((clean.t[i + 1] ?? 0) - (clean.t[i] ?? 0))) / 1000;
  }
  const coverage = coverageOf(
    area,
    xs,
    ys,
    usable,
    resolved.radiusMeters,
    resolved.maxRows,
    resolved.minRowSpacingMeters,
  );
  const durationSeconds = n > 1 ? ((clean.t[n - 1] ?? 0) - (clean.t[0] ?? 0)) / 1000 : 0;
  return Object.freeze({
    workerId: track.workerId,
    ...(grid.id === undefined ? {} : { gridId: grid.id }),
    start: clean.first,
    end: clean.last,
    points: Object.freeze({
      input: clean.input,
      kept: n,
      droppedInaccurate: clean.droppedInaccurate,
      droppedDuplicates: clean.droppedDuplicates,
      droppedJumps: clean.droppedJumps,
      reordered: clean.reordered,
    }),
    distanceMeters: timing.distanceMeters,
    durationSeconds,
    movingSeconds: timing.movingSeconds,
    stoppedSeconds: timing.stoppedSeconds,
    gapSeconds: timing.gapSeconds,
    gaps: timing.gaps,
    insideSeconds,
    coverage: Object.freeze({
      share: coverage.share,
      coveredAreaMeters2: coverage.share * gridArea,
      gridAreaMeters2: gridArea,
      radiusMeters: resolved.radiusMeters,
      rows: coverage.rows,
      rowSpacingMeters: coverage.rowSpacing,
    }),
  });
}

/** The grid's geometry in WGS-84, checked. */
function readArea(grid: PatrolArea): AreaGeometry {
  const system = parseInput(CoordinateSystem, grid.coordinateSystem, 'PatrolArea');
  const geometry = parseInput(AreaGeometry, grid.geometry, 'PatrolArea');
  if (!system.success || !geometry.success) {
    const issues = [
      ...(system.success
        ? []
        : system.error.issues.map((issue) => ({
            ...issue,
            path: ['coordinateSystem', ...issue.path],
          }))),
      ...(geometry.success
        ? []
        : geometry.error.issues.map((issue) => ({ ...issue, path: ['geometry', ...issue.path] }))),
    ];
    throwIfIssues('PatrolArea', issues);
  }
  const from = grid.coordinateSystem;
  return from === 'WGS84' ? grid.geometry : convertGeometry(grid.geometry, from, 'WGS84');
}
