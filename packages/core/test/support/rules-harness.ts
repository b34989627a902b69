import {
  CaseActivity,
  DutyRoster,
  FOUR_LEVEL_POLICY,
  compileRules,
  type CompiledRules,
  type LoadedDistrict,
  type RuleSetInput,
} from '../../src/index.js';
import { caseDistrict } from '../fixtures/case-district.js';

export const DISTRICT: LoadedDistrict = caseDistrict();

/** The four-level policy, with the mediation skill asked of disputes (ZZ-00 and below). */
export const POLICY: RuleSetInput = {
  ...FOUR_LEVEL_POLICY,
  categories: [{ categories: ['ZZ-00'], skills: ['mediation'] }],
};

export function rulesOf(input: RuleSetInput = POLICY, district = DISTRICT): CompiledRules {
  const result = compileRules(input, district);
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

export const ROSTER = DutyRoster.from(DISTRICT);
export const emptyActivity = () => new CaseActivity();
