// The case lists and the sweep as SQL, with exactly InMemoryCaseStore's results: the same
// filters, the same order (ties by id, bytewise, ascending in either direction), the same
// page bounds (as `Array.prototype.slice` reads them).
import type { CaseListQuery, CaseStep } from '@wangge/core';
import { UNITS_SQL } from './schema-v1.js';

/** The steps in which the deadline counts (`isHandlingStep`), as the schema's partial indexes
 * name them. */
export const HANDLING_STEPS: readonly CaseStep[] = [
  'reported',
  'filed',
  'assigned',
  'investigating',
];

const HANDLING = `step IN (${HANDLING_STEPS.map((step) => `'${step}'`).join(', ')})`;

const MAX_LIMIT = 1000;
// Instants beyond any Date (±8.64e15 ms) compare like infinities against stored times.
const FAR = 9e15;

const SORT_COLUMNS = {
  dueAt: 'due_at_ms',
  createdAt: 'created_at_ms',
  updatedAt: 'updated_at_ms',
} as const;

/** A statement and its parameters. */
export interface Statement {
  readonly text: string;
  readonly params: unknown[];
}

/** Builds a WHERE clause, numbering the parameters. */
class Conditions {
  readonly params: unknown[] = [];
  readonly #parts: string[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${String(this.params.length)}`;
  }

  add(condition: string): void {
    this.#parts.push(condition);
  }

  get where(): string {
    return this.#parts.length === 0 ? '' : `WHERE ${this.#parts.join(' AND ')}`;
  }
}

/**
 * `due_at_ms <= now` (or `resume_at_ms`), on integer milliseconds: `true`, `false` or a
 * comparison, for NaN and the infinities as JavaScript compares them.
 */
function notAfter(column: string, nowMs: number, where: Conditions): string {
  if (Number.isNaN(nowMs) || nowMs < -FAR) return 'false';
  if (nowMs > FAR) return `${column} IS NOT NULL`;
  return `${column} <= ${where.param(Math.floor(nowMs))}::bigint`;
}

/** The page of a list as `slice(offset, offset + limit)` gives it: where, and how many. */
export function pageOf(query: CaseListQuery): { readonly start: number; readonly count: number } {
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));
  const limit = Math.min(MAX_LIMIT, Math.max(0, Math.trunc(query.limit ?? 50)));
  const start = Number.isNaN(offset) ? 0 : offset;
  const end = Number.isNaN(offset + limit) ? 0 : offset + limit;
  const count = end - start;
  return { start, count: Number.isFinite(start) && count > 0 ? count : 0 };
}

function listConditions(query: CaseListQuery, districtId: string | undefined): Conditions {
  const where = new Conditions();
  if (districtId !== undefined) where.add(`district_id = ${where.param(districtId)}`);
  if (query.unitId !== undefined) {
    // Any of them (`listedUnder`), through the schema's index on the same expression.
    where.add(`${UNITS_SQL} @> ARRAY[${where.param(query.unitId)}]::text[]`);
  }
  if (query.departmentId !== undefined) {
    where.add(`department_id = ${where.param(query.departmentId)}`);
  }
  if (query.workerId !== undefined) where.add(`worker_id = ${where.param(query.workerId)}`);
  if (query.status === 'open') where.add(`step <> 'archived'`);
  if (query.status === 'closed') where.add(`step = 'archived'`);
  if (query.steps) where.add(`step = ANY(${where.param([...query.steps])}::text[])`);
  if (query.levels) where.add(`level = ANY(${where.param([...query.levels])}::text[])`);
  if (query.overdue !== undefined) {
    // Overdue: in a handling step, the clock running, the due time passed (`isOverdue`).
    const overdue = `${HANDLING} AND NOT suspended AND ${notAfter('due_at_ms', query.now ?? Number.NaN, where)}`;
    where.add(query.overdue ? overdue : `NOT (${overdue})`);
  }
  return where;
}

/**
 * A page of the list, each row with the number of all matching rows (`total`), and the count
 * alone for when the page is empty.
 */
export function listStatements(
  query: CaseListQuery,
  districtId: string | undefined,
): { readonly page: Statement | undefined; readonly count: Statement } {
  const where = listConditions(query, districtId);
  const count = {
    text: `SELECT count(*)::int AS total FROM wangge_case_summaries ${where.where}`,
    params: [...where.params],
  };
  const { start, count: size } = pageOf(query);
  if (size === 0) return { page: undefined, count };
  const sort = Object.hasOwn(SORT_COLUMNS, query.sort ?? 'dueAt')
    ? SORT_COLUMNS[query.sort ?? 'dueAt']
    : SORT_COLUMNS.dueAt;
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const limit = where.param(size);
  const offset = where.param(start);
  return {
    page: {
      text:
        `SELECT summary, count(*) OVER ()::int AS total FROM wangge_case_summaries ${where.where} ` +
        `ORDER BY ${sort} ${direction}, case_id ASC LIMIT ${limit} OFFSET ${offset}`,
      params: where.params,
    },
    count,
  };
}

/**
 * The cases the deadline sweep must look at (`needsSweep`), by due time, ties in the order the
 * cases (re)opened, as InMemoryCaseStore keeps its open cases.
 */
export function sweepStatement(
  nowMs: number,
  limit: number,
  districtId: string | undefined,
): Statement {
  const where = new Conditions();
  if (districtId !== undefined) where.add(`district_id = ${where.param(districtId)}`);
  const running =
    `${HANDLING} AND NOT suspended AND ${notAfter('due_at_ms', nowMs, where)} ` +
    `AND NOT (level = 'district' AND deadline_missed)`;
  const stopped = `${HANDLING} AND suspended AND ${notAfter('resume_at_ms', nowMs, where)}`;
  where.add(`((${running}) OR (${stopped}))`);
  // Past the page, the store slices as InMemoryCaseStore does (a negative limit drops rows).
  const bounded = limit >= 0 && limit <= Number.MAX_SAFE_INTEGER;
  return {
    text:
      `SELECT summary FROM wangge_case_summaries ${where.where} ` +
      `ORDER BY due_at_ms, open_seq, case_id` +
      (bounded ? ` LIMIT ${where.param(Math.trunc(limit))}` : ''),
    params: where.params,
  };
}
