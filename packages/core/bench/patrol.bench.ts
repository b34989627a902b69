// A day's patrol (巡查轨迹) of one grid worker: 8,640 seeded GPS fixes, one every 10 s all day
// (home, three patrols of 15 minutes on foot between household visits, the office at noon), with
// jitter and a few multipath spikes, over real-sized grids of the Yingze demo (the real boundary
// tessellated, drawn in GCJ-02): the grid of median area, and the largest. wangge's scan-line
// coverage against the obvious alternative, a raster whose every cell centre inside the grid is
// tested against every segment of the track, without any spatial pruning (2 m cells on the
// median grid, 5 m on the largest). Before timing, both are checked to give the same share within
// the raster's error.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bench, describe } from 'vitest';
import {
  convertGeometry,
  measurePatrol,
  type AreaGeometry,
  type PatrolArea,
  type PatrolPoint,
} from '../src/index.js';
import { coverageOf } from '../src/assessment/patrol-coverage.js';
import {
  PlanarArea,
  projectionAround,
  type LocalProjection,
} from '../src/assessment/planar-area.js';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '../src/demo/index.js';
import { area } from '@turf/area';

const FIXES = 8_640;
const RADIUS = 30;

const layer = generateDemoGeometry(generateDemoDistrict(), YINGZE_BOUNDARY);
const grids = layer.features
  .filter((f) => f.properties.level === 'grid')
  .map((f) => ({ f, m2: area(convertGeometry(f.geometry, 'GCJ02', 'WGS84') as never) }))
  .sort((a, b) => a.m2 - b.m2);

/** The grid in WGS-84 local metres, as measurePatrol sees it. */
function planarOf(geometry: AreaGeometry): [PlanarArea, LocalProjection] {
  const wgs = convertGeometry(geometry, 'GCJ02', 'WGS84');
  const rings = wgs.type === 'Polygon' ? [wgs.coordinates] : wgs.coordinates;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of rings) {
    for (const [lon, lat] of polygon[0] ?? []) {
      [west, east] = [Math.min(west, lon), Math.max(east, lon)];
      [south, north] = [Math.min(south, lat), Math.max(north, lat)];
    }
  }
  const projection = projectionAround(west, south, east, north);
  return [new PlanarArea(wgs, projection), projection];
}

type Phase =
  | { readonly until: number; readonly mode: 'stay' | 'patrol' | 'visits' }
  | { readonly until: number; readonly mode: 'go'; readonly to: 'home' | 'grid' | 'office' };

// A working day (hours from midnight): home, to the grid, patrols between household visits, the
// community office at noon, patrols again, home. The phone records all day, inside or not.
const DAY: readonly Phase[] = [
  { until: 8, mode: 'stay' },
  { until: 8.5, mode: 'go', to: 'grid' },
  { until: 8.75, mode: 'patrol' },
  { until: 11.75, mode: 'visits' },
  { until: 12, mode: 'patrol' },
  { until: 14.5, mode: 'go', to: 'office' },
  { until: 15, mode: 'go', to: 'grid' },
  { until: 15.25, mode: 'patrol' },
  { until: 17.5, mode: 'visits' },
  { until: 24, mode: 'go', to: 'home' },
];

/** The fixes, and where the phone really was at each (without the multipath spikes). */
function dayTrack(
  planar: PlanarArea,
  projection: LocalProjection,
  seed: number,
): { points: PatrolPoint[]; xs: Float64Array; ys: Float64Array } {
  const rng = xoroshiro128plus(seed);
  const u = () => uniformFloat64(rng);
  const t0 = Date.parse('2026-11-26T00:00:00+08:00');
  const { minX, minY, maxX, maxY } = planar;
  const centre: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const places = {
    home: [maxX + 1500, maxY + 800],
    grid: centre,
    office: [minX - 300, centre[1]],
  } as const;
  let [x, y] = places.home;
  let heading = u() * 2 * Math.PI;
  let walking = 0;
  const points: PatrolPoint[] = [];
  const xs = new Float64Array(FIXES);
  const ys = new Float64Array(FIXES);
  const stepInside = (length: number) => {
    const nx = x + Math.cos(heading) * length;
    const ny = y + Math.sin(heading) * length;
    if (planar.contains(nx, ny)) [x, y] = [nx, ny];
    else heading += Math.PI * (0.5 + u());
  };
  for (let i = 0; i < FIXES; i += 1) {
    const hour = (i * 10) / 3600;
    const phase = DAY.find((p) => hour < p.until) ?? { until: 24, mode: 'stay' };
    if (phase.mode === 'go') {
      const [tx, ty] = places[phase.to];
      const d = Math.hypot(tx - x, ty - y);
      const step = Math.min(d, 12);
      if (d > 0) [x, y] = [x + ((tx - x) * step) / d, y + ((ty - y) * step) / d];
    } else if (phase.mode === 'patrol') {
      // Lanes: mostly straight, turning at corners.
      if (u() < 0.05) heading += (u() < 0.5 ? 1 : -1) * (Math.PI / 2);
      stepInside(10 + u() * 5);
    } else if (phase.mode === 'visits') {
      // Next door now and then; otherwise inside a household.
      if (walking > 0) {
        walking -= 1;
        stepInside(12);
      } else if (u() < 0.005) {
        walking = 1 + Math.floor(u() * 3);
        heading = u() * 2 * Math.PI;
      }
    }
    const spike = u() < 0.002 ? 400 : 0;
    xs[i] = x + (u() - 0.5) * 8;
    ys[i] = y + (u() - 0.5) * 8;
    points.push({
      lon: projection.lon0 + ((xs[i] ?? 0) + spike) / projection.kx,
      lat: projection.lat0 + (ys[i] ?? 0) / projection.ky,
      at: new Date(t0 + i * 10_000).toISOString(),
      accuracy: 3 + Math.floor(u() * 18),
    });
  }
  return { points, xs, ys };
}

