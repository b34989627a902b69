import { describe, expect, it } from 'vitest';
import {
  DutyRoster,
  WanggeError,
  WanggeValidationError,
  dutyStatus,
  type CheckIn,
  type PatrolTrack,
} from '../../src/index.js';
import { DISTRICT } from '../support/rules-harness.js';

const AT = '2026-11-26T10:00:00+08:00';
const checkIns: CheckIn[] = [{ personId: 'p-1', kind: 'in', at: '2026-11-26T08:25:00+08:00' }];
const tracks: PatrolTrack[] = [
  {
    workerId: 'p-1',
    coordinateSystem: 'WGS84',
    points: [
      { lon: 112.561, lat: 37.861, at: '2026-11-26T09:50:00+08:00', accuracy: 6 },
      { lon: 112.562, lat: 37.862, at: '2026-11-26T09:58:00+08:00', accuracy: 8 },
      // Less accurate than 50 m: not a position.
      { lon: 112.563, lat: 37.863, at: '2026-11-26T09:59:00+08:00', accuracy: 120 },
      // After the instant asked about: not seen yet.
      { lon: 112.564, lat: 37.864, at: '2026-11-26T10:05:00+08:00' },
    ],
  },
  {
    workerId: 'p-2',
    coordinateSystem: 'GCJ02',
    points: [{ lon: 112.57, lat: 37.87, at: '2026-11-26T09:00:00+08:00' }],
  },
];

describe('dutyStatus', () => {
  it('tells who is on duty, on shift without checking in, or off duty, with the last fix seen', () => {
    const report = dutyStatus(DISTRICT, { at: AT, checkIns, tracks });
    expect(report.atMs).toBe(Date.parse(AT));
    expect(report.workers.map((w) => [w.personId, w.status, w.unitIds])).toEqual([
      ['p-1', 'on-duty', ['ljy-c1-g1']],
      ['p-10', 'off-duty', []],
      ['p-15', 'off-duty', []],
      ['p-2', 'on-shift-not-checked-in', ['ljy-c1-g1-m2']],
      // A community cadre on the roster: on shift, so reported although not a grid worker.
      ['p-5', 'on-shift-not-checked-in', ['ljy-c1-g2']],
    ]);
    expect(report.counts).toEqual({ 'on-duty': 1, 'on-shift-not-checked-in': 2, 'off-duty': 2 });
    const [p1, p10, , p2] = report.workers;
    expect(p1?.lastSeen).toEqual({
      location: {
        point: { type: 'Point', coordinates: [112.562, 37.862] },
        coordinateSystem: 'WGS84',
      },
      at: '2026-11-26T09:58:00+08:00',
      ageSeconds: 120,
      stale: false,
      accuracy: 8,
    });
    expect(p2?.lastSeen?.stale).toBe(true);
    expect(p2?.lastSeen?.ageSeconds).toBe(3_600);
    expect(p2?.lastSeen?.location.coordinateSystem).toBe('GCJ02');
    expect(p10?.lastSeen).toBeNull();
    expect(Object.isFrozen(report.workers)).toBe(true);
  });

  it('takes a built DutyRoster as it is, and a stale threshold', () => {
    const roster = DutyRoster.from(DISTRICT, { checkIns });
    const report = dutyStatus(DISTRICT, { at: AT, roster, tracks, staleAfterSeconds: 60 });
    expect(report.workers.find((w) => w.personId === 'p-1')?.status).toBe('on-duty');
    expect(report.workers.find((w) => w.personId === 'p-1')?.lastSeen?.stale).toBe(true);
  });

  it('without check-ins, nobody on shift counts as checked in', () => {
    const report = dutyStatus(DISTRICT, { at: new Date(AT) });
    expect(report.workers.find((w) => w.personId === 'p-1')?.status).toBe(
      'on-shift-not-checked-in',
    );
    expect(report.counts['on-duty']).toBe(0);
  });

  it('follows the roster round the clock and reports only the people asked for', () => {
    const night = dutyStatus(DISTRICT, {
      at: '2026-11-26T21:00:00+08:00',
      personIds: ['p-3', 'p-1'],
    });
    expect(night.workers.map((w) => [w.personId, w.status])).toEqual([
      ['p-3', 'on-shift-not-checked-in'],
      ['p-1', 'off-duty'],
    ]);
  });

  it('refuses a bad instant, a bad option, an ambiguous roster and a bad fix', () => {
    expect(() => dutyStatus(DISTRICT, { at: 'yesterday' })).toThrow(WanggeError);
    try {
      dutyStatus(DISTRICT, { at: 'yesterday' });
    } catch (error) {
      expect((error as WanggeError).code).toBe('invalid_timestamp');
    }
    const input = {
      at: AT,
      roster: DutyRoster.from(DISTRICT),
      checkIns,
      staleAfterSeconds: -1,
      tracks: [{ ...tracks[0]!, points: [{ lon: 500, lat: 37.86, at: AT }] }],
    } as unknown as Parameters<typeof dutyStatus>[1];
    try {
      dutyStatus(DISTRICT, input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WanggeValidationError);
      const issues = (error as WanggeValidationError).issues;
      expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
        ['assessment_invalid_option', 'staleAfterSeconds'],
        ['duty_roster_ambiguous', 'roster'],
        ['patrol_invalid_coordinate', 'tracks.0.points.0'],
      ]);
      expect(issues[1]?.message['zh-CN']).toContain('值班表');
    }
  });
});
