import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { formatInstant } from '../calendar/format-instant.js';
import { addDeadline } from '../calendar/working-time.js';
import type { LoadedDistrict } from '../district/loaded-district.js';
import { unitChain } from '../district/unit-chain.js';
import type { CaseActor } from '../schema/case-actor.js';
import type { CaseCommand, CaseCommandType } from '../schema/case-command.js';
import type { CaseEventData, CaseEventType } from '../schema/case-event-data.js';
import type { CaseRecord } from '../schema/case-record.js';
import type { Deadline } from '../schema/category.js';
import { HANDLING_LEVELS, type HandlingLevel } from '../schema/handling-level.js';
import { dueAfterResume, dueAtLevel, timeLeft } from './case-deadlines.js';
import { CaseCommandError } from './case-errors.js';
import type { CasePolicy } from './case-policy.js';
import { unitAtLevel } from '../district/unit-at-level.js';
import { territoryOf } from './case-territory.js';
import { transitionNotAllowed } from './machine-gate.js';

/**
 * An event a command handler wants recorded: its type and data, and the actor when it is not
 * the command's (the system files and assigns an alarm).
 */
export type EventDraft = {
  readonly [T in CaseEventType]: {
    readonly type: T;
    readonly data: CaseEventData<T>;
    readonly actor?: CaseActor;
  };
}[CaseEventType];

/** The engine's settings that commands depend on. */
export interface CommandSettings {
  readonly district: LoadedDistrict;
  readonly calendar: CompiledCalendar;
  readonly policy: CasePolicy | undefined;
  /** How long after archiving a case may be reopened. */
  readonly reopenWindow: Deadline;
  readonly alarm: { readonly categoryCode?: string; readonly deadline?: Deadline };
}

/** What a handler may use besides the command and the case. */
export interface HandlerContext extends CommandSettings {
  readonly nowMs: number;
  readonly loadCase: (caseId: string) => Promise<CaseRecord | undefined>;
}

type Handler<C extends CaseCommand> = (
  ctx: HandlerContext,
  command: C,
  record: CaseRecord,
) => EventDraft[] | Promise<EventDraft[]>;
type CommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

const rank = (level: HandlingLevel) => HANDLING_LEVELS.indexOf(level);
const at = (ctx: HandlerContext, ms: number) => formatInstant(ctx.calendar, ms);

const startLevelOf = (ctx: HandlerContext, code: string) => ctx.policy?.startLevelOf?.(code);

