import * as z from 'zod/mini';
import { CaseNote } from './case-note.js';
import { CasePlace } from './case-place.js';
import { CasePriority } from './case-priority.js';
import { CaseReporter } from './case-reporter.js';
import { Deadline } from './category.js';
import { HandlingLevel } from './handling-level.js';
import { HandoverSheet } from './handover-sheet.js';
import { Code, Id, UnitName } from './id.js';
import { PhotoUrl } from './photo-url.js';
import { Timestamp } from './timestamp.js';

/**
 * Why a report is refused at filing (案卷建立): `invalid` (not a real problem, or not enough to
 * act on), `duplicate` (another case already covers it; linked, not deleted) or
 * `not-responsible` (another body is responsible; referred to it).
 *
 * @example
 * ```ts
 * import { RejectReason } from '@wangge/core';
 * RejectReason.parse('duplicate');
 * ```
 */
export const RejectReason = /* @__PURE__ */ (() =>
  z.enum(['invalid', 'duplicate', 'not-responsible']))();
/** Why a report was refused at filing. */
export type RejectReason = z.output<typeof RejectReason>;

/**
 * How the handler fed the result back to the reporter (处理反馈): by phone, text message, the
 * app, a visit, or `not-needed` when nobody outside reported it (a worker's own patrol find).
 *
 * @example
 * ```ts
 * import { FeedbackChannel } from '@wangge/core';
 * FeedbackChannel.parse('visit');
 * ```
 */
export const FeedbackChannel = /* @__PURE__ */ (() =>
  z.enum(['phone', 'sms', 'app', 'visit', 'not-needed']))();
/** A feedback channel. */
export type FeedbackChannel = z.output<typeof FeedbackChannel>;

const media = /* @__PURE__ */ (() =>
  z._default(z.array(PhotoUrl).check(z.maxLength(20)), () => []))();
const note = /* @__PURE__ */ (() => z.optional(CaseNote))();
const ms = /* @__PURE__ */ (() => z.int().check(z.gte(0)))();

/**
 * What each kind of case event records beyond its envelope, by event type. Every value the
 * engine computed (due times, the responsible unit, the time left on a stopped clock) is
 * recorded, so that replaying a log needs neither the calendar nor the rules that produced it.
 *
 * @example
 * ```ts
 * import { CASE_EVENT_DATA } from '@wangge/core';
 * CASE_EVENT_DATA['case-assigned'].parse({ unitId: 'g-3', workerId: 'p-1' });
 * ```
 */
