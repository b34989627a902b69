import { WanggeError } from '../errors/wangge-error.js';
import { WanggeValidationError } from '../errors/validation-error.js';
import { brokenLogMessage } from '../i18n/broken-log-message.js';
import { timestampMs } from '../format/timestamp-ms.js';
import { KPI_MESSAGES } from '../i18n/kpi-messages.js';
import type { CaseEvent } from '../schema/case-event.js';
import type { CaseEventData } from '../schema/case-event-data.js';
import { HANDLING_LEVELS } from '../schema/handling-level.js';

/** Step numbers of the timeline, in the order of the loop. */
export const STEP_REPORTED = 0;
export const STEP_FILED = 1;
export const STEP_ASSIGNED = 2;
export const STEP_INVESTIGATING = 3;
export const STEP_RESOLVED = 4;
export const STEP_ARCHIVED = 5;

/** What happened at a point of a case's timeline, as far as KPIs are concerned. */
export const Kind = {
  Reported: 0,
  Filed: 1,
  Rejected: 2,
  Assigned: 3,
  Other: 4,
  Resolved: 5,
  ReworkOrdered: 6,
  Archived: 7,
  EscalatedByDeadline: 8,
  EscalatedByRequest: 9,
  Deescalated: 10,
  SuspensionRequested: 11,
  SuspensionDeclined: 12,
  Suspended: 13,
  Extended: 14,
  Resumed: 15,
  Reopened: 16,
  DeadlineMissed: 17,
} as const;
/** A kind of timeline point. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/**
 * The columns of every case's timeline, one row per event: what happened (`kinds`), when
 * (`ats`), and the state the case was in after it (step, level, due time in force, whether its
 * clock was stopped). `next` links a case's rows in order (-1 after its last).
 */
export interface TimelineColumns {
  readonly kinds: Uint8Array;
  readonly ats: Float64Array;
  readonly steps: Uint8Array;
  readonly levels: Uint8Array;
  readonly dues: Float64Array;
  readonly suspended: Uint8Array;
  readonly next: Int32Array;
}

/** A department or worker a case was given, and when first (epoch milliseconds). */
export interface Assignee {
  readonly id: string;
  readonly since: number;
}

/** When a case was first given to `id`, or `Infinity` if never. */
export function assignedSince(assignees: readonly Assignee[] | undefined, id: string): number {
  if (assignees) for (const assignee of assignees) if (assignee.id === id) return assignee.since;
  return Number.POSITIVE_INFINITY;
}

/** One case's place, category, assignees and where its rows are in the {@link TimelineColumns}. */
export interface CaseTimeline {
  readonly caseId: string;
  readonly gridId: string;
  readonly microGridId: string | undefined;
  readonly communityId: string;
  readonly streetId: string;
  readonly districtId: string;
  /** The category the case was last filed under (or reported under, if never refiled). */
  readonly categoryCode: string;
  /** The departments the case was given, each with when it first was. */
  readonly departments: readonly Assignee[] | undefined;
  /** The workers the case was given, each with when it first was. */
  readonly workers: readonly Assignee[] | undefined;
  /** The row of its report. */
  readonly first: number;
  /** When it was reported, in epoch milliseconds. */
  readonly reportedAt: number;
  /** When its latest event happened, in epoch milliseconds. */
  readonly lastAt: number;
  /** Its step after its latest event. */
  readonly step: number;
}

interface Building {
  readonly caseId: string;
  readonly gridId: string;
  readonly microGridId: string | undefined;
  readonly communityId: string;
  readonly streetId: string;
  readonly districtId: string;
  categoryCode: string;
  departments: Assignee[] | undefined;
  workers: Assignee[] | undefined;
  first: number;
  readonly reportedAt: number;
  /** The row of its latest event, when it happened, and the state after it. */
  last: number;
  lastAt: number;
  step: number;
  level: number;
  due: number;
  suspended: number;
  /** How many events it has. */
  count: number;
  /** The last batch that changed it. */
  batch: number;
  /** Whether its last archiving was as invalid (a reopening goes back to `reported`). */
  invalid: boolean;
}

