import * as z from 'zod/mini';
import { CaseActor } from './case-actor.js';
import { RejectReason } from './case-event-data.js';
import { CaseNote } from './case-note.js';
import { CasePlace } from './case-place.js';
import { CasePriority } from './case-priority.js';
import { CaseReporter } from './case-reporter.js';
import { CaseStep } from './case-step.js';
import { Deadline } from './category.js';
import { EventHash } from './event-hash.js';
import { HandlingLevel } from './handling-level.js';
import { Code, Id, UnitName } from './id.js';
import { PhotoUrl } from './photo-url.js';
import { Timestamp } from './timestamp.js';

/**
 * How an archived case ended: `resolved`, or refused at filing as `invalid`, `duplicate` or
 * `referred` (not our responsibility).
 *
 * @example
 * ```ts
 * import { CaseOutcome } from '@wangge/core';
 * CaseOutcome.parse('referred');
 * ```
 */
export const CaseOutcome = /* @__PURE__ */ (() =>
  z.enum(['resolved', 'invalid', 'duplicate', 'referred']))();
/** How an archived case ended. */
export type CaseOutcome = z.output<typeof CaseOutcome>;

/**
 * A case (案件) as it stands after the events of its log: the fold of the log by
 * `evolveCase`, and what a snapshot of the case stores. Due times are absolute instants; the
 * record never changes in place (every event gives a new, frozen record).
 *
 * @example
 * ```ts
 * import { CaseRecord } from '@wangge/core';
 * declare const snapshot: unknown;
 * const result = CaseRecord.safeParse(snapshot);
 * if (result.success) console.log(result.data.step, result.data.level, result.data.dueAt);
 * ```
 */
export const CaseRecord = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    categoryCode: Code,
    priority: CasePriority,
    ...CasePlace.def.shape,
    reporter: CaseReporter,
    description: CaseNote,
    mediaUrls: z.array(PhotoUrl).check(z.maxLength(20)),
    /** The step of the closed loop. */
    step: CaseStep,
    /** In step `resolved`: whether verification has passed (ready to archive). */
    verified: z.boolean(),
    /** Set once archived. */
    outcome: z.optional(CaseOutcome),
    /** A rejected duplicate's original case. */
    duplicateOf: z.optional(Id),
    /** Where a case that is not our responsibility was referred. */
    referredTo: z.optional(UnitName),
    rejectReason: z.optional(RejectReason),
    /** The handling level (四级处置). */
    level: HandlingLevel,
    /** The unit responsible at the level: the grid, its community, street, or the district. */
    unitId: Id,
    /** The department the case is assigned to, if any. */
    departmentId: z.optional(Id),
    /** The worker the case is assigned to, if any. */
    workerId: z.optional(Id),
    /** When the case is due at its level. Stopped while suspended. */
    dueAt: Timestamp,
    /** When the case came to its current level. */
    levelSince: Timestamp,
    /** When the due time was missed at the district level (flagged once per due time). */
    deadlineMissedAt: z.optional(Timestamp),
    /** A suspension (缓办) in force: the clock is stopped. */
    suspension: z.optional(
      z.strictObject({
        since: Timestamp,
        approvedBy: CaseActor,
        resumeAt: z.optional(Timestamp),
        remainingMs: z.int().check(z.gte(0)),
        workingTime: z.boolean(),
      }),
    ),
    /** A request awaiting approval. */
    request: z.optional(
      z.strictObject({
        kind: z.enum(['suspension', 'extension']),
        by: CaseActor,
        at: Timestamp,
        reason: CaseNote,
        resumeAt: z.optional(Timestamp),
        extendBy: z.optional(Deadline),
      }),
    ),
    /** Duplicate reports merged into this case, whose reporters are kept informed too. */
    linkedReports: z.array(z.strictObject({ caseId: Id, reporter: CaseReporter })),
    /** Who resolved it last: verification must be done by someone else. */
    resolvedBy: z.optional(CaseActor),
    reworkCount: z.int().check(z.gte(0)),
    escalationCount: z.int().check(z.gte(0)),
    deescalationCount: z.int().check(z.gte(0)),
    suspensionCount: z.int().check(z.gte(0)),
    extensionCount: z.int().check(z.gte(0)),
    reopenCount: z.int().check(z.gte(0)),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    archivedAt: z.optional(Timestamp),
    /** The number of events in the log: the basis of optimistic concurrency. */
    version: z.int().check(z.gte(1)),
    /** The hash of the last event. */
    hash: EventHash,
  }))();
/** A case record: the state of a case. */
export type CaseRecord = z.output<typeof CaseRecord>;
