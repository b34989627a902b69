import { WanggeError } from '../errors/wangge-error.js';
import { brokenLogMessage } from '../i18n/broken-log-message.js';
import type { CaseEvent } from '../schema/case-event.js';

/**
 * The `broken_log` error for an event that cannot follow its log: not the `expected` version,
 * another case's event, a report after the first event or another event first. A log that
 * cannot be folded is corrupt, and guessing would give a wrong case.
 *
 * @internal
 */
export function brokenLog(event: CaseEvent, expected: number): WanggeError {
  return new WanggeError(
    'broken_log',
    brokenLogMessage({ caseId: event.caseId, version: event.version, expected }),
  );
}
