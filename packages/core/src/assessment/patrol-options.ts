import type { ValidationIssue } from '../errors/validation-error.js';
import { optionIn, throwIfIssues } from './assessment-issue.js';

/**
 * How `measurePatrol` reads a track. Every field is optional; the defaults suit a grid worker on
 * foot with a phone's GPS fix every few seconds.
 *
 * - `radiusMeters` (30): how far from the path a patrol covers. About a street's width on
 *   either side plus the building fronts a worker on foot sees, and two or three times the
 *   typical error of a phone's GPS in built-up areas; old residential blocks are about 60–100 m
 *   deep, so walking every lane around a block covers it.
 * - `maxAccuracyMeters` (50): fixes with a worse reported accuracy are dropped: beyond it a fix
 *   cannot tell one street from the next (network-only fixes report 100 m or more).
 * - `maxSpeedKmh` (120): a fix that could only be reached faster than this from the track is a
 *   jump (multipath, a stale fix) and is dropped. The reported accuracies of both fixes are
 *   allowed for first, so jitter at one fix a second is not taken for a jump.
 * - `maxGapSeconds` (600): fixes further apart than this are a gap (phone off, no signal): the
 *   path between them is unknown, so a gap adds no distance, no time inside the grid and no
 *   coverage. Set it above the app's own interval between fixes.
 * - `stopRadiusMeters` (25) and `stopMinSeconds` (300): a fix is stationary when the track stays
 *   within `stopRadiusMeters` of it for at least `stopMinSeconds` (a household visit, 入户走访);
 *   time between stationary fixes is a stop, excluded from moving time and from distance (GPS
 *   jitter while standing still would otherwise add hundreds of metres an hour).
 * - `maxRows` (2048) and `minRowSpacingMeters` (0.5): the coverage is integrated over at most
 *   `maxRows` scan lines across the grid, no closer than `minRowSpacingMeters`; see the guide
 *   _Grid assessment_ for the method and its accuracy.
 *
 * @example
 * ```ts
 * import type { PatrolOptions } from '@wangge/core';
 * const options: PatrolOptions = { radiusMeters: 50, maxGapSeconds: 900 };
 * ```
 */
export interface PatrolOptions {
  readonly radiusMeters?: number;
  readonly maxAccuracyMeters?: number;
  readonly maxSpeedKmh?: number;
  readonly maxGapSeconds?: number;
  readonly stopRadiusMeters?: number;
  readonly stopMinSeconds?: number;
  readonly maxRows?: number;
  readonly minRowSpacingMeters?: number;
}

/** Patrol options with every default filled in. @internal */
export type ResolvedPatrolOptions = Required<PatrolOptions>;

const DAY = 86_400;

/**
 * The options with their defaults, or a `WanggeValidationError` (subject `PatrolOptions`) that
 * lists every option out of range.
 *
 * @internal
 */
export function resolvePatrolOptions(options: PatrolOptions = {}): ResolvedPatrolOptions {
  const issues: ValidationIssue[] = [];
  const resolved: ResolvedPatrolOptions = {
    radiusMeters: optionIn(issues, 'radiusMeters', options.radiusMeters, 30, {
      min: 0,
      max: 1000,
      minInclusive: false,
    }),
    maxAccuracyMeters: optionIn(issues, 'maxAccuracyMeters', options.maxAccuracyMeters, 50, {
      min: 0,
      max: Infinity,
      minInclusive: false,
    }),
    maxSpeedKmh: optionIn(issues, 'maxSpeedKmh', options.maxSpeedKmh, 120, {
      min: 0,
      max: 2000,
      minInclusive: false,
    }),
    maxGapSeconds: optionIn(issues, 'maxGapSeconds', options.maxGapSeconds, 600, {
      min: 0,
      max: DAY,
      minInclusive: false,
    }),
    stopRadiusMeters: optionIn(issues, 'stopRadiusMeters', options.stopRadiusMeters, 25, {
      min: 0,
      max: 1000,
    }),
    stopMinSeconds: optionIn(issues, 'stopMinSeconds', options.stopMinSeconds, 300, {
      min: 0,
      max: DAY,
      minInclusive: false,
    }),
    maxRows: optionIn(issues, 'maxRows', options.maxRows, 2048, {
      min: 1,
      max: 100_000,
      integer: true,
    }),
    minRowSpacingMeters: optionIn(issues, 'minRowSpacingMeters', options.minRowSpacingMeters, 0.5, {
      min: 0,
      max: 1000,
      minInclusive: false,
    }),
  };
  throwIfIssues('PatrolOptions', issues);
  return resolved;
}