/** The result of adding events to {@link KpiFacts}. */
export type KpiFactsResult =
  | { readonly success: true; readonly data: KpiFacts }
  | { readonly success: false; readonly error: WanggeError };

const LEVEL_INDEX: Readonly<Record<string, number>> = /* @__PURE__ */ (() =>
  Object.fromEntries(HANDLING_LEVELS.map((level, index) => [level, index])))();

/** A case as it was before a batch, to undo the batch. */
interface Saved {
  readonly c: Building;
  readonly categoryCode: string;
  readonly departments: number;
  readonly workers: number;
  readonly last: number;
  readonly lastAt: number;
  readonly step: number;
  readonly level: number;
  readonly due: number;
  readonly suspended: number;
  readonly count: number;
  readonly invalid: boolean;
}

function saved(c: Building): Saved {
  return {
    c,
    categoryCode: c.categoryCode,
    departments: c.departments?.length ?? 0,
    workers: c.workers?.length ?? 0,
    last: c.last,
    lastAt: c.lastAt,
    step: c.step,
    level: c.level,
    due: c.due,
    suspended: c.suspended,
    count: c.count,
    invalid: c.invalid,
  };
}

function restore(s: Saved, next: Int32Array): void {
  const { c } = s;
  c.categoryCode = s.categoryCode;
  if (c.departments) c.departments.length = s.departments;
  if (c.workers) c.workers.length = s.workers;
  if (s.departments === 0) c.departments = undefined;
  if (s.workers === 0) c.workers = undefined;
  c.last = s.last;
  c.lastAt = s.lastAt;
  next[s.last] = -1;
  c.step = s.step;
  c.level = s.level;
  c.due = s.due;
  c.suspended = s.suspended;
  c.count = s.count;
  c.invalid = s.invalid;
}

function grown<T extends Uint8Array | Float64Array | Int32Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const bigger = new (array.constructor as new (length: number) => T)(
    Math.max(size, array.length * 2, 1024),
  );
  bigger.set(array);
  return bigger;
}

/**
 * The facts KPIs are computed from, folded once out of case event logs: a compact timeline per
 * case. Build it with {@link KpiFacts.from} (or `add` events as they are recorded), then ask for
 * any number of windows and units with `computeKpis`, `computeKpisByUnit` and `kpiSeries` without
 * reading the events again.
 *
 * Events of different cases may come in any interleaving; each case's own events must come in
 * version order (1, 2, 3, …), as a store's `readLog` gives them. A batch with a malformed event or
 * a gap is refused whole, and what was added before is kept.
 *
 * @example
 * ```ts
 * import { KpiFacts, computeKpis, type CaseEvent } from '@wangge/core';
 * declare const events: CaseEvent[];
 * const facts = KpiFacts.from(events);
 * if (facts.success) {
 *   const month = computeKpis(facts.data, {
 *     from: '2026-11-01T00:00:00+08:00',
 *     to: '2026-12-01T00:00:00+08:00',
 *   });
 *   if (month.success) console.log(month.data.onTimeRate.value);
 * }
 * ```
 */
export class KpiFacts {
  readonly #cases = new Map<string, Building>();
  #rows = 0;
  #batches = 0;
  #kinds = new Uint8Array(0);
  #ats = new Float64Array(0);
  #steps = new Uint8Array(0);
  #levels = new Uint8Array(0);
  #dues = new Float64Array(0);
  #suspended = new Uint8Array(0);
  #next = new Int32Array(0);

  /**
   * Folds events into new facts.
   *
   * @example
   * ```ts
   * import { KpiFacts, type CaseEvent } from '@wangge/core';
   * declare const events: CaseEvent[];
   * const result = KpiFacts.from(events);
   * if (!result.success) console.log(result.error.messageIn('en'));
   * ```
   */
  static from(events: Iterable<CaseEvent>): KpiFactsResult {
    return new KpiFacts().add(events);
  }

