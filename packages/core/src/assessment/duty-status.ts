import type { LoadedDistrict } from '../district/loaded-district.js';
import type { ValidationIssue } from '../errors/validation-error.js';
import { WanggeError } from '../errors/wangge-error.js';
import { MESSAGES } from '../i18n/messages.js';
import { DutyRoster } from '../rules/duty-roster.js';
import type { CheckIn } from '../schema/check-in.js';
import type { Location } from '../schema/geo-point.js';
import type { Shift } from '../schema/shift.js';
import { assessmentIssue, optionIn, throwIfIssues } from './assessment-issue.js';
import { fixTime } from './clean-track.js';
import type { PatrolTrack } from './patrol-track.js';

/**
 * A worker's on-duty status (在岗状态) at an instant:
 * - `on-duty`: a shift covers the instant and the worker has checked in (打卡) for it;
 * - `on-shift-not-checked-in`: a shift covers the instant but the worker's last check-in since
 *   shortly before it started is not `in` (or there is none);
 * - `off-duty`: no shift covers the instant.
 *
 * @example
 * ```ts
 * import type { DutyState } from '@wangge/core';
 * const state: DutyState = 'on-shift-not-checked-in';
 * ```
 */
export type DutyState = 'on-duty' | 'on-shift-not-checked-in' | 'off-duty';

/**
 * Where and when a worker's phone was last seen, from the patrol tracks: the latest fix at or
 * before the instant asked about (none after it), as recorded, and whether it is `stale`
 * (older than `staleAfterSeconds`).
 *
 * @example
 * ```ts
 * import type { LastSeen } from '@wangge/core';
 * const label = (seen: LastSeen) => (seen.stale ? `${seen.ageSeconds} s ago` : 'live');
 * ```
 */
export interface LastSeen {
  readonly location: Location;
  readonly at: string;
  readonly ageSeconds: number;
  readonly stale: boolean;
  readonly accuracy?: number;
}

/**
 * One worker's status: the units whose shifts cover the instant, and the last fix seen (`null`
 * without tracks, or without a fix of theirs up to the instant).
 *
 * @example
 * ```ts
 * import type { WorkerDutyStatus } from '@wangge/core';
 * const onGround = (s: WorkerDutyStatus) => s.status === 'on-duty' && s.lastSeen?.stale === false;
 * ```
 */
export interface WorkerDutyStatus {
  readonly personId: string;
  readonly status: DutyState;
  readonly unitIds: readonly string[];
  readonly lastSeen: LastSeen | null;
}

/**
 * Every worker's status at an instant, by person id, and how many are in each state: what the
 * command platform's dashboard shows (each grid worker's on-duty status and movement trajectory).
 *
 * @example
 * ```ts
 * import type { DutyStatusReport } from '@wangge/core';
 * const summary = (r: DutyStatusReport) => `${r.counts['on-duty']} on duty`;
 * ```
 */
export interface DutyStatusReport {
  /** The instant, as epoch milliseconds. */
  readonly atMs: number;
  readonly workers: readonly WorkerDutyStatus[];
  readonly counts: Readonly<Record<DutyState, number>>;
}

/**
 * What {@link dutyStatus} reads: the instant, the roster (a `DutyRoster` built with its
 * check-ins, or the shifts and check-ins to build one from; the district's own shifts when
 * neither is given), optionally the patrol tracks for the last position seen, and:
 *
 * - `staleAfterSeconds` (300): a last fix older than this is `stale`;
 * - `maxAccuracyMeters` (50): fixes less accurate than this are not taken as a position;
 * - `personIds`: whom to report; by default every person with a grid-worker role and anyone
 *   else on shift at the instant (a grid chief on the night shift), by id.
 *
 * @example
 * ```ts
 * import type { DutyStatusInput } from '@wangge/core';
 * const input: DutyStatusInput = {
 *   at: '2026-11-26T10:00:00+08:00',
 *   checkIns: [{ personId: 'p-1', kind: 'in', at: '2026-11-26T08:27:00+08:00' }],
 * };
 * ```
 */
export type DutyStatusInput = {
  readonly at: Date | string;
  readonly tracks?: readonly PatrolTrack[];
  readonly staleAfterSeconds?: number;
  readonly maxAccuracyMeters?: number;
  readonly personIds?: readonly string[];
} & (
  | { readonly roster: DutyRoster; readonly shifts?: never; readonly checkIns?: never }
  | {
      readonly roster?: never;
      readonly shifts?: readonly Shift[];
      readonly checkIns?: readonly CheckIn[];
    }
);

/**
 * Each worker's on-duty status (在岗状态) at an instant, from the roster (值班表) and check-ins
 * (打卡) through {@link DutyRoster}, with the last position seen in their patrol tracks
 * (实时定位) and whether it is stale.
 *
 * @throws {@link WanggeError} `invalid_timestamp` when `at` is not a valid instant, and
 *   {@link WanggeValidationError} (subject `DutyStatusInput`) for an option out of range, a
 *   roster given together with shifts or check-ins, or a bad fix in a track (with its path)
 *
 * @example
 * ```ts
 * import { dutyStatus, type LoadedDistrict, type PatrolTrack } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * declare const tracks: PatrolTrack[];
 * const report = dutyStatus(district, {
 *   at: '2026-11-26T10:00:00+08:00',
 *   checkIns: [{ personId: 'p-1', kind: 'in', at: '2026-11-26T08:27:00+08:00' }],
 *   tracks,
 * });
 * for (const worker of report.workers) console.log(worker.personId, worker.status, worker.lastSeen?.stale);
 * ```
 */
