import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { chinaWorkingCalendar } from '../calendar/china-working-calendar.js';
import { formatInstant } from '../calendar/format-instant.js';
import { WanggeError } from '../errors/wangge-error.js';
import type { LoadedDistrict } from '../district/loaded-district.js';
import type { CaseActor } from '../schema/case-actor.js';
import { CaseCommand, type CaseCommandType } from '../schema/case-command.js';
import { CASE_EVENT_SCHEMA_VERSION, type CaseEvent } from '../schema/case-event.js';
import type { CaseRecord } from '../schema/case-record.js';
import type { Deadline } from '../schema/category.js';
import { GENESIS_HASH } from '../schema/event-hash.js';
import { HANDLING_LEVELS } from '../schema/handling-level.js';
import { parseInput } from '../validation/parse-input.js';
import { authorizeCaseCommand, type CaseAuthorization } from './authorize-command.js';
import { dueAfterResume, dueAtLevel, type DeadlineSettings } from './case-deadlines.js';
import { CaseAuthorizationError, CaseCommandError, CaseConflictError } from './case-errors.js';
import type { CasePolicy } from './case-policy.js';
import { caseHistory, type CaseHistoryEntry } from './case-history.js';
import type { CaseListPage, CaseListQuery, CaseStore, CommandReceipt } from './case-store.js';
import { isHandlingStep, isOverdue, summarizeCase } from './case-summary.js';
import { unitAtLevel } from '../district/unit-at-level.js';
import { territoryOf, territoryUnits } from './case-territory.js';
import { eventsFor, startCase, type EventDraft, type HandlerContext } from './command-handlers.js';
import { digestCommand } from './digest-command.js';
import { sealCaseEvent, type UnsealedCaseEvent } from './event-hash-chain.js';
import { evolveCase } from './evolve-case.js';
import { InMemoryCaseStore } from './in-memory-case-store.js';
import { machineAllows, machineEventOf, transitionNotAllowed } from './machine-gate.js';
import { replayCase } from './replay-case.js';
import { UNKNOWN_DIGEST } from './upcast-case-event.js';

/**
 * How to set up a case engine.
 *
 * @example
 * ```ts
 * import { InMemoryCaseStore, type CaseEngineOptions, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const options: CaseEngineOptions = {
 *   district,
 *   store: new InMemoryCaseStore(),
 *   clock: () => new Date(),
 *   reopenWindow: { amount: 15, unit: 'days' },
 *   alarm: { categoryCode: 'YJ-01', deadline: { amount: 1, unit: 'hours' } },
 * };
 * ```
 */
export interface CaseEngineOptions {
  /** The district: its units, people and roles, and the catalogue with its deadlines. */
  readonly district: LoadedDistrict;
  /** Where cases are kept; a new `InMemoryCaseStore` when left out. */
  readonly store?: CaseStore;
  /** The current instant, as epoch milliseconds or a `Date`: read once per command. */
  readonly clock: () => number | Date;
  /** The working calendar of the deadlines; `chinaWorkingCalendar()` when left out. */
  readonly calendar?: CompiledCalendar;
  /** How long after archiving a resident's complaint may reopen a case (default 30 days). */
  readonly reopenWindow?: Deadline;
  /** The category of one-click alarms (一键报警), and their deadline at the command centre
   * (the category's district deadline when left out). */
  readonly alarm?: { readonly categoryCode?: string; readonly deadline?: Deadline };
  /** The district's policy (`compileRules(…).data.policy`): start levels, deadlines and
   * escalation targets instead of the catalogue's and the tree's. */
  readonly policy?: CasePolicy;
}

/**
 * The outcome of a command: the case after it and the events it recorded (`duplicate` when the
 * command id had been accepted before: the first result, nothing recorded again), or the error
 * that kept anything from being recorded.
 *
 * @example
 * ```ts
 * import type { CaseCommandResult } from '@wangge/core';
 * const versionAfter = (result: CaseCommandResult) =>
 *   result.success ? result.data.record.version : undefined;
 * ```
 */
export type CaseCommandResult =
  | {
      readonly success: true;
      readonly data: {
        readonly record: CaseRecord;
        readonly events: readonly CaseEvent[];
        readonly duplicate: boolean;
      };
    }
  | { readonly success: false; readonly error: WanggeError };

