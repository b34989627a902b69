import type { KpiRatio, KpiReport } from '@wangge/core';

/**
 * The figures of a `KpiReport` that the dashboard widgets show, by name:
 *
 * | metric | Chinese | what |
 * | --- | --- | --- |
 * | `closureRate` | 结案率 | closed ÷ closures due |
 * | `onTimeRate` | 按期结案率 | closed on time ÷ closures due |
 * | `reworkRate` | 返工率 | reworked ÷ closed |
 * | `extensionRate` | 延期率 | extended ÷ closures due |
 * | `suspensionsInForce` | 缓办 | suspensions in force at the window's end |
 * | `overdueNow` | 超期 | open cases past their due time at the window's end |
 * | `open` | 在办 | open cases at the window's end |
 * | `closed` | 结案数 | cases closed in the window |
 * | `resolvedAtGrid` | 微事不出格 | share of the closed cases resolved at the grid level |
 */
export type KpiMetric =
  | 'closureRate'
  | 'onTimeRate'
  | 'reworkRate'
  | 'extensionRate'
  | 'suspensionsInForce'
  | 'overdueNow'
  | 'open'
  | 'closed'
  | 'resolvedAtGrid';

/** The metrics that are shares of a denominator (the others are counts of cases). */
export type KpiRatioMetric =
  'closureRate' | 'onTimeRate' | 'reworkRate' | 'extensionRate' | 'resolvedAtGrid';

/** Whether a larger figure is better (`higher-better`) or worse (`lower-better`). */
export type KpiDirection = 'higher-better' | 'lower-better';

/** What a metric is: a share of a denominator (`ratio`), or a number of cases (`count`). */
export interface KpiMetricInfo {
  readonly kind: 'ratio' | 'count';
  readonly direction: KpiDirection;
  /** For a ratio, what its denominator counts: closures due, or cases closed. */
  readonly basis?: 'due' | 'closed';
}

/**
 * Every metric with its kind and direction, in the order the KPI panel shows them by default.
 *
 * @example
 * ```ts
 * import { KPI_METRICS } from '@wangge/elements';
 * KPI_METRICS.reworkRate.direction; // 'lower-better'
 * ```
 */
export const KPI_METRICS: Readonly<Record<KpiMetric, KpiMetricInfo>> = {
  closureRate: { kind: 'ratio', direction: 'higher-better', basis: 'due' },
  onTimeRate: { kind: 'ratio', direction: 'higher-better', basis: 'due' },
  reworkRate: { kind: 'ratio', direction: 'lower-better', basis: 'closed' },
  extensionRate: { kind: 'ratio', direction: 'lower-better', basis: 'due' },
  suspensionsInForce: { kind: 'count', direction: 'lower-better' },
  overdueNow: { kind: 'count', direction: 'lower-better' },
  open: { kind: 'count', direction: 'lower-better' },
  closed: { kind: 'count', direction: 'higher-better' },
  resolvedAtGrid: { kind: 'ratio', direction: 'higher-better', basis: 'closed' },
};

/** The metrics in their default order. */
export const KPI_METRIC_NAMES = Object.keys(KPI_METRICS) as readonly KpiMetric[];

/** Whether a string names a metric. */
export function isKpiMetric(name: string): name is KpiMetric {
  return Object.hasOwn(KPI_METRICS, name);
}

/** A figure of a report as read: a ratio, a count, or `undefined` when the report lacks it. */
export type KpiFigure =
  | { readonly kind: 'ratio'; readonly ratio: KpiRatio }
  | { readonly kind: 'count'; readonly count: number };

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function readRatio(value: unknown): KpiRatio | undefined {
  if (!isRecord(value)) return undefined;
  const { numerator, denominator } = value;
  const share = value.value;
  if (!isCount(numerator) || !isCount(denominator)) return undefined;
  if (share === null) return { numerator, denominator, value: null };
  return typeof share === 'number' && Number.isFinite(share)
    ? { numerator, denominator, value: share }
    : undefined;
}

/**
 * Reads one metric of a report. Reports come from the host page (a server's JSON, say), so
 * every member is checked: a missing or malformed figure is `undefined`, never `NaN`.
 */
export function readKpi(report: unknown, metric: KpiMetric): KpiFigure | undefined {
  if (!isRecord(report)) return undefined;
  const r = report as Partial<Record<keyof KpiReport, unknown>>;
  let raw: unknown;
  switch (metric) {
    case 'suspensionsInForce':
      raw = isRecord(r.suspensions) ? r.suspensions.inForce : undefined;
      break;
    case 'resolvedAtGrid':
      raw = isRecord(r.resolvedAtLevel) ? r.resolvedAtLevel.grid : undefined;
      break;
    default:
      raw = r[metric];
  }
  if (KPI_METRICS[metric].kind === 'count') {
    return isCount(raw) ? { kind: 'count', count: raw } : undefined;
  }
  const ratio = readRatio(raw);
  return ratio ? { kind: 'ratio', ratio } : undefined;
}

/** A metric's value: a ratio's share (0…1, `null` when nothing was measured), or a count. */
export function kpiValue(report: unknown, metric: KpiMetric): number | null {
  const figure = readKpi(report, metric);
  if (!figure) return null;
  return figure.kind === 'count' ? figure.count : figure.ratio.value;
}

/**
 * One metric of each unit's report, as `<wg-grid-map color-by="value">` takes it: unit id →
 * number, or `null` where the unit's ratio has nothing to measure (nothing was due) or its
 * report lacks the figure. Ratios are shares (0…1): show them with `value-format="percent"`.
 *
 * @example
 * ```ts
 * import type { KpiReport } from '@wangge/core';
 * import { KPI_METRICS, kpiValues, type WgGridMap } from '@wangge/elements';
 *
 * declare const byGrid: Map<string, KpiReport>; // e.g. from core's computeKpisByUnit
 * const map = document.querySelector<WgGridMap>('wg-grid-map')!;
 * map.colorBy = 'value';
 * map.values = kpiValues(byGrid, 'onTimeRate');
 * map.valueDirection = KPI_METRICS.onTimeRate.direction;
 * map.valueFormat = 'percent';
 * ```
 */
export function kpiValues(
  reports: ReadonlyMap<string, KpiReport> | Readonly<Record<string, KpiReport>>,
  metric: KpiMetric,
): Map<string, number | null> {
  const values = new Map<string, number | null>();
  const entries: Iterable<[string, unknown]> =
    reports instanceof Map ? reports.entries() : Object.entries(reports);
  for (const [id, report] of entries) values.set(id, kpiValue(report, metric));
  return values;
}
