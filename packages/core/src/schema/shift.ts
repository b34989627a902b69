import * as z from 'zod/mini';
import { Id } from './id.js';
import { Timestamp } from './timestamp.js';

/**
 * One shift of a roster (值班表): a person on duty for a unit from `start` to `end`.
 *
 * @example
 * ```ts
 * import { Shift } from '@wangge/core';
 * Shift.parse({
 *   personId: 'p-1', unitId: 'g-3',
 *   start: '2026-11-26T08:00:00+08:00', end: '2026-11-26T17:30:00+08:00',
 * });
 * ```
 */
export const Shift = /* @__PURE__ */ (() =>
  z.strictObject({
    personId: Id,
    unitId: Id,
    start: Timestamp,
    end: Timestamp,
  }))();
/** A roster shift. */
export type Shift = z.output<typeof Shift>;
