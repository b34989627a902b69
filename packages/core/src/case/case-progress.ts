import type { CaseEvent } from '../schema/case-event.js';
import type { CaseOutcome } from '../schema/case-record.js';
import type { CaseStep } from '../schema/case-step.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import { brokenLog } from './broken-log.js';

/**
 * Where a case stands in its loop after an event: the part of the record that a history
 * shows. The same values as `evolveCase`'s record (tested against it), without building the
 * whole record: a timeline needs no immer and no record.
 *
 * @internal
 */
export interface CaseProgress {
  readonly caseId: string;
  readonly version: number;
  readonly step: CaseStep;
  readonly level: HandlingLevel;
  readonly outcome?: CaseOutcome;
  readonly suspended: boolean;
  readonly reworkCount: number;
}

const REJECTED = {
  invalid: 'invalid',
  duplicate: 'duplicate',
  'not-responsible': 'referred',
} as const;

/**
 * The progress after one more event of a case's log (`undefined` before the first).
 *
 * @throws {@link WanggeError} `broken_log` when the event does not follow (as `evolveCase`).
 * @internal
 */
export function advanceProgress(
  progress: CaseProgress | undefined,
  event: CaseEvent,
): CaseProgress {
  const expected = (progress?.version ?? 0) + 1;
  if (event.version !== expected) throw brokenLog(event, expected);
  if (event.type === 'case-reported') {
    if (progress !== undefined) throw brokenLog(event, expected);
    return {
      caseId: event.caseId,
      version: event.version,
      step: 'reported',
      level: event.data.level,
      suspended: false,
      reworkCount: 0,
    };
  }
  if (progress?.caseId !== event.caseId) throw brokenLog(event, expected);
  const next: { -readonly [K in keyof CaseProgress]: CaseProgress[K] } = {
    ...progress,
    version: event.version,
  };
  switch (event.type) {
    case 'case-filed':
      next.step = 'filed';
      break;
    case 'case-rejected':
      next.step = 'archived';
      next.outcome = REJECTED[event.data.reason];
      break;
    case 'case-assigned':
      next.step = 'assigned';
      break;
    case 'investigation-started':
      next.step = 'investigating';
      break;
    case 'case-resolved':
      next.step = 'resolved';
      break;
    case 'verification-failed':
      next.step = 'investigating';
      next.reworkCount += 1;
      break;
    case 'case-archived':
      next.step = 'archived';
      next.outcome = 'resolved';
      break;
    case 'case-escalated':
    case 'case-deescalated':
      if (next.step === 'investigating') next.step = 'assigned';
      next.level = event.data.to;
      break;
    case 'case-suspended':
      next.suspended = true;
      break;
    case 'case-resumed':
      next.suspended = false;
      break;
    case 'case-reopened':
      next.step = progress.outcome === 'invalid' ? 'reported' : 'assigned';
      delete next.outcome;
      break;
    default:
      // Requests, verification passed, deadlines and linked reports do not move the case.
      break;
  }
  return next;
}
