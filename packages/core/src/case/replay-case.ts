import type { CaseEvent } from '../schema/case-event.js';
import type { CaseRecord } from '../schema/case-record.js';
import { evolveCase } from './evolve-case.js';

/**
 * The record a log folds to: exactly the record the engine kept while appending it. Returns
 * `undefined` for an empty log. Replay needs no calendar, rules or clock: every computed value
 * is in the events.
 *
 * @throws {@link WanggeError} `broken_log` when the log has a gap, mixes cases or does not start
 * with a report.
 *
 * @example
 * ```ts
 * import { replayCase, type CaseEngine } from '@wangge/core';
 * declare const engine: CaseEngine;
 * const log = await engine.store.readLog('c-17');
 * replayCase(log)?.step; // 'archived'
 * ```
 */
export function replayCase(events: readonly CaseEvent[]): CaseRecord | undefined {
  let record: CaseRecord | undefined;
  for (const event of events) record = evolveCase(record, event);
  return record;
}
