// Decision tables: a case, and the assignment and explanation the four-level policy gives it on
// the case district (Thursday 26 November 2026: p-1 on duty in ljy-c1-g1 08:30–17:30 with the
// mediation skill, p-2 on its micro-grid m2 08:30–12:00, p-3 the grid chief on night duty
// 17:30–08:30; nobody on duty in ljy-c2-g1, whose chief is p-17).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CaseActivity,
  decide,
  type DecisionInput,
  type Location,
  type RuleSetInput,
} from '../../src/index.js';
import { DISTRICT, POLICY, ROSTER, rulesOf } from '../support/rules-harness.js';

const REGEN = process.env.REGEN === '1';
const at = (text: string) => Date.parse(text);
const THU_10 = at('2026-11-26T10:00:00+08:00');
const HERE: Location = {
  point: { type: 'Point', coordinates: [112.5636, 37.8618] },
  coordinateSystem: 'GCJ02',
};
const dispute = (more: Partial<DecisionInput> = {}): DecisionInput => ({
  categoryCode: 'ZZ-01',
  gridId: 'ljy-c1-g1',
  priority: 'normal',
  location: HERE,
  reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
  ...more,
});
const applied = (rules: readonly { id: string; outcome: { applied: boolean } }[]) =>
  rules.filter((rule) => rule.outcome.applied).map((rule) => rule.id);

function activityWith(
  ...cases: {
    id: string;
    at: string;
    workerId?: string;
    step?: 'archived' | 'assigned';
    mobile?: string;
    categoryCode?: string;
    location?: Location;
  }[]
): CaseActivity {
  const activity = new CaseActivity();
  for (const c of cases) {
    activity.track({
      id: c.id,
      categoryCode: c.categoryCode ?? 'ZZ-01',
      location: c.location ?? HERE,
      createdAt: c.at,
      step: c.step ?? 'assigned',
      workerId: c.workerId,
      reporter: c.mobile ? { kind: 'resident', mobile: c.mobile } : undefined,
    });
  }
  return activity;
}

interface Row {
  readonly name: string;
  readonly input: DecisionInput;
  readonly now: number;
  readonly policy?: RuleSetInput;
  readonly activity?: CaseActivity;
  readonly expected: {
    readonly level: string;
    readonly unitId: string;
    readonly departmentId: string;
    readonly workerId?: string;
    readonly by?: string;
    readonly fallback?: string;
    readonly dueAt: string;
    readonly applied: readonly string[];
  };
}

