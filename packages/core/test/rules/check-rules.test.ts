import { describe, expect, it } from 'vitest';
import {
  FOUR_LEVEL_POLICY,
  RuleSet,
  checkRules,
  chinaWorkingCalendar,
  compileRules,
  loadDistrict,
  type RuleIssueCode,
  type RuleSetInput,
} from '../../src/index.js';
import { generateDemoDistrict } from '../../src/demo/index.js';
import { fc } from '../support/fast-check.js';
import { DISTRICT, POLICY } from '../support/rules-harness.js';

const calendar = chinaWorkingCalendar();
const issuesOf = (input: RuleSetInput, district = DISTRICT) =>
  checkRules(RuleSet.parse(input), district, calendar).map((issue) => [
    issue.code,
    issue.path,
    issue.severity,
  ]);

const rule = (id: string, when: object, then: object = {}, final = false) => ({
  id,
  name: { zh: id, en: id },
  when,
  then,
  final,
});

describe('checkRules', () => {
  it('finds nothing wrong with the four-level policy, here and on the Yingze-size demo district', () => {
    expect(issuesOf(FOUR_LEVEL_POLICY)).toEqual([]);
    expect(issuesOf(POLICY)).toEqual([]);
    const demo = loadDistrict(generateDemoDistrict({ seed: 3, scale: 0.05 }));
    if (!demo.success) throw demo.error;
    expect(issuesOf(FOUR_LEVEL_POLICY, demo.data)).toEqual([]);
  });

  it.each<[string, RuleSetInput, [RuleIssueCode, PropertyKey[], 'error' | 'warning'][]]>([
    [
      'an unknown category in a policy and in a rule',
      {
        ...POLICY,
        categories: [{ categories: ['XX-1'] }],
        routes: [rule('r', { categories: ['ZZ-01', 'YY-2'] })],
      },
      [
        ['unknown_category', ['categories', 0, 'categories', 0], 'error'],
        ['unknown_category', ['routes', 0, 'when', 'categories', 1], 'error'],
      ],
    ],
    [
      'an unknown department in a rule, a policy and an escalation',
      {
        ...POLICY,
        categories: [{ categories: ['ZZ-01'], departmentId: 'd-none' }],
        routes: [rule('r', {}, { departmentId: 'd-gone' })],
        escalation: {
          ...POLICY.escalation,
          street: { to: 'department', departmentId: 'd-x', level: 'district' },
        },
      },
      [
        ['unknown_department', ['categories', 0, 'departmentId'], 'error'],
        ['unknown_department', ['routes', 0, 'then', 'departmentId'], 'error'],
        ['unknown_department', ['escalation', 'street', 'departmentId'], 'error'],
      ],
    ],
    [
      'two rules with one id',
      {
        ...POLICY,
        routes: [rule('same', { priorities: ['urgent'] }), rule('same', { priorities: ['alarm'] })],
      },
      [['duplicate_rule_id', ['routes', 1, 'id'], 'error']],
    ],
    [
      'rules that an earlier final rule always stops first',
      {
        ...POLICY,
        routes: [
          rule('urgent-or-alarm', { priorities: ['urgent', 'alarm'] }, {}, true),
          rule('urgent-at-night', { priorities: ['urgent'], times: ['night'] }),
          rule('normal', { priorities: ['normal'] }),
          rule('disputes', { categories: ['ZZ-00'] }, {}, true),
          rule('neighbours-repeated', {
            categories: ['ZZ-01'],
            repeated: { atLeast: 3, withinDays: 7, radiusMeters: 20 },
          }),
          rule('anything', {}),
        ],
      },
      [
        ['unreachable_rule', ['routes', 1], 'error'],
        ['unreachable_rule', ['routes', 4], 'error'],
      ],
    ],
    [
      'a category that can start at a level without a deadline',
      { ...POLICY, categories: [{ categories: ['CG-01'], startLevel: 'grid' }] },
      [['no_route', ['catalogue', 'CG-01', 'deadlines', 'grid'], 'error']],
    ],
    [
      'an escalation target that is not above its level',
      {
        ...POLICY,
        escalation: {
          ...POLICY.escalation,
          street: { to: 'department', departmentId: 'd-cg', level: 'community' },
        },
      },
      [['escalation_cycle', ['escalation', 'street'], 'error']],
    ],
    [
      'a deadline that does not grow with the level',
      {
        ...POLICY,
        categories: [
          { categories: ['CG-01'], deadlines: { street: { amount: 2, unit: 'hours' } } },
        ],
      },
      [['deadline_not_growing', ['categories', 0, 'deadlines', 'street'], 'error']],
    ],
    [
      'nothing in a deadline below the start level, which never applies',
      {
        ...POLICY,
        categories: [
          {
            categories: ['ZZ-01'],
            startLevel: 'community',
            deadlines: { community: { amount: 1, unit: 'working-hours' } },
          },
        ],
      },
      [],
    ],
    [
      'natural and working time at successive levels (a warning)',
      {
        ...POLICY,
        categories: [
          { categories: ['CG-01'], deadlines: { street: { amount: 1, unit: 'working-days' } } },
        ],
      },
      [
        ['deadline_units_mixed', ['categories', 0, 'deadlines', 'street'], 'warning'],
        ['deadline_units_mixed', ['catalogue', 'CG-01', 'deadlines', 'district'], 'warning'],
      ],
    ],
  ])('finds %s', (_what, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('says what is wrong, where, and what was expected, in both languages', () => {
    const [issue] = checkRules(
      RuleSet.parse({
        ...POLICY,
        routes: [rule('all', {}, {}, true), rule('night', { times: ['night'] })],
      }),
      DISTRICT,
      calendar,
    );
    expect(issue).toMatchObject({
      code: 'unreachable_rule',
      message: {
        'zh-CN': '规则 “night” 永远不会生效：它前面的终止规则 “all” 总会先生效。',
        en: "The rule 'night' can never apply: the final rule 'all' before it always applies first.",
      },
      expected: { en: 'a condition that no earlier final rule covers entirely' },
    });
  });
});

describe('compileRules', () => {
  it('refuses a rule set with errors, listing them all, and never throws', () => {
    const result = compileRules(
      { ...POLICY, routes: [rule('a', {}, {}, true), rule('a', { times: ['night'] })] },
      DISTRICT,
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.code)).toEqual([
        'duplicate_rule_id',
        'unreachable_rule',
      ]);
    }
    for (const input of [undefined, 'rules', { schemaVersion: 2 }, { ...POLICY, routes: 'none' }]) {
      const bad = compileRules(input, DISTRICT);
      expect(bad.success).toBe(false);
    }
  });

  it('compiles a rule set with warnings, and keeps them', () => {
    const result = compileRules(
      {
        ...POLICY,
        categories: [
          { categories: ['CG-01'], deadlines: { street: { amount: 1, unit: 'working-days' } } },
        ],
      },
      DISTRICT,
    );
    expect(result.success && result.data.warnings.map((w) => w.code)).toEqual([
      'deadline_units_mixed',
      'deadline_units_mixed',
    ]);
  });
});

