import { describe, expect, it } from 'vitest';
import {
  WanggeValidationError,
  convertPosition,
  measurePatrol,
  parsePatrolTrack,
  type PatrolArea,
  type PatrolPoint,
  type PatrolTrack,
} from '../../src/index.js';
import { at, fix, rectangle, ring, time, track, walk } from './patrol-fixtures.js';

const GRID = rectangle(400, 300);
const AREA = 400 * 300;
const R = 30;

function issuesOf(run: () => unknown): { subject: string; codes: string[]; paths: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof WanggeValidationError) {
      return {
        subject: error.subject,
        codes: error.issues.map((issue) => issue.code),
        paths: error.issues.map((issue) => issue.path.join('.')),
      };
    }
    throw error;
  }
  throw new Error('expected a WanggeValidationError');
}

describe('coverage against exact answers', () => {
  it('a straight track across a rectangle covers a strip 2r wide', () => {
    // Crossing at several heights, so that the strip's edges fall anywhere between scan lines.
    for (const y of [150, 150.1, 133.33, 47.9]) {
      const m = measurePatrol(track(walk([-100, y], [500, y])), GRID);
      expect(m.coverage.share).toBeCloseTo((2 * R * 400) / AREA, 2);
      expect(Math.abs(m.coverage.share / 0.2 - 1)).toBeLessThan(0.005);
    }
  });

  it('a slanted track inside a rectangle covers its capsule 2rL + πr²', () => {
    const m = measurePatrol(track(walk([50, 50], [350, 250])), GRID);
    const exact = (2 * R * Math.hypot(300, 200) + Math.PI * R * R) / AREA;
    expect(Math.abs(m.coverage.share / exact - 1)).toBeLessThan(1e-3);
    expect(m.coverage.coveredAreaMeters2).toBeCloseTo(
      m.coverage.share * m.coverage.gridAreaMeters2,
    );
  });

  it('an L-shaped track covers its two capsules less their overlap at the corner', () => {
    const points = [
      ...walk([50, 50], [250, 50]),
      ...walk([250, 50], [250, 200], { start: 200 / 1.2 }).slice(1),
    ];
    const m = measurePatrol(track(points), GRID);
    // Two bands, two end caps, the outer quarter disc at the corner, less the r × r square
    // where the bands overlap inside it.
    const exact = (2 * R * 350 + Math.PI * R * R + (Math.PI / 4) * R * R - R * R) / AREA;
    expect(Math.abs(m.coverage.share / exact - 1)).toBeLessThan(2e-3);
  });

  it('does not count a hole, and counts every polygon of a MultiPolygon', () => {
    const grid: PatrolArea = {
      id: 'g-holes',
      coordinateSystem: 'WGS84',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            ring([0, 0], [400, 0], [400, 300], [0, 300]),
            ring([150, 100], [250, 100], [250, 200], [150, 200]),
          ],
          [ring([500, 0], [600, 0], [600, 100], [500, 100])],
        ],
      },
    };
    const m = measurePatrol(track(walk([-50, 150], [450, 150])), grid);
    // 60 m × (400 − 100) m crossed, over 400 × 300 − 100 × 100 + 100 × 100.
    expect(m.coverage.share).toBeCloseTo((60 * 300) / 120_000, 3);
    expect(m.coverage.gridAreaMeters2 / 120_000).toBeCloseTo(1, 2);
    // 300 of the 500 m walked are inside: the hole is outside the grid.
    expect(m.insideSeconds / m.movingSeconds).toBeCloseTo(300 / 500, 3);
  });

  it('bounds the scan lines by maxRows and never spaces them closer than minRowSpacingMeters', () => {
    const m = measurePatrol(track(walk([-100, 150], [500, 150])), GRID);
    expect(m.coverage.rows).toBe(600);
    expect(m.coverage.rowSpacingMeters).toBeCloseTo(0.5);
    const coarse = measurePatrol(track(walk([-100, 150], [500, 150])), GRID, { maxRows: 50 });
    expect(coarse.coverage.rows).toBe(50);
    expect(coarse.coverage.rowSpacingMeters).toBeCloseTo(6);
    expect(coarse.coverage.share).toBeCloseTo(0.2, 1);
  });
});

