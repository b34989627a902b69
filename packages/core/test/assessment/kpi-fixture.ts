import type { DurationStats, KpiRatio, KpiReport, KpiScope } from '../../src/index.js';

const ratio = (numerator: number, denominator: number): KpiRatio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

const NO_STAYS: DurationStats = { count: 0, meanMs: null, p90Ms: null };

/** The few figures an assessment reads; everything else in the report is zero. */
export interface KpiFigures {
  readonly scope?: KpiScope | null;
  readonly from?: string;
  readonly to?: string;
  readonly closuresDue?: number;
  readonly closed?: number;
  readonly closedOnTime?: number;
  readonly reworked?: number;
  readonly extended?: number;
  readonly overdueNow?: number;
  /** Of `closed`, how many were resolved at the grid level. */
  readonly resolvedInGrid?: number;
}

/** A `KpiReport` filled from a few numbers, with ratios computed as `computeKpis` defines them. */
export function kpiReport(figures: KpiFigures = {}): KpiReport {
  const {
    scope = { kind: 'grid', id: 'ljy-c1-g1' },
    from = '2026-11-01T00:00:00+08:00',
    to = '2026-12-01T00:00:00+08:00',
    closuresDue = 0,
    closed = 0,
    closedOnTime = 0,
    reworked = 0,
    extended = 0,
    overdueNow = 0,
    resolvedInGrid = 0,
  } = figures;
  return {
    from,
    to,
    scope,
    reported: closuresDue,
    filed: closuresDue,
    rejected: 0,
    closuresDue,
    closed,
    closedOnTime,
    reworked,
    extended,
    closureRate: ratio(closed, closuresDue),
    onTimeRate: ratio(closedOnTime, closuresDue),
    reworkRate: ratio(reworked, closed),
    extensionRate: ratio(extended, closuresDue),
    suspensions: { requested: 0, approved: 0, declined: 0, resumed: 0, inForce: 0 },
    escalations: { byDeadline: 0, byRequest: 0 },
    open: overdueNow,
    overdueNow,
    timePerStep: {
      reported: NO_STAYS,
      filed: NO_STAYS,
      assigned: NO_STAYS,
      investigating: NO_STAYS,
      resolved: NO_STAYS,
    },
    timePerLevel: { grid: NO_STAYS, community: NO_STAYS, street: NO_STAYS, district: NO_STAYS },
    resolvedAtLevel: {
      grid: ratio(resolvedInGrid, closed),
      community: ratio(closed - resolvedInGrid, closed),
      street: ratio(0, closed),
      district: ratio(0, closed),
    },
  };
}
