import { describe, expect, it } from 'vitest';
import {
  CaseActivity,
  DutyRoster,
  FOUR_LEVEL_POLICY,
  HANDLING_LEVELS,
  compileRules,
  decide,
  loadDistrict,
} from '../../src/index.js';
import { generateDemoDistrict } from '../../src/demo/index.js';
import { fc } from '../support/fast-check.js';

const demo = loadDistrict(generateDemoDistrict({ seed: 11, scale: 0.1 }));
if (!demo.success) throw demo.error;
const district = demo.data;
const compiled = compileRules(FOUR_LEVEL_POLICY, district);
if (!compiled.success) throw compiled.error;
const rules = compiled.data;
const roster = DutyRoster.from(district);
const grids = district.bundle.grids.map((grid) => grid.id);
const categories = district.bundle.categories.map((category) => category.code);
// The demo roster's day, and the week around it, at any minute.
const WEEK_START = Date.parse('2026-11-23T00:00:00+08:00');

describe('decide on the demo district', () => {
  it('routes every category somewhere at every level it can be at, at any time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...categories),
        fc.constantFrom(...grids),
        fc.constantFrom(...HANDLING_LEVELS),
        fc.constantFrom('normal' as const, 'urgent' as const, 'alarm' as const),
        fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }),
        (categoryCode, gridId, asked, priority, minute) => {
          const start = rules.categories.get(categoryCode)!.startLevel;
          const level =
            HANDLING_LEVELS.indexOf(asked) < HANDLING_LEVELS.indexOf(start) ? start : asked;
          const now = WEEK_START + minute * 60_000;
          const result = decide(
            { categoryCode, gridId, priority, level },
            district,
            rules,
            roster,
            now,
            new CaseActivity(),
          );
          if (!result.success) expect.fail(`${categoryCode} at ${level}: ${result.error.message}`);
          const d = result.data;
          expect(HANDLING_LEVELS.indexOf(d.level)).toBeGreaterThanOrEqual(
            HANDLING_LEVELS.indexOf(level),
          );
          expect(district.units.has(d.unitId) || district.residentUnits.has(d.unitId)).toBe(true);
          expect(district.departments.has(d.departmentId)).toBe(true);
          expect(d.dueAtMs).toBeGreaterThan(now);
          if (d.workerId !== undefined) expect(district.people.has(d.workerId)).toBe(true);
          expect(d.rules).toHaveLength(rules.routes.length);
          expect(d.explanation['zh-CN'].length).toBeGreaterThan(20);
          expect(d.explanation.en.length).toBeGreaterThan(20);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('decides the same way twice (no hidden state)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...categories),
        fc.constantFrom(...grids),
        fc.nat(7 * 24 * 60),
        (categoryCode, gridId, minute) => {
          const now = WEEK_START + minute * 60_000;
          const a = decide({ categoryCode, gridId }, district, rules, roster, now);
          const b = decide({ categoryCode, gridId }, district, rules, roster, now);
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 200 },
    );
  });
});