  /** How many cases the facts hold. */
  get caseCount(): number {
    return this.#cases.size;
  }

  /** How many events were folded in. */
  get eventCount(): number {
    return this.#rows;
  }

  /**
   * Adds events (more of a case's log, or new cases). A batch goes in whole or not at all: on a
   * malformed event (`invalid_input`, with its index) or a gap in a case's versions
   * (`broken_log`) nothing of it is kept.
   *
   * @example
   * ```ts
   * import { KpiFacts, type CaseEvent } from '@wangge/core';
   * declare const today: CaseEvent[];
   * const facts = new KpiFacts();
   * const result = facts.add(today);
   * if (result.success) console.log(facts.caseCount);
   * ```
   */
  add(events: Iterable<CaseEvent>): KpiFactsResult {
    const batch: readonly unknown[] = Array.isArray(events) ? events : Array.from(events);
    const size = this.#rows + batch.length;
    this.#kinds = grown(this.#kinds, size);
    this.#ats = grown(this.#ats, size);
    this.#steps = grown(this.#steps, size);
    this.#levels = grown(this.#levels, size);
    this.#dues = grown(this.#dues, size);
    this.#suspended = grown(this.#suspended, size);
    this.#next = grown(this.#next, size);
    // One pass: each event is checked and folded in; the first bad one undoes the batch.
    const rows = this.#rows;
    const undo: Saved[] = [];
    const created: string[] = [];
    const batchId = ++this.#batches;
    for (let index = 0; index < batch.length; index++) {
      const problem = this.#fold(batch[index], index, batchId, undo, created);
      if (problem) {
        for (const saved of undo) restore(saved, this.#next);
        for (const caseId of created) this.#cases.delete(caseId);
        this.#rows = rows;
        return { success: false, error: problem };
      }
    }
    return { success: true, data: this };
  }

  /**
   * Every case's timeline (for the KPI functions of this package).
   *
   * @internal
   */
  timelines(): IterableIterator<CaseTimeline> {
    return this.#cases.values();
  }

  /**
   * The rows of every timeline (for the KPI functions of this package).
   *
   * @internal
   */
  columns(): TimelineColumns {
    return {
      kinds: this.#kinds,
      ats: this.#ats,
      steps: this.#steps,
      levels: this.#levels,
      dues: this.#dues,
      suspended: this.#suspended,
      next: this.#next,
    };
  }

  #fold(
    value: unknown,
    index: number,
    batchId: number,
    undo: Saved[],
    created: string[],
  ): WanggeError | undefined {
    const event = value as Partial<CaseEvent> | null;
    if (typeof event !== 'object' || event === null) return invalidEvent(index, []);
    const { caseId, version, at, type } = event;
    if (typeof caseId !== 'string' || caseId === '') return invalidEvent(index, ['caseId']);
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) return invalidEvent(index, ['type']);
    if (!Number.isInteger(version)) return invalidEvent(index, ['version']);
    const ms = typeof at === 'string' ? timestampMs(at) : Number.NaN;
    if (!Number.isFinite(ms)) return invalidEvent(index, ['at']);
    const data = (event as { data?: unknown }).data;
    if (typeof data !== 'object' || data === null) return invalidEvent(index, ['data']);
    const time = checkData(type, data as Record<string, unknown>);
    if (typeof time === 'string') return invalidEvent(index, ['data', time]);
    let c = this.#cases.get(caseId);
    const expected = (c?.count ?? 0) + 1;
    if (version !== expected || (expected === 1) !== (type === 'case-reported')) {
      return new WanggeError('broken_log', brokenLogMessage({ caseId, version, expected }));
    }
    if (c === undefined) {
      const report = data as CaseEventData<'case-reported'>;
      c = {
        caseId,
        gridId: report.gridId,
        microGridId: report.microGridId,
        communityId: report.communityId,
        streetId: report.streetId,
        districtId: report.districtId,
        categoryCode: report.categoryCode,
        departments: undefined,
        workers: undefined,
        first: -1,
        reportedAt: ms,
        last: -1,
        lastAt: ms,
        step: STEP_REPORTED,
        level: LEVEL_INDEX[report.level] ?? 0,
        due: time,
        suspended: 0,
        count: 0,
        invalid: false,
        batch: batchId,
      };
      this.#cases.set(caseId, c);
      created.push(caseId);
    } else if (c.batch !== batchId) {
      c.batch = batchId;
      undo.push(saved(c));
    }
    this.#apply(event as CaseEvent, c, ms, time);
    return undefined;
  }

  #apply(event: CaseEvent, c: Building, at: number, time: number): void {
    let { step, level, due, suspended } = c;
    let kind: Kind = Kind.Other;
    switch (event.type) {
      case 'case-reported':
        kind = Kind.Reported;
        break;
      case 'case-filed':
        kind = Kind.Filed;
        step = STEP_FILED;
        if (event.data.categoryCode !== undefined) c.categoryCode = event.data.categoryCode;
        if (event.data.dueAt !== undefined) due = time;
        break;
      case 'case-rejected':
        kind = Kind.Rejected;
        step = STEP_ARCHIVED;
        c.invalid = event.data.reason === 'invalid';
        break;
      case 'case-assigned':
        kind = Kind.Assigned;
        step = STEP_ASSIGNED;
        if (event.data.departmentId !== undefined) {
          c.departments = firstSeen(c.departments, event.data.departmentId, at);
        }
        if (event.data.workerId !== undefined) {
          c.workers = firstSeen(c.workers, event.data.workerId, at);
        }
        break;
      case 'investigation-started':
        step = STEP_INVESTIGATING;
        break;
      case 'case-resolved':
        kind = Kind.Resolved;
        step = STEP_RESOLVED;
        break;
      case 'verification-failed':
        kind = Kind.ReworkOrdered;
        step = STEP_INVESTIGATING;
        break;
      case 'case-archived':
        kind = Kind.Archived;
        step = STEP_ARCHIVED;
        c.invalid = false;
        break;
      case 'case-escalated':
      case 'case-deescalated':
        kind =
          event.type === 'case-deescalated'
            ? Kind.Deescalated
            : event.data.trigger === 'deadline'
              ? Kind.EscalatedByDeadline
              : Kind.EscalatedByRequest;
        if (step === STEP_INVESTIGATING) step = STEP_ASSIGNED;
        level = LEVEL_INDEX[event.data.to] ?? level;
        due = time;
        if (event.type === 'case-escalated' && event.data.departmentId !== undefined) {
          c.departments = firstSeen(c.departments, event.data.departmentId, at);
        }
        break;
      case 'suspension-requested':
        kind = Kind.SuspensionRequested;
        break;
      case 'request-declined':
        if (event.data.kind === 'suspension') kind = Kind.SuspensionDeclined;
        break;
      case 'case-suspended':
        kind = Kind.Suspended;
        suspended = 1;
        break;
      case 'deadline-extended':
        kind = Kind.Extended;
        due = time;
        break;
      case 'case-resumed':
        kind = Kind.Resumed;
        suspended = 0;
        due = time;
        break;
      case 'case-reopened':
        kind = Kind.Reopened;
        step = c.invalid ? STEP_REPORTED : STEP_ASSIGNED;
        c.invalid = false;
        due = time;
        break;
      case 'deadline-missed':
        kind = Kind.DeadlineMissed;
        break;
      case 'duplicate-linked':
        due = time;
        break;
      default:
        break;
    }
    const row = this.#rows++;
    this.#kinds[row] = kind;
    this.#ats[row] = at;
    this.#steps[row] = step;
    this.#levels[row] = level;
    this.#dues[row] = due;
    this.#suspended[row] = suspended;
    this.#next[row] = -1;
    if (c.last >= 0) this.#next[c.last] = row;
    else c.first = row;
    c.last = row;
    c.lastAt = at;
    c.count++;
    c.step = step;
    c.level = level;
    c.due = due;
    c.suspended = suspended;
  }
}

