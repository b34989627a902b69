import { KPI_METRICS, readKpi, type KpiMetric } from '../shared/kpi-metrics.js';

/** How a figure moved since the previous window, and whether that is good news. */
export type KpiTrend =
  | {
      readonly kind: 'change';
      /** `up` or `down`, of the figure as shown (rounded): a change that rounds to 0 is `flat`. */
      readonly direction: 'up' | 'down';
      /** The change: percentage points for a ratio, cases for a count; its sign is `direction`. */
      readonly change: number;
      readonly verdict: 'better' | 'worse';
    }
  | { readonly kind: 'flat' }
  /** One of the two figures is missing, or a ratio had nothing to measure. */
  | { readonly kind: 'none' };

/**
 * The trend of a metric from `previous` to `report`: the change in percentage points (one
 * decimal, as shown) for a ratio, in cases for a count, judged by the metric's direction (a
 * lower rework rate is better, a higher on-time rate is better). `undefined` without a previous
 * report; `none` when either figure is missing or has nothing to measure.
 */
export function kpiTrend(
  report: unknown,
  previous: unknown,
  metric: KpiMetric,
): KpiTrend | undefined {
  if (previous === undefined || previous === null) return undefined;
  const now = readKpi(report, metric);
  const before = readKpi(previous, metric);
  let change: number;
  if (now?.kind === 'ratio' && before?.kind === 'ratio') {
    if (now.ratio.value === null || before.ratio.value === null) return { kind: 'none' };
    // Rounded as shown, so that the arrow never contradicts the figures beside it.
    change = Math.round((now.ratio.value - before.ratio.value) * 1000) / 10;
  } else if (now?.kind === 'count' && before?.kind === 'count') {
    change = now.count - before.count;
  } else {
    return { kind: 'none' };
  }
  if (change === 0) return { kind: 'flat' };
  const direction = change > 0 ? 'up' : 'down';
  const higherBetter = KPI_METRICS[metric].direction === 'higher-better';
  const better = (direction === 'up') === higherBetter;
  return { kind: 'change', direction, change, verdict: better ? 'better' : 'worse' };
}
