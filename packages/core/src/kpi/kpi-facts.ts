import { WanggeError } from '../errors/wangge-error.js';
import { WanggeValidationError } from '../errors/validation-error.js';
import { brokenLogMessage } from '../i18n/broken-log-message.js';
import { MESSAGES } from '../i18n/messages.js';
import type { CaseEvent } from '../schema/case-event.js';
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
 * One case's timeline, column by column: entry `i` is the case's event `i + 1` (its kind and
 * when), and the state the case was in after it (step, level, due time in force, whether its
 * clock was stopped).
 */
export interface CaseTimeline {
  readonly caseId: string;
  readonly gridId: string;
  readonly microGridId: string | undefined;
  readonly communityId: string;
  readonly streetId: string;
  readonly districtId: string;
  /** The category the case was last filed under (or reported under, if never refiled). */
  readonly categoryCode: string;
  /** When each department was first given the case, in epoch milliseconds. */
  readonly departments: ReadonlyMap<string, number> | undefined;
  /** When each worker was first given the case, in epoch milliseconds. */
  readonly workers: ReadonlyMap<string, number> | undefined;
  readonly kinds: readonly Kind[];
  readonly ats: readonly number[];
  readonly steps: readonly number[];
  readonly levels: readonly number[];
  readonly dues: readonly number[];
  /** 1 where the clock was stopped (缓办 in force) after the event. */
  readonly suspended: readonly number[];
}

interface Building {
  caseId: string;
  gridId: string;
  microGridId: string | undefined;
  communityId: string;
  streetId: string;
  districtId: string;
  categoryCode: string;
  departments: Map<string, number> | undefined;
  workers: Map<string, number> | undefined;
  kinds: Kind[];
  ats: number[];
  steps: number[];
  levels: number[];
  dues: number[];
  suspended: number[];
  /** Whether its last archiving was as invalid (a reopening goes back to `reported`). */
  invalid: boolean;
}

/** The result of adding events to {@link KpiFacts}. */
export type KpiFactsResult =
  | { readonly success: true; readonly data: KpiFacts }
  | { readonly success: false; readonly error: WanggeError };

const LEVEL_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  HANDLING_LEVELS.map((level, index) => [level, index]),
);

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
  #events = 0;

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
    return this.#events;
  }

  /**
   * Adds events (more of a case's log, or new cases). The whole batch is checked first: on a
   * malformed event (`invalid_input`, with its index) or a gap in a case's versions
   * (`broken_log`) nothing of the batch is added.
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
    const instants = new Float64Array(batch.length);
    const nextVersion = new Map<string, number>();
    for (let index = 0; index < batch.length; index++) {
      const problem = this.#check(batch[index], index, instants, nextVersion);
      if (problem) return { success: false, error: problem };
    }
    for (let index = 0; index < batch.length; index++) {
      this.#apply(batch[index] as CaseEvent, instants[index] ?? 0);
    }
    this.#events += batch.length;
    return { success: true, data: this };
  }

  /** Every case's timeline (for the KPI functions of this package). */
  timelines(): IterableIterator<CaseTimeline> {
    return this.#cases.values();
  }

  #check(
    value: unknown,
    index: number,
    instants: Float64Array,
    nextVersion: Map<string, number>,
  ): WanggeError | undefined {
    const event = value as Partial<CaseEvent> | null;
    if (typeof event !== 'object' || event === null) return invalidEvent(index, []);
    const { caseId, version, at, type } = event;
    if (typeof caseId !== 'string' || caseId === '') return invalidEvent(index, ['caseId']);
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) return invalidEvent(index, ['type']);
    if (!Number.isInteger(version)) return invalidEvent(index, ['version']);
    const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
    if (!Number.isFinite(ms)) return invalidEvent(index, ['at']);
    instants[index] = ms;
    const data = (event as { data?: unknown }).data;
    if (typeof data !== 'object' || data === null) return invalidEvent(index, ['data']);
    const bad = checkData(type, data as Record<string, unknown>);
    if (bad !== undefined) return invalidEvent(index, ['data', bad]);
    const expected = nextVersion.get(caseId) ?? (this.#cases.get(caseId)?.kinds.length ?? 0) + 1;
    if (version !== expected || (expected === 1) !== (type === 'case-reported')) {
      return new WanggeError('broken_log', brokenLogMessage({ caseId, version, expected }));
    }
    nextVersion.set(caseId, expected + 1);
    return undefined;
  }

  #apply(event: CaseEvent, at: number): void {
    if (event.type === 'case-reported') {
      const { data } = event;
      this.#cases.set(event.caseId, {
        caseId: event.caseId,
        gridId: data.gridId,
        microGridId: data.microGridId,
        communityId: data.communityId,
        streetId: data.streetId,
        districtId: data.districtId,
        categoryCode: data.categoryCode,
        departments: undefined,
        workers: undefined,
        kinds: [Kind.Reported],
        ats: [at],
        steps: [STEP_REPORTED],
        levels: [LEVEL_INDEX[data.level] ?? 0],
        dues: [Date.parse(data.dueAt)],
        suspended: [0],
        invalid: false,
      });
      return;
    }
    const c = this.#cases.get(event.caseId);
    if (c === undefined) return; // never: #check saw its report first
    const last = c.kinds.length - 1;
    let step = c.steps[last] ?? 0;
    let level = c.levels[last] ?? 0;
    let due = c.dues[last] ?? 0;
    let suspended = c.suspended[last] ?? 0;
    let kind: Kind = Kind.Other;
    switch (event.type) {
      case 'case-filed':
        kind = Kind.Filed;
        step = STEP_FILED;
        if (event.data.categoryCode !== undefined) c.categoryCode = event.data.categoryCode;
        if (event.data.dueAt !== undefined) due = Date.parse(event.data.dueAt);
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
        due = Date.parse(event.data.dueAt);
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
        due = Date.parse(event.data.to);
        break;
      case 'case-resumed':
        kind = Kind.Resumed;
        suspended = 0;
        due = Date.parse(event.data.dueAt);
        break;
      case 'case-reopened':
        kind = Kind.Reopened;
        step = c.invalid ? STEP_REPORTED : STEP_ASSIGNED;
        c.invalid = false;
        due = Date.parse(event.data.dueAt);
        break;
      case 'deadline-missed':
        kind = Kind.DeadlineMissed;
        break;
      case 'duplicate-linked':
        due = Date.parse(event.data.dueAt);
        break;
      default:
        break;
    }
    c.kinds.push(kind);
    c.ats.push(at);
    c.steps.push(step);
    c.levels.push(level);
    c.dues.push(due);
    c.suspended.push(suspended);
  }
}