const ROWS: Row[] = [
  {
    // 6.5 working hours from Thursday 10:00: 2 h + 3 h on Thursday, 1.5 h on Friday.
    name: 'a dispute in the grid, in working hours: the worker with the skill',
    input: dispute(),
    now: THU_10,
    expected: {
      level: 'grid',
      unitId: 'ljy-c1-g1',
      departmentId: 'd-zz',
      workerId: 'p-1',
      by: 'skills',
      dueAt: '2026-11-27T10:00:00+08:00',
      applied: [],
    },
  },
  {
    // In the lunch break the clock starts at 14:30: 3 h on Thursday, 3.5 h on Friday morning.
    name: 'the same at 13:00, when only one worker is still on duty',
    input: dispute(),
    now: at('2026-11-26T13:00:00+08:00'),
    expected: {
      level: 'grid',
      unitId: 'ljy-c1-g1',
      departmentId: 'd-zz',
      workerId: 'p-1',
      by: 'only',
      dueAt: '2026-11-27T12:00:00+08:00',
      applied: [],
    },
  },
  {
    // From 21:00 the clock starts on Friday at 08:30: the whole working day.
    name: 'at night: the community on duty',
    input: dispute(),
    now: at('2026-11-26T21:00:00+08:00'),
    expected: {
      level: 'grid',
      unitId: 'ljy-c1-g1',
      departmentId: 'd-zz',
      workerId: 'p-3',
      by: 'only',
      dueAt: '2026-11-27T17:30:00+08:00',
      applied: ['night-duty'],
    },
  },
  {
    // Saturday: a rest day, and nobody on duty (the roster is Thursday's): the grid chief.
    name: 'on a rest day with nobody on duty: the grid chief',
    input: dispute(),
    now: at('2026-11-28T10:00:00+08:00'),
    expected: {
      level: 'grid',
      unitId: 'ljy-c1-g1',
      departmentId: 'd-zz',
      workerId: 'p-3',
      fallback: 'grid-chief',
      dueAt: '2026-11-30T17:30:00+08:00',
      applied: ['night-duty'],
    },
  },
  {
    // CG-01 at the district: 24 natural hours.
    name: 'a one-click alarm: the command centre, and nothing after the final rule',
    input: dispute({ categoryCode: 'CG-01', priority: 'alarm' }),
    now: THU_10,
    expected: {
      level: 'district',
      unitId: 'yz',
      departmentId: 'd-cg',
      dueAt: '2026-11-27T10:00:00+08:00',
      applied: ['alarm'],
    },
  },
  {
    name: 'an exclusive grid: its institution answers first',
    input: dispute({ gridId: 'ljy-c1-x1' }),
    now: THU_10,
    expected: {
      level: 'grid',
      unitId: 'ru-school',
      departmentId: 'd-zz',
      dueAt: '2026-11-27T10:00:00+08:00',
      applied: ['exclusive-grid'],
    },
  },
  {
    name: 'a grid with nobody on duty: its chief',
    input: dispute({ gridId: 'ljy-c2-g1' }),
    now: THU_10,
    expected: {
      level: 'grid',
      unitId: 'ljy-c2-g1',
      departmentId: 'd-zz',
      workerId: 'p-17',
      fallback: 'grid-chief',
      dueAt: '2026-11-27T10:00:00+08:00',
      applied: [],
    },
  },
  {
    // Two working days (13 h) from Thursday 10:00: 5 h, 6.5 h, then 1.5 h on Monday.
    name: 'nobody on duty and no chief to fall back on: the community',
    input: dispute({ gridId: 'ljy-c2-g1' }),
    now: THU_10,
    policy: { ...POLICY, selection: { fallback: ['community'] } },
    expected: {
      level: 'community',
      unitId: 'ljy-c2',
      departmentId: 'd-zz',
      fallback: 'community',
      dueAt: '2026-11-30T10:00:00+08:00',
      applied: [],
    },
  },
  {
    name: 'the third report at the same place within 30 days: the community',
    input: dispute(),
    now: THU_10,
    activity: activityWith(
      { id: 'c-a', at: '2026-11-10T09:00:00+08:00' },
      { id: 'c-b', at: '2026-11-20T09:00:00+08:00', categoryCode: 'ZZ-00' },
    ),
    expected: {
      level: 'community',
      unitId: 'ljy-c1',
      departmentId: 'd-zz',
      dueAt: '2026-11-30T10:00:00+08:00',
      applied: ['repeated-place'],
    },
  },
  {
    name: 'reports of another group, or too long ago, or too far, do not count',
    input: dispute(),
    now: THU_10,
    activity: activityWith(
      { id: 'c-a', at: '2026-10-01T09:00:00+08:00' },
      { id: 'c-b', at: '2026-11-20T09:00:00+08:00', categoryCode: 'CG-01' },
      {
        id: 'c-c',
        at: '2026-11-20T09:00:00+08:00',
        location: {
          point: { type: 'Point', coordinates: [112.5646, 37.8618] },
          coordinateSystem: 'GCJ02',
        },
      },
    ),
    expected: {
      level: 'grid',
      unitId: 'ljy-c1-g1',
      departmentId: 'd-zz',
      workerId: 'p-1',
      by: 'skills',
      dueAt: '2026-11-27T10:00:00+08:00',
      applied: [],
    },
  },
  {
    name: 'continuity: the worker who handled the reporter’s last case',
    input: dispute(),
    now: THU_10,
    activity: activityWith({
      id: 'c-a',
      at: '2026-11-20T09:00:00+08:00',
      step: 'archived',
      workerId: 'p-2',
      mobile: '13912345678',
      location: { point: { type: 'Point', coordinates: [112.6, 37.9] }, coordinateSystem: 'GCJ02' },
    }),
    expected: {
      level: 'grid',
      unitId: 'ljy-c1-g1',
      departmentId: 'd-zz',
      workerId: 'p-2',
      by: 'continuity',
      dueAt: '2026-11-27T10:00:00+08:00',
      applied: [],
    },
  },
  {
    name: 'fewest open cases first, when the policy says so',
    input: dispute(),
    now: THU_10,
    policy: { ...POLICY, selection: { order: ['least-open'] } },
    activity: activityWith(
      ...['c-1', 'c-2'].map((id) => ({
        id,
        at: '2026-11-25T09:00:00+08:00',
        workerId: 'p-1',
        location: {
          point: { type: 'Point' as const, coordinates: [112.6, 37.9] as [number, number] },
          coordinateSystem: 'GCJ02' as const,
        },
      })),
    ),
    expected: {
      level: 'grid',
      unitId: 'ljy-c1-g1',
      departmentId: 'd-zz',
      workerId: 'p-2',
      by: 'least-open',
      dueAt: '2026-11-27T10:00:00+08:00',
      applied: [],
    },
  },
  {
    name: 'a small matter: the community, by 4 natural hours',
    input: dispute({ categoryCode: 'CG-01' }),
    now: THU_10,
    expected: {
      level: 'community',
      unitId: 'ljy-c1',
      departmentId: 'd-cg',
      dueAt: '2026-11-26T14:00:00+08:00',
      applied: [],
    },
  },
  {
    // Three working days (19.5 h) from Thursday 10:00: 5 h, 6.5 h, 6.5 h, 1.5 h on Tuesday.
    name: 'a case already escalated to the street stays there',
    input: dispute({ level: 'street' }),
    now: THU_10,
    expected: {
      level: 'street',
      unitId: 'ljy',
      departmentId: 'd-zz',
      dueAt: '2026-12-01T10:00:00+08:00',
      applied: [],
    },
  },
];