// Random valid rule sets: rules drawn from a pool, escalation targets that go up.
const LEVELS = ['grid', 'community', 'street', 'district'] as const;
const target = (from: number) =>
  fc.oneof(
    fc.constant({ to: 'parent' as const }),
    fc.constant({ to: 'command-centre' as const }),
    fc
      .integer({ min: from + 1, max: 3 })
      .map((k) => ({ to: 'department' as const, departmentId: 'd-zz', level: LEVELS[k]! })),
  );
const validRules = fc
  .record({
    routes: fc.uniqueArray(
      fc.constantFrom(
        rule('night', { times: ['night', 'rest-day'] }, { workers: 'community' }),
        rule('exclusive', { gridKinds: ['exclusive'] }, { unit: 'institution' }),
        rule(
          'repeated',
          { repeated: { atLeast: 3, withinDays: 30, radiusMeters: 50 } },
          { level: 'community' },
        ),
        rule('urgent', { priorities: ['urgent'] }, { workers: 'community' }),
        rule('fire', { categories: ['CG-01'] }, { departmentId: 'd-cg' }),
        rule('disputes', { categories: ['ZZ-00'] }, { departmentId: 'd-zz' }),
      ),
      { selector: (r) => r.id, maxLength: 6 },
    ),
    alarmFirst: fc.boolean(),
    grid: target(0),
    community: target(1),
    street: target(2),
  })
  .map(({ routes, alarmFirst, grid, community, street }): RuleSetInput => ({
    ...POLICY,
    routes: alarmFirst
      ? [rule('alarm', { priorities: ['alarm'] }, { unit: 'command-centre' }, true), ...routes]
      : routes,
    escalation: { grid, community, street },
  }));

