import { chinaWorkingCalendar } from '../calendar/china-working-calendar.js';
import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { WanggeValidationError } from '../errors/validation-error.js';
import type { LoadedDistrict } from '../district/loaded-district.js';
import type { Deadline } from '../schema/category.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import type { RoutingRule } from '../schema/routing-rule.js';
import { RuleSet } from '../schema/rule-set.js';
import { parseInput } from '../validation/parse-input.js';
import { workersOf } from '../district/workers-of.js';
import { checkRules } from './check-rules.js';
import { effectiveCategories, type EffectiveCategory } from './effective-category.js';
import { escalationLevel } from './escalation-level.js';
import type { RuleIssue } from './rule-issue.js';

/**
 * What the case engine asks of the rules (pass it as the engine's `policy`): a category's start
 * level and deadline at a level, and where a case escalates from its level.
 *
 * @example
 * ```ts
 * import { createCaseEngine, type CompiledRules, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * declare const rules: CompiledRules;
 * createCaseEngine({ district, clock: () => new Date(), policy: rules.policy });
 * ```
 */
export interface RulesPolicy {
  startLevelOf(categoryCode: string): HandlingLevel | undefined;
  deadlineOf(categoryCode: string, level: HandlingLevel): Deadline | undefined;
  escalationOf(
    categoryCode: string,
    level: HandlingLevel,
  ): { readonly to: HandlingLevel; readonly departmentId?: string } | undefined;
}

/**
 * A rule set checked against a district and prepared for `decide`: the effective category
 * policies, the routing rules, the calendar their deadlines and times are read on, and the
 * warnings `checkRules` found. Immutable.
 *
 * @example
 * ```ts
 * import type { CompiledRules } from '@wangge/core';
 * const start = (rules: CompiledRules, code: string) => rules.categories.get(code)?.startLevel;
 * ```
 */
export interface CompiledRules {
  readonly ruleSet: RuleSet;
  readonly district: LoadedDistrict;
  readonly calendar: CompiledCalendar;
  readonly categories: ReadonlyMap<string, EffectiveCategory>;
  /** The routing rules, in order. */
  readonly routes: readonly RoutingRule[];
  readonly warnings: readonly RuleIssue[];
  readonly policy: RulesPolicy;
  /** The night hours in minutes of the day, start and end. */
  readonly night: readonly [number, number];
  /** @internal The units where a grid's workers are on duty: the grid and its micro-grids. */
  readonly gridUnits: (gridId: string) => readonly string[];
  /** @internal Every unit of a community, itself included. */
  readonly communityUnits: (communityId: string) => readonly string[];
  /** @internal The codes of the categories in a category's group (its topmost group). */
  readonly groupOf: (code: string) => ReadonlySet<string>;
  /** @internal The grid chief (网格长) of a grid with the smallest id, if it has one. */
  readonly gridChief: (gridId: string) => string | null;
}

/**
 * The outcome of {@link compileRules}.
 *
 * @example
 * ```ts
 * import type { CompileRulesResult } from '@wangge/core';
 * const ok = (result: CompileRulesResult) => result.success && result.data.warnings.length === 0;
 * ```
 */
export type CompileRulesResult =
  | { readonly success: true; readonly data: CompiledRules }
  | { readonly success: false; readonly error: WanggeValidationError };

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function memo<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * Reads a district's rule set (see `RuleSet`) from untrusted data without throwing, checks it
 * against the district (`checkRules`) and prepares it for `decide`. A rule set with errors is
 * refused with every issue; warnings are kept in `warnings`.
 *
 * @example
 * ```ts
 * import { FOUR_LEVEL_POLICY, compileRules, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const result = compileRules(FOUR_LEVEL_POLICY, district);
 * if (!result.success) console.log(result.error.format('zh-CN'));
 * ```
 */
export function compileRules(
  input: unknown,
  district: LoadedDistrict,
  options: { readonly calendar?: CompiledCalendar } = {},
): CompileRulesResult {
  const parsed = parseInput(RuleSet, input, 'RuleSet');
  if (!parsed.success) return parsed;
  const ruleSet = parsed.data;
  const calendar = options.calendar ?? chinaWorkingCalendar();
  const issues = checkRules(ruleSet, district, calendar);
  if (issues.some((issue) => issue.severity === 'error')) {
    return {
      success: false,
      error: new WanggeValidationError(
        'RuleSet',
        issues.filter((issue) => issue.severity === 'error'),
      ),
    };
  }
  const categories = effectiveCategories(district, ruleSet);
  const descendants = (unitId: string): string[] => [
    unitId,
    ...(district.children.get(unitId) ?? []).flatMap((child) => descendants(child.record.id)),
  ];
  const compiled: CompiledRules = {
    ruleSet,
    district,
    calendar,
    categories,
    routes: ruleSet.routes,
    warnings: issues,
    night: [minutes(ruleSet.night.start), minutes(ruleSet.night.end)],
    policy: {
      startLevelOf: (code) => categories.get(code)?.startLevel,
      deadlineOf: (code, level) => categories.get(code)?.deadlines[level],
      escalationOf: (_code, level) => {
        if (level === 'district') return undefined;
        const target = ruleSet.escalation[level];
        const to = escalationLevel(ruleSet, level);
        return target.to === 'department' ? { to, departmentId: target.departmentId } : { to };
      },
    },
    gridUnits: memo(descendants),
    communityUnits: memo(descendants),
    groupOf: memo((code) => {
      const top = categories.get(code)?.chain.at(-1);
      return new Set(
        [...categories.values()].filter((c) => c.chain.at(-1) === top).map((c) => c.code),
      );
    }),
    gridChief: memo(
      (gridId) =>
        workersOf(district, gridId, { roles: ['grid-chief'] })
          .map((person) => person.id)
          .sort()[0] ?? null,
    ),
  };
  return { success: true, data: compiled };
}