describe('decision tables', () => {
  const explanations: Record<string, unknown> = {};
  it.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = decide(row.input, DISTRICT, rulesOf(row.policy), ROSTER, row.now, row.activity);
    if (!result.success) expect.fail(result.error.message);
    const d = result.data;
    expect({
      level: d.level,
      unitId: d.unitId,
      departmentId: d.departmentId,
      ...(d.workerId === undefined ? {} : { workerId: d.workerId }),
      ...(d.worker.by === undefined || d.worker.fallback !== undefined ? {} : { by: d.worker.by }),
      ...(d.worker.fallback === undefined || d.worker.fallback === 'unit'
        ? {}
        : { fallback: d.worker.fallback }),
      dueAt: d.dueAt,
      applied: applied(d.rules),
    }).toEqual(row.expected);
    // Every rule of the set is accounted for, in order, and those that did not apply say why.
    expect(d.rules.map((rule) => rule.id)).toEqual(rulesOf(row.policy).routes.map((r) => r.id));
    for (const rule of d.rules)
      if (!rule.outcome.applied) expect(rule.outcome.because).toBeTruthy();
    // Residents' and workers' names never appear in full.
    expect(JSON.stringify(d.explanation)).not.toMatch(/王秀英|13912345678|李明|张伟/);
    explanations[row.name] = d.explanation;
  });

  it('explains each decision in zh-CN and en (test/fixtures/rules/explanations.json; REGEN=1 rewrites it)', () => {
    const golden = new URL('../fixtures/rules/explanations.json', import.meta.url);
    if (REGEN || !existsSync(golden))
      writeFileSync(golden, `${JSON.stringify(explanations, null, 2)}\n`);
    expect(explanations).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('explains the night-duty decision in so many words', () => {
    const result = decide(dispute(), DISTRICT, rulesOf(), ROSTER, at('2026-11-26T21:00:00+08:00'));
    if (!result.success) throw result.error;
    expect(result.data.explanation['zh-CN']).toContain('微事不出格（网格首诊）');
    expect(result.data.explanation['zh-CN']).toContain('适用规则“夜间和休息日由社区值班人员接办”');
    expect(result.data.explanation['zh-CN']).toContain('指派社区值班人员张*（唯一在岗）');
    expect(result.data.explanation['zh-CN']).toContain(
      '“一键报警直达区综治指挥中心”（优先级为一般）',
    );
    expect(result.data.explanation.en).toContain('micro matters stay in the grid');
    expect(result.data.explanation.en).toContain(
      "'In an exclusive grid, its institution answers first' (the grid is an ordinary grid)",
    );
  });

  it('refuses a category or grid the district does not have, with a typed error', () => {
    const rules = rulesOf();
    const unknown = decide(dispute({ categoryCode: 'XX-1' }), DISTRICT, rules, ROSTER, THU_10);
    expect(!unknown.success && unknown.error.code).toBe('unknown_category');
    const nowhere = decide(dispute({ gridId: 'ljy-c1' }), DISTRICT, rules, ROSTER, THU_10);
    expect(!nowhere.success && nowhere.error.code).toBe('unknown_grid');
    const never = decide(dispute(), DISTRICT, rules, ROSTER, Number.NaN);
    expect(!never.success && never.error.code).toBe('invalid_instant');
  });

  it('gives the assign command what it needs', () => {
    const grid = decide(dispute(), DISTRICT, rulesOf(), ROSTER, THU_10);
    expect(grid.success && grid.data.assign).toEqual({ unitId: 'ljy-c1-g1', workerId: 'p-1' });
    const street = decide(dispute({ level: 'street' }), DISTRICT, rulesOf(), ROSTER, THU_10);
    expect(street.success && street.data.assign).toEqual({ unitId: 'ljy', departmentId: 'd-zz' });
  });
});
