import * as z from 'zod/mini';
import { BilingualName } from './bilingual-name.js';
import { CasePriority } from './case-priority.js';
import { HandlingLevel } from './handling-level.js';
import { Code, Id } from './id.js';

/**
 * When a routing rule applies. Every condition given must hold (and within a list, any item):
 *
 * - `categories`: category or group codes;
 * - `gridKinds`: `ordinary` or `exclusive` (专属网格) grids;
 * - `priorities`: `normal`, `urgent`, `alarm`;
 * - `times`: `working-hours`, `off-hours` (outside them), `night` (the rule set's night hours),
 *   `rest-day` (a weekend or holiday day off, 节假日) on the district's calendar;
 * - `repeated`: at least `atLeast` reports (this one included) of the same category group within
 *   `radiusMeters` in the last `withinDays` days (a place that keeps coming back).
 *
 * @example
 * ```ts
 * import { RoutingCondition } from '@wangge/core';
 * RoutingCondition.parse({ times: ['night', 'rest-day'], priorities: ['urgent'] });
 * ```
 */
export const RoutingCondition = /* @__PURE__ */ (() =>
  z.strictObject({
    categories: z.optional(z.array(Code).check(z.minLength(1))),
    gridKinds: z.optional(z.array(z.enum(['ordinary', 'exclusive'])).check(z.minLength(1))),
    priorities: z.optional(z.array(CasePriority).check(z.minLength(1))),
    times: z.optional(
      z.array(z.enum(['working-hours', 'off-hours', 'night', 'rest-day'])).check(z.minLength(1)),
    ),
    repeated: z.optional(
      z.strictObject({
        atLeast: z.int().check(z.gte(2), z.lte(1000)),
        withinDays: z.number().check(z.positive(), z.lte(366)),
        radiusMeters: z.number().check(z.positive(), z.lte(5000)),
      }),
    ),
  }))();
/** When a routing rule applies. */
export type RoutingCondition = z.output<typeof RoutingCondition>;

/**
 * What a routing rule decides (what it leaves out, an earlier rule or the category's policy
 * decides):
 *
 * - `level`: the level to start at, never below the category's start level;
 * - `unit`: `level` (the level's own unit: the grid, its community, street or the district),
 *   `institution` (the resident unit of an exclusive grid's institution), or `command-centre`
 *   (the district's command centre, 综治指挥中心, which also sets the level to the district);
 * - `departmentId`: the department to hand it to;
 * - `workers`: where to look for the worker: `grid` (the grid's workers on duty), `community`
 *   (anyone on duty in the community: night duty, 值班), or `none` (the unit takes it).
 *
 * @example
 * ```ts
 * import { RoutingAction } from '@wangge/core';
 * RoutingAction.parse({ workers: 'community' });
 * ```
 */
export const RoutingAction = /* @__PURE__ */ (() =>
  z.strictObject({
    level: z.optional(HandlingLevel),
    unit: z.optional(z.enum(['level', 'institution', 'command-centre'])),
    departmentId: z.optional(Id),
    workers: z.optional(z.enum(['grid', 'community', 'none'])),
  }))();
/** What a routing rule decides. */
export type RoutingAction = z.output<typeof RoutingAction>;

/**
 * One routing rule of a rule set: a name for the explanations, a condition and an action.
 * Rules are tried in order; every rule that applies adds its decisions (a later one overrides
 * an earlier one on the same point), until one marked `final` applies.
 *
 * @example
 * ```ts
 * import { RoutingRule } from '@wangge/core';
 * RoutingRule.parse({
 *   id: 'alarm',
 *   name: { zh: '一键报警直达指挥中心', en: 'Alarms go straight to the command centre' },
 *   when: { priorities: ['alarm'] },
 *   then: { unit: 'command-centre', workers: 'none' },
 *   final: true,
 * });
 * ```
 */
export const RoutingRule = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: BilingualName,
    when: RoutingCondition,
    then: RoutingAction,
    final: z._default(z.boolean(), false),
  }))();
/** A routing rule. */
export type RoutingRule = z.output<typeof RoutingRule>;
