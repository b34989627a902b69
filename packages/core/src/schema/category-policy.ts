import * as z from 'zod/mini';
import { Deadline } from './category.js';
import { HandlingLevel } from './handling-level.js';
import { Code, Id } from './id.js';

/**
 * A district's policy for some categories of its catalogue (事项): where they start, which
 * department answers for them, their deadline at each level and the skills a worker needs.
 * `categories` names category codes or group codes (a group code covers every category under
 * it). What a policy leaves out comes from the catalogue.
 *
 * @example
 * ```ts
 * import { CategoryPolicy } from '@wangge/core';
 * CategoryPolicy.parse({
 *   categories: ['YJ-01'], // fire-safety hazards and every category under it
 *   startLevel: 'community',
 *   deadlines: { community: { amount: 2, unit: 'hours' }, street: { amount: 6, unit: 'hours' } },
 *   skills: ['fire-safety'],
 * });
 * ```
 */
export const CategoryPolicy = /* @__PURE__ */ (() =>
  z.strictObject({
    categories: z.array(Code).check(z.minLength(1), z.maxLength(500)),
    startLevel: z.optional(HandlingLevel),
    departmentId: z.optional(Id),
    deadlines: z.optional(z.partialRecord(HandlingLevel, Deadline)),
    /** Skills or tags of the people best placed to handle them (see `Person.skills`). */
    skills: z.optional(
      z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))).check(z.maxLength(20)),
    ),
  }))();
/** A category policy. */
export type CategoryPolicy = z.output<typeof CategoryPolicy>;
