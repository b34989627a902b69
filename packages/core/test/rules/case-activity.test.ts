import { describe, expect, it } from 'vitest';
import { CaseActivity, distanceMeters, type ActivityCase } from '../../src/index.js';
import { fc } from '../support/fast-check.js';

const T = Date.parse('2026-11-26T10:00:00+08:00');
const RAD = Math.PI / 180;
const planar = (lon1: number, lat1: number, lon2: number, lat2: number) => {
  const perLon = 6_371_008.8 * RAD * Math.cos(lat1 * RAD);
  return Math.hypot((lon2 - lon1) * perLon, (lat2 - lat1) * 6_371_008.8 * RAD);
};

interface Tracked {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  readonly hoursBefore: number;
  readonly open: boolean;
  readonly workerId: string | undefined;
}
const caseArb: fc.Arbitrary<Tracked> = fc.record({
  id: fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `c-${String(i)}`)),
  lon: fc.double({ min: 112.55, max: 112.57, noNaN: true }),
  lat: fc.double({ min: 37.855, max: 37.865, noNaN: true }),
  hoursBefore: fc.integer({ min: 0, max: 200 }),
  open: fc.boolean(),
  workerId: fc.constantFrom('p-1', 'p-2', undefined),
});
const ops = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: caseArb.map((c) => ({ kind: 'track' as const, c })) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 0, max: 39 })
        .map((i) => ({ kind: 'forget' as const, id: `c-${String(i)}` })),
    },
  ),
  { maxLength: 120 },
);
const toCase = (c: Tracked): ActivityCase => ({
  id: c.id,
  categoryCode: 'ZZ-01',
  location: { point: { type: 'Point', coordinates: [c.lon, c.lat] }, coordinateSystem: 'GCJ02' },
  createdAt: new Date(T - c.hoursBefore * 3_600_000).toISOString(),
  step: c.open ? 'assigned' : 'archived',
  workerId: c.workerId,
});

describe('the case activity index', () => {
  it('finds exactly the cases a full scan finds, after any tracks and forgets', () => {
    fc.assert(
      fc.property(
        ops,
        caseArb,
        fc.integer({ min: 10, max: 1500 }),
        fc.integer({ min: 1, max: 200 }),
        (list, q, radius, hours) => {
          const activity = new CaseActivity();
          const model = new Map<string, Tracked>();
          for (const op of list) {
            if (op.kind === 'track') {
              activity.track(toCase(op.c));
              model.set(op.c.id, op.c);
            } else {
              activity.forget(op.id);
              model.delete(op.id);
            }
          }
          const since = T - hours * 3_600_000;
          const expected = [...model.values()]
            .filter(
              (c) =>
                T - c.hoursBefore * 3_600_000 >= since &&
                planar(q.lon, q.lat, c.lon, c.lat) <= radius,
            )
            .map((c) => c.id)
            .sort();
          expect(
            activity
              .near(q.lon, q.lat, radius, since)
              .map((e) => e.id)
              .sort(),
          ).toEqual(expected);
          expect(activity.size).toBe(model.size);
          for (const worker of ['p-1', 'p-2']) {
            expect(activity.openCasesOf(worker)).toBe(
              [...model.values()].filter((c) => c.open && c.workerId === worker).length,
            );
          }
        },
      ),
    );
  });

  it('measures distances on the local plane within 0.1% of the great circle below 5 km', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 0.04, noNaN: true }),
        (dlon, dlat) => {
          const exact = distanceMeters(112.56, 37.86, 112.56 + dlon, 37.86 + dlat);
          fc.pre(exact > 1 && exact < 5000);
          expect(
            Math.abs(planar(112.56, 37.86, 112.56 + dlon, 37.86 + dlat) - exact) / exact,
          ).toBeLessThan(0.001);
        },
      ),
    );
  });

  it('remembers who last handled a reporter’s case', () => {
    const activity = new CaseActivity();
    const reporter = { kind: 'resident' as const, mobile: '13912345678' };
    activity.track({
      ...toCase({
        id: 'a',
        lon: 112.56,
        lat: 37.86,
        hoursBefore: 48,
        open: false,
        workerId: 'p-1',
      }),
      reporter,
    });
    activity.track({
      ...toCase({ id: 'b', lon: 112.56, lat: 37.86, hoursBefore: 2, open: true, workerId: 'p-2' }),
      reporter,
    });
    expect(activity.lastWorkerFor('m:13912345678')).toBe('p-2');
    expect(activity.lastWorkerFor('m:13800000000')).toBeUndefined();
  });
});