function firstSeen(
  seen: Map<string, number> | undefined,
  id: string,
  at: number,
): Map<string, number> {
  const map = seen ?? new Map<string, number>();
  if (!map.has(id)) map.set(id, at);
  return map;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set<CaseEvent['type']>([
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
]);

const isInstant = (value: unknown) =>
  typeof value === 'string' && Number.isFinite(Date.parse(value));
const isId = (value: unknown) => typeof value === 'string' && value !== '';
const isLevel = (value: unknown) => typeof value === 'string' && Object.hasOwn(LEVEL_INDEX, value);

/** The first data field KPIs read that is missing or malformed, if any. */
function checkData(type: string, data: Record<string, unknown>): string | undefined {
  switch (type) {
    case 'case-reported':
      for (const key of ['gridId', 'communityId', 'streetId', 'districtId', 'categoryCode']) {
        if (!isId(data[key])) return key;
      }
      if (data.microGridId !== undefined && !isId(data.microGridId)) return 'microGridId';
      if (!isLevel(data.level)) return 'level';
      return isInstant(data.dueAt) ? undefined : 'dueAt';
    case 'case-filed':
      if (data.categoryCode !== undefined && !isId(data.categoryCode)) return 'categoryCode';
      return data.dueAt === undefined || isInstant(data.dueAt) ? undefined : 'dueAt';
    case 'case-assigned':
      if (data.departmentId !== undefined && !isId(data.departmentId)) return 'departmentId';
      return data.workerId === undefined || isId(data.workerId) ? undefined : 'workerId';
    case 'case-escalated':
      if (data.trigger !== 'deadline' && data.trigger !== 'request') return 'trigger';
      if (data.departmentId !== undefined && !isId(data.departmentId)) return 'departmentId';
      return isLevel(data.to) ? (isInstant(data.dueAt) ? undefined : 'dueAt') : 'to';
    case 'case-deescalated':
      return isLevel(data.to) ? (isInstant(data.dueAt) ? undefined : 'dueAt') : 'to';
    case 'deadline-extended':
      return isInstant(data.to) ? undefined : 'to';
    case 'case-resumed':
    case 'case-reopened':
    case 'duplicate-linked':
      return isInstant(data.dueAt) ? undefined : 'dueAt';
    case 'case-rejected':
      return typeof data.reason === 'string' ? undefined : 'reason';
    case 'request-declined':
      return data.kind === 'suspension' || data.kind === 'extension' ? undefined : 'kind';
    default:
      return undefined;
  }
}

function invalidEvent(index: number, path: readonly PropertyKey[]): WanggeValidationError {
  const entry = MESSAGES.kpi_invalid_event;
  return new WanggeValidationError('CaseEvent', [
    { code: 'kpi_invalid_event', path: [index, ...path], ...entry },
  ]);
}
