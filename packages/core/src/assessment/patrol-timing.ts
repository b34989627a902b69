import { distanceMeters } from '../rules/case-activity.js';
import type { CleanTrack } from './clean-track.js';
import type { ResolvedPatrolOptions } from './patrol-options.js';

/**
 * The segments of a cleaned track sorted into moving, stopped and gaps, with the distance moved.
 * `kind[i]` is the kind of the segment from fix `i` to fix `i + 1`.
 *
 * @internal
 */
export interface PatrolTiming {
  readonly kind: Uint8Array;
  readonly distanceMeters: number;
  readonly movingSeconds: number;
  readonly stoppedSeconds: number;
  readonly gapSeconds: number;
  readonly gaps: number;
}

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** Segment kinds. @internal */
export const MOVING = 1;
/** @internal */
export const STOPPED = 2;
/** @internal */
export const GAP = 3;

/**
 * Sorts each segment: a **gap** when its fixes are more than `maxGapSeconds` apart; a **stop**
 * when both its fixes are stationary; **moving** otherwise. A fix is stationary when the fixes
 * around it (before and after, without crossing a gap) stay within `stopRadiusMeters` of it for
 * at least `stopMinSeconds` in all. The rule looks both ways from each fix, so a track read
 * backwards has the same stops, and so the same distance and moving time.
 *
 * @internal
 */
export function timePatrol(track: CleanTrack, options: ResolvedPatrolOptions): PatrolTiming {
  const { count, t, lon, lat } = track;
  const segments = Math.max(0, count - 1);
  const kind = new Uint8Array(segments);
  const gapMs = options.maxGapSeconds * 1000;
  const stopMs = options.stopMinSeconds * 1000;
  const radius = options.stopRadiusMeters;
  for (let i = 0; i < segments; i += 1) {
    kind[i] = (t[i + 1] ?? 0) - (t[i] ?? 0) > gapMs ? GAP : MOVING;
  }
  // Whether two fixes are within the stop radius, in local metres (each pair scaled by the
  // cosine of its own latitude): over a stop radius this is the haversine distance to well under
  // a millimetre, for a fraction of its cost.
  const cosLat = new Float64Array(count);
  for (let i = 0; i < count; i += 1) cosLat[i] = Math.cos(((lat[i] ?? 0) * Math.PI) / 180);
  const r2 = radius * radius;
  const near = (i: number, j: number) => {
    const dx =
      ((lon[i] ?? 0) - (lon[j] ?? 0)) *
      METRES_PER_DEGREE *
      (((cosLat[i] ?? 0) + (cosLat[j] ?? 0)) / 2);
    const dy = ((lat[i] ?? 0) - (lat[j] ?? 0)) * METRES_PER_DEGREE;
    return dx * dx + dy * dy <= r2;
  };
  const stationary = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) {
    let from = t[i] ?? 0;
    let to = from;
    // Backwards, then forwards, stopping as soon as the span is long enough.
    for (let j = i - 1; j >= 0 && kind[j] !== GAP && to - from < stopMs; j -= 1) {
      if (!near(i, j)) break;
      from = t[j] ?? 0;
    }
    for (let j = i + 1; j < count && kind[j - 1] !== GAP && to - from < stopMs; j += 1) {
      if (!near(i, j)) break;
      to = t[j] ?? 0;
    }
    if (to - from >= stopMs) stationary[i] = 1;
  }
  let distance = 0;
  let moving = 0;
  let stopped = 0;
  let gap = 0;
  let gaps = 0;
  for (let i = 0; i < segments; i += 1) {
    const seconds = ((t[i + 1] ?? 0) - (t[i] ?? 0)) / 1000;
    if (kind[i] === GAP) {
      gap += seconds;
      gaps += 1;
    } else if (stationary[i] === 1 && stationary[i + 1] === 1) {
      kind[i] = STOPPED;
      stopped += seconds;
    } else {
      moving += seconds;
      distance += distanceMeters(lon[i] ?? 0, lat[i] ?? 0, lon[i + 1] ?? 0, lat[i + 1] ?? 0);
    }
  }
  return {
    kind,
    distanceMeters: distance,
    movingSeconds: moving,
    stoppedSeconds: stopped,
    gapSeconds: gap,
    gaps,
  };
}
