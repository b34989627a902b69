import type { WanggeError } from '../errors/wangge-error.js';
import { KpiQuery } from '../schema/kpi-query.js';
import type { KpiReport } from './kpi-report.js';
import { readKpiRequest } from './kpi-request.js';
import type { KpiSource } from './kpi-source.js';
import { inScope, newTally, reportOf, tallyCase } from './kpi-tally.js';

/**
 * The result of `computeKpis`: the report, or why there is none (`invalid_input` for a bad query
 * or a malformed event, `broken_log` for a case whose versions have a gap).
 *
 * @example
 * ```ts
 * import type { KpiResult } from '@wangge/core';
 * const onTime = (result: KpiResult) => (result.success ? result.data.onTimeRate.value : null);
 * ```
 */
export type KpiResult =
  | { readonly success: true; readonly data: KpiReport }
  | { readonly success: false; readonly error: WanggeError };

/**
 * The command centre's KPIs for one window `[from, to)` and one unit (or all cases), as a pure
 * function of the event log: the same events give the same report, whatever else is stored. The
 * report is what was known at `to`: events at or after it are not read.
 *
 * The formulas (all over the cases in `scope`, see `KpiScope`):
 * - 应结案数 `closuresDue` = cases closed in the window + open cases whose due time fell in it,
 *   less those suspended (缓办) at its end;
 * - 结案率 `closureRate` = closed ÷ closuresDue;
 * - 按期结案率 `onTimeRate` = closed on time ÷ closuresDue, where on time means resolved by the
 *   due time in force and without a missed deadline (an escalation by deadline, or a miss at the
 *   district level) since the case was reported or reopened;
 * - 返工率 `reworkRate` = closed cases that went through rework ÷ closed;
 * - 延期率 `extensionRate` = due cases whose deadline was extended ÷ closuresDue;
 * - time per step and per level: mean and nearest-rank p90 of the stays that ended in the window;
 * - `resolvedAtLevel`: the closed cases by the level they were resolved at, ÷ closed;
 * - `overdueNow`: open cases at `to`, in a handling step, clock running, due at or before `to`.
 *
 * @param source - the events, or `KpiFacts` folded from them (faster for many queries)
 * @param query - a {@link KpiQuery}
 *
 * @example
 * ```ts
 * import { computeKpis, type CaseEvent } from '@wangge/core';
 * declare const events: CaseEvent[];
 * const result = computeKpis(events, {
 *   from: '2026-11-01T00:00:00+08:00',
 *   to: '2026-12-01T00:00:00+08:00',
 *   scope: { kind: 'grid', id: 'ljy-c1-g1' },
 * });
 * if (result.success) console.log(result.data.closureRate.value, result.data.resolvedAtLevel.grid);
 * else console.log(result.error.messageIn('zh-CN'));
 * ```
 */
export function computeKpis(source: KpiSource, query: unknown): KpiResult {
  const { request, error } = readKpiRequest(KpiQuery, 'KpiQuery', source, query);
  if (error) return { success: false, error };
  const { query: q, fromMs, toMs, facts, columns, categories } = request;
  const { from, to, scope } = q;
  const tally = newTally();
  for (const timeline of facts.timelines()) {
    if (categories && !categories.has(timeline.categoryCode)) continue;
    if (inScope(timeline, scope, toMs)) tallyCase(timeline, columns, fromMs, toMs, tally);
  }
  return { success: true, data: reportOf(tally, from, to, scope) };
}
