import * as z from 'zod/mini';
import { WanggeValidationError } from '../errors/validation-error.js';
import { eventVersionMessage } from '../i18n/event-version-message.js';
import { CASE_EVENT_SCHEMA_VERSION, CaseEvent } from '../schema/case-event.js';
import { Id } from '../schema/id.js';
import { parseInput } from '../validation/parse-input.js';
import type { ParseResult } from '../validation/parse-result.js';
import { verifyCaseLog } from './event-hash-chain.js';

const SUBJECT = 'CaseEvent';

/** The digest that stands for "not recorded" in events upcast from version 1. @internal */
export const UNKNOWN_DIGEST = '0'.repeat(32);

// Version 1, the first format: the actor as a bare id (`system` for the engine), no command
// digest, and the handover sheet of an escalation as a single text.
const V1 = /* @__PURE__ */ (() =>
  z.looseObject({
    schemaVersion: z.literal(1),
    actor: z.union([z.literal('system'), Id]),
    type: z.string(),
    data: z.looseObject({ handover: z.optional(z.string()) }),
  }))();

function fromV1(event: z.output<typeof V1>): unknown {
  const { actor, data, ...rest } = event;
  const { handover, ...fields } = data;
  return {
    ...rest,
    schemaVersion: 2,
    actor: actor === 'system' ? { kind: 'system' } : { kind: 'person', personId: actor },
    commandDigest: UNKNOWN_DIGEST,
    data:
      event.type === 'case-escalated'
        ? { ...fields, handover: { reason: handover ?? '', attachments: [] } }
        : fields,
  };
}

function unsupported(version: unknown): ParseResult<CaseEvent> {
  const message = eventVersionMessage({
    version: String(version),
    current: CASE_EVENT_SCHEMA_VERSION,
  });
  return {
    success: false,
    error: new WanggeValidationError(SUBJECT, [
      {
        code: 'unsupported_event_version',
        path: ['schemaVersion'],
        expected: {
          'zh-CN': `1–${String(CASE_EVENT_SCHEMA_VERSION)}`,
          en: `1–${String(CASE_EVENT_SCHEMA_VERSION)}`,
        },
        message,
      },
    ]),
  };
}

/**
 * Reads a stored case event of any supported format version and brings it to the current one
 * ({@link CASE_EVENT_SCHEMA_VERSION}), without throwing. Its `hash` and `prevHash` are kept: they
 * are the hashes of the event as it was stored, so check a stored log with `verifyCaseLog`
 * *before* upcasting it (or read it with {@link readCaseLog}, which does both).
 *
 * Version 1 → 2: the actor becomes `{ kind: 'person', personId }` or `{ kind: 'system' }`, the
 * missing command digest is recorded as 32 zeros, and an escalation's text handover becomes a
 * handover sheet with that text as its reason.
 *
 * @example
 * ```ts
 * import { upcastCaseEvent } from '@wangge/core';
 * declare const row: unknown; // e.g. a jsonb column
 * const result = upcastCaseEvent(row);
 * if (result.success) console.log(result.data.schemaVersion); // 2
 * ```
 */
export function upcastCaseEvent(stored: unknown): ParseResult<CaseEvent> {
  const version: unknown =
    typeof stored === 'object' && stored !== null
      ? (stored as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (version === CASE_EVENT_SCHEMA_VERSION) return parseInput(CaseEvent, stored, SUBJECT);
  if (version !== 1) return unsupported(version);
  const v1 = parseInput(V1, stored, SUBJECT);
  if (!v1.success) return v1;
  return parseInput(CaseEvent, fromV1(v1.data), SUBJECT);
}

/**
 * Reads a case's log as stored (any supported versions, e.g. rows from a database or a JSON
 * export) without throwing: checks its chain of hashes on the stored forms, then upcasts every
 * event. A problem is reported with the index of the event in its path.
 *
 * @example
 * ```ts
 * import { readCaseLog, replayCase } from '@wangge/core';
 * declare const rows: readonly unknown[];
 * const log = readCaseLog(rows);
 * if (log.success) replayCase(log.data);
 * else console.log(log.error.format('zh-CN'));
 * ```
 */
export function readCaseLog(stored: readonly unknown[]): ParseResult<CaseEvent[]> {
  const events: CaseEvent[] = [];
  for (const [index, item] of stored.entries()) {
    const result = upcastCaseEvent(item);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({
        ...issue,
        path: [index, ...issue.path],
      }));
      return { success: false, error: new WanggeValidationError(SUBJECT, issues) };
    }
    events.push(result.data);
  }
  // The envelope fields the chain covers (case, version, type, hashes) are the same in every
  // version, so the stored forms can be checked as they are.
  const problem = verifyCaseLog(stored as readonly CaseEvent[]);
  if (problem) {
    return {
      success: false,
      error: new WanggeValidationError(SUBJECT, [
        {
          code: problem.code,
          path: [problem.version - 1],
          expected: {
            'zh-CN': '完整、未被篡改的事件链',
            en: 'a complete, untampered chain of events',
          },
          message: problem.message,
        },
      ]),
    };
  }
  return { success: true, data: events };
}
