import * as z from 'zod/mini';
import { CoordinateSystem } from '../schema/geo-point.js';
import { Id } from '../schema/id.js';
import { Timestamp } from '../schema/timestamp.js';
import { parseInput } from '../validation/parse-input.js';
import type { ParseResult } from '../validation/parse-result.js';

/**
 * The most points one track may have: a day at one fix a second is 86,400.
 *
 * @example
 * ```ts
 * import { MAX_PATROL_POINTS } from '@wangge/core';
 * MAX_PATROL_POINTS; // 200000
 * ```
 */
export const MAX_PATROL_POINTS = 200_000;

/**
 * One fix of a patrol track: where (`lon`, `lat` in degrees, in the track's coordinate system),
 * when (`at`, ISO 8601 with offset) and, when the phone tells it, how accurate (`accuracy`: the
 * horizontal error radius in metres, as Android's `Location.getAccuracy()` and iOS's
 * `horizontalAccuracy` give it).
 *
 * @example
 * ```ts
 * import { PatrolPoint } from '@wangge/core';
 * PatrolPoint.parse({ lon: 112.5636, lat: 37.8618, at: '2026-11-26T09:30:00+08:00', accuracy: 8 });
 * ```
 */
export const PatrolPoint = /* @__PURE__ */ (() =>
  z.strictObject({
    lon: z.number().check(z.gte(-180), z.lte(180)),
    lat: z.number().check(z.gte(-90), z.lte(90)),
    at: Timestamp,
    accuracy: z.optional(z.number().check(z.gte(0))),
  }))();
/** One fix of a patrol track. */
export type PatrolPoint = z.output<typeof PatrolPoint>;

/**
 * A patrol trajectory (巡查轨迹): the GPS fixes a grid worker's work phone recorded, in the
 * coordinate system they are expressed in (a phone's GPS gives `WGS84`; a track drawn on a
 * Chinese map may be `GCJ02` or `BD09`). The points may come in any order; at most
 * {@link MAX_PATROL_POINTS}.
 *
 * @example
 * ```ts
 * import { PatrolTrack } from '@wangge/core';
 * PatrolTrack.parse({
 *   workerId: 'p-1',
 *   coordinateSystem: 'WGS84',
 *   points: [
 *     { lon: 112.5636, lat: 37.8618, at: '2026-11-26T09:30:00+08:00' },
 *     { lon: 112.5641, lat: 37.8619, at: '2026-11-26T09:30:10+08:00', accuracy: 6 },
 *   ],
 * });
 * ```
 */
export const PatrolTrack = /* @__PURE__ */ (() =>
  z.strictObject({
    workerId: Id,
    coordinateSystem: CoordinateSystem,
    points: z.array(PatrolPoint).check(z.maxLength(MAX_PATROL_POINTS)),
  }))();
/** A patrol trajectory. */
export type PatrolTrack = z.output<typeof PatrolTrack>;

/**
 * Reads a patrol track from untrusted input (a request body, an upload) and never throws: every
 * problem is an issue with its path (`points[12].at`) and messages in zh-CN and en, without the
 * positions themselves.
 *
 * @example
 * ```ts
 * import { parsePatrolTrack } from '@wangge/core';
 * const result = parsePatrolTrack({ workerId: 'p-1', coordinateSystem: 'WGS84', points: [] });
 * if (!result.success) console.log(result.error.format('zh-CN'));
 * ```
 */
export function parsePatrolTrack(input: unknown): ParseResult<PatrolTrack> {
  return parseInput(PatrolTrack, input, 'PatrolTrack');
}
