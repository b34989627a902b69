import type { ValidationIssue } from '../errors/validation-error.js';
import { convertPosition } from '../geo/coordinate-system.js';
import { GEO_MESSAGES } from '../i18n/geo-messages.js';
import { distanceMeters } from '../rules/case-activity.js';
import { COORDINATE_SYSTEMS } from '../schema/geo-point.js';
import { assessmentIssue, throwIfIssues } from './assessment-issue.js';
import type { ResolvedPatrolOptions } from './patrol-options.js';
import { MAX_PATROL_POINTS, type PatrolTrack } from './patrol-track.js';

/**
 * A track after the noise filter: the kept fixes in time order, in WGS-84, and what was dropped.
 *
 * @internal
 */
export interface CleanTrack {
  readonly count: number;
  /** Epoch milliseconds, strictly increasing. */
  readonly t: Float64Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** The `at` text of the first and last kept fix. */
  readonly first: string | null;
  readonly last: string | null;
  readonly input: number;
  readonly droppedInaccurate: number;
  readonly droppedDuplicates: number;
  readonly droppedJumps: number;
  readonly reordered: number;
}

// ISO 8601 with an offset, as `Timestamp` has it; `Date.parse` alone would take a time without
// one as local time, which is a different instant on every server.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The instant of a fix's `at` in epoch milliseconds, or NaN unless it is ISO 8601 with an offset.
 *
 * @internal
 */
export function fixTime(at: unknown): number {
  return typeof at === 'string' && WITH_OFFSET.test(at) ? Date.parse(at) : NaN;
}
const MAX_ISSUES = 20;
/** Competing hypotheses the jump filter keeps at once. */
const MAX_CHAINS = 16;
/** A shorter hypothesis that no fix has joined for this long is settled. */
const RETIRE_MS = 15 * 60_000;

interface Fix {
  readonly index: number;
  readonly t: number;
  readonly lon: number;
  readonly lat: number;
  /** The reported accuracy, 0 when unknown. */
  readonly accuracy: number;
  readonly known: boolean;
}

/**
 * Reads, checks and cleans a track: bad values are a `WanggeValidationError` (subject
 * `PatrolTrack`, with each point's path); fixes with a poor accuracy are dropped; the rest are
 * put in time order; of fixes at the same instant the most accurate is kept; and fixes that only
 * an impossible speed could reach are dropped.
 *
 * @internal
 */
export function cleanTrack(track: PatrolTrack, options: ResolvedPatrolOptions): CleanTrack {
  const points = track.points;
  const issues: ValidationIssue[] = [];
  if (points.length > MAX_PATROL_POINTS) {
    throwIfIssues('PatrolTrack', [
      assessmentIssue('patrol_too_many_points', ['points'], { max: String(MAX_PATROL_POINTS) }),
    ]);
  }
  if (!(COORDINATE_SYSTEMS as readonly unknown[]).includes(track.coordinateSystem)) {
    const entry = GEO_MESSAGES.invalid_coordinate_system;
    issues.push({
      code: 'invalid_coordinate_system',
      path: ['coordinateSystem'],
      expected: entry.expected,
      message: entry.message,
    });
  }
  const fixes: Fix[] = [];
  let inaccurate = 0;
  let reordered = 0;
  let previous = -Infinity;
  for (const [i, point] of points.entries()) {
    const fix = readFix(point, i, issues);
    if (fix === undefined) {
      if (issues.length >= MAX_ISSUES) break;
      continue;
    }
    if (fix.t < previous) reordered += 1;
    previous = fix.t;
    if (fix.known && fix.accuracy > options.maxAccuracyMeters) {
      inaccurate += 1;
      continue;
    }
    fixes.push(fix);
  }
  throwIfIssues('PatrolTrack', issues);

  const system = track.coordinateSystem;
  const wgs84 =
    system === 'WGS84'
      ? fixes
      : fixes.map((fix) => {
          const [lon, lat] = convertPosition([fix.lon, fix.lat], system, 'WGS84');
          return { ...fix, lon, lat };
        });
  // Stable: fixes at one instant stay in input order, so the first of equals wins below.
  const sorted = reordered > 0 ? [...wgs84].sort((a, b) => a.t - b.t) : wgs84;
  const unique: Fix[] = [];
  for (const fix of sorted) {
    const last = unique[unique.length - 1];
    if (last?.t !== fix.t) unique.push(fix);
    else if (better(fix, last)) unique[unique.length - 1] = fix;
  }
  const kept = withoutJumps(unique, options.maxSpeedKmh / 3.6);
  const count = kept.length;
  const t = new Float64Array(count);
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  for (const [i, fix] of kept.entries()) {
    t[i] = fix.t;
    lon[i] = fix.lon;
    lat[i] = fix.lat;
  }
  const firstFix = kept[0];
  const lastFix = kept[count - 1];
  return {
    count,
    t,
    lon,
    lat,
    first: firstFix ? (points[firstFix.index]?.at ?? null) : null,
    last: lastFix ? (points[lastFix.index]?.at ?? null) : null,
    input: points.length,
    droppedInaccurate: inaccurate,
    droppedDuplicates: sorted.length - unique.length,
    droppedJumps: unique.length - count,
    reordered,
  };
}