export function dutyStatus(district: LoadedDistrict, input: DutyStatusInput): DutyStatusReport {
  const atMs = typeof input.at === 'string' ? Date.parse(input.at) : input.at.getTime();
  if (Number.isNaN(atMs)) {
    throw new WanggeError('invalid_timestamp', MESSAGES.invalid_timestamp.message);
  }
  const issues: ValidationIssue[] = [];
  const staleMs =
    optionIn(issues, 'staleAfterSeconds', input.staleAfterSeconds, 300, {
      min: 0,
      max: Infinity,
    }) * 1000;
  const maxAccuracy = optionIn(issues, 'maxAccuracyMeters', input.maxAccuracyMeters, 50, {
    min: 0,
    max: Infinity,
    minInclusive: false,
  });
  const given = input as {
    roster?: DutyRoster;
    shifts?: readonly Shift[];
    checkIns?: readonly CheckIn[];
  };
  if (given.roster !== undefined && (given.shifts !== undefined || given.checkIns !== undefined)) {
    issues.push(assessmentIssue('duty_roster_ambiguous', ['roster']));
  }
  const lastFixes = lastFixesOf(input.tracks ?? [], atMs, maxAccuracy, issues);
  throwIfIssues('DutyStatusInput', issues);

  const roster =
    given.roster ??
    DutyRoster.from(district, {
      ...(given.shifts === undefined ? {} : { shifts: given.shifts }),
      ...(given.checkIns === undefined ? {} : { checkIns: given.checkIns }),
    });
  const unitsOf = new Map<string, string[]>();
  const checkedIn = new Set<string>();
  for (const unitId of district.units.keys()) {
    const units = [unitId];
    const onShift = roster.onDuty(units, atMs, false);
    if (onShift.length === 0) continue;
    for (const personId of onShift) {
      const list = unitsOf.get(personId);
      if (list) list.push(unitId);
      else unitsOf.set(personId, [unitId]);
    }
    for (const personId of roster.onDuty(units, atMs, true)) checkedIn.add(personId);
  }

  let ids: readonly string[];
  if (input.personIds !== undefined) {
    ids = [...new Set(input.personIds)];
  } else {
    const all = new Set<string>(unitsOf.keys());
    for (const person of district.bundle.people) {
      if (person.roles.some((role) => role.role === 'grid-worker')) all.add(person.id);
    }
    ids = [...all].sort();
  }
  const counts: Record<DutyState, number> = {
    'on-duty': 0,
    'on-shift-not-checked-in': 0,
    'off-duty': 0,
  };
  const workers = ids.map((personId): WorkerDutyStatus => {
    const unitIds = unitsOf.get(personId) ?? [];
    const status: DutyState =
      unitIds.length === 0
        ? 'off-duty'
        : checkedIn.has(personId)
          ? 'on-duty'
          : 'on-shift-not-checked-in';
    counts[status] += 1;
    const fix = lastFixes.get(personId);
    const lastSeen: LastSeen | null = fix
      ? Object.freeze({
          location: Object.freeze({
            point: Object.freeze({
              type: 'Point' as const,
              coordinates: Object.freeze([fix.lon, fix.lat]) as [number, number],
            }),
            coordinateSystem: fix.system,
          }),
          at: fix.at,
          ageSeconds: (atMs - fix.t) / 1000,
          stale: atMs - fix.t > staleMs,
          ...(fix.accuracy === undefined ? {} : { accuracy: fix.accuracy }),
        })
      : null;
    return Object.freeze({
      personId,
      status,
      unitIds: Object.freeze([...unitIds].sort()),
      lastSeen,
    });
  });
  return Object.freeze({
    atMs,
    workers: Object.freeze(workers),
    counts: Object.freeze(counts),
  });
}

interface LastFix {
  readonly t: number;
  readonly lon: number;
  readonly lat: number;
  readonly at: string;
  readonly accuracy: number | undefined;
  readonly system: Location['coordinateSystem'];
}

/** Each worker's latest usable fix at or before `atMs`, over all their tracks. */
function lastFixesOf(
  tracks: readonly PatrolTrack[],
  atMs: number,
  maxAccuracy: number,
  issues: ValidationIssue[],
): Map<string, LastFix> {
  const last = new Map<string, LastFix>();
  for (const [k, track] of tracks.entries()) {
    for (const [i, point] of track.points.entries()) {
      const { lon, lat, at, accuracy } = point as {
        lon: unknown;
        lat: unknown;
        at: unknown;
        accuracy?: unknown;
      };
      const path = ['tracks', k, 'points', i];
      const t = fixTime(at);
      if (Number.isNaN(t)) {
        issues.push(assessmentIssue('patrol_invalid_time', [...path, 'at']));
        continue;
      }
      if (
        typeof lon !== 'number' ||
        typeof lat !== 'number' ||
        !(Math.abs(lon) <= 180) ||
        !(Math.abs(lat) <= 90)
      ) {
        issues.push(assessmentIssue('patrol_invalid_coordinate', path));
        continue;
      }
      if (
        accuracy !== undefined &&
        !(typeof accuracy === 'number' && accuracy >= 0 && accuracy < Infinity)
      ) {
        issues.push(assessmentIssue('patrol_invalid_accuracy', [...path, 'accuracy']));
        continue;
      }
      if (t > atMs || (accuracy !== undefined && accuracy > maxAccuracy)) continue;
      const seen = last.get(track.workerId);
      if (seen !== undefined && seen.t >= t) continue;
      last.set(track.workerId, {
        t,
        lon,
        lat,
        at: at as string,
        accuracy,
        system: track.coordinateSystem,
      });
    }
    if (issues.length >= 20) break;
  }
  return last;
}
