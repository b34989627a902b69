import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import type { LoadedDistrict } from '../district/loaded-district.js';
import {
  RULE_MESSAGES,
  type RuleIssueCode,
  type RuleMessageParams,
} from '../i18n/rules-messages.js';
import type { Deadline } from '../schema/category.js';
import { HANDLING_LEVELS, type HandlingLevel } from '../schema/handling-level.js';
import type { RoutingCondition } from '../schema/routing-rule.js';
import type { RuleSet } from '../schema/rule-set.js';
import { effectiveCategories, type EffectiveCategory } from './effective-category.js';
import { escalationLevel } from './escalation-level.js';
import type { RuleIssue } from './rule-issue.js';

const rank = (level: HandlingLevel) => HANDLING_LEVELS.indexOf(level);

function issue(
  code: RuleIssueCode,
  path: readonly PropertyKey[],
  params: RuleMessageParams,
  severity: 'error' | 'warning' = 'error',
): RuleIssue {
  const entry = RULE_MESSAGES[code];
  return { code, path, severity, expected: entry.expected, message: entry.message(params) };
}

// Whether condition `a` holds whenever condition `b` does: then a final rule with `a` before a
// rule with `b` always stops first.
function covers(
  a: RoutingCondition,
  b: RoutingCondition,
  under: (code: string, codes: readonly string[]) => boolean,
): boolean {
  const subset = <T>(inner: readonly T[] | undefined, outer: readonly T[] | undefined) =>
    outer === undefined || (inner?.every((item) => outer.includes(item)) ?? false);
  const codes = a.categories;
  if (codes && !(b.categories?.every((code) => under(code, codes)) ?? false)) return false;
  if (!subset(b.gridKinds, a.gridKinds) || !subset(b.priorities, a.priorities)) return false;
  if (!subset(b.times, a.times)) return false;
  if (a.repeated) {
    const r = b.repeated;
    if (
      !r ||
      r.atLeast < a.repeated.atLeast ||
      r.withinDays > a.repeated.withinDays ||
      r.radiusMeters > a.repeated.radiusMeters
    ) {
      return false;
    }
  }
  return true;
}

function durationMs(deadline: Deadline, calendar: CompiledCalendar): number {
  switch (deadline.unit) {
    case 'hours':
    case 'working-hours':
      return deadline.amount * 3_600_000;
    case 'days':
      return deadline.amount * 86_400_000;
    default:
      return deadline.amount * calendar.dailyWorkingMs;
  }
}
const working = (deadline: Deadline) =>
  deadline.unit === 'working-hours' || deadline.unit === 'working-days';

function deadlinePath(category: EffectiveCategory, level: HandlingLevel): PropertyKey[] {
  const source = category.deadlineSources[level];
  return typeof source === 'number'
    ? ['categories', source, 'deadlines', level]
    : ['catalogue', category.code, 'deadlines', level];
}

// The levels a category can be handled at: where it starts, where a rule can send it, where the
// worker fallback sends it, and every level its escalations reach from there.
function reachableLevels(category: EffectiveCategory, ruleSet: RuleSet): Set<HandlingLevel> {
  const levels = new Set<HandlingLevel>([category.startLevel]);
  for (const rule of ruleSet.routes) {
    const codes = rule.when.categories;
    if (codes && !codes.some((code) => category.chain.includes(code))) continue;
    if (rule.then.unit === 'command-centre') levels.add('district');
    if (rule.then.level && rank(rule.then.level) > rank(category.startLevel)) {
      levels.add(rule.then.level);
    }
  }
  if (levels.has('grid') && ruleSet.selection.fallback.includes('community')) {
    levels.add('community');
  }
  for (const level of HANDLING_LEVELS) {
    if (level === 'district' || !levels.has(level)) continue;
    const next = escalationLevel(ruleSet, level);
    if (rank(next) > rank(level)) levels.add(next);
  }
  return levels;
}

