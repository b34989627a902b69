import { isOverdue, type CaseStep, type CaseSummary, type HandlingLevel } from '@wangge/core';

/** `open`: not yet archived (结案归档); `closed`: archived. */
export type CaseStatusFilter = 'open' | 'closed';

/** How the list is ordered: by due time, earliest or latest first, or most recently updated. */
export type CaseListSort = 'due-asc' | 'due-desc' | 'updated';

/** The sort orders, in the order the filter bar offers them. */
export const CASE_LIST_SORTS: readonly CaseListSort[] = ['due-asc', 'due-desc', 'updated'];

/** The filters of the list; an absent or empty one does not filter. */
export interface CaseFilter {
  readonly status?: CaseStatusFilter | '' | undefined;
  readonly level?: HandlingLevel | '' | undefined;
  readonly step?: CaseStep | '' | undefined;
  /** Only the cases overdue (超期) at `nowMs`. */
  readonly overdue?: boolean | undefined;
  /** A unit of the territory (micro-grid, grid, community, street): the cases located in it. */
  readonly grid?: string | undefined;
  /** A unit or department: the cases it is responsible for. */
  readonly unit?: string | undefined;
}

/**
 * The rows of a list with their orders, computed once per list so that a filter or sort change
 * is a single pass over the rows, without sorting.
 */
export class CaseIndex {
  /** The rows, in the order given. */
  readonly rows: readonly CaseSummary[];
  /** Row positions by due time, earliest first; ties by id. */
  readonly byDue: Uint32Array;
  #byUpdated: Uint32Array | undefined;

  constructor(rows: readonly CaseSummary[]) {
    this.rows = rows;
    const due = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      due[i] = row.dueAtMs;
    });
    this.byDue = sortedPositions(rows, due);
  }

  /** Row positions by last update, most recent first; computed on first use. */
  get byUpdated(): Uint32Array {
    if (!this.#byUpdated) {
      const rows = this.rows;
      const updated = new Float64Array(rows.length);
      // Negated, so that the ascending sort puts the most recent first.
      rows.forEach((row, i) => {
        updated[i] = -Date.parse(row.updatedAt);
      });
      this.#byUpdated = sortedPositions(rows, updated);
    }
    return this.#byUpdated;
  }

  /** The rows that pass `filter`, in the order `sort`. */
  query(filter: CaseFilter, sort: CaseListSort, nowMs: number): CaseSummary[] {
    const rows = this.rows;
    const order = sort === 'updated' ? this.byUpdated : this.byDue;
    const reverse = sort === 'due-desc';
    const { status, level, step, overdue, grid, unit } = filter;
    const out: CaseSummary[] = [];
    const n = order.length;
    for (let k = 0; k < n; k++) {
      const row = rows[order[reverse ? n - 1 - k : k] ?? 0];
      if (!row) continue;
      if (status === 'open' && row.step === 'archived') continue;
      if (status === 'closed' && row.step !== 'archived') continue;
      if (level && row.level !== level) continue;
      if (step && row.step !== step) continue;
      if (grid && !matches(row, 'grid', grid)) continue;
      if (unit && !matches(row, 'unit', unit)) continue;
      if (overdue && !isOverdue(row, nowMs)) continue;
      out.push(row);
    }
    return out;
  }
}

function matches(row: CaseSummary, field: 'grid' | 'unit', id: string): boolean {
  if (field === 'unit') return row.unitId === id || row.departmentId === id;
  return (
    row.gridId === id || row.microGridId === id || row.communityId === id || row.streetId === id
  );
}

function sortedPositions(rows: readonly CaseSummary[], keys: Float64Array): Uint32Array {
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => {
    const d = (keys[a] ?? 0) - (keys[b] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
    const ia = rows[a]?.id ?? '';
    const ib = rows[b]?.id ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}

/** Whether two views hold the same rows in the same order. */
export function sameRows(a: readonly CaseSummary[], b: readonly CaseSummary[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
