import { freeze, produce, type Draft } from 'immer';
import type { CaseEvent, CaseEventOf } from '../schema/case-event.js';
import type { CaseEventType } from '../schema/case-event-data.js';
import type { CaseRecord } from '../schema/case-record.js';
import { brokenLog } from './broken-log.js';

type Recipe<T extends CaseEventType> = (draft: Draft<CaseRecord>, event: CaseEventOf<T>) => void;

const REJECTED = {
  invalid: 'invalid',
  duplicate: 'duplicate',
  'not-responsible': 'referred',
} as const;

function moveLevel(draft: Draft<CaseRecord>, at: string, unitId: string, dueAt: string): void {
  draft.unitId = unitId;
  draft.dueAt = dueAt;
  draft.levelSince = at;
  delete draft.departmentId;
  delete draft.workerId;
  delete draft.request;
  delete draft.deadlineMissedAt;
}

// One recipe per event type: what the fact changes in the record. The checks of whether the
// event may happen at all are the machine's (`caseMachine`) and the command handlers'; a
// recipe only records.
const RECIPES: { readonly [T in Exclude<CaseEventType, 'case-reported'>]: Recipe<T> } = {
  'case-filed': (draft, { data }) => {
    draft.step = 'filed';
    if (data.categoryCode !== undefined) draft.categoryCode = data.categoryCode;
    if (data.priority !== undefined) draft.priority = data.priority;
    if (data.dueAt !== undefined) draft.dueAt = data.dueAt;
  },
  'case-rejected': (draft, { at, data }) => {
    draft.step = 'archived';
    draft.outcome = REJECTED[data.reason];
    draft.rejectReason = data.reason;
    if (data.duplicateOf !== undefined) draft.duplicateOf = data.duplicateOf;
    if (data.referredTo !== undefined) draft.referredTo = data.referredTo;
    draft.archivedAt = at;
  },
  'case-assigned': (draft, { data }) => {
    draft.step = 'assigned';
    draft.unitId = data.unitId;
    if (data.departmentId === undefined) delete draft.departmentId;
    else draft.departmentId = data.departmentId;
    if (data.workerId === undefined) delete draft.workerId;
    else draft.workerId = data.workerId;
    delete draft.request;
  },
  'investigation-started': (draft) => {
    draft.step = 'investigating';
  },
  'case-resolved': (draft, { actor }) => {
    draft.step = 'resolved';
    draft.verified = false;
    draft.resolvedBy = actor;
    delete draft.request;
  },
  'verification-passed': (draft) => {
    draft.verified = true;
  },
  'verification-failed': (draft) => {
    draft.step = 'investigating';
    draft.verified = false;
    draft.reworkCount += 1;
  },
  'case-archived': (draft, { at }) => {
    draft.step = 'archived';
    draft.outcome = 'resolved';
    draft.archivedAt = at;
  },
  'case-escalated': (draft, { at, data }) => {
    if (draft.step === 'investigating') draft.step = 'assigned';
    draft.level = data.to;
    draft.escalationCount += 1;
    moveLevel(draft, at, data.unitId, data.dueAt);
    if (data.departmentId !== undefined) draft.departmentId = data.departmentId;
  },
  'case-deescalated': (draft, { at, data }) => {
    if (draft.step === 'investigating') draft.step = 'assigned';
    draft.level = data.to;
    draft.deescalationCount += 1;
    moveLevel(draft, at, data.unitId, data.dueAt);
  },
  'suspension-requested': (draft, { at, actor, data }) => {
    draft.request = { kind: 'suspension', by: actor, at, reason: data.reason };
    if (data.resumeAt !== undefined) draft.request.resumeAt = data.resumeAt;
  },
  'extension-requested': (draft, { at, actor, data }) => {
    draft.request = {
      kind: 'extension',
      by: actor,
      at,
      reason: data.reason,
      extendBy: data.extendBy,
    };
  },
  'request-declined': (draft) => {
    delete draft.request;
  },
  'case-suspended': (draft, { at, actor, data }) => {
    draft.suspension = {
      since: at,
      approvedBy: actor,
      remainingMs: data.remainingMs,
      workingTime: data.workingTime,
    };
    if (data.resumeAt !== undefined) draft.suspension.resumeAt = data.resumeAt;
    draft.suspensionCount += 1;
    delete draft.request;
  },
  'deadline-extended': (draft, { data }) => {
    draft.dueAt = data.to;
    draft.extensionCount += 1;
    delete draft.request;
    delete draft.deadlineMissedAt;
  },
  'case-resumed': (draft, { data }) => {
    draft.dueAt = data.dueAt;
    delete draft.suspension;
    delete draft.deadlineMissedAt;
  },
  'case-reopened': (draft, { at, data }) => {
    draft.step = draft.outcome === 'invalid' ? 'reported' : 'assigned';
    draft.reopenCount += 1;
    draft.verified = false;
    delete draft.outcome;
    delete draft.rejectReason;
    delete draft.archivedAt;
    delete draft.resolvedBy;
    moveLevel(draft, at, data.unitId, data.dueAt);
  },
  'deadline-missed': (draft, { at }) => {
    draft.deadlineMissedAt = at;
  },
  'duplicate-linked': (draft, { data }) => {
    draft.linkedReports.push({ caseId: data.caseId, reporter: data.reporter });
    draft.dueAt = data.dueAt;
  },
};