export const CASE_EVENT_DATA = /* @__PURE__ */ (() =>
  ({
    /** 问题上报: the problem as reported, where the case starts and by when. */
    'case-reported': z.strictObject({
      categoryCode: Code,
      priority: CasePriority,
      level: HandlingLevel,
      /** The unit responsible at `level`: the grid, its community, street or the district. */
      unitId: Id,
      ...CasePlace.def.shape,
      reporter: CaseReporter,
      description: CaseNote,
      mediaUrls: media,
      /** When the reporter saw the problem, if earlier than the recording (an offline app). */
      observedAt: z.optional(Timestamp),
      dueAt: Timestamp,
    }),
    /** 案卷建立: accepted as a case, possibly reclassified (then with a new due time). */
    'case-filed': z.strictObject({
      categoryCode: z.optional(Code),
      priority: z.optional(CasePriority),
      dueAt: z.optional(Timestamp),
      note,
    }),
    /** Refused at filing and archived at once. */
    'case-rejected': z.strictObject({
      reason: RejectReason,
      /** The case this one duplicates (`duplicate`). */
      duplicateOf: z.optional(Id),
      /** The body it was referred to (`not-responsible`). */
      referredTo: z.optional(UnitName),
      note: CaseNote,
    }),
    /** 任务指派: handed to a unit, a department, a worker at the current level. */
    'case-assigned': z.strictObject({
      unitId: Id,
      departmentId: z.optional(Id),
      workerId: z.optional(Id),
      note,
    }),
    /** 调查落实: the handler started on site. */
    'investigation-started': z.strictObject({ note }),
    /** 处理反馈: handled, and the reporter told. */
    'case-resolved': z.strictObject({
      resolution: CaseNote,
      feedback: z.strictObject({ channel: FeedbackChannel, note }),
      mediaUrls: media,
    }),
    'verification-passed': z.strictObject({ note }),
    /** Verification failed: back to the handler for rework (返工). */
    'verification-failed': z.strictObject({ reason: CaseNote }),
    /** 结案归档. */
    'case-archived': z.strictObject({ note }),
    /** Up one level or more, with the handover sheet (问题交接单). */
    'case-escalated': z.strictObject({
      from: HandlingLevel,
      to: HandlingLevel,
      /** `request`: the handler asked; `deadline`: the due time passed (`tick`). */
      trigger: z.enum(['request', 'deadline']),
      handover: HandoverSheet,
      unitId: Id,
      departmentId: z.optional(Id),
      dueAt: Timestamp,
    }),
    /** Down, by an explicit and authorised decision. */
    'case-deescalated': z.strictObject({
      from: HandlingLevel,
      to: HandlingLevel,
      reason: CaseNote,
      unitId: Id,
      dueAt: Timestamp,
    }),
    /** 缓办 asked for; the clock runs until it is approved. */
    'suspension-requested': z.strictObject({
      reason: CaseNote,
      /** When the clock should restart by itself. */
      resumeAt: z.optional(Timestamp),
    }),
    /** 延期 asked for. */
    'extension-requested': z.strictObject({ reason: CaseNote, extendBy: Deadline }),
    'request-declined': z.strictObject({
      kind: z.enum(['suspension', 'extension']),
      reason: CaseNote,
    }),
    /** Suspension approved: the clock stops with `remainingMs` left on it. */
    'case-suspended': z.strictObject({
      resumeAt: z.optional(Timestamp),
      remainingMs: ms,
      /** Whether `remainingMs` is working time (the deadline is in working hours or days). */
      workingTime: z.boolean(),
      note,
    }),
    /** Extension approved: the due time moves. */
    'deadline-extended': z.strictObject({ from: Timestamp, to: Timestamp, note }),
    /** The clock restarts with the time it had left. */
    'case-resumed': z.strictObject({
      trigger: z.enum(['manual', 'scheduled']),
      dueAt: Timestamp,
      note,
    }),
    /** Reopened on a resident's complaint, back to the level it was archived at. */
    'case-reopened': z.strictObject({ complaint: CaseNote, unitId: Id, dueAt: Timestamp }),
    /** The due time passed at the district level, where there is no level above. */
    'deadline-missed': z.strictObject({ dueAt: Timestamp }),
    /** A duplicate report (重复上报) merged into this case: its reporter is kept informed, and
     * the case keeps the earlier of the two due times. */
    'duplicate-linked': z.strictObject({
      caseId: Id,
      reporter: CaseReporter,
      dueAt: Timestamp,
      note,
    }),
  }) as const)();

/**
 * The type of a case event, e.g. `case-escalated`. Events are facts, named in the past tense.
 *
 * @example
 * ```ts
 * import { CASE_EVENT_TYPES } from '@wangge/core';
 * CASE_EVENT_TYPES.includes('case-reported'); // true
 * ```
 */
export type CaseEventType = keyof typeof CASE_EVENT_DATA;

/**
 * Every case event type, in the order of the closed loop.
 *
 * @example
 * ```ts
 * import { CASE_EVENT_TYPES } from '@wangge/core';
 * CASE_EVENT_TYPES.length; // 20
 * ```
 */
export const CASE_EVENT_TYPES = /* @__PURE__ */ (() =>
  Object.keys(CASE_EVENT_DATA) as readonly CaseEventType[])();

/**
 * The data of an event of a given type.
 *
 * @example
 * ```ts
 * import type { CaseEventData } from '@wangge/core';
 * const data: CaseEventData<'case-archived'> = { note: '居民满意' };
 * ```
 */
export type CaseEventData<T extends CaseEventType> = z.output<(typeof CASE_EVENT_DATA)[T]>;
