import type { WanggeError } from '../errors/wangge-error.js';
import { KpiByUnitQuery, type KpiScope, type KpiScopeKind } from '../schema/kpi-query.js';
import type { CaseTimeline } from './kpi-facts.js';
import type { KpiReport } from './kpi-report.js';
import { readKpiRequest } from './kpi-request.js';
import type { KpiSource } from './kpi-source.js';
import { newTally, reportOf, tallyCase, type KpiTally } from './kpi-tally.js';

/**
 * The result of `computeKpisByUnit`: a report per unit id, or why there is none.
 *
 * @example
 * ```ts
 * import type { KpiByUnitResult } from '@wangge/core';
 * const grids = (result: KpiByUnitResult) => (result.success ? [...result.data.keys()] : []);
 * ```
 */
export type KpiByUnitResult =
  | { readonly success: true; readonly data: ReadonlyMap<string, KpiReport> }
  | { readonly success: false; readonly error: WanggeError };

/** The units of a kind a case counts for by the window's end. */
function unitsOf(t: CaseTimeline, kind: KpiScopeKind, to: number): readonly string[] {
  switch (kind) {
    case 'district':
      return [t.districtId];
    case 'street':
      return [t.streetId];
    case 'community':
      return [t.communityId];
    case 'grid':
      return [t.gridId];
    case 'micro-grid':
      return t.microGridId === undefined ? [] : [t.microGridId];
    case 'department':
    case 'worker': {
      const seen = kind === 'department' ? t.departments : t.workers;
      if (seen === undefined) return [];
      const ids: string[] = [];
      for (const { id, since } of seen) if (since < to) ids.push(id);
      return ids;
    }
  }
}

const scopeOf = (kind: KpiScopeKind, id: string): KpiScope =>
  kind === 'department' || kind === 'worker' ? { kind, id } : { kind, id };

/**
 * The KPIs of every unit of a kind over one window, in one pass: e.g. every grid's, to colour the
 * grid map by a KPI, or every worker's for the assessment. Each report equals what
 * `computeKpis` gives with that unit as `scope`. Units without cases in the log are absent.
 *
 * @param query - a {@link KpiByUnitQuery}
 *
 * @example
 * ```ts
 * import { computeKpisByUnit, type CaseEvent } from '@wangge/core';
 * declare const events: CaseEvent[];
 * const result = computeKpisByUnit(events, {
 *   from: '2026-11-01T00:00:00+08:00',
 *   to: '2026-12-01T00:00:00+08:00',
 *   kind: 'grid',
 * });
 * if (result.success) {
 *   const onTime = new Map([...result.data].map(([id, kpis]) => [id, kpis.onTimeRate.value]));
 *   console.log(onTime);
 * }
 * ```
 */
export function computeKpisByUnit(source: KpiSource, query: unknown): KpiByUnitResult {
  const { request, error } = readKpiRequest(KpiByUnitQuery, 'KpiByUnitQuery', source, query);
  if (error) return { success: false, error };
  const { query: q, fromMs, toMs, facts, columns, categories } = request;
  const { from, to, kind } = q;
  const tallies = new Map<string, KpiTally>();
  for (const timeline of facts.timelines()) {
    if (timeline.reportedAt >= toMs) continue;
    if (categories && !categories.has(timeline.categoryCode)) continue;
    for (const id of unitsOf(timeline, kind, toMs)) {
      let tally = tallies.get(id);
      if (!tally) tallies.set(id, (tally = newTally()));
      tallyCase(timeline, columns, fromMs, toMs, tally);
    }
  }
  const reports = new Map<string, KpiReport>();
  for (const [id, tally] of [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    reports.set(id, reportOf(tally, from, to, scopeOf(kind, id)));
  }
  return { success: true, data: reports };
}