/** The obvious alternative: every cell centre inside the grid against every segment. */
function naiveCoverage(
  planar: PlanarArea,
  xs: Float64Array,
  ys: Float64Array,
  cell: number,
): number {
  let inside = 0;
  let covered = 0;
  const r2 = RADIUS * RADIUS;
  for (let cx = planar.minX + cell / 2; cx < planar.maxX; cx += cell) {
    for (let cy = planar.minY + cell / 2; cy < planar.maxY; cy += cell) {
      if (!planar.contains(cx, cy)) continue;
      inside += 1;
      for (let i = 0; i + 1 < FIXES; i += 1) {
        const ax = xs[i] ?? 0;
        const ay = ys[i] ?? 0;
        const dx = (xs[i + 1] ?? 0) - ax;
        const dy = (ys[i + 1] ?? 0) - ay;
        const l2 = dx * dx + dy * dy;
        const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((cx - ax) * dx + (cy - ay) * dy) / l2));
        const ex = cx - ax - t * dx;
        const ey = cy - ay - t * dy;
        if (ex * ex + ey * ey <= r2) {
          covered += 1;
          break;
        }
      }
    }
  }
  return covered / inside;
}

let sink = 0;

function scenario(label: string, which: number, cell: number, naiveRuns: number): void {
  const entry = grids[which];
  if (!entry) throw new Error('the demo layer has no grids');
  const grid: PatrolArea = {
    id: entry.f.properties.id,
    geometry: entry.f.geometry,
    coordinateSystem: 'GCJ02',
  };
  const [planar, projection] = planarOf(grid.geometry);
  const day = dayTrack(planar, projection, 20261126);
  const track = { workerId: 'p-1', coordinateSystem: 'WGS84' as const, points: day.points };
  const { xs, ys } = day;
  const usable = new Uint8Array(FIXES - 1).fill(1);
  const measured = measurePatrol(track, grid);
  const fast = coverageOf(planar, xs, ys, usable, RADIUS, 2048, 0.5);
  const slow = naiveCoverage(planar, xs, ys, cell);
  if (Math.abs(fast.share - slow) > 0.01) {
    throw new Error(`coverage differs: scan lines ${String(fast.share)}, raster ${String(slow)}`);
  }
  console.log(
    `${label} ${grid.id ?? ''}: ${(entry.m2 / 1e4).toFixed(1)} ha, ${String(planar.edges)} edges; ` +
      `coverage ${(fast.share * 100).toFixed(2)} % (${String(fast.rows)} lines of ` +
      `${fast.rowSpacing.toFixed(2)} m), raster ${(slow * 100).toFixed(2)} %; ` +
      `measurePatrol: ${(measured.distanceMeters / 1000).toFixed(1)} km, ` +
      `${String(measured.points.droppedJumps)} jumps dropped, ` +
      `${(measured.coverage.share * 100).toFixed(2)} % covered`,
  );
  describe(`a day's track of ${FIXES.toLocaleString('en')} fixes over the ${label} (${(entry.m2 / 1e4).toFixed(1)} ha)`, () => {
    bench(
      'wangge measurePatrol (clean, convert, time, inside, coverage)',
      () => {
        sink += measurePatrol(track, grid).coverage.share;
      },
      { iterations: 20, warmupIterations: 3 },
    );
    bench(
      'wangge coverage alone (scan lines)',
      () => {
        sink += coverageOf(planar, xs, ys, usable, RADIUS, 2048, 0.5).share;
      },
      { iterations: 20, warmupIterations: 3 },
    );
    bench(
      `raster of ${String(cell)} m cells, every cell against every segment`,
      () => {
        sink += naiveCoverage(planar, xs, ys, cell);
      },
      { iterations: naiveRuns, warmupIterations: 0, time: 0, warmupTime: 0 },
    );
  });
}

scenario('median grid', Math.floor(grids.length / 2), 2, 2);
scenario('largest grid', grids.length - 1, 5, 1);
if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