/** Leaves out the keys whose value is `undefined`, so that events stay as JSON keeps them. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as T;
}

function checkWorker(
  district: LoadedDistrict,
  workerId: string,
  unitId: string,
  departmentId: string | undefined,
): void {
  const person = district.people.get(workerId);
  const serves = person?.roles.some((role) =>
    role.role === 'department-staff'
      ? role.departmentId === departmentId
      : role.unitIds.some((id) =>
          unitChain(district, id).some((unit) => unit.record.id === unitId),
        ),
  );
  if (!serves) throw new CaseCommandError('invalid_assignee', { id: workerId });
}

function checkDepartment(district: LoadedDistrict, departmentId: string | undefined): void {
  if (departmentId !== undefined && !district.departments.has(departmentId)) {
    throw new CaseCommandError('invalid_assignee', { id: departmentId });
  }
}

/** The first events of a case: `report` and `raise-alarm` (no record yet). */
export function startCase(
  ctx: HandlerContext,
  command: CommandOf<'report'> | CommandOf<'raise-alarm'>,
): EventDraft[] {
  const territory = territoryOf(ctx.district, command.gridId, command.microGridId);
  const alarm = command.type === 'raise-alarm';
  const categoryCode = alarm
    ? (command.categoryCode ?? ctx.alarm.categoryCode)
    : command.categoryCode;
  if (categoryCode === undefined) throw new CaseCommandError('alarm_not_configured');
  const category = ctx.district.categories.get(categoryCode);
  if (!category) throw new CaseCommandError('unknown_category', { code: categoryCode });
  const startLevel = startLevelOf(ctx, categoryCode) ?? category.startLevel;
  const level: HandlingLevel = alarm ? 'district' : (command.level ?? startLevel);
  if (rank(level) < rank(startLevel)) {
    throw new CaseCommandError('level_below_start', { level, startLevel });
  }
  const dueMs =
    alarm && ctx.alarm.deadline
      ? addDeadline(ctx.calendar, ctx.nowMs, ctx.alarm.deadline)
      : dueAtLevel(ctx, categoryCode, level, ctx.nowMs);
  const unitId = unitAtLevel(territory, level);
  const reported: EventDraft = {
    type: 'case-reported',
    data: compact({
      categoryCode,
      priority: alarm ? 'alarm' : command.priority,
      level,
      unitId,
      location: command.location,
      gridId: territory.gridId,
      microGridId: territory.microGridId,
      communityId: territory.communityId,
      streetId: territory.streetId,
      districtId: territory.districtId,
      reporter: alarm ? { kind: 'alarm', personId: command.actorId } : command.reporter,
      description: alarm ? (command.description ?? '一键报警') : command.description,
      mediaUrls: alarm ? [] : command.mediaUrls,
      observedAt: alarm ? undefined : command.observedAt,
      dueAt: at(ctx, dueMs),
    }),
  };
  if (!alarm) return [reported];
  // An alarm is an urgent case at the command centre (综治指挥中心): filed and assigned there at
  // once, by the system, so that no step of the loop is skipped.
  const system: CaseActor = { kind: 'system' };
  return [
    reported,
    { type: 'case-filed', data: {}, actor: system },
    { type: 'case-assigned', data: { unitId }, actor: system },
  ];
}