describe('distance and time', () => {
  it('measures distance on the sphere and time from the first fix to the last', () => {
    const m = measurePatrol(track(walk([-100, 150], [500, 150])), GRID);
    expect(m.distanceMeters).toBeCloseTo(600, 0);
    expect(m.durationSeconds).toBeCloseTo(500, 6);
    expect(m.movingSeconds).toBeCloseTo(500, 6);
    expect(m.insideSeconds).toBeCloseTo((400 / 600) * 500, 3);
    expect(m.start).toBe(time(0));
    expect(m.points).toEqual({
      input: 51,
      kept: 51,
      droppedInaccurate: 0,
      droppedDuplicates: 0,
      droppedJumps: 0,
      reordered: 0,
    });
  });

  it('takes a long stay in one place as a stop: no moving time, and its jitter adds no distance', () => {
    const visit = Array.from({ length: 61 }, (_, i) =>
      fix(200 + 3 * Math.sin(i), 150 + 3 * Math.cos(i), 100 + 10 * i),
    );
    const points = [
      ...walk([100, 150], [200, 150], { speed: 1, start: 0 }),
      ...visit.slice(1),
      ...walk([200, 150], [300, 150], { speed: 1, start: 700 }).slice(1),
    ];
    const m = measurePatrol(track(points), GRID);
    expect(m.stoppedSeconds).toBeGreaterThan(550);
    expect(m.movingSeconds + m.stoppedSeconds + m.gapSeconds).toBeCloseTo(m.durationSeconds, 6);
    // 200 m walked, less the last and first 20 m, which are within the stop radius of the
    // visit: not the 200 m plus 60 × ~4 m of jitter that counting every fix would give.
    expect(m.distanceMeters).toBeGreaterThan(159);
    expect(m.distanceMeters).toBeLessThan(201);
    // The visit was inside the grid: it counts as time in the grid.
    expect(m.insideSeconds).toBeCloseTo(m.durationSeconds, 3);
  });

  it('counts a gap (phone off) as neither distance, nor time inside, nor coverage', () => {
    const points = [fix(50, 150, 0), fix(60, 150, 10), fix(350, 150, 3_600), fix(360, 150, 3_610)];
    const m = measurePatrol(track(points), GRID);
    expect(m.gaps).toBe(1);
    expect(m.gapSeconds).toBe(3_590);
    expect(m.distanceMeters).toBeCloseTo(20, 1);
    expect(m.insideSeconds).toBeCloseTo(20, 6);
    // Two 10 m capsules: 2 × (60 × 10 + π 30²).
    expect(m.coverage.share * AREA).toBeCloseTo(2 * (600 + Math.PI * 900), -1);
  });

  it('gives zeros, not NaN, for an empty track and for a single fix', () => {
    for (const points of [[], [fix(200, 150, 0)]]) {
      const m = measurePatrol(track(points), GRID);
      expect(m.distanceMeters).toBe(0);
      expect(m.durationSeconds).toBe(0);
      expect(m.insideSeconds).toBe(0);
      expect(m.coverage.share).toBe(0);
      expect(m.coverage.coveredAreaMeters2).toBe(0);
    }
    expect(measurePatrol(track([]), GRID).start).toBeNull();
  });
});

describe('GPS noise', () => {
  const line = walk([0, 150], [400, 150]);

  it('drops fixes whose reported accuracy is worse than maxAccuracyMeters', () => {
    const noisy = line.map((p, i) =>
      i % 10 === 5 ? { ...p, accuracy: 80 } : { ...p, accuracy: 5 },
    );
    const m = measurePatrol(track(noisy), GRID);
    expect(m.points.droppedInaccurate).toBe(3);
    expect(
      measurePatrol(track(noisy), GRID, { maxAccuracyMeters: 100 }).points.droppedInaccurate,
    ).toBe(0);
  });

  it('drops jumps that only an impossible speed could make, even a bad first fix', () => {
    const spike = [...line];
    spike[10] = { ...fix(200, 2_000, 0), at: line[10]!.at };
    spike[0] = { ...fix(5_000, 5_000, 0), at: line[0]!.at };
    const m = measurePatrol(track(spike), GRID);
    expect(m.points.droppedJumps).toBe(2);
    expect(m.distanceMeters).toBeCloseTo(
      measurePatrol(track(line.slice(1)), GRID).distanceMeters,
      6,
    );
    // At 2,000 km/h the spike (1.85 km in 8 s) is a possible move; the first fix is not.
    expect(measurePatrol(track(spike), GRID, { maxSpeedKmh: 2_000 }).points.droppedJumps).toBe(1);
  });

  it('sorts fixes out of time order and reports how many were', () => {
    const shuffled = [...line.slice(20), ...line.slice(0, 20)];
    const m = measurePatrol(track(shuffled), GRID);
    expect(m.points.reordered).toBe(1);
    const plain = measurePatrol(track(line), GRID);
    expect(m.distanceMeters).toBeCloseTo(plain.distanceMeters, 9);
    expect(m.coverage.share).toBeCloseTo(plain.coverage.share, 12);
  });

  it('keeps the most accurate of fixes at the same instant', () => {
    const twice: PatrolPoint[] = line.flatMap((p, i) =>
      i === 7
        ? [
            { ...p, lon: p.lon + 0.01, accuracy: 40 },
            { ...p, accuracy: 3 },
          ]
        : [p],
    );
    const m = measurePatrol(track(twice), GRID);
    expect(m.points.droppedDuplicates).toBe(1);
    expect(m.points.droppedJumps).toBe(0);
    expect(m.distanceMeters).toBeCloseTo(measurePatrol(track(line), GRID).distanceMeters, 6);
  });
});

