import { describe, expect, it } from 'vitest';
import { measurePatrol, type PatrolArea, type PatrolPoint } from '../../src/index.js';
import { fc } from '../support/fast-check.js';
import { M_PER_DEG, ORIGIN, fix, ring, track } from './patrol-fixtures.js';

// Grids: a rectangle, optionally with a rectangular hole, optionally with a second polygon.
const gridArb = fc
  .record({
    width: fc.double({ min: 60, max: 600, noNaN: true }),
    height: fc.double({ min: 60, max: 600, noNaN: true }),
    hole: fc.boolean(),
    second: fc.boolean(),
  })
  .map(({ width, height, hole, second }): PatrolArea => {
    const shell = ring([0, 0], [width, 0], [width, height], [0, height]);
    const inner = ring(
      [width / 3, height / 3],
      [width / 3, (2 * height) / 3],
      [(2 * width) / 3, (2 * height) / 3],
      [(2 * width) / 3, height / 3],
    );
    const first = hole ? [shell, inner] : [shell];
    const other = [ring([width + 50, 0], [width + 150, 0], [width + 150, 80], [width + 50, 80])];
    return {
      id: 'g-prop',
      coordinateSystem: 'WGS84',
      geometry: second
        ? { type: 'MultiPolygon', coordinates: [first, other] }
        : { type: 'Polygon', coordinates: first },
    };
  });

interface Step {
  readonly heading: number;
  readonly speed: number;
  readonly seconds: number;
}
const stepArb = fc.record({
  heading: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
  speed: fc.double({ min: 0, max: 2, noNaN: true }),
  seconds: fc.integer({ min: 1, max: 30 }),
});

// A walk on foot (at most 2 m/s, a fix every 1–30 s: no jumps and no gaps), from a start near
// the grids.
function walkOf(start: readonly [number, number], steps: readonly Step[], t0 = 0): PatrolPoint[] {
  let [x, y] = start;
  let t = t0;
  const points = [fix(x, y, t)];
  for (const step of steps) {
    x += Math.cos(step.heading) * step.speed * step.seconds;
    y += Math.sin(step.heading) * step.speed * step.seconds;
    t += step.seconds;
    points.push(fix(x, y, t));
  }
  return points;
}
const startArb = fc.tuple(
  fc.double({ min: -100, max: 700, noNaN: true }),
  fc.double({ min: -100, max: 700, noNaN: true }),
);
const stepsArb = fc.array(stepArb, { maxLength: 60 });
const radiusArb = fc.double({ min: 1, max: 120, noNaN: true });
const EPS = 1e-9;