const HANDLERS: {
  readonly [T in Exclude<CaseCommandType, 'report' | 'raise-alarm'>]: Handler<CommandOf<T>>;
} = {
  file: (ctx, command, record) => {
    const categoryCode = command.categoryCode;
    let dueAt: string | undefined;
    if (categoryCode !== undefined && categoryCode !== record.categoryCode) {
      const category = ctx.district.categories.get(categoryCode);
      if (!category) throw new CaseCommandError('unknown_category', { code: categoryCode });
      const startLevel = startLevelOf(ctx, categoryCode) ?? category.startLevel;
      if (rank(record.level) < rank(startLevel)) {
        throw new CaseCommandError('level_below_start', { level: record.level, startLevel });
      }
      // Reclassified: the level's clock is the new category's, from when the level got it.
      dueAt = at(ctx, dueAtLevel(ctx, categoryCode, record.level, Date.parse(record.levelSince)));
    }
    return [
      {
        type: 'case-filed',
        data: compact({
          categoryCode: dueAt === undefined ? undefined : categoryCode,
          priority: command.priority === record.priority ? undefined : command.priority,
          dueAt,
          note: command.note,
        }),
      },
    ];
  },
  reject: async (ctx, command, record) => {
    if (command.reason === 'duplicate') {
      if (command.duplicateOf === undefined) {
        throw new CaseCommandError('reason_detail_missing', { reason: command.reason });
      }
      if (command.duplicateOf === record.id || !(await ctx.loadCase(command.duplicateOf))) {
        throw new CaseCommandError('invalid_duplicate', { caseId: command.duplicateOf });
      }
    }
    if (command.reason === 'not-responsible' && command.referredTo === undefined) {
      throw new CaseCommandError('reason_detail_missing', { reason: command.reason });
    }
    return [
      {
        type: 'case-rejected',
        data: compact({
          reason: command.reason,
          duplicateOf: command.reason === 'duplicate' ? command.duplicateOf : undefined,
          referredTo: command.reason === 'not-responsible' ? command.referredTo : undefined,
          note: command.note,
        }),
      },
    ];
  },
  assign: (ctx, command, record) => {
    const levelUnit = unitAtLevel(record, record.level);
    const unitId = command.unitId ?? levelUnit;
    // The level's unit, or a resident unit (驻区单位) such as an exclusive grid's institution.
    if (unitId !== levelUnit && !ctx.district.residentUnits.has(unitId)) {
      throw new CaseCommandError('invalid_assignee', { id: unitId });
    }
    checkDepartment(ctx.district, command.departmentId);
    if (command.workerId !== undefined) {
      // At the grid level, anyone serving the community may take it (night duty, 值班).
      const scope = record.level === 'grid' ? record.communityId : levelUnit;
      checkWorker(ctx.district, command.workerId, scope, command.departmentId);
    }
    return [
      {
        type: 'case-assigned',
        data: compact({
          unitId,
          departmentId: command.departmentId,
          workerId: command.workerId,
          note: command.note,
        }),
      },
    ];
  },
  'start-investigation': (_ctx, command) => [
    { type: 'investigation-started', data: compact({ note: command.note }) },
  ],
  resolve: (_ctx, command) => [
    {
      type: 'case-resolved',
      data: {
        resolution: command.resolution,
        feedback: compact(command.feedback),
        mediaUrls: command.mediaUrls,
      },
    },
  ],
  'pass-verification': (_ctx, command) => [
    { type: 'verification-passed', data: compact({ note: command.note }) },
  ],
  'fail-verification': (_ctx, command) => [
    { type: 'verification-failed', data: { reason: command.reason } },
  ],
  archive: (_ctx, command) => [{ type: 'case-archived', data: compact({ note: command.note }) }],
  escalate: (ctx, command, record) => {
    // Where the district's policy sends this level's cases, unless the handler says.
    const target =
      command.to === undefined
        ? ctx.policy?.escalationOf?.(record.categoryCode, record.level)
        : undefined;
    const to = command.to ?? target?.to ?? HANDLING_LEVELS[rank(record.level) + 1];
    if (to === undefined || rank(to) <= rank(record.level)) {
      throw new CaseCommandError('invalid_level_change', {
        level: record.level,
        to: to ?? record.level,
        direction: 'up',
      });
    }
    const departmentId = command.departmentId ?? target?.departmentId;
    checkDepartment(ctx.district, departmentId);
    return [
      {
        type: 'case-escalated',
        data: compact({
          from: record.level,
          to,
          trigger: 'request' as const,
          handover: compact(command.handover),
          unitId: unitAtLevel(record, to),
          departmentId,
          dueAt: at(ctx, dueAtLevel(ctx, record.categoryCode, to, ctx.nowMs)),
        }),
      },
    ];
  },
  deescalate: (ctx, command, record) => {
    const to = command.to;
    const startLevel =
      startLevelOf(ctx, record.categoryCode) ??
      ctx.district.categories.get(record.categoryCode)?.startLevel;
    if (rank(to) >= rank(record.level) || (startLevel && rank(to) < rank(startLevel))) {
      throw new CaseCommandError('invalid_level_change', {
        level: record.level,
        to,
        direction: 'down',
      });
    }
    return [
      {
        type: 'case-deescalated',
        data: {
          from: record.level,
          to,
          reason: command.reason,
          unitId: unitAtLevel(record, to),
          dueAt: at(ctx, dueAtLevel(ctx, record.categoryCode, to, ctx.nowMs)),
        },
      },
    ];
  },
  'request-suspension': (ctx, command) => {
    if (command.resumeAt !== undefined && Date.parse(command.resumeAt) <= ctx.nowMs) {
      throw new CaseCommandError('resume_time_passed', { resumeAt: command.resumeAt });
    }
    return [
      {
        type: 'suspension-requested',
        data: compact({ reason: command.reason, resumeAt: command.resumeAt }),
      },
    ];
  },
  'request-extension': (_ctx, command) => [
    { type: 'extension-requested', data: { reason: command.reason, extendBy: command.extendBy } },
  ],
  'approve-request': (ctx, command, record) => {
    const request = record.request;
    if (request?.kind === 'suspension') {
      const resumeAt =
        request.resumeAt !== undefined && Date.parse(request.resumeAt) > ctx.nowMs
          ? request.resumeAt
          : undefined;
      return [
        {
          type: 'case-suspended',
          data: compact({
            ...timeLeft(ctx, record, ctx.nowMs),
            resumeAt,
            note: command.note,
          }),
        },
      ];
    }
    if (request?.kind === 'extension' && request.extendBy) {
      const to = addDeadline(ctx.calendar, Date.parse(record.dueAt), request.extendBy);
      return [
        {
          type: 'deadline-extended',
          data: compact({ from: record.dueAt, to: at(ctx, to), note: command.note }),
        },
      ];
    }
    throw transitionNotAllowed(record, command.type);
  },
  'decline-request': (_ctx, command, record) => [
    {
      type: 'request-declined',
      data: { kind: record.request?.kind ?? 'suspension', reason: command.reason },
    },
  ],
  resume: (ctx, command, record) => {
    const due = record.suspension ? dueAfterResume(ctx.calendar, record.suspension, ctx.nowMs) : 0;
    return [
      {
        type: 'case-resumed',
        data: compact({
          trigger: 'manual' as const,
          dueAt: record.suspension ? at(ctx, due) : record.dueAt,
          note: command.note,
        }),
      },
    ];
  },
  'link-duplicate': async (ctx, command, record) => {
    const duplicate =
      command.duplicateCaseId === record.id
        ? undefined
        : await ctx.loadCase(command.duplicateCaseId);
    if (
      !duplicate ||
      duplicate.step === 'archived' ||
      record.linkedReports.some((linked) => linked.caseId === duplicate.id)
    ) {
      throw new CaseCommandError('invalid_duplicate', { caseId: command.duplicateCaseId });
    }
    // The merged case keeps the earlier deadline of the two.
    const dueAt =
      Date.parse(duplicate.dueAt) < Date.parse(record.dueAt) ? duplicate.dueAt : record.dueAt;
    return [
      {
        type: 'duplicate-linked',
        data: compact({
          caseId: duplicate.id,
          reporter: duplicate.reporter,
          dueAt,
          note: command.note,
        }),
      },
    ];
  },
  reopen: (ctx, command, record) => {
    if (record.outcome === 'duplicate' || record.outcome === 'referred') {
      throw new CaseCommandError('reopen_not_allowed', { outcome: record.outcome });
    }
    if (record.archivedAt !== undefined) {
      const until = addDeadline(ctx.calendar, Date.parse(record.archivedAt), ctx.reopenWindow);
      if (ctx.nowMs > until) {
        throw new CaseCommandError('reopen_window_passed', {
          archivedAt: record.archivedAt,
          window: `${String(ctx.reopenWindow.amount)} ${ctx.reopenWindow.unit}`,
        });
      }
    }
    return [
      {
        type: 'case-reopened',
        data: {
          complaint: command.complaint,
          unitId: unitAtLevel(record, record.level),
          dueAt: at(ctx, dueAtLevel(ctx, record.categoryCode, record.level, ctx.nowMs)),
        },
      },
    ];
  },
};

/**
 * The events a command on an existing case asks for. Whether they may happen is the machine's
 * to say; a handler checks only what needs the district, the calendar or other cases.
 *
 * @throws {@link CaseCommandError} for a command that names something wrong (a category, a
 * unit, a worker, a level) or comes too late (the reopening window).
 */
export function eventsFor(
  ctx: HandlerContext,
  command: Exclude<CaseCommand, { type: 'report' | 'raise-alarm' }>,
  record: CaseRecord,
): EventDraft[] | Promise<EventDraft[]> {
  const handler = HANDLERS[command.type] as Handler<typeof command>;
  return handler(ctx, command, record);
}