function reported(event: CaseEventOf<'case-reported'>): CaseRecord {
  const { data } = event;
  const record: CaseRecord = {
    id: event.caseId,
    categoryCode: data.categoryCode,
    priority: data.priority,
    location: data.location,
    gridId: data.gridId,
    ...(data.microGridId === undefined ? {} : { microGridId: data.microGridId }),
    communityId: data.communityId,
    streetId: data.streetId,
    districtId: data.districtId,
    reporter: data.reporter,
    description: data.description,
    mediaUrls: data.mediaUrls,
    linkedReports: [],
    step: 'reported',
    verified: false,
    level: data.level,
    unitId: data.unitId,
    dueAt: data.dueAt,
    levelSince: event.at,
    reworkCount: 0,
    escalationCount: 0,
    deescalationCount: 0,
    suspensionCount: 0,
    extensionCount: 0,
    reopenCount: 0,
    createdAt: event.at,
    updatedAt: event.at,
    version: event.version,
    hash: event.hash,
  };
  return freeze(record, true);
}

/**
 * The record after one more event of its log: the pure fold step of a case. `record` is
 * `undefined` before the first event (`case-reported`). It neither checks whether the event may
 * happen (the engine does, with `caseMachine`) nor computes anything: every computed value is
 * in the event. The record given is never changed; the result is frozen.
 *
 * @throws {@link WanggeError} `broken_log` when the event does not follow the record (another
 * case, a gap in versions, a first event that is not a report): a log that cannot be folded is
 * corrupt, and guessing would give a wrong case.
 *
 * @example
 * ```ts
 * import { evolveCase, type CaseEvent, type CaseRecord } from '@wangge/core';
 * declare const log: readonly CaseEvent[];
 * const record = log.reduce<CaseRecord | undefined>(evolveCase, undefined);
 * ```
 */
export function evolveCase(record: CaseRecord | undefined, event: CaseEvent): CaseRecord {
  const expected = (record?.version ?? 0) + 1;
  if (event.version !== expected) throw brokenLog(event, expected);
  if (event.type === 'case-reported') {
    if (record !== undefined) throw brokenLog(event, expected);
    return reported(event);
  }
  if (record?.id !== event.caseId) throw brokenLog(event, expected);
  const recipe = RECIPES[event.type] as Recipe<typeof event.type>;
  return produce(record, (draft) => {
    recipe(draft, event);
    draft.updatedAt = event.at;
    draft.version = event.version;
    draft.hash = event.hash;
  });
}