/** A point's values, or undefined with its issues added. */
function readFix(
  point: PatrolTrack['points'][number],
  i: number,
  issues: ValidationIssue[],
): Fix | undefined {
  // Typed input may still come from JSON that was never parsed: check what would become NaN.
  const { lon, lat, at, accuracy } = point as {
    lon: unknown;
    lat: unknown;
    at: unknown;
    accuracy?: unknown;
  };
  const before = issues.length;
  if (!isNumberIn(lon, 180)) {
    issues.push(assessmentIssue('patrol_invalid_coordinate', ['points', i, 'lon']));
  }
  if (!isNumberIn(lat, 90)) {
    issues.push(assessmentIssue('patrol_invalid_coordinate', ['points', i, 'lat']));
  }
  const t = fixTime(at);
  if (Number.isNaN(t)) issues.push(assessmentIssue('patrol_invalid_time', ['points', i, 'at']));
  const known = accuracy !== undefined;
  if (known && !(typeof accuracy === 'number' && accuracy >= 0 && accuracy < Infinity)) {
    issues.push(assessmentIssue('patrol_invalid_accuracy', ['points', i, 'accuracy']));
  }
  if (issues.length > before) return undefined;
  return {
    index: i,
    t,
    lon: lon as number,
    lat: lat as number,
    accuracy: known ? (accuracy as number) : 0,
    known,
  };
}

function isNumberIn(value: unknown, limit: number): boolean {
  return typeof value === 'number' && value >= -limit && value <= limit;
}

/** Whether `fix` is more accurate than `other` (a known accuracy beats an unknown one). */
function better(fix: Fix, other: Fix): boolean {
  if (!fix.known) return false;
  return !other.known || fix.accuracy < other.accuracy;
}

/**
 * The fixes that form the longest chain of possible moves. Each fix joins the most recent chain
 * it can be reached from at `maxSpeed` (after allowing for both fixes' reported accuracy), or
 * starts a chain of its own; the longest chain is the track, the others are jumps. Unlike
 * dropping every fix too far from the one before it, this survives a bad first fix, which would
 * otherwise make the whole true track look like a jump.
 */
function withoutJumps(fixes: readonly Fix[], maxSpeed: number): readonly Fix[] {
  let chains: Fix[][] = [];
  const retired: Fix[][] = [];
  let longest: Fix[] = [];
  for (const fix of fixes) {
    let best: Fix[] | undefined;
    let bestEnd: Fix | undefined;
    let stale = false;
    for (const chain of chains) {
      const end = chain[chain.length - 1];
      if (end === undefined) continue;
      // A shorter hypothesis nothing has joined for a while is settled: it is kept for the
      // final choice but no longer offered to new fixes (spikes would otherwise cost every
      // later fix a distance each).
      if (chain !== longest && fix.t - end.t > RETIRE_MS) {
        stale = true;
        continue;
      }
      if (!reachable(end, fix, maxSpeed)) continue;
      if (
        bestEnd === undefined ||
        best === undefined ||
        end.t > bestEnd.t ||
        (end.t === bestEnd.t && chain.length > best.length)
      ) {
        best = chain;
        bestEnd = end;
      }
    }
    if (stale) {
      const live: Fix[][] = [];
      for (const chain of chains) {
        const end = chain[chain.length - 1];
        if (chain !== longest && end !== undefined && fix.t - end.t > RETIRE_MS)
          retired.push(chain);
        else live.push(chain);
      }
      chains = live;
    }
    if (best) {
      best.push(fix);
      if (best.length > longest.length) longest = best;
      continue;
    }
    const chain = [fix];
    chains.push(chain);
    if (longest.length === 0) longest = chain;
    if (chains.length > MAX_CHAINS) {
      // Forget the shortest hypothesis (the one that ended earliest among equals), never the
      // longest nor the one just started.
      let drop = -1;
      for (let c = 0; c < chains.length - 1; c += 1) {
        const a = chains[c];
        const b = drop < 0 ? undefined : chains[drop];
        if (a === undefined || a === longest) continue;
        if (
          b === undefined ||
          a.length < b.length ||
          (a.length === b.length && endOf(a) < endOf(b))
        ) {
          drop = c;
        }
      }
      if (drop >= 0) chains.splice(drop, 1);
    }
  }
  // The longest chain; among equals the one that started first.
  let kept: Fix[] = [];
  for (const chain of [...chains, ...retired]) {
    const start = chain[0]?.t ?? Infinity;
    if (
      chain.length > kept.length ||
      (chain.length === kept.length && start < (kept[0]?.t ?? Infinity))
    ) {
      kept = chain;
    }
  }
  return kept;
}

function endOf(chain: readonly Fix[]): number {
  return chain[chain.length - 1]?.t ?? -Infinity;
}

function reachable(from: Fix, to: Fix, maxSpeed: number): boolean {
  const seconds = (to.t - from.t) / 1000;
  const metres = distanceMeters(from.lon, from.lat, to.lon, to.lat);
  return metres - from.accuracy - to.accuracy <= maxSpeed * seconds;
}
