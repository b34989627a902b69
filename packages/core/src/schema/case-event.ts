import * as z from 'zod/mini';
import { CaseActor } from './case-actor.js';
import {
  CASE_EVENT_DATA,
  CASE_EVENT_TYPES,
  type CaseEventData,
  type CaseEventType,
} from './case-event-data.js';
import { EventHash } from './event-hash.js';
import { Id } from './id.js';
import { Timestamp } from './timestamp.js';

/**
 * The version of the case event format that this release writes. Older events are upcast when
 * they are read (`upcastCaseEvent`); their hashes stay those of the form they were stored in.
 *
 * @example
 * ```ts
 * import { CASE_EVENT_SCHEMA_VERSION } from '@wangge/core';
 * CASE_EVENT_SCHEMA_VERSION; // 2
 * ```
 */
export const CASE_EVENT_SCHEMA_VERSION = 2;

/**
 * The fields every case event has, whatever its type.
 *
 * @example
 * ```ts
 * import type { CaseEventEnvelope } from '@wangge/core';
 * const describe = (event: CaseEventEnvelope) => `${event.caseId}#${event.version} at ${event.at}`;
 * ```
 */
export interface CaseEventEnvelope {
  /** The event format's version, {@link CASE_EVENT_SCHEMA_VERSION}. */
  readonly schemaVersion: typeof CASE_EVENT_SCHEMA_VERSION;
  readonly caseId: string;
  /** 1 for the first event of a case, then 2, 3, … without gaps. */
  readonly version: number;
  /** When it was recorded, by the engine's clock. */
  readonly at: string;
  readonly actor: CaseActor;
  /** The command that produced it; one command may produce several events. */
  readonly commandId: string;
  /** A digest of that command's content (see `digestCommand`): tells a retry of the command
   * from a reuse of its id for a different one. */
  readonly commandDigest: string;
  /** The `hash` of the event before it, or `GENESIS_HASH` for the first. */
  readonly prevHash: string;
  /** SHA-256 of the event's canonical JSON (RFC 8785) without `hash`. */
  readonly hash: string;
}

/**
 * One fact in a case's append-only log (案件日志): an envelope plus the data of its type.
 *
 * @example
 * ```ts
 * import type { CaseEvent } from '@wangge/core';
 * const handover = (event: CaseEvent) =>
 *   event.type === 'case-escalated' ? event.data.handover.reason : undefined;
 * ```
 */
export type CaseEvent = {
  readonly [T in CaseEventType]: CaseEventEnvelope & {
    readonly type: T;
    readonly data: CaseEventData<T>;
  };
}[CaseEventType];

/**
 * A case event of one type.
 *
 * @example
 * ```ts
 * import type { CaseEventOf } from '@wangge/core';
 * const dueOf = (event: CaseEventOf<'case-escalated'>) => event.data.dueAt;
 * ```
 */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { readonly type: T }>;

/**
 * The schema of a stored case event of the current format: use it to read events from outside
 * (an import, a database row) with `parseInput`.
 *
 * @example
 * ```ts
 * import { CaseEvent, parseInput } from '@wangge/core';
 * declare const row: unknown;
 * const result = parseInput(CaseEvent, row, 'CaseEvent');
 * if (result.success) console.log(result.data.type);
 * ```
 */
export const CaseEvent: z.ZodMiniType<CaseEvent> = /* @__PURE__ */ (() => {
  const envelope = {
    schemaVersion: z.literal(CASE_EVENT_SCHEMA_VERSION),
    caseId: Id,
    version: z.int().check(z.gte(1)),
    at: Timestamp,
    actor: CaseActor,
    commandId: Id,
    commandDigest: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
    prevHash: EventHash,
    hash: EventHash,
  };
  const variants = CASE_EVENT_TYPES.map((type) =>
    z.strictObject({ ...envelope, type: z.literal(type), data: CASE_EVENT_DATA[type] }),
  );
  return z.discriminatedUnion(
    'type',
    variants as unknown as [(typeof variants)[number], ...(typeof variants)[number][]],
  ) as unknown as z.ZodMiniType<CaseEvent>;
})();
