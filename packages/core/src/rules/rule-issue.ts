import type { ValidationIssue } from '../errors/validation-error.js';
import type { RuleIssueCode } from '../i18n/rules-messages.js';

/**
 * A problem `checkRules` found in a rule set: a validation issue (what, where, what was
 * expected, in zh-CN and en) with its severity. An `error` keeps the rule set from being
 * compiled; a `warning` does not.
 *
 * @example
 * ```ts
 * import type { RuleIssue } from '@wangge/core';
 * const blocking = (issues: readonly RuleIssue[]) => issues.filter((i) => i.severity === 'error');
 * ```
 */
export interface RuleIssue extends ValidationIssue {
  readonly code: RuleIssueCode;
  readonly severity: 'error' | 'warning';
}