function firstSeen(seen: Assignee[] | undefined, id: string, at: number): Assignee[] {
  if (seen === undefined) return [{ id, since: at }];
  if (!seen.some((assignee) => assignee.id === id)) seen.push({ id, since: at });
  return seen;
}

const KNOWN_TYPES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set<CaseEvent['type']>([
    'case-reported',
    'case-filed',
    'case-rejected',
    'case-assigned',
    'investigation-started',
    'case-resolved',
    'verification-passed',
    'verification-failed',
    'case-archived',
    'case-escalated',
    'case-deescalated',
    'suspension-requested',
    'extension-requested',
    'request-declined',
    'case-suspended',
    'deadline-extended',
    'case-resumed',
    'case-reopened',
    'deadline-missed',
    'duplicate-linked',
  ]))();

const NONE = Number.NaN;
const PLACE_KEYS = ['gridId', 'communityId', 'streetId', 'districtId', 'categoryCode'] as const;
const instant = (value: unknown) => (typeof value === 'string' ? timestampMs(value) : NONE);
const isId = (value: unknown) => typeof value === 'string' && value !== '';
const isLevel = (value: unknown) => typeof value === 'string' && Object.hasOwn(LEVEL_INDEX, value);

/** The instant of `key`, or `key` itself when it is not one. */
function timeAt(data: Record<string, unknown>, key: string): number | string {
  const ms = instant(data[key]);
  return Number.isFinite(ms) ? ms : key;
}

