import type { HandlingLevel } from '../schema/handling-level.js';
import type { KpiScope } from '../schema/kpi-query.js';

export type { KpiScope } from '../schema/kpi-query.js';

/**
 * A share: `numerator ÷ denominator`, with `value` `null` when the denominator is 0 (nothing to
 * measure, which is not the same as 0 %).
 *
 * @example
 * ```ts
 * import type { KpiRatio } from '@wangge/core';
 * const percent = (ratio: KpiRatio) =>
 *   ratio.value === null ? '—' : `${(ratio.value * 100).toFixed(1)} %`;
 * ```
 */
export interface KpiRatio {
  readonly numerator: number;
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when `denominator` is 0. */
  readonly value: number | null;
}

/**
 * How long cases stayed somewhere (a step of the loop, or a level): over the stays that ended in
 * the window, in natural milliseconds (suspended time included).
 *
 * @example
 * ```ts
 * import type { DurationStats } from '@wangge/core';
 * const hours = (stats: DurationStats) => (stats.p90Ms ?? 0) / 3_600_000;
 * ```
 */
export interface DurationStats {
  /** How many stays ended in the window. */
  readonly count: number;
  /** Their mean, or `null` when there were none. */
  readonly meanMs: number | null;
  /** Their 90th percentile by the nearest-rank method, or `null` when there were none. */
  readonly p90Ms: number | null;
}

/** The steps a case spends time in before it is archived. */
export type KpiStep = 'reported' | 'filed' | 'assigned' | 'investigating' | 'resolved';

/**
 * The command centre's figures for one unit over one window `[from, to)`, computed from the
 * event log alone (see `computeKpis` and the KPI guide for every formula).
 *
 * @example
 * ```ts
 * import { computeKpis, type CaseEvent } from '@wangge/core';
 * declare const events: CaseEvent[];
 * const result = computeKpis(events, { from: '2026-11-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' });
 * if (result.success) console.log(result.data.onTimeRate.value, result.data.resolvedAtLevel.grid.value);
 * ```
 */
export interface KpiReport {
  /** The window's start (inclusive), as given. */
  readonly from: string;
  /** The window's end (exclusive), as given. */
  readonly to: string;
  /** The unit, or `null` for every case in the log. */
  readonly scope: KpiScope | null;
  /** 上报数: cases reported in the window. */
  readonly reported: number;
  /** 立案数: cases filed (accepted as cases) in the window. */
  readonly filed: number;
  /** 不予立案: reports refused at filing in the window (invalid, duplicate, referred). */
  readonly rejected: number;
  /** 应结案数: cases whose closure was due in the window (due in it, or closed in it), less
   * those suspended (缓办) at its end. */
  readonly closuresDue: number;
  /** 结案数: cases closed (archived as resolved) in the window. */
  readonly closed: number;
  /** 按期结案数: of those, the ones resolved by their due time without missing a deadline. */
  readonly closedOnTime: number;
  /** Closed cases in the window that went through rework (返工) at least once. */
  readonly reworked: number;
  /** Cases due in the window whose deadline was extended (延期) at least once. */
  readonly extended: number;
  /** 结案率 = closed ÷ closuresDue. */
  readonly closureRate: KpiRatio;
  /** 按期结案率 = closedOnTime ÷ closuresDue (= on-time closures ÷ (closures due − suspended)). */
  readonly onTimeRate: KpiRatio;
  /** 返工率 = reworked ÷ closed. */
  readonly reworkRate: KpiRatio;
  /** 延期率 = extended ÷ closuresDue. */
  readonly extensionRate: KpiRatio;
  /** 缓办: suspension requests, approvals and declines in the window, resumptions, and the
   * suspensions in force at its end. */
  readonly suspensions: {
    readonly requested: number;
    readonly approved: number;
    readonly declined: number;
    readonly resumed: number;
    readonly inForce: number;
  };
  /** Escalations in the window, by trigger. */
  readonly escalations: { readonly byDeadline: number; readonly byRequest: number };
  /** Open cases at the window's end (not archived). */
  readonly open: number;
  /** Open cases past their due time at the window's end, in a handling step and not suspended. */
  readonly overdueNow: number;
  /** Time per step of the loop, over the stays that ended in the window. */
  readonly timePerStep: Readonly<Record<KpiStep, DurationStats>>;
  /** Time per handling level, over the stays that ended in the window. */
  readonly timePerLevel: Readonly<Record<HandlingLevel, DurationStats>>;
  /** Of the cases closed in the window, the share resolved at each level: `grid` is the
   * 微事不出格 measure. The numerators add up to `closed`. */
  readonly resolvedAtLevel: Readonly<Record<HandlingLevel, KpiRatio>>;
}
