import type { CaseRecord } from '../schema/case-record.js';
import type { CaseStep } from '../schema/case-step.js';

/**
 * The row of a case in lists and in the deadline sweep: what a list widget shows and what the
 * store indexes, without the description, reporter and media. A pure function of the record
 * ({@link summarizeCase}), so that every store derives the same.
 *
 * @example
 * ```ts
 * import type { CaseSummary } from '@wangge/core';
 * const label = (row: CaseSummary) => `${row.id} ${row.step} ${row.level} due ${row.dueAt}`;
 * ```
 */
export interface CaseSummary {
  readonly id: string;
  readonly categoryCode: string;
  readonly priority: CaseRecord['priority'];
  readonly step: CaseStep;
  readonly level: CaseRecord['level'];
  readonly outcome?: CaseRecord['outcome'];
  readonly unitId: string;
  readonly departmentId?: string;
  readonly workerId?: string;
  readonly gridId: string;
  readonly microGridId?: string;
  readonly communityId: string;
  readonly streetId: string;
  readonly districtId: string;
  readonly dueAt: string;
  /** `dueAt` in epoch milliseconds. */
  readonly dueAtMs: number;
  readonly suspended: boolean;
  /** When a suspension ends by itself, in epoch milliseconds. */
  readonly resumeAtMs?: number;
  /** The due time was missed at the district level and flagged. */
  readonly deadlineMissed: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/**
 * The steps in which the deadline clock counts: the handler has not yet fed back.
 *
 * @example
 * ```ts
 * import { isHandlingStep } from '@wangge/core';
 * isHandlingStep('investigating'); // true
 * isHandlingStep('resolved'); // false
 * ```
 */
export function isHandlingStep(step: CaseStep): boolean {
  return step === 'reported' || step === 'filed' || step === 'assigned' || step === 'investigating';
}

/**
 * Whether a case is overdue (超期) at an instant: in a handling step, its clock running, and
 * its due time passed. A case at the district level stays overdue after `tick` has flagged it;
 * below, `tick` escalates it and it gets a new due time.
 *
 * @example
 * ```ts
 * import { isOverdue, type CaseSummary } from '@wangge/core';
 * declare const rows: readonly CaseSummary[];
 * const late = rows.filter((row) => isOverdue(row, Date.parse('2026-11-27T09:00:00+08:00')));
 * ```
 */
export function isOverdue(summary: CaseSummary, nowMs: number): boolean {
  return isHandlingStep(summary.step) && !summary.suspended && summary.dueAtMs <= nowMs;
}

/**
 * The summary row of a case record.
 *
 * @example
 * ```ts
 * import { summarizeCase, type CaseRecord } from '@wangge/core';
 * declare const record: CaseRecord;
 * summarizeCase(record).dueAtMs === Date.parse(record.dueAt); // true
 * ```
 */
export function summarizeCase(record: CaseRecord): CaseSummary {
  const resumeAt = record.suspension?.resumeAt;
  return {
    id: record.id,
    categoryCode: record.categoryCode,
    priority: record.priority,
    step: record.step,
    level: record.level,
    ...(record.outcome === undefined ? {} : { outcome: record.outcome }),
    unitId: record.unitId,
    ...(record.departmentId === undefined ? {} : { departmentId: record.departmentId }),
    ...(record.workerId === undefined ? {} : { workerId: record.workerId }),
    gridId: record.gridId,
    ...(record.microGridId === undefined ? {} : { microGridId: record.microGridId }),
    communityId: record.communityId,
    streetId: record.streetId,
    districtId: record.districtId,
    dueAt: record.dueAt,
    dueAtMs: Date.parse(record.dueAt),
    suspended: record.suspension !== undefined,
    ...(resumeAt === undefined ? {} : { resumeAtMs: Date.parse(resumeAt) }),
    deadlineMissed: record.deadlineMissedAt !== undefined,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

/**
 * Whether the deadline sweep has something to do for a case at an instant: restart a
 * suspension that ends by itself, escalate an overdue case, or flag one overdue at the
 * district level.
 *
 * @example
 * ```ts
 * import { needsSweep, type CaseSummary } from '@wangge/core';
 * declare const rows: readonly CaseSummary[];
 * rows.filter((row) => needsSweep(row, Date.parse('2026-11-27T09:00:00+08:00'))).length;
 * ```
 */
export function needsSweep(summary: CaseSummary, nowMs: number): boolean {
  if (!isHandlingStep(summary.step)) return false;
  if (summary.suspended) return summary.resumeAtMs !== undefined && summary.resumeAtMs <= nowMs;
  return summary.dueAtMs <= nowMs && !(summary.level === 'district' && summary.deadlineMissed);
}
