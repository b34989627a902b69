import * as z from 'zod/mini';
import { BilingualName } from './bilingual-name.js';
import { HandlingLevel } from './handling-level.js';
import { Code, Id } from './id.js';

/**
 * How long a level has to handle a case: an amount of natural hours or days, or of working hours
 * or days on the district's working calendar (holidays and swapped working days 调休 excluded).
 *
 * @example
 * ```ts
 * import { Deadline } from '@wangge/core';
 * Deadline.parse({ amount: 2, unit: 'working-days' });
 * ```
 */
export const Deadline = /* @__PURE__ */ (() =>
  z.strictObject({
    amount: z.number().check(z.positive(), z.lte(10_000)),
    unit: z.enum(['hours', 'days', 'working-hours', 'working-days']),
  }))();
/** A handling time limit. */
export type Deadline = z.output<typeof Deadline>;

/**
 * An entry of the category catalogue (事项目录): one work item of a department, with its code,
 * its names in zh and en, the level where handling starts, and a deadline for that level and every
 * level above it (escalation goes up). `parentCode` groups items into a tree.
 *
 * @example
 * ```ts
 * import { Category } from '@wangge/core';
 * Category.parse({
 *   code: 'SB-01', departmentId: 'd-sb', name: { zh: '养老保险', en: 'Pension insurance' },
 *   startLevel: 'grid',
 *   deadlines: {
 *     grid: { amount: 1, unit: 'working-days' }, community: { amount: 2, unit: 'working-days' },
 *     street: { amount: 3, unit: 'working-days' }, district: { amount: 5, unit: 'working-days' },
 *   },
 * });
 * ```
 */
export const Category = /* @__PURE__ */ (() =>
  z.strictObject({
    code: Code,
    departmentId: Id,
    parentCode: z.optional(Code),
    name: BilingualName,
    startLevel: HandlingLevel,
    deadlines: z.partialRecord(HandlingLevel, Deadline),
  }))();
/** A category (work item) of the catalogue. */
export type Category = z.output<typeof Category>;
