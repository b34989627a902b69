import * as z from 'zod/mini';
import { FeedbackChannel, RejectReason } from './case-event-data.js';
import { CaseNote } from './case-note.js';
import { CasePriority } from './case-priority.js';
import { CaseReporter } from './case-reporter.js';
import { Deadline } from './category.js';
import { Location } from './geo-point.js';
import { HandlingLevel } from './handling-level.js';
import { HandoverSheet } from './handover-sheet.js';
import { Code, Id, UnitName } from './id.js';
import { PhotoUrl } from './photo-url.js';
import { Timestamp } from './timestamp.js';

const media = /* @__PURE__ */ (() =>
  z._default(z.array(PhotoUrl).check(z.maxLength(20)), () => []))();
const note = /* @__PURE__ */ (() => z.optional(CaseNote))();

/**
 * The fields every case command carries: a `commandId` chosen by the sender (a retry with the
 * same id is answered with the first result and records nothing new), the case, the version
 * the sender saw (`0` for a case that does not exist yet) and the person acting.
 */
const envelope = /* @__PURE__ */ (() => ({
  commandId: Id,
  caseId: Id,
  expectedVersion: z.int().check(z.gte(0)),
  actorId: Id,
}))();

const command = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...envelope, ...shape });

/**
 * A command to the case engine: every change to a case is one. It is validated with this
 * schema, authorised by the actor's role and territory, checked by the case machine and
 * recorded as events in the case's log.
 *
 * | command | step | what it does |
 * | --- | --- | --- |
 * | `report` | 问题上报 | starts a case at the category's level (or a given higher one) |
 * | `raise-alarm` | 一键报警 | starts an alarm case, filed and assigned at the command centre |
 * | `file` / `reject` | 案卷建立 | accepts (possibly reclassified) or refuses a report |
 * | `assign` | 任务指派 | hands the case to a unit, department or worker |
 * | `start-investigation` | 调查落实 | the handler is on it |
 * | `resolve` | 处理反馈 | handled, with feedback to the reporter |
 * | `pass-verification` / `fail-verification` | | checked by someone else; failing is rework 返工 |
 * | `archive` | 结案归档 | closes the case |
 * | `escalate` / `deescalate` | 四级处置 | up with a handover sheet 问题交接单, or down by decision |
 * | `request-suspension` / `request-extension` | 缓办 / 延期 | asks to stop or move the clock |
 * | `approve-request` / `decline-request` | | a higher level decides |
 * | `resume` | | restarts a stopped clock |
 * | `reopen` | | on a resident's complaint, within the reopening window |
 * | `link-duplicate` | | links a duplicate report to this case, keeping the earlier due time |
 *
 * @example
 * ```ts
 * import { CaseCommand } from '@wangge/core';
 * CaseCommand.parse({
 *   type: 'escalate', commandId: 'cmd-42', caseId: 'c-17', expectedVersion: 4, actorId: 'p-1',
 *   handover: { reason: '涉及多户产权，网格内无法协调', tried: '两次入户协商' },
 * });
 * ```
 */
export const CaseCommand = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    command('report', {
      categoryCode: Code,
      priority: z._default(CasePriority, 'normal'),
      location: Location,
      gridId: Id,
      microGridId: z.optional(Id),
      reporter: CaseReporter,
      description: CaseNote,
      mediaUrls: media,
      /** Start higher than the category's start level (never lower). */
      level: z.optional(HandlingLevel),
      observedAt: z.optional(Timestamp),
    }),
    command('raise-alarm', {
      location: Location,
      gridId: Id,
      microGridId: z.optional(Id),
      description: note,
      /** The category; the engine's `alarm.categoryCode` when left out. */
      categoryCode: z.optional(Code),
    }),
    command('file', { categoryCode: z.optional(Code), priority: z.optional(CasePriority), note }),
    command('reject', {
      reason: RejectReason,
      duplicateOf: z.optional(Id),
      referredTo: z.optional(UnitName),
      note: CaseNote,
    }),
    command('assign', {
      /** The unit responsible at the case's level when left out. */
      unitId: z.optional(Id),
      departmentId: z.optional(Id),
      workerId: z.optional(Id),
      note,
    }),
    command('start-investigation', { note }),
    command('resolve', {
      resolution: CaseNote,
      feedback: z.strictObject({ channel: FeedbackChannel, note }),
      mediaUrls: media,
    }),
    command('pass-verification', { note }),
    command('fail-verification', { reason: CaseNote }),
    command('archive', { note }),
    command('escalate', {
      /** The level above the current one when left out. */
      to: z.optional(HandlingLevel),
      handover: HandoverSheet,
      /** Hand it to a department at the new level. */
      departmentId: z.optional(Id),
    }),
    command('deescalate', { to: HandlingLevel, reason: CaseNote }),
    command('request-suspension', { reason: CaseNote, resumeAt: z.optional(Timestamp) }),
    command('request-extension', { reason: CaseNote, extendBy: Deadline }),
    command('approve-request', { note }),
    command('decline-request', { reason: CaseNote }),
    command('resume', { note }),
    command('reopen', { complaint: CaseNote }),
    command('link-duplicate', {
      /** The new report that duplicates this case: its reporter is kept informed here. */
      duplicateCaseId: Id,
      note,
    }),
  ]))();
/** A validated case command. */
export type CaseCommand = z.output<typeof CaseCommand>;
/** A case command as a sender writes it (defaults may be left out). */
export type CaseCommandInput = z.input<typeof CaseCommand>;
/** The type of a case command, e.g. `escalate`. */
export type CaseCommandType = CaseCommand['type'];

/**
 * Every case command type.
 *
 * @example
 * ```ts
 * import { CASE_COMMAND_TYPES } from '@wangge/core';
 * CASE_COMMAND_TYPES.includes('reopen'); // true
 * ```
 */
export const CASE_COMMAND_TYPES: readonly CaseCommandType[] = [
  'report',
  'raise-alarm',
  'file',
  'reject',
  'assign',
  'start-investigation',
  'resolve',
  'pass-verification',
  'fail-verification',
  'archive',
  'escalate',
  'deescalate',
  'request-suspension',
  'request-extension',
  'approve-request',
  'decline-request',
  'resume',
  'reopen',
  'link-duplicate',
];
