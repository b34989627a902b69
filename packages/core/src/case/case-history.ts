import { CASE_EVENT_NAMES } from '../i18n/case-names.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { CaseEvent } from '../schema/case-event.js';
import type { CaseStep } from '../schema/case-step.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import { advanceProgress, type CaseProgress } from './case-progress.js';

/**
 * One entry of a case's history, for a timeline: the event, its title in zh-CN and en, and the
 * step and level the case was in after it. The event holds the details (the handover sheet of
 * an escalation, the reason of a rework, the time left on a stopped clock, who and when).
 *
 * @example
 * ```ts
 * import type { CaseHistoryEntry } from '@wangge/core';
 * const line = (entry: CaseHistoryEntry) => `${entry.at} ${entry.title['zh-CN']} (${entry.level})`;
 * ```
 */
export interface CaseHistoryEntry {
  readonly version: number;
  readonly at: string;
  readonly title: LocalizedText;
  readonly step: CaseStep;
  readonly level: HandlingLevel;
  /** The level before the event, when the event changed it. */
  readonly fromLevel?: HandlingLevel;
  readonly suspended: boolean;
  readonly reworkCount: number;
  readonly event: CaseEvent;
}

/**
 * A case's history from its log, oldest first: what the timeline widget shows.
 *
 * @example
 * ```ts
 * import { caseHistory, type CaseEvent } from '@wangge/core';
 * declare const log: readonly CaseEvent[];
 * for (const entry of caseHistory(log)) console.log(entry.at, entry.title['zh-CN']);
 * ```
 */
export function caseHistory(log: readonly CaseEvent[]): CaseHistoryEntry[] {
  const entries: CaseHistoryEntry[] = [];
  let progress: CaseProgress | undefined;
  for (const event of log) {
    const before = progress?.level;
    progress = advanceProgress(progress, event);
    entries.push({
      version: event.version,
      at: event.at,
      title: CASE_EVENT_NAMES[event.type],
      step: progress.step,
      level: progress.level,
      ...(before !== undefined && before !== progress.level ? { fromLevel: before } : {}),
      suspended: progress.suspended,
      reworkCount: progress.reworkCount,
      event,
    });
  }
  return entries;
}