/**
 * Checks a rule set against a district before anything runs, and reports every problem as a
 * typed issue (see `RuleIssueCode`): names the district does not have, duplicate rule ids,
 * rules that can never apply, categories that can reach a level without a deadline, escalation
 * targets that do not go up, deadlines that do not grow with the level. `compileRules` refuses a
 * rule set with errors; an editor can show the issues as the staff type.
 *
 * @example
 * ```ts
 * import { FOUR_LEVEL_POLICY, RuleSet, checkRules, chinaWorkingCalendar, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const issues = checkRules(RuleSet.parse(FOUR_LEVEL_POLICY), district, chinaWorkingCalendar());
 * for (const issue of issues) console.log(issue.severity, issue.path, issue.message['zh-CN']);
 * ```
 */
export function checkRules(
  ruleSet: RuleSet,
  district: LoadedDistrict,
  calendar: CompiledCalendar,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const known = (code: string) => district.categories.has(code);
  const department = (id: string | undefined, path: PropertyKey[]) => {
    if (id !== undefined && !district.departments.has(id)) {
      issues.push(issue('unknown_department', path, { id }));
    }
  };
  const categories = effectiveCategories(district, ruleSet);
  const under = (code: string, codes: readonly string[]) =>
    (categories.get(code)?.chain ?? [code]).some((c) => codes.includes(c));

  ruleSet.categories.forEach((policy, p) => {
    policy.categories.forEach((code, k) => {
      if (!known(code))
        issues.push(issue('unknown_category', ['categories', p, 'categories', k], { id: code }));
    });
    department(policy.departmentId, ['categories', p, 'departmentId']);
  });

  const ids = new Set<string>();
  ruleSet.routes.forEach((rule, i) => {
    if (ids.has(rule.id))
      issues.push(issue('duplicate_rule_id', ['routes', i, 'id'], { id: rule.id }));
    ids.add(rule.id);
    rule.when.categories?.forEach((code, k) => {
      if (!known(code)) {
        issues.push(
          issue('unknown_category', ['routes', i, 'when', 'categories', k], { id: code }),
        );
      }
    });
    department(rule.then.departmentId, ['routes', i, 'then', 'departmentId']);
    const by = ruleSet.routes
      .slice(0, i)
      .find((earlier) => earlier.final && covers(earlier.when, rule.when, under));
    if (by) issues.push(issue('unreachable_rule', ['routes', i], { id: rule.id, by: by.id }));
  });

  for (const level of ['grid', 'community', 'street'] as const) {
    const target = ruleSet.escalation[level];
    if (target.to === 'department')
      department(target.departmentId, ['escalation', level, 'departmentId']);
    const to = escalationLevel(ruleSet, level);
    if (rank(to) <= rank(level))
      issues.push(issue('escalation_cycle', ['escalation', level], { level, to }));
  }

  for (const category of categories.values()) {
    for (const level of reachableLevels(category, ruleSet)) {
      if (!category.deadlines[level]) {
        issues.push(issue('no_route', deadlinePath(category, level), { id: category.code, level }));
      }
    }
    // From the start level up: a deadline below it (left in the catalogue) never applies.
    let below: HandlingLevel | undefined;
    for (const level of HANDLING_LEVELS.slice(rank(category.startLevel))) {
      const deadline = category.deadlines[level];
      if (!deadline) continue;
      const previous = below === undefined ? undefined : category.deadlines[below];
      if (below !== undefined && previous) {
        const params = { id: category.code, level, below };
        if (working(previous) !== working(deadline)) {
          issues.push(
            issue('deadline_units_mixed', deadlinePath(category, level), params, 'warning'),
          );
        } else if (durationMs(deadline, calendar) <= durationMs(previous, calendar)) {
          issues.push(issue('deadline_not_growing', deadlinePath(category, level), params));
        }
      }
      below = level;
    }
  }
  return issues;
}
