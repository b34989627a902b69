import type { DurationStats, KpiRatio, KpiReport } from '@wangge/core';

/** A share as core computes it: `null` when there is nothing to measure. */
export const ratio = (numerator: number, denominator: number): KpiRatio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

const NO_STAYS: DurationStats = { count: 0, meanMs: null, p90Ms: null };

/** The figures a fixture report is built from; the rates are derived as core derives them. */
export interface KpiFixture {
  readonly from?: string;
  readonly to?: string;
  readonly closuresDue?: number;
  readonly closedOnTime?: number;
  readonly reworked?: number;
  readonly extended?: number;
  readonly inForce?: number;
  readonly open?: number;
  readonly overdueNow?: number;
  /** Cases closed at the grid, community, street and district levels; `closed` is their sum. */
  readonly levels?: readonly [number, number, number, number];
}

/**
 * A `KpiReport` whose figures agree with each other (the level numerators add up to `closed`,
 * every rate is its numerator over its denominator), for November 2026 by default.
 */
export function kpiReport(fixture: KpiFixture = {}): KpiReport {
  const [grid, community, street, district] = fixture.levels ?? [30, 8, 3, 1];
  const closed = grid + community + street + district;
  const closuresDue = fixture.closuresDue ?? 50;
  const closedOnTime = fixture.closedOnTime ?? 40;
  const reworked = fixture.reworked ?? 3;
  const extended = fixture.extended ?? 5;
  return {
    from: fixture.from ?? '2026-11-01T00:00:00+08:00',
    to: fixture.to ?? '2026-12-01T00:00:00+08:00',
    scope: null,
    reported: closuresDue + 10,
    filed: closuresDue + 6,
    rejected: 4,
    closuresDue,
    closed,
    closedOnTime,
    reworked,
    extended,
    closureRate: ratio(closed, closuresDue),
    onTimeRate: ratio(closedOnTime, closuresDue),
    reworkRate: ratio(reworked, closed),
    extensionRate: ratio(extended, closuresDue),
    suspensions: {
      requested: 3,
      approved: 2,
      declined: 1,
      resumed: 1,
      inForce: fixture.inForce ?? 2,
    },
    escalations: { byDeadline: 2, byRequest: 3 },
    open: fixture.open ?? 17,
    overdueNow: fixture.overdueNow ?? 4,
    timePerStep: {
      reported: NO_STAYS,
      filed: NO_STAYS,
      assigned: NO_STAYS,
      investigating: NO_STAYS,
      resolved: NO_STAYS,
    },
    timePerLevel: { grid: NO_STAYS, community: NO_STAYS, street: NO_STAYS, district: NO_STAYS },
    resolvedAtLevel: {
      grid: ratio(grid, closed),
      community: ratio(community, closed),
      street: ratio(street, closed),
      district: ratio(district, closed),
    },
  };
}

/** A month's window of 2026, `month` 1–12, as ISO text with China's offset. */
export function monthOf(month: number): { from: string; to: string } {
  const pad = (m: number) => String(m).padStart(2, '0');
  const to = month === 12 ? '2027-01' : `2026-${pad(month + 1)}`;
  return { from: `2026-${pad(month)}-01T00:00:00+08:00`, to: `${to}-01T00:00:00+08:00` };
}
