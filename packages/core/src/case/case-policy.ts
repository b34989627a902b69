import type { Deadline } from '../schema/category.js';
import type { HandlingLevel } from '../schema/handling-level.js';

/**
 * A district's policy as the case engine asks it (`CompiledRules.policy` fits): a category's
 * start level and its deadline at a level, instead of the catalogue's, and where a case
 * escalates from its level, instead of the next level's unit. Whatever it leaves undecided (`undefined`) comes from the
 * catalogue and the tree.
 *
 * @example
 * ```ts
 * import type { CasePolicy } from '@wangge/core';
 * const toCommandCentre: CasePolicy = {
 *   escalationOf: (_code, level) => (level === 'street' ? { to: 'district' } : undefined),
 * };
 * ```
 */
export interface CasePolicy {
  startLevelOf?(categoryCode: string): HandlingLevel | undefined;
  deadlineOf?(categoryCode: string, level: HandlingLevel): Deadline | undefined;
  escalationOf?(
    categoryCode: string,
    level: HandlingLevel,
  ): { readonly to: HandlingLevel; readonly departmentId?: string } | undefined;
}