describe('coordinate systems', () => {
  it('converts the track and the grid to WGS-84 before measuring', () => {
    const gcj = (p: PatrolPoint): PatrolPoint => {
      const [lon, lat] = convertPosition([p.lon, p.lat], 'WGS84', 'GCJ02');
      return { ...p, lon, lat };
    };
    const points = walk([50, 50], [350, 250]);
    const plain = measurePatrol(track(points), GRID);
    const asGcj = measurePatrol(
      { workerId: 'p-1', coordinateSystem: 'GCJ02', points: points.map(gcj) },
      GRID,
    );
    expect(asGcj.distanceMeters).toBeCloseTo(plain.distanceMeters, 0);
    expect(asGcj.coverage.share).toBeCloseTo(plain.coverage.share, 3);
    // A GCJ-02 track on a WGS-84 grid without conversion would be ~500 m off: not covered.
    const unconverted = measurePatrol(track(points.map(gcj)), GRID);
    expect(unconverted.coverage.share).toBe(0);
  });

  it('reads a grid drawn in GCJ-02', () => {
    const grid: PatrolArea = {
      coordinateSystem: 'GCJ02',
      geometry: {
        type: 'Polygon',
        coordinates: [
          ring([0, 0], [400, 0], [400, 300], [0, 300]).map((p) =>
            convertPosition(p, 'WGS84', 'GCJ02'),
          ),
        ],
      },
    };
    const m = measurePatrol(track(walk([-100, 150], [500, 150])), grid);
    expect(m.coverage.share).toBeCloseTo(0.2, 2);
    expect(m.gridId).toBeUndefined();
  });
});

describe('bad input', () => {
  it('reports every bad fix with its path, without the position', () => {
    const bad = [
      { lon: Number.NaN, lat: 37.86, at: time(0) },
      { lon: 112.55, lat: 95, at: time(1) },
      { lon: 112.55, lat: 37.86, at: '2026-11-26 08:30' },
      { lon: 112.55, lat: 37.86, at: time(3), accuracy: -1 },
    ] as PatrolPoint[];
    const found = issuesOf(() => measurePatrol(track(bad), GRID));
    expect(found.subject).toBe('PatrolTrack');
    expect(found.codes).toEqual([
      'patrol_invalid_coordinate',
      'patrol_invalid_coordinate',
      'patrol_invalid_time',
      'patrol_invalid_accuracy',
    ]);
    expect(found.paths).toEqual([
      'points.0.lon',
      'points.1.lat',
      'points.2.at',
      'points.3.accuracy',
    ]);
    try {
      measurePatrol(track(bad), GRID);
    } catch (error) {
      const text = (error as WanggeValidationError).format('en') + (error as Error).message;
      expect(text).not.toContain('112.55');
      expect((error as WanggeValidationError).format('zh-CN')).toContain('轨迹点');
    }
  });

  it('reports a coordinate system it does not know', () => {
    const found = issuesOf(() =>
      measurePatrol({ ...track([]), coordinateSystem: 'UTM' } as unknown as PatrolTrack, GRID),
    );
    expect(found.codes).toEqual(['invalid_coordinate_system']);
    expect(found.paths).toEqual(['coordinateSystem']);
  });

  it('reports options out of range', () => {
    const found = issuesOf(() =>
      measurePatrol(track([]), GRID, { radiusMeters: 0, maxRows: 2.5, maxSpeedKmh: Number.NaN }),
    );
    expect(found.subject).toBe('PatrolOptions');
    expect(found.codes).toEqual(Array(3).fill('assessment_invalid_option'));
    expect(found.paths).toEqual(['radiusMeters', 'maxSpeedKmh', 'maxRows']);
  });

  it('reports a malformed grid and a grid without area', () => {
    const malformed = issuesOf(() =>
      measurePatrol(track([]), {
        coordinateSystem: 'WGS84',
        geometry: { type: 'Polygon', coordinates: [[at(0, 0), at(1, 1)]] },
      }),
    );
    expect(malformed.subject).toBe('PatrolArea');
    expect(malformed.paths[0]).toMatch(/^geometry\.coordinates/);
    const flat = issuesOf(() =>
      measurePatrol(track([]), {
        coordinateSystem: 'WGS84',
        geometry: { type: 'Polygon', coordinates: [ring([0, 0], [100, 0], [200, 0])] },
      }),
    );
    expect(flat.codes).toEqual(['patrol_grid_no_area']);
  });

  it('parses untrusted tracks at the edge without throwing', () => {
    expect(parsePatrolTrack(track(walk([0, 0], [10, 0]))).success).toBe(true);
    const result = parsePatrolTrack({
      workerId: 'p-1',
      coordinateSystem: 'WGS84',
      points: [{ lon: 1 }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toContain('points.0.lat');
    }
  });
});
