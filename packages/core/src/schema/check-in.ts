import * as z from 'zod/mini';
import { Id } from './id.js';
import { Timestamp } from './timestamp.js';

/**
 * A check-in or check-out (打卡) of a person on duty, from the work phone app: `in` when the
 * shift starts on the ground, `out` when it ends. With check-ins, only a person whose last
 * check-in of a shift is `in` counts as on duty.
 *
 * @example
 * ```ts
 * import { CheckIn } from '@wangge/core';
 * CheckIn.parse({ personId: 'p-1', kind: 'in', at: '2026-11-26T08:27:00+08:00' });
 * ```
 */
export const CheckIn = /* @__PURE__ */ (() =>
  z.strictObject({
    personId: Id,
    kind: z.enum(['in', 'out']),
    at: Timestamp,
  }))();
/** A check-in or check-out. */
export type CheckIn = z.output<typeof CheckIn>;