/**
 * The due time an event's data sets (`NaN` when it sets none), or the first data field KPIs
 * read that is missing or malformed.
 */
function checkData(type: string, data: Record<string, unknown>): number | string {
  switch (type) {
    case 'case-reported':
      for (const key of PLACE_KEYS) {
        if (!isId(data[key])) return key;
      }
      if (data.microGridId !== undefined && !isId(data.microGridId)) return 'microGridId';
      return isLevel(data.level) ? timeAt(data, 'dueAt') : 'level';
    case 'case-filed':
      if (data.categoryCode !== undefined && !isId(data.categoryCode)) return 'categoryCode';
      return data.dueAt === undefined ? NONE : timeAt(data, 'dueAt');
    case 'case-assigned':
      if (data.departmentId !== undefined && !isId(data.departmentId)) return 'departmentId';
      return data.workerId === undefined || isId(data.workerId) ? NONE : 'workerId';
    case 'case-escalated':
      if (data.trigger !== 'deadline' && data.trigger !== 'request') return 'trigger';
      if (data.departmentId !== undefined && !isId(data.departmentId)) return 'departmentId';
      return isLevel(data.to) ? timeAt(data, 'dueAt') : 'to';
    case 'case-deescalated':
      return isLevel(data.to) ? timeAt(data, 'dueAt') : 'to';
    case 'deadline-extended':
      return timeAt(data, 'to');
    case 'case-resumed':
    case 'case-reopened':
    case 'duplicate-linked':
      return timeAt(data, 'dueAt');
    case 'case-rejected':
      return typeof data.reason === 'string' ? NONE : 'reason';
    case 'request-declined':
      return data.kind === 'suspension' || data.kind === 'extension' ? NONE : 'kind';
    default:
      return NONE;
  }
}

function invalidEvent(index: number, path: readonly PropertyKey[]): WanggeValidationError {
  const entry = KPI_MESSAGES.kpi_invalid_event;
  return new WanggeValidationError('CaseEvent', [
    { code: 'kpi_invalid_event', path: [index, ...path], ...entry },
  ]);
}
