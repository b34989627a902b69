import type { Deadline } from '../schema/category.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import { HANDLING_LEVEL_NAMES } from './case-names.js';
import type { LocalizedText } from './localized-text.js';

/**
 * The codes of the problems `checkRules` finds in a rule set:
 *
 * - `unknown_category` / `unknown_department`: a name that the district's catalogue or
 *   departments do not have;
 * - `duplicate_rule_id`: two routing rules with one id;
 * - `unreachable_rule`: a rule that an earlier `final` rule always stops first;
 * - `no_route`: a category that can reach a level where it has no deadline (nobody could be
 *   held to it there);
 * - `escalation_cycle`: an escalation target that is not above its level;
 * - `deadline_not_growing`: a category's deadline that is not longer at a level than below it;
 * - `deadline_units_mixed` (a warning): natural and working time at successive levels, which
 *   cannot be compared.
 *
 * @example
 * ```ts
 * import type { RuleIssueCode } from '@wangge/core';
 * const code: RuleIssueCode = 'unreachable_rule';
 * ```
 */
export type RuleIssueCode =
  | 'unknown_category'
  | 'unknown_department'
  | 'duplicate_rule_id'
  | 'unreachable_rule'
  | 'no_route'
  | 'escalation_cycle'
  | 'deadline_not_growing'
  | 'deadline_units_mixed';

/** What a rule message may mention: ids, codes, levels. */
export type RuleMessageParams = Readonly<Record<string, string | undefined>>;

const level = (value: string | undefined, locale: 'zh-CN' | 'en') =>
  value !== undefined && Object.hasOwn(HANDLING_LEVEL_NAMES, value)
    ? HANDLING_LEVEL_NAMES[value as HandlingLevel][locale]
    : (value ?? '');

/**
 * The messages of {@link RuleIssueCode}, with what was expected, in zh-CN and en.
 *
 * @example
 * ```ts
 * import { RULE_MESSAGES } from '@wangge/core';
 * RULE_MESSAGES.unreachable_rule.message({ id: 'night', by: 'alarm' }).en;
 * // "The rule 'night' can never apply: the final rule 'alarm' before it always applies first."
 * ```
 */
export const RULE_MESSAGES: Readonly<
  Record<
    RuleIssueCode,
    {
      readonly expected: LocalizedText;
      readonly message: (p: RuleMessageParams) => LocalizedText;
    }
  >
