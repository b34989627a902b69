import { caseMessage } from '../i18n/case-messages.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { CaseEvent } from '../schema/case-event.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256-hex.js';
import { GENESIS_HASH } from '../schema/event-hash.js';

/** A case event before it is sealed with its hash. */
export type UnsealedCaseEvent = CaseEvent extends infer E
  ? E extends CaseEvent
    ? Omit<E, 'hash'>
    : never
  : never;

/**
 * The hash of an event: SHA-256 of its canonical JSON (RFC 8785: sorted keys, no whitespace)
 * without the `hash` field. Canonical JSON makes the hash survive a round trip through a
 * database that reorders keys (PostgreSQL `jsonb`).
 *
 * @example
 * ```ts
 * import { hashCaseEvent, type CaseEvent } from '@wangge/core';
 * declare const event: CaseEvent;
 * hashCaseEvent(event) === event.hash; // true for an untouched event
 * ```
 */
export function hashCaseEvent(event: UnsealedCaseEvent | CaseEvent): string {
  const { hash: _hash, ...rest } = event as Partial<CaseEvent>;
  return sha256Hex(canonicalJson(rest));
}

/** Seals an event with its hash. */
export function sealCaseEvent(event: UnsealedCaseEvent): CaseEvent {
  return { ...event, hash: hashCaseEvent(event) };
}

/**
 * A problem found by {@link verifyCaseLog}: the version of the first event that does not fit,
 * and why (`broken_log`: a gap, another case, a wrong first event; `tampered_log`: a hash that
 * does not match the event or the one before it).
 *
 * @example
 * ```ts
 * import type { CaseLogProblem } from '@wangge/core';
 * const show = (problem: CaseLogProblem) => `#${problem.version}: ${problem.message.en}`;
 * ```
 */
export interface CaseLogProblem {
  readonly code: 'broken_log' | 'tampered_log';
  readonly caseId: string;
  /** The version of the first event that does not fit. */
  readonly version: number;
  readonly message: LocalizedText;
}

/**
 * Checks a case's whole log: versions 1, 2, 3, … without gaps, one case, a report first, and
 * every event's hash over its content and its predecessor's hash. A changed, removed, inserted
 * or reordered event is found. Returns the first problem, or `undefined` for a sound log.
 *
 * @example
 * ```ts
 * import { verifyCaseLog, type CaseEvent } from '@wangge/core';
 * declare const log: readonly CaseEvent[];
 * const problem = verifyCaseLog(log);
 * if (problem) console.error(problem.message['zh-CN']);
 * ```
 */
export function verifyCaseLog(log: readonly CaseEvent[]): CaseLogProblem | undefined {
  let prev = GENESIS_HASH;
  const caseId = log[0]?.caseId ?? '';
  for (const [index, event] of log.entries()) {
    const expected = index + 1;
    if (
      event.version !== expected ||
      event.caseId !== caseId ||
      (index === 0) !== (event.type === 'case-reported')
    ) {
      return {
        code: 'broken_log',
        caseId,
        version: event.version,
        message: caseMessage('broken_log', { caseId, version: event.version, expected }),
      };
    }
    if (event.prevHash !== prev || hashCaseEvent(event) !== event.hash) {
      return {
        code: 'tampered_log',
        caseId,
        version: event.version,
        message: caseMessage('tampered_log', { caseId, version: event.version }),
      };
    }
    prev = event.hash;
  }
  return undefined;
}
