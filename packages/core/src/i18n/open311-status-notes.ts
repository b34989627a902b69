import type { CaseStep } from '../schema/case-step.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import { CASE_STEP_NAMES, HANDLING_LEVEL_NAMES } from './case-names.js';
import type { LocalizedText } from './localized-text.js';

const levelEn = (level: HandlingLevel) => HANDLING_LEVEL_NAMES[level].en.toLowerCase();

/**
 * The `status_notes` of a case in Open311: where an open case is (its step of the closed loop
 * and its handling level, and whether its clock is stopped), and how a closed one ended. Built
 * from steps, levels, case ids and the name of the body a case was referred to, never from
 * staff notes (which may quote residents).
 */
export const OPEN311_STATUS_NOTES = {
  open(step: CaseStep, level: HandlingLevel, suspended: boolean): LocalizedText {
    return {
      'zh-CN': `${CASE_STEP_NAMES[step]['zh-CN']}，${HANDLING_LEVEL_NAMES[level]['zh-CN']}处置${suspended ? '，缓办中' : ''}`,
      en: `${CASE_STEP_NAMES[step].en}, handled at the ${levelEn(level)} level${suspended ? '; suspended' : ''}`,
    };
  },
  resolved(level: HandlingLevel): LocalizedText {
    return {
      'zh-CN': `已办结（${HANDLING_LEVEL_NAMES[level]['zh-CN']}处置）`,
      en: `Resolved (handled at the ${levelEn(level)} level)`,
    };
  },
  invalid: { 'zh-CN': '不予立案：无效上报', en: 'Rejected: not a valid report' } as LocalizedText,
  duplicate(original: string | undefined): LocalizedText {
    return original === undefined
      ? { 'zh-CN': '不予立案：重复上报', en: 'Rejected: a duplicate report' }
      : {
          'zh-CN': `不予立案：重复上报，已并入案件 ${original}`,
          en: `Rejected: a duplicate of case ${original}`,
        };
  },
  referred(to: string | undefined): LocalizedText {
    return to === undefined
      ? {
          'zh-CN': '不予立案：非本单位职责，已转交',
          en: 'Rejected: not our responsibility, referred',
        }
      : {
          'zh-CN': `不予立案：非本单位职责，已转交${to}`,
          en: `Rejected: not our responsibility, referred to ${to}`,
        };
  },
  archived: { 'zh-CN': '结案归档', en: 'Archived' } as LocalizedText,
} as const;