> = {
  unknown_category: {
    expected: {
      'zh-CN': '事项目录中的事项或分组编码',
      en: 'a category or group code of the catalogue',
    },
    message: (p) => ({
      'zh-CN': `事项目录中没有编码 “${p.id ?? ''}”。`,
      en: `The catalogue has no category or group '${p.id ?? ''}'.`,
    }),
  },
  unknown_department: {
    expected: { 'zh-CN': '本区职能部门的 id', en: 'the id of a department of the district' },
    message: (p) => ({
      'zh-CN': `本区没有 id 为 “${p.id ?? ''}” 的职能部门。`,
      en: `The district has no department with the id '${p.id ?? ''}'.`,
    }),
  },
  duplicate_rule_id: {
    expected: { 'zh-CN': '唯一的规则 id', en: 'a unique rule id' },
    message: (p) => ({
      'zh-CN': `规则 id “${p.id ?? ''}” 重复。`,
      en: `The rule id '${p.id ?? ''}' is used more than once.`,
    }),
  },
  unreachable_rule: {
    expected: {
      'zh-CN': '不被前面的终止规则完全覆盖的条件',
      en: 'a condition that no earlier final rule covers entirely',
    },
    message: (p) => ({
      'zh-CN': `规则 “${p.id ?? ''}” 永远不会生效：它前面的终止规则 “${p.by ?? ''}” 总会先生效。`,
      en: `The rule '${p.id ?? ''}' can never apply: the final rule '${p.by ?? ''}' before it always applies first.`,
    }),
  },
  no_route: {
    expected: {
      'zh-CN': '该事项可能到达的每个层级都有办理时限',
      en: 'a deadline at every level the category can reach',
    },
    message: (p) => ({
      'zh-CN': `事项 “${p.id ?? ''}” 可能到达${level(p.level, 'zh-CN')}，但在该层级没有办理时限，无法分派。`,
      en: `The category '${p.id ?? ''}' can reach the ${level(p.level, 'en').toLowerCase()} level but has no deadline there: it cannot be routed.`,
    }),
  },
  escalation_cycle: {
    expected: { 'zh-CN': '更高的层级', en: 'a higher level' },
    message: (p) => ({
      'zh-CN': `${level(p.level, 'zh-CN')}的上报目标在${level(p.to, 'zh-CN')}，没有向上：案件会在层级间打转。`,
      en: `The ${level(p.level, 'en').toLowerCase()} level escalates to the ${level(p.to, 'en').toLowerCase()} level, which is not above it: cases would go round in circles.`,
    }),
  },
  deadline_not_growing: {
    expected: { 'zh-CN': '层级越高，时限越长', en: 'a longer deadline at each level up' },
    message: (p) => ({
      'zh-CN': `事项 “${p.id ?? ''}” 在${level(p.level, 'zh-CN')}的时限不长于${level(p.below, 'zh-CN')}。`,
      en: `The category '${p.id ?? ''}' has a deadline at the ${level(p.level, 'en').toLowerCase()} level that is no longer than at the ${level(p.below, 'en').toLowerCase()} level.`,
    }),
  },
  deadline_units_mixed: {
    expected: {
      'zh-CN': '相邻层级使用同类时间（自然时间或工作时间）',
      en: 'the same kind of time (natural or working) at successive levels',
    },
    message: (p) => ({
      'zh-CN': `事项 “${p.id ?? ''}” 在${level(p.below, 'zh-CN')}和${level(p.level, 'zh-CN')}的时限一个按自然时间、一个按工作时间，无法比较长短。`,
      en: `The category '${p.id ?? ''}' counts natural time at one of the ${level(p.below, 'en').toLowerCase()} and ${level(p.level, 'en').toLowerCase()} levels and working time at the other: they cannot be compared.`,
    }),
  },
};

/**
 * A deadline in words: `1 个工作日`, `4 hours`.
 *
 * @example
 * ```ts
 * import { deadlineText } from '@wangge/core';
 * deadlineText({ amount: 2, unit: 'working-days' }).en; // '2 working days'
 * ```
 */
export function deadlineText(deadline: Deadline): LocalizedText {
  const n = String(deadline.amount);
  const one = deadline.amount === 1;
  switch (deadline.unit) {
    case 'hours':
      return { 'zh-CN': `${n} 小时`, en: `${n} hour${one ? '' : 's'}` };
    case 'days':
      return { 'zh-CN': `${n} 天`, en: `${n} day${one ? '' : 's'}` };
    case 'working-hours':
      return { 'zh-CN': `${n} 个工作小时`, en: `${n} working hour${one ? '' : 's'}` };
    default:
      return { 'zh-CN': `${n} 个工作日`, en: `${n} working day${one ? '' : 's'}` };
  }
}

/**
 * The four-level motto (微事不出格、小事不出社区、大事不出街镇、难事区域终结) phrase of each level.
 *
 * @example
 * ```ts
 * import { LEVEL_MOTTOS } from '@wangge/core';
 * LEVEL_MOTTOS.grid['zh-CN']; // '微事不出格（网格首诊）'
 * ```
 */
export const LEVEL_MOTTOS: Readonly<Record<HandlingLevel, LocalizedText>> = {
  grid: {
    'zh-CN': '微事不出格（网格首诊）',
    en: 'micro matters stay in the grid (grid first diagnosis)',
  },
  community: {
    'zh-CN': '小事不出社区（村社坐诊）',
    en: 'small matters stay in the community',
  },
  street: { 'zh-CN': '大事不出街镇（街镇接诊）', en: 'big matters stay in the street or town' },
  district: {
    'zh-CN': '难事区域终结（区级会诊）',
    en: 'hard matters end at the district (district consultation)',
  },
};
