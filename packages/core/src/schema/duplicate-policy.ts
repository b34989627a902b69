import * as z from 'zod/mini';

/**
 * When a new report is proposed as a duplicate (重复上报) of an open case: within
 * `radiusMeters` of it, reported at most `withinHours` after it, and of the same category
 * (`match: 'category'`) or category group (`'group'`, the default: a blocked fire escape and a
 * fire hazard in the same stairwell are one problem).
 *
 * @example
 * ```ts
 * import { DuplicatePolicy } from '@wangge/core';
 * DuplicatePolicy.parse({ radiusMeters: 50 }); // { radiusMeters: 50, withinHours: 72, match: 'group' }
 * ```
 */
export const DuplicatePolicy = /* @__PURE__ */ (() =>
  z.strictObject({
    radiusMeters: z._default(z.number().check(z.positive(), z.lte(5000)), 100),
    withinHours: z._default(z.number().check(z.positive(), z.lte(24 * 366)), 72),
    match: z._default(z.enum(['category', 'group']), 'group'),
  }))();
/** When a report is proposed as a duplicate. */
export type DuplicatePolicy = z.output<typeof DuplicatePolicy>;
