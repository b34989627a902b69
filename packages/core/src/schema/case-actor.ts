import * as z from 'zod/mini';
import { Id } from './id.js';

/**
 * Who did something to a case: a person of the district (by id), or the system itself (the
 * deadline sweep `tick`, an automatic filing). Commands from outside always name a person;
 * only the engine acts as `system`.
 *
 * @example
 * ```ts
 * import { CaseActor } from '@wangge/core';
 * CaseActor.parse({ kind: 'person', personId: 'p-1' });
 * CaseActor.parse({ kind: 'system' });
 * ```
 */
export const CaseActor = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('person'), personId: Id }),
    z.strictObject({ kind: z.literal('system') }),
  ]))();
/** A person or the system. */
export type CaseActor = z.output<typeof CaseActor>;
