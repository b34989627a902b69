import * as z from 'zod/mini';

/**
 * How a worker is chosen among those on duty (在岗) where a case is handled, and what happens
 * when nobody is:
 *
 * - `order`: the criteria, most important first: `continuity` (the worker who last handled a
 *   case of the same reporter), `skills` (the most of the category's skills), `least-open` (the
 *   fewest open cases); ties go to the smallest person id, so a decision is repeatable;
 * - `fallback`: `grid-chief` (the grid's chief, 网格长, on duty or not), then `community` (the
 *   case goes to the community, with no worker);
 * - `requireCheckIn`: count only workers who have checked in (打卡) for their shift.
 *
 * @example
 * ```ts
 * import { WorkerSelection } from '@wangge/core';
 * WorkerSelection.parse({ order: ['skills', 'least-open'] }).fallback; // ['grid-chief', 'community']
 * ```
 */
export const WorkerSelection = /* @__PURE__ */ (() =>
  z.strictObject({
    order: z._default(z.array(z.enum(['continuity', 'skills', 'least-open'])), () => [
      'continuity' as const,
      'skills' as const,
      'least-open' as const,
    ]),
    fallback: z._default(z.array(z.enum(['grid-chief', 'community'])), () => [
      'grid-chief' as const,
      'community' as const,
    ]),
    requireCheckIn: z._default(z.boolean(), false),
  }))();
/** How a worker is chosen. */
export type WorkerSelection = z.output<typeof WorkerSelection>;
