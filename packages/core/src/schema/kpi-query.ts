import * as z from 'zod/mini';
import { Code, Id } from './id.js';
import { Timestamp } from './timestamp.js';

/**
 * The unit a KPI report is for. Territorial scopes (`district`, `street`, `community`, `grid`,
 * `micro-grid`) take the cases whose place is in the unit; `department` and `worker` take the
 * cases that were assigned to the department or the worker at any time before the window's end.
 *
 * @example
 * ```ts
 * import { KpiScope } from '@wangge/core';
 * KpiScope.parse({ kind: 'community', id: 'ljy-c1' });
 * ```
 */
export const KpiScope = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.enum(['district', 'street', 'community', 'grid', 'micro-grid']),
      id: Id,
    }),
    z.strictObject({ kind: z.literal('department'), id: Id }),
    z.strictObject({ kind: z.literal('worker'), id: Id }),
  ]))();
/** The unit a KPI report is for. */
export type KpiScope = z.output<typeof KpiScope>;

/** The kinds of unit KPIs are reported for. */
export type KpiScopeKind = KpiScope['kind'];

/**
 * What `computeKpis` reports on: the window `[from, to)` (ISO 8601 with offset; `from` before
 * `to`, which the KPI functions check), optionally one unit (`scope`) and some categories (`categoryCodes`, the category a case
 * was last filed under).
 *
 * @example
 * ```ts
 * import { KpiQuery } from '@wangge/core';
 * KpiQuery.parse({
 *   from: '2026-11-01T00:00:00+08:00',
 *   to: '2026-12-01T00:00:00+08:00',
 *   scope: { kind: 'grid', id: 'ljy-c1-g1' },
 * });
 * ```
 */
export const KpiQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    from: Timestamp,
    to: Timestamp,
    scope: z.optional(KpiScope),
    categoryCodes: z.optional(z.array(Code).check(z.minLength(1))),
  }))();
/** What `computeKpis` reports on. */
export type KpiQuery = z.output<typeof KpiQuery>;

/**
 * What `computeKpisByUnit` reports on: the window `[from, to)` and the kind of unit to report
 * each of (every grid, every worker, …), optionally some categories.
 *
 * @example
 * ```ts
 * import { KpiByUnitQuery } from '@wangge/core';
 * KpiByUnitQuery.parse({
 *   from: '2026-11-01T00:00:00+08:00',
 *   to: '2026-12-01T00:00:00+08:00',
 *   kind: 'grid',
 * });
 * ```
 */
export const KpiByUnitQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    from: Timestamp,
    to: Timestamp,
    kind: z.enum(['district', 'street', 'community', 'grid', 'micro-grid', 'department', 'worker']),
    categoryCodes: z.optional(z.array(Code).check(z.minLength(1))),
  }))();
/** What `computeKpisByUnit` reports on. */
export type KpiByUnitQuery = z.output<typeof KpiByUnitQuery>;

/**
 * What `kpiSeries` reports on: the range `[from, to)` cut into windows of a day, a week (seven
 * days from `from`) or a calendar month, on the clock of `from`'s offset (`+08:00` → Beijing
 * days); the last window ends at `to`. At most 10,000 windows.
 *
 * @example
 * ```ts
 * import { KpiSeriesQuery } from '@wangge/core';
 * KpiSeriesQuery.parse({
 *   from: '2026-11-01T00:00:00+08:00',
 *   to: '2026-12-01T00:00:00+08:00',
 *   every: 'day',
 *   scope: { kind: 'street', id: 'ljy' },
 * });
 * ```
 */
export const KpiSeriesQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    from: Timestamp,
    to: Timestamp,
    every: z.enum(['day', 'week', 'month']),
    scope: z.optional(KpiScope),
    categoryCodes: z.optional(z.array(Code).check(z.minLength(1))),
  }))();
/** What `kpiSeries` reports on. */
export type KpiSeriesQuery = z.output<typeof KpiSeriesQuery>;
