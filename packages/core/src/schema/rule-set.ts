import * as z from 'zod/mini';
import { BilingualName } from './bilingual-name.js';
import { CategoryPolicy } from './category-policy.js';
import { DuplicatePolicy } from './duplicate-policy.js';
import { EscalationTarget } from './escalation-target.js';
import { Id } from './id.js';
import { RoutingRule } from './routing-rule.js';
import { WorkerSelection } from './worker-selection.js';
import { TimeOfDay } from './working-calendar.js';

/**
 * A district's assignment and escalation policy (分级处置规则) as data that its staff read and
 * change: category policies (where each category starts, its department, deadlines and skills;
 * the catalogue gives what they leave out), routing rules tried in order, where each level
 * escalates to, how a worker is chosen, when a report is a duplicate, and the night hours of the
 * `night` condition. Read it with `compileRules`, which checks it against the district first.
 *
 * @example
 * ```ts
 * import { RuleSet } from '@wangge/core';
 * const rules = RuleSet.parse({
 *   schemaVersion: 1,
 *   id: 'yingze-2026',
 *   name: { zh: '迎泽区四级处置规则', en: 'Yingze four-level policy' },
 *   routes: [],
 *   escalation: { grid: { to: 'parent' }, community: { to: 'parent' }, street: { to: 'command-centre' } },
 * });
 * rules.selection.order; // ['continuity', 'skills', 'least-open']
 * ```
 */
export const RuleSet = /* @__PURE__ */ (() =>
  z.strictObject({
    schemaVersion: z.literal(1),
    id: Id,
    name: BilingualName,
    categories: z._default(z.array(CategoryPolicy), () => []),
    routes: z.array(RoutingRule).check(z.maxLength(500)),
    /** Where a case goes from each level below the district. */
    escalation: z.strictObject({
      grid: EscalationTarget,
      community: EscalationTarget,
      street: EscalationTarget,
    }),
    selection: z._default(WorkerSelection, () => WorkerSelection.parse({})),
    duplicates: z._default(DuplicatePolicy, () => DuplicatePolicy.parse({})),
    /** The night hours of the `night` time condition (夜间值班), e.g. 20:00 to 08:00. */
    night: z._default(z.strictObject({ start: TimeOfDay, end: TimeOfDay }), () => ({
      start: '20:00',
      end: '08:00',
    })),
  }))();
/** A parsed rule set, defaults filled in. */
export type RuleSet = z.output<typeof RuleSet>;
/** A rule set as a district writes it. */
export type RuleSetInput = z.input<typeof RuleSet>;
