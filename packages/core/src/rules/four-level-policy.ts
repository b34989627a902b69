import type { RuleSetInput } from '../schema/rule-set.js';

/**
 * The four-level policy of the seed (微事不出格、小事不出社区、大事不出街镇、难事区域终结、矛盾不上交) as a
 * rule set, the default a district starts from and adapts:
 *
 * - each category starts at its catalogue level (micro matters at the grid, small ones at the
 *   community, big ones at the street, hard ones at the district) with its catalogue department
 *   and deadlines;
 * - `alarm`: a one-click alarm (一键报警) goes straight to the district command centre;
 * - `exclusive-grid`: in an exclusive grid (专属网格), the institution's resident unit answers
 *   first;
 * - `repeated-place`: a problem reported three times at the same place (50 m) within 30 days
 *   goes to the community: the grid alone has not settled it;
 * - `night-duty`: at night and on rest days, the community's worker on duty (值班) takes it;
 * - a grid's workers on duty are chosen by continuity with the reporter, then skills, then
 *   fewest open cases; with nobody on duty, the grid chief, then the community;
 * - escalation goes to the community, then the street, then the district command centre.
 *
 * @example
 * ```ts
 * import { FOUR_LEVEL_POLICY, compileRules, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const own = { ...FOUR_LEVEL_POLICY, id: 'yingze-2027', night: { start: '19:00', end: '08:30' } };
 * compileRules(own, district).success;
 * ```
 */
export const FOUR_LEVEL_POLICY: RuleSetInput = {
  schemaVersion: 1,
  id: 'four-level-policy',
  name: {
    zh: '四级处置（微事不出格、小事不出社区、大事不出街镇、难事区域终结）',
    en: 'Four-level handling',
  },
  categories: [],
  routes: [
    {
      id: 'alarm',
      name: { zh: '一键报警直达区综治指挥中心', en: 'Alarms go straight to the command centre' },
      when: { priorities: ['alarm'] },
      then: { unit: 'command-centre', workers: 'none' },
      final: true,
    },
    {
      id: 'exclusive-grid',
      name: {
        zh: '专属网格由驻区单位首诊',
        en: 'In an exclusive grid, its institution answers first',
      },
      when: { gridKinds: ['exclusive'] },
      then: { unit: 'institution' },
    },
    {
      id: 'repeated-place',
      name: {
        zh: '同一地点反复发生，社区坐诊',
        en: 'A place that keeps coming back goes to the community',
      },
      when: { repeated: { atLeast: 3, withinDays: 30, radiusMeters: 50 } },
      then: { level: 'community' },
    },
    {
      id: 'night-duty',
      name: {
        zh: '夜间和休息日由社区值班人员接办',
        en: 'At night and on rest days, the community on duty',
      },
      when: { times: ['night', 'rest-day'] },
      then: { workers: 'community' },
    },
  ],
  escalation: {
    grid: { to: 'parent' },
    community: { to: 'parent' },
    street: { to: 'command-centre' },
  },
  selection: {
    order: ['continuity', 'skills', 'least-open'],
    fallback: ['grid-chief', 'community'],
    requireCheckIn: false,
  },
  duplicates: { radiusMeters: 100, withinHours: 72, match: 'group' },
  night: { start: '20:00', end: '08:00' },
};