/**
 * A case as queries show it: the record, and whether it is overdue now.
 *
 * @example
 * ```ts
 * import type { CaseView } from '@wangge/core';
 * const badge = (view: CaseView) => (view.overdue ? '超期' : view.record.step);
 * ```
 */
export interface CaseView {
  readonly record: CaseRecord;
  /** In a handling step, clock running, due time passed. */
  readonly overdue: boolean;
}

/**
 * What one deadline sweep did: cases escalated because their due time passed, cases flagged
 * overdue at the district level, suspensions that ended by themselves, and cases it could not
 * act on (with the error; the next sweep tries again).
 *
 * @example
 * ```ts
 * import type { TickResult } from '@wangge/core';
 * const summary = (result: TickResult) => `${result.escalated.length} escalated at ${result.at}`;
 * ```
 */
export interface TickResult {
  readonly at: string;
  readonly escalated: readonly {
    readonly caseId: string;
    readonly from: string;
    readonly to: string;
  }[];
  readonly flagged: readonly string[];
  readonly resumed: readonly string[];
  readonly failed: readonly { readonly caseId: string; readonly error: WanggeError }[];
}

interface RunBase {
  readonly caseId: string;
  readonly commandId: string;
  readonly commandDigest: string;
  readonly commandType: CaseCommandType;
  readonly expectedVersion: number;
  readonly actor: CaseActor;
  /** The instant of the command; the clock's when left out. */
  readonly nowMs?: number;
}

/** A command that starts a case, or one that acts on a case that exists. */
type Run =
  | (RunBase & {
      readonly creates: true;
      readonly authorize: () => CaseAuthorization;
      readonly build: (ctx: HandlerContext) => EventDraft[];
    })
  | (RunBase & {
      readonly creates: false;
      readonly authorize: (record: CaseRecord) => CaseAuthorization;
      readonly build: (
        ctx: HandlerContext,
        record: CaseRecord,
      ) => EventDraft[] | Promise<EventDraft[]>;
    });

const SYSTEM: CaseActor = { kind: 'system' };
const ALLOWED: CaseAuthorization = { allowed: true };
const DEADLINE_HANDOVER = {
  reason: '办理时限已过，系统自动上报（the deadline passed; escalated by the system）',
  attachments: [],
};
// A case escalates at most three times and is flagged once in one sweep; more means a bug.
const MAX_SWEEP_STEPS = 8;

const fail = (error: WanggeError): CaseCommandResult => ({ success: false, error });

/**
 * The case engine (案件引擎): every change to a case is a command, validated, authorised by the
 * actor's role and territory, applied through the case machine and recorded as hash-chained
 * events in the case's append-only log; queries read the records and summaries the store keeps.
 * No live actor is kept per case, and no timer: `tick(now)` escalates whatever is overdue.
 *
 * Create it with {@link createCaseEngine}.
 *
 * @example
 * ```ts
 * import { createCaseEngine, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const engine = createCaseEngine({ district, clock: () => new Date() });
 * const result = await engine.execute({
 *   type: 'report', commandId: 'cmd-1', caseId: 'c-1', expectedVersion: 0, actorId: 'p-1',
 *   categoryCode: 'ZZ-01', gridId: 'ljy-c1-g1', description: '楼道堆放杂物',
 *   location: { point: { type: 'Point', coordinates: [112.56, 37.86] }, coordinateSystem: 'GCJ02' },
 *   reporter: { kind: 'grid-worker', personId: 'p-1' },
 * });
 * if (result.success) console.log(result.data.record.dueAt);
 * else console.log(result.error.messageIn('zh-CN'));
 * await engine.tick(); // escalate what is overdue
 * ```
 */
export class CaseEngine {
  /** The store the engine writes to. */
  readonly store: CaseStore;
  readonly #district: LoadedDistrict;
  readonly #calendar: CompiledCalendar;
  readonly #clock: () => number | Date;
  readonly #reopenWindow: Deadline;
  readonly #alarm: { readonly categoryCode?: string; readonly deadline?: Deadline };
  readonly #policy: CasePolicy | undefined;

