import { HANDLING_LEVELS, type HandlingLevel } from '../schema/handling-level.js';
import type { RuleSet } from '../schema/rule-set.js';

/** The level a rule set's escalation target for a level leads to (the district for itself). */
export function escalationLevel(ruleSet: RuleSet, level: HandlingLevel): HandlingLevel {
  if (level === 'district') return 'district';
  const target = ruleSet.escalation[level];
  switch (target.to) {
    case 'parent':
      return HANDLING_LEVELS[HANDLING_LEVELS.indexOf(level) + 1] ?? 'district';
    case 'department':
      return target.level;
    default:
      return 'district';
  }
}