describe('measurePatrol: invariants', () => {
  it('gives a coverage share in [0, 1] and finite, non-negative figures', () => {
    fc.assert(
      fc.property(gridArb, startArb, stepsArb, radiusArb, (grid, start, steps, radiusMeters) => {
        const m = measurePatrol(track(walkOf(start, steps)), grid, { radiusMeters });
        expect(m.coverage.share).toBeGreaterThanOrEqual(0);
        expect(m.coverage.share).toBeLessThanOrEqual(1);
        for (const value of [
          m.distanceMeters,
          m.durationSeconds,
          m.movingSeconds,
          m.insideSeconds,
          m.coverage.coveredAreaMeters2,
        ]) {
          expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
        expect(m.insideSeconds).toBeLessThanOrEqual(m.durationSeconds + EPS);
      }),
      { numRuns: 150 },
    );
  });

  it('covers at least as much with a larger radius', () => {
    fc.assert(
      fc.property(gridArb, startArb, stepsArb, radiusArb, radiusArb, (grid, start, steps, a, b) => {
        const points = track(walkOf(start, steps));
        const small = measurePatrol(points, grid, { radiusMeters: Math.min(a, b) });
        const large = measurePatrol(points, grid, { radiusMeters: Math.max(a, b) });
        expect(large.coverage.share).toBeGreaterThanOrEqual(small.coverage.share - EPS);
      }),
      { numRuns: 150 },
    );
  });

  it('never covers less when fixes are added: later ones, or ones on the path, in any order', () => {
    fc.assert(
      fc.property(
        gridArb,
        startArb,
        stepsArb,
        stepsArb,
        fc.nat(),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        radiusArb,
        (grid, start, steps, more, which, f, radiusMeters) => {
          const points = walkOf(start, steps);
          const before = measurePatrol(track(points), grid, { radiusMeters });
          // Fixes after the last, walking on.
          const last = points[points.length - 1]!;
          const lastX =
            (last.lon - ORIGIN.lon) * M_PER_DEG * Math.cos((ORIGIN.lat * Math.PI) / 180);
          const lastY = (last.lat - ORIGIN.lat) * M_PER_DEG;
          const t = steps.reduce((sum, s) => sum + s.seconds, 0);
          const appended = [...points, ...walkOf([lastX, lastY], more, t).slice(1)];
          const later = measurePatrol(track(appended), grid, { radiusMeters });
          expect(later.coverage.share).toBeGreaterThanOrEqual(before.coverage.share - EPS);
          // A fix on a segment, at the matching time, listed last (out of order).
          if (points.length >= 2) {
            const i = which % (points.length - 1);
            const a = points[i]!;
            const b = points[i + 1]!;
            const ms = Date.parse(a.at) + Math.round(f * (Date.parse(b.at) - Date.parse(a.at)));
            const g = (ms - Date.parse(a.at)) / (Date.parse(b.at) - Date.parse(a.at));
            const inserted: PatrolPoint = {
              lon: a.lon + g * (b.lon - a.lon),
              lat: a.lat + g * (b.lat - a.lat),
              at: new Date(ms).toISOString(),
            };
            const denser = measurePatrol(track([...points, inserted]), grid, { radiusMeters });
            expect(denser.points.reordered).toBe(1);
            expect(denser.coverage.share).toBeGreaterThanOrEqual(before.coverage.share - EPS);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('measures the same distance, time and coverage for the track walked backwards', () => {
    fc.assert(
      fc.property(gridArb, startArb, stepsArb, radiusArb, (grid, start, steps, radiusMeters) => {
        const points = walkOf(start, steps);
        const end = Date.parse(points[points.length - 1]!.at);
        const t0 = Date.parse(points[0]!.at);
        const backwards = [...points].reverse().map((p) => ({
          ...p,
          at: new Date(t0 + (end - Date.parse(p.at))).toISOString(),
        }));
        const forth = measurePatrol(track(points), grid, { radiusMeters });
        const back = measurePatrol(track(backwards), grid, { radiusMeters });
        expect(back.distanceMeters).toBeCloseTo(forth.distanceMeters, 6);
        expect(back.movingSeconds).toBeCloseTo(forth.movingSeconds, 6);
        expect(back.insideSeconds).toBeCloseTo(forth.insideSeconds, 6);
        expect(back.coverage.share).toBeCloseTo(forth.coverage.share, 9);
      }),
      { numRuns: 150 },
    );
  });

  it('covers nothing of a grid far away from the whole track', () => {
    fc.assert(
      fc.property(gridArb, startArb, stepsArb, radiusArb, (grid, start, steps, radiusMeters) => {
        // 60 steps of at most 60 m stay within 3.6 km of the start: 10 km east is far enough.
        const far = walkOf([start[0] + 10_000, start[1]], steps);
        const m = measurePatrol(track(far), grid, { radiusMeters });
        expect(m.coverage.share).toBe(0);
        expect(m.insideSeconds).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with a brute-force raster of 1 m cells tested against every segment', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 60, max: 200, noNaN: true }),
        fc.double({ min: 60, max: 200, noNaN: true }),
        startArb,
        fc.array(stepArb, { maxLength: 20 }),
        fc.double({ min: 5, max: 60, noNaN: true }),
        (width, height, start, steps, radiusMeters) => {
          const grid: PatrolArea = {
            coordinateSystem: 'WGS84',
            geometry: {
              type: 'Polygon',
              coordinates: [ring([0, 0], [width, 0], [width, height], [0, height])],
            },
          };
          const points = walkOf([start[0] / 4, start[1] / 4], steps);
          const m = measurePatrol(track(points), grid, { radiusMeters });
          const xy = points.map((p): [number, number] => [
            (p.lon - ORIGIN.lon) * M_PER_DEG * Math.cos((ORIGIN.lat * Math.PI) / 180),
            (p.lat - ORIGIN.lat) * M_PER_DEG,
          ]);
          let inside = 0;
          let covered = 0;
          for (let x = 0.5; x < width; x += 1) {
            for (let y = 0.5; y < height; y += 1) {
              inside += 1;
              for (let i = 0; i + 1 < xy.length; i += 1) {
                if (segmentDistance(x, y, xy[i]!, xy[i + 1]!) <= radiusMeters) {
                  covered += 1;
                  break;
                }
              }
            }
          }
          // Cells straddling the rectangle's far edges and the circle's rim: about a cell's
          // width along each boundary, over the whole area.
          const tolerance = (2 * (width + height) + 4 * Math.PI * radiusMeters) / inside + 0.002;
          expect(Math.abs(m.coverage.share - covered / inside)).toBeLessThan(tolerance);
        },
      ),
      { numRuns: 40 },
    );
  });
});

function segmentDistance(
  x: number,
  y: number,
  [ax, ay]: [number, number],
  [bx, by]: [number, number],
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
