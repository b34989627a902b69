/**
 * The metrics an assessment scheme (考核方案) can weigh, in the order reports list them:
 *
 * | metric | value | better |
 * | --- | --- | --- |
 * | `on-time-rate` | 按期结案率, `onTimeRate` of the KPI report (share 0–1) | higher |
 * | `closure-rate` | 结案率, `closureRate` (share) | higher |
 * | `rework-rate` | 返工率, `reworkRate` (share) | lower |
 * | `extension-rate` | 延期率, `extensionRate` (share) | lower |
 * | `grid-resolution-share` | share of closed cases resolved at the grid level (微事不出格), `resolvedAtLevel.grid` | higher |
 * | `overdue-now` | cases overdue at the period's end, `overdueNow` (count) | lower |
 * | `patrol-coverage` | mean daily share of the grid covered by patrols (share) | higher |
 * | `patrol-distance-per-day` | patrol distance per day (metres) | higher |
 * | `patrol-time-per-day` | time spent patrolling inside the grid per day (hours) | higher |
 *
 * @example
 * ```ts
 * import { ASSESSMENT_METRICS } from '@wangge/core';
 * ASSESSMENT_METRICS.length; // 9
 * ```
 */
export const ASSESSMENT_METRICS = [
  'on-time-rate',
  'closure-rate',
  'rework-rate',
  'extension-rate',
  'grid-resolution-share',
  'overdue-now',
  'patrol-coverage',
  'patrol-distance-per-day',
  'patrol-time-per-day',
] as const;

/**
 * The name of an assessment metric, e.g. `on-time-rate`.
 *
 * @example
 * ```ts
 * import type { AssessmentMetricName } from '@wangge/core';
 * const metric: AssessmentMetricName = 'rework-rate';
 * ```
 */
export type AssessmentMetricName = (typeof ASSESSMENT_METRICS)[number];

/**
 * Which way a metric is better: `higher-better` (closure rates, coverage) or `lower-better`
 * (rework, extensions, overdue cases).
 *
 * @example
 * ```ts
 * import type { MetricDirection } from '@wangge/core';
 * const direction: MetricDirection = 'lower-better';
 * ```
 */
export type MetricDirection = 'higher-better' | 'lower-better';

/**
 * What a metric's value counts: a `share` (0–1), `cases`, `metres` or `hours`.
 *
 * @example
 * ```ts
 * import type { MetricUnit } from '@wangge/core';
 * const unit: MetricUnit = 'share';
 * ```
 */
export type MetricUnit = 'share' | 'cases' | 'metres' | 'hours';

/**
 * Why a metric could not be measured for a unit in a period: no closures were due
 * (`no-closures-due`, for the closure, on-time and extension rates), no case was closed
 * (`no-closures`, for the rework rate and the share resolved in the grid), or no patrol
 * measurements were given (`no-patrol-data`).
 *
 * @example
 * ```ts
 * import type { UnmeasuredReason } from '@wangge/core';
 * const reason: UnmeasuredReason = 'no-closures-due';
 * ```
 */
export type UnmeasuredReason = 'no-closures-due' | 'no-closures' | 'no-patrol-data';

/**
 * What is fixed about a metric, whatever the scheme: its direction, its unit and the range its
 * value (and so a target or floor) can take.
 *
 * @example
 * ```ts
 * import { METRIC_DEFINITIONS } from '@wangge/core';
 * METRIC_DEFINITIONS['rework-rate'].direction; // 'lower-better'
 * ```
 */
export const METRIC_DEFINITIONS: Readonly<
  Record<
    AssessmentMetricName,
    {
      readonly direction: MetricDirection;
      readonly unit: MetricUnit;
      /** The largest value the metric can take (the smallest is 0). */
      readonly max: number;
    }
  >
> = {
  'on-time-rate': { direction: 'higher-better', unit: 'share', max: 1 },
  'closure-rate': { direction: 'higher-better', unit: 'share', max: 1 },
  'rework-rate': { direction: 'lower-better', unit: 'share', max: 1 },
  'extension-rate': { direction: 'lower-better', unit: 'share', max: 1 },
  'grid-resolution-share': { direction: 'higher-better', unit: 'share', max: 1 },
  'overdue-now': { direction: 'lower-better', unit: 'cases', max: Number.MAX_SAFE_INTEGER },
  'patrol-coverage': { direction: 'higher-better', unit: 'share', max: 1 },
  'patrol-distance-per-day': {
    direction: 'higher-better',
    unit: 'metres',
    max: Number.MAX_SAFE_INTEGER,
  },
  'patrol-time-per-day': { direction: 'higher-better', unit: 'hours', max: 24 },
};
