import type { LoadedDistrict } from '../district/loaded-district.js';
import type { BilingualName } from '../schema/bilingual-name.js';
import type { Deadline } from '../schema/category.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import type { RuleSet } from '../schema/rule-set.js';

/**
 * What a rule set makes of a category of the catalogue: its catalogue entry with the category
 * policies that name it or one of its groups applied, the most general first (a policy naming
 * the category itself wins over one naming its group).
 *
 * @example
 * ```ts
 * import type { EffectiveCategory } from '@wangge/core';
 * const firstLimit = (c: EffectiveCategory) => c.deadlines[c.startLevel];
 * ```
 */
export interface EffectiveCategory {
  readonly code: string;
  readonly name: BilingualName;
  /** The category's code, then its group's, then that group's group, … */
  readonly chain: readonly string[];
  readonly startLevel: HandlingLevel;
  readonly departmentId: string;
  readonly deadlines: Readonly<Partial<Record<HandlingLevel, Deadline>>>;
  readonly skills: readonly string[];
  /** Where each level's deadline comes from: a policy's index, or `catalogue`. */
  readonly deadlineSources: Readonly<Partial<Record<HandlingLevel, number | 'catalogue'>>>;
}

/** The chain of a category code up through its groups (the catalogue has no cycles). */
export function categoryChain(district: LoadedDistrict, code: string): string[] {
  const chain: string[] = [];
  let current = district.categories.get(code);
  while (current && chain.length < 16) {
    chain.push(current.code);
    current =
      current.parentCode === undefined ? undefined : district.categories.get(current.parentCode);
  }
  return chain;
}

/** Every category of the district's catalogue as the rule set makes it. */
export function effectiveCategories(
  district: LoadedDistrict,
  ruleSet: RuleSet,
): Map<string, EffectiveCategory> {
  const out = new Map<string, EffectiveCategory>();
  for (const category of district.categories.values()) {
    const chain = categoryChain(district, category.code);
    const applying = ruleSet.categories
      .map((policy, index) => {
        const distances = policy.categories
          .map((code) => chain.indexOf(code))
          .filter((d) => d >= 0);
        return { policy, index, distance: distances.length ? Math.min(...distances) : -1 };
      })
      .filter((p) => p.distance >= 0)
      .sort((a, b) => b.distance - a.distance || a.index - b.index);
    let startLevel = category.startLevel;
    let departmentId = category.departmentId;
    let skills: readonly string[] = [];
    const deadlines: Partial<Record<HandlingLevel, Deadline>> = { ...category.deadlines };
    const deadlineSources: Partial<Record<HandlingLevel, number | 'catalogue'>> = {};
    for (const level of Object.keys(category.deadlines) as HandlingLevel[]) {
      deadlineSources[level] = 'catalogue';
    }
    for (const { policy, index } of applying) {
      if (policy.startLevel) startLevel = policy.startLevel;
      if (policy.departmentId) departmentId = policy.departmentId;
      if (policy.skills) skills = policy.skills;
      for (const [level, deadline] of Object.entries(policy.deadlines ?? {}) as [
        HandlingLevel,
        Deadline,
      ][]) {
        deadlines[level] = deadline;
        deadlineSources[level] = index;
      }
    }
    out.set(category.code, {
      code: category.code,
      name: category.name,
      chain,
      startLevel,
      departmentId,
      deadlines,
      skills,
      deadlineSources,
    });
  }
  return out;
}