type Mistake = readonly [RuleIssueCode, (input: RuleSetInput, at: number) => RuleSetInput];
const MISTAKES: Mistake[] = [
  [
    'unknown_category',
    (input) => ({ ...input, categories: [...(input.categories ?? []), { categories: ['NOPE'] }] }),
  ],
  [
    'unknown_department',
    (input, at) => ({
      ...input,
      routes: insert(input.routes, at, rule('dep', {}, { departmentId: 'd-nope' })),
    }),
  ],
  [
    'duplicate_rule_id',
    (input, at) => ({
      ...input,
      routes: [
        ...input.routes,
        rule(input.routes[at % Math.max(1, input.routes.length)]?.id ?? 'x', {}),
        ...(input.routes.length ? [] : [rule('x', {})]),
      ],
    }),
  ],
  [
    'unreachable_rule',
    (input, at) => ({
      ...input,
      routes: [
        ...insert(input.routes, at, rule('stop', {}, {}, true)),
        rule('after', { times: ['night'] }),
      ],
    }),
  ],
  [
    'no_route',
    (input) => ({
      ...input,
      categories: [...(input.categories ?? []), { categories: ['CG-01'], startLevel: 'grid' }],
    }),
  ],
  [
    'escalation_cycle',
    (input) => ({
      ...input,
      escalation: {
        ...input.escalation,
        community: { to: 'department', departmentId: 'd-zz', level: 'grid' },
      },
    }),
  ],
  [
    'deadline_not_growing',
    (input) => ({
      ...input,
      categories: [
        ...(input.categories ?? []),
        { categories: ['ZZ-01'], deadlines: { community: { amount: 1, unit: 'working-hours' } } },
      ],
    }),
  ],
];
function insert<T>(list: readonly T[], at: number, item: T): T[] {
  const k = list.length === 0 ? 0 : at % (list.length + 1);
  return [...list.slice(0, k), item, ...list.slice(k)];
}

describe('checkRules, on random rule sets', () => {
  it('finds no error in a valid rule set', () => {
    fc.assert(
      fc.property(validRules, (input) => {
        expect(issuesOf(input).filter(([, , severity]) => severity === 'error')).toEqual([]);
      }),
    );
  });

  it('catches each seeded mistake', () => {
    fc.assert(
      fc.property(validRules, fc.constantFrom(...MISTAKES), fc.nat(), (input, [code, seed], at) => {
        const codes = issuesOf(seed(input, at)).map(([c]) => c);
        expect(codes).toContain(code);
      }),
      { numRuns: 500 },
    );
  });

  it('escalates from every level to the district in at most three steps', () => {
    fc.assert(
      fc.property(validRules, (input) => {
        const compiled = compileRules(input, DISTRICT);
        if (!compiled.success) throw compiled.error;
        for (const start of LEVELS) {
          let level: (typeof LEVELS)[number] = start;
          let steps = 0;
          while (level !== 'district') {
            const next = compiled.data.policy.escalationOf('ZZ-01', level);
            expect(next).toBeDefined();
            expect(LEVELS.indexOf(next!.to)).toBeGreaterThan(LEVELS.indexOf(level));
            level = next!.to;
            steps++;
          }
          expect(steps).toBeLessThanOrEqual(3);
          expect(compiled.data.policy.escalationOf('ZZ-01', 'district')).toBeUndefined();
        }
      }),
    );
  });
});

describe('the rule set of the guide (docs/guides/rules.md)', () => {
  it('compiles on the Yingze-size demo district without an issue', async () => {
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync(
      new URL('../../../../docs/guides/rules.md', import.meta.url),
      'utf8',
    );
    const json = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(json).toBeDefined();
    const demo = loadDistrict(generateDemoDistrict({ seed: 3, scale: 0.05 }));
    if (!demo.success) throw demo.error;
    const result = compileRules(JSON.parse(json ?? ''), demo.data);
    if (!result.success) expect.fail(result.error.format('en'));
    expect(result.data.warnings).toEqual([]);
  });
});