  /** @internal Use {@link createCaseEngine}. */
  constructor(options: CaseEngineOptions) {
    this.#district = options.district;
    this.store = options.store ?? new InMemoryCaseStore();
    this.#clock = options.clock;
    this.#calendar = options.calendar ?? chinaWorkingCalendar();
    this.#reopenWindow = options.reopenWindow ?? { amount: 30, unit: 'days' };
    this.#alarm = options.alarm ?? {};
    this.#policy = options.policy;
    const alarmCode = this.#alarm.categoryCode;
    if (alarmCode !== undefined && !this.#district.categories.has(alarmCode)) {
      throw new CaseCommandError('unknown_category', { code: alarmCode });
    }
  }

  /** The district the engine works for. */
  get district(): LoadedDistrict {
    return this.#district;
  }

  /** The working calendar of its deadlines. */
  get calendar(): CompiledCalendar {
    return this.#calendar;
  }

  /**
   * Carries out one command (see `CaseCommand`). Never throws: a command that is malformed
   * (`WanggeValidationError`), stale (`CaseConflictError`), not allowed to its actor
   * (`CaseAuthorizationError`), not possible in the case's state or wrong in what it names
   * (`CaseCommandError`) records nothing and comes back as an error, in zh-CN and en.
   */
  async execute(input: unknown): Promise<CaseCommandResult> {
    const parsed = parseInput(CaseCommand, input, 'CaseCommand');
    if (!parsed.success) return fail(parsed.error);
    const command = parsed.data;
    const actor: CaseActor = { kind: 'person', personId: command.actorId };
    const district = this.#district;
    const base = {
      caseId: command.caseId,
      commandId: command.commandId,
      commandDigest: digestCommand(command),
      commandType: command.type,
      expectedVersion: command.expectedVersion,
      actor,
    };
    if (command.type === 'report' || command.type === 'raise-alarm') {
      return this.#run({
        ...base,
        creates: true,
        authorize: () => {
          const territory = territoryOf(district, command.gridId, command.microGridId);
          return authorizeCaseCommand(district, command.actorId, command.type, {
            units: territoryUnits(territory),
            level: 'grid',
          });
        },
        build: (ctx) => startCase(ctx, command),
      });
    }
    return this.#run({
      ...base,
      creates: false,
      authorize: (record) =>
        authorizeCaseCommand(district, command.actorId, command.type, {
          units: territoryUnits(record),
          level: record.level,
          record,
        }),
      build: (ctx, record) => eventsFor(ctx, command, record),
    });
  }

  /**
   * The deadline sweep: at `now` (the clock when left out), restarts the suspensions that end by
   * themselves, escalates every case whose due time has passed to the level above (several
   * levels if it has been overdue that long: each level's clock starts when the one below ran
   * out) with a handover sheet, and flags the cases overdue at the district level. Idempotent:
   * a second sweep at the same instant does nothing, and concurrent sweeps record each action
   * once (their command ids are derived from the case and its version).
   */
  async tick(now?: number | Date): Promise<TickResult> {
    const nowMs = now === undefined ? this.#now() : instantOf(now);
    const escalated: { caseId: string; from: string; to: string }[] = [];
    const flagged: string[] = [];
    const resumed: string[] = [];
    const failed: { caseId: string; error: WanggeError }[] = [];
    for (const row of await this.store.dueForSweep(nowMs)) {
      for (let step = 0; step < MAX_SWEEP_STEPS; step++) {
        const record = await this.store.load(row.id);
        if (!record) break;
        let draft: EventDraft | undefined;
        try {
          draft = this.#sweepDraft(record, nowMs);
        } catch (error) {
          // A deadline the calendar cannot compute (a year without holiday data, with
          // `beyondYears: 'error'`): reported, and the other cases are swept.
          if (!(error instanceof WanggeError)) throw error;
          failed.push({ caseId: record.id, error });
          break;
        }
        if (!draft) break;
        const result = await this.#run({
          caseId: record.id,
          commandId: sweepCommandId(record),
          commandDigest: digestCommand({
            sweep: draft.type,
            caseId: record.id,
            version: record.version,
          }),
          commandType: draft.type === 'case-resumed' ? 'resume' : 'escalate',
          expectedVersion: record.version,
          actor: SYSTEM,
          creates: false,
          authorize: () => ALLOWED,
          build: () => [draft],
          nowMs,
        });
        if (!result.success) {
          if (result.error instanceof CaseConflictError) continue;
          failed.push({ caseId: record.id, error: result.error });
          break;
        }
        // Recorded by a concurrent sweep: not this sweep's to report.
        if (result.data.duplicate) continue;
        if (draft.type === 'case-resumed') resumed.push(record.id);
        else if (draft.type === 'deadline-missed') flagged.push(record.id);
        else if (draft.type === 'case-escalated') {
          escalated.push({ caseId: record.id, from: draft.data.from, to: draft.data.to });
        }
      }
    }
    return { at: formatInstant(this.#calendar, nowMs), escalated, flagged, resumed, failed };
  }

  /** A case with its overdue flag now, or `undefined`. */
  async getCase(caseId: string): Promise<CaseView | undefined> {
    const record = await this.store.load(caseId);
    if (!record) return undefined;
    return { record, overdue: isOverdue(summarizeCase(record), this.#now()) };
  }

  /** A case's history for the timeline, oldest first (empty for an unknown case). */
  async history(caseId: string): Promise<CaseHistoryEntry[]> {
    return caseHistory(await this.store.readLog(caseId));
  }

  /** A page of cases by unit, department, worker, status, step, level or overdue (now). */
  list(query: CaseListQuery = {}): Promise<CaseListPage> {
    return this.store.list({ ...query, now: query.now ?? this.#now() });
  }

  #settings(): DeadlineSettings & { readonly policy: CasePolicy | undefined } {
    return { district: this.#district, calendar: this.#calendar, policy: this.#policy };
  }

  #now(): number {
    const value = this.#clock();
    const ms = typeof value === 'number' ? value : value.getTime();
    if (!Number.isFinite(ms))
      throw new WanggeError('invalid_instant', {
        'zh-CN': '时钟返回了无效时间。',
        en: 'The clock returned an invalid instant.',
      });
    return ms;
  }

  #sweepDraft(record: CaseRecord, nowMs: number): EventDraft | undefined {
    if (!isHandlingStep(record.step)) return undefined;
    const { suspension } = record;
    if (suspension) {
      const resumeMs =
        suspension.resumeAt === undefined ? Number.NaN : Date.parse(suspension.resumeAt);
      if (!(resumeMs <= nowMs)) return undefined;
      // The clock restarted when the suspension ended, not when the sweep noticed.
      const dueAt = formatInstant(
        this.#calendar,
        dueAfterResume(this.#calendar, suspension, resumeMs),
      );
      return { type: 'case-resumed', data: { trigger: 'scheduled', dueAt } };
    }
    const dueMs = Date.parse(record.dueAt);
    if (dueMs > nowMs) return undefined;
    const target = this.#policy?.escalationOf?.(record.categoryCode, record.level);
    const to = target?.to ?? HANDLING_LEVELS[HANDLING_LEVELS.indexOf(record.level) + 1];
    if (to === undefined || record.level === 'district') {
      return record.deadlineMissedAt === undefined
        ? { type: 'deadline-missed', data: { dueAt: record.dueAt } }
        : undefined;
    }
    // The new level's clock starts when the old one ran out, so that a late sweep (or a
    // stopped server) gives the same result as a punctual one.
    const next = dueAtLevel(this.#settings(), record.categoryCode, to, dueMs);
    return {
      type: 'case-escalated',
      data: {
        from: record.level,
        to,
        trigger: 'deadline',
        handover: DEADLINE_HANDOVER,
        unitId: unitAtLevel(record, to),
        ...(target?.departmentId === undefined ? {} : { departmentId: target.departmentId }),
        dueAt: formatInstant(this.#calendar, next),
      },
    };
  }

  async #run(run: Run): Promise<CaseCommandResult> {
    try {
      const receipt = await this.store.findCommand(run.commandId);
      if (receipt) return await this.#repeat(receipt, run);
      const record = await this.store.load(run.caseId);
      const version = record?.version ?? 0;
      if (version !== run.expectedVersion || (record && run.creates)) {
        // A concurrent retry of this very command may have been recorded between the two
        // reads: it is answered as a retry, not as a conflict.
        const recorded = await this.store.findCommand(run.commandId);
        if (recorded) return await this.#repeat(recorded, run);
        return fail(
          !record && !run.creates
            ? new CaseCommandError('case_not_found', { caseId: run.caseId })
            : new CaseConflictError(run.caseId, run.expectedVersion, version),
        );
      }
      const nowMs = run.nowMs ?? this.#now();
      const ctx: HandlerContext = {
        ...this.#settings(),
        reopenWindow: this.#reopenWindow,
        alarm: this.#alarm,
        nowMs,
        loadCase: (caseId) => this.store.load(caseId),
      };
      let authorization: CaseAuthorization;
      let build: () => EventDraft[] | Promise<EventDraft[]>;
      if (run.creates) {
        authorization = run.authorize();
        build = () => run.build(ctx);
      } else if (record) {
        authorization = run.authorize(record);
        build = () => run.build(ctx, record);
      } else {
        return fail(new CaseCommandError('case_not_found', { caseId: run.caseId }));
      }
      if (!authorization.allowed) {
        return fail(
          new CaseAuthorizationError(authorization.denial, {
            caseId: run.caseId,
            command: run.commandType,
          }),
        );
      }
      const drafts = await build();
      const at = formatInstant(this.#calendar, nowMs);
      const events: CaseEvent[] = [];
      let current = record;
      for (const draft of drafts) {
        const event = sealCaseEvent({
          schemaVersion: CASE_EVENT_SCHEMA_VERSION,
          caseId: run.caseId,
          version: (current?.version ?? 0) + 1,
          type: draft.type,
          at,
          actor: draft.actor ?? run.actor,
          commandId: run.commandId,
          commandDigest: run.commandDigest,
          data: draft.data,
          prevHash: current?.hash ?? GENESIS_HASH,
        } as UnsealedCaseEvent);
        if (!machineAllows(current, machineEventOf(event))) {
          return fail(transitionNotAllowed(current, run.commandType));
        }
        current = evolveCase(current, event);
        events.push(event);
      }
      if (!current || events.length === 0)
        return fail(transitionNotAllowed(record, run.commandType));
      const outcome = await this.store.commit({
        caseId: run.caseId,
        expectedVersion: version,
        events,
        record: current,
        summary: summarizeCase(current),
      });
      if (outcome.status === 'conflict') {
        return fail(new CaseConflictError(run.caseId, version, outcome.actualVersion));
      }
      if (outcome.status === 'duplicate') return await this.#repeat(outcome.receipt, run);
      return { success: true, data: { record: current, events, duplicate: false } };
    } catch (error) {
      if (error instanceof WanggeError) return fail(error);
      throw error;
    }
  }

  /** The first result of a command accepted before. */
  async #repeat(receipt: CommandReceipt, run: Run): Promise<CaseCommandResult> {
    // Events upcast from format 1 have no digest: a retry of those cannot be told from a reuse.
    const known = receipt.commandDigest !== UNKNOWN_DIGEST;
    if ((known && receipt.commandDigest !== run.commandDigest) || receipt.caseId !== run.caseId) {
      return fail(new CaseCommandError('command_id_reused', { commandId: run.commandId }));
    }
    const log = await this.store.readLog(receipt.caseId);
    const record = replayCase(log.slice(0, receipt.lastVersion));
    if (!record) return fail(new CaseCommandError('case_not_found', { caseId: receipt.caseId }));
    const events = log.slice(receipt.firstVersion - 1, receipt.lastVersion);
    return { success: true, data: { record, events, duplicate: true } };
  }
}

function instantOf(value: number | Date): number {
  const ms = typeof value === 'number' ? value : value.getTime();
  if (!Number.isFinite(ms)) {
    throw new WanggeError('invalid_instant', {
      'zh-CN': '时钟或 tick 的时间无效：应为毫秒数或有效的 Date。',
      en: 'The clock or tick gave an invalid instant: expected epoch milliseconds or a valid Date.',
    });
  }
  return ms;
}

function sweepCommandId(record: CaseRecord): string {
  const id = `sweep:${record.id}:${String(record.version)}`;
  return id.length <= 64 ? id : `sweep:${digestCommand(id)}`;
}

/**
 * Creates a case engine (see {@link CaseEngine}).
 *
 * @throws {@link CaseCommandError} `unknown_category` when `alarm.categoryCode` is not in the
 * district's catalogue: a misconfiguration found at start-up, not at the first alarm.
 *
 * @example
 * ```ts
 * import { createCaseEngine, InMemoryCaseStore, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const engine = createCaseEngine({ district, store: new InMemoryCaseStore(), clock: Date.now });
 * ```
 */
export function createCaseEngine(options: CaseEngineOptions): CaseEngine {
  return new CaseEngine(options);
}
