import { beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_COMMAND_TYPES,
  CaseAuthorizationError,
  authorizeCaseCommand,
  capabilityOf,
  type CaseRecord,
} from '../../src/index.js';
import { fc } from '../support/fast-check.js';
import { harness, type Harness } from '../support/case-harness.js';

const PEOPLE = [...Array.from({ length: 17 }, (_, i) => `p-${String(i + 1)}`), 'p-99'];
let h: Harness;
let cases: CaseRecord[];

// Cases at every level, in two streets, one assigned to a worker and one to a department.
beforeAll(async () => {
  h = harness();
  const at = async (
    caseId: string,
    gridId: string,
    worker: string,
    steps: (() => Promise<unknown>)[],
  ) => {
    await h.ok(worker, caseId, {
      type: 'report',
      categoryCode: 'ZZ-01',
      gridId,
      description: '占道经营',
      location: { point: { type: 'Point', coordinates: [112.5, 37.8] }, coordinateSystem: 'GCJ02' },
      reporter: { kind: 'grid-worker' },
    });
    for (const step of steps) await step();
  };
  await at('c-grid', 'ljy-c1-g1', 'p-1', [
    () => h.ok('p-3', 'c-grid', { type: 'file' }),
    () => h.ok('p-3', 'c-grid', { type: 'assign', workerId: 'p-1' }),
  ]);
  await at('c-community', 'ljy-c1-g1', 'p-1', [
    () => h.ok('p-1', 'c-community', { type: 'escalate', handover: { reason: '需社区协调' } }),
  ]);
  await at('c-street', 'ljy-c2-g1', 'p-10', [
    () =>
      h.ok('p-10', 'c-street', { type: 'escalate', to: 'street', handover: { reason: '跨社区' } }),
  ]);
  await at('c-district', 'hz-v1-g1', 'p-15', [
    () =>
      h.ok('p-15', 'c-district', {
        type: 'escalate',
        to: 'district',
        handover: { reason: '重大隐患' },
      }),
  ]);
  await at('c-department', 'hz-v1-g1', 'p-15', [
    () => h.ok('p-17', 'c-department', { type: 'file' }),
    () => h.ok('p-17', 'c-department', { type: 'assign', departmentId: 'd-zz' }),
  ]);
  cases = await Promise.all(
    ['c-grid', 'c-community', 'c-street', 'c-district', 'c-department'].map(
      async (id) => (await h.engine.store.load(id))!,
    ),
  );
});

const units = (record: CaseRecord) =>
  [
    record.microGridId,
    record.gridId,
    record.communityId,
    record.streetId,
    record.districtId,
  ].filter((id): id is string => id !== undefined);

describe('authorisation by role and territory', () => {
  it('never allows an action outside the actor’s territory, and always says why it refuses', () => {
    const district = h.engine.district;
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...CASE_COMMAND_TYPES),
        (actorId, index, type) => {
          const record = cases[index]!;
          const result = authorizeCaseCommand(district, actorId, type, {
            units: units(record),
            level: record.level,
            record,
          });
          const person = district.people.get(actorId);
          if (result.allowed) {
            // The independent check: one of the person's roles names a unit of the case's
            // territory, or the case is theirs (assigned to them or their department).
            expect(person).toBeDefined();
            const territorial = person!.roles.some(
              (role) =>
                role.role !== 'department-staff' &&
                role.unitIds.some((u) => units(record).includes(u)),
            );
            const theirs =
              capabilityOf(type) === 'handle' &&
              (record.workerId === actorId ||
                person!.roles.some(
                  (role) =>
                    role.role === 'department-staff' && role.departmentId === record.departmentId,
                ));
            expect(territorial || theirs).toBe(true);
          } else {
            expect(result.denial.code).toMatch(/^[a-z_]+$/);
            expect(result.denial.message['zh-CN'].length).toBeGreaterThan(4);
            expect(result.denial.message.en.length).toBeGreaterThan(10);
            if (!person) expect(result.denial.code).toBe('unknown_actor');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['an unknown person', 'p-99', 'c-grid', 'start-investigation', 'unknown_actor'],
    ['a volunteer filing', 'p-9', 'c-grid', 'file', 'role_not_permitted'],
    ['a grid worker of another grid', 'p-10', 'c-grid', 'start-investigation', 'out_of_scope'],
    [
      'a grid worker at the community level',
      'p-1',
      'c-community',
      'start-investigation',
      'level_not_reached',
    ],
    [
      'a grid chief archiving a community case',
      'p-3',
      'c-community',
      'archive',
      'level_not_reached',
    ],
    ['a community cadre of another street', 'p-5', 'c-department', 'file', 'out_of_scope'],
    ['department staff of another department', 'p-8', 'c-department', 'resolve', 'out_of_scope'],
    ['department staff filing', 'p-16', 'c-department', 'file', 'role_not_permitted'],
    [
      'a street cadre approving at the street level',
      'p-6',
      'c-street',
      'approve-request',
      'higher_level_required',
    ],
  ] as const)('refuses %s (%s)', (_what, actorId, caseId, type, code) => {
    const record = cases.find((c) => c.id === caseId)!;
    const result = authorizeCaseCommand(h.engine.district, actorId, type, {
      units: units(record),
      level: record.level,
      record,
    });
    expect(result).toMatchObject({ allowed: false, denial: { code } });
  });

  it.each([
    ['the grid worker it is assigned to', 'p-1', 'c-grid', 'start-investigation'],
    ['the grid chief', 'p-3', 'c-grid', 'assign'],
    ['a community cadre on a grid case', 'p-5', 'c-grid', 'archive'],
    ['the district command centre anywhere', 'p-7', 'c-street', 'escalate'],
    ['the staff of the department it is assigned to', 'p-16', 'c-department', 'resolve'],
    ['a command operator approving at the district level', 'p-11', 'c-district', 'approve-request'],
  ] as const)('allows %s', (_what, actorId, caseId, type) => {
    const record = cases.find((c) => c.id === caseId)!;
    expect(
      authorizeCaseCommand(h.engine.district, actorId, type, {
        units: units(record),
        level: record.level,
        record,
      }),
    ).toEqual({ allowed: true });
  });

  it('refuses through the engine with a typed error and changes nothing', async () => {
    const before = await h.engine.store.readLog('c-grid');
    const result = await h.run('p-10', 'c-grid', { type: 'start-investigation' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(CaseAuthorizationError);
      if (result.error instanceof CaseAuthorizationError) {
        expect(result.error.denial.code).toBe('out_of_scope');
      }
      expect(result.error.messageIn('zh-CN')).toContain('不在此人员负责的区域内');
    }
    expect(await h.engine.store.readLog('c-grid')).toEqual(before);
  });

  it('keeps the four eyes: nobody verifies their own work or approves their own request', async () => {
    const g = harness();
    await g.report('c-1');
    await g.ok('p-3', 'c-1', { type: 'file' });
    await g.ok('p-3', 'c-1', { type: 'assign' });
    await g.ok('p-3', 'c-1', { type: 'start-investigation' });
    await g.ok('p-3', 'c-1', {
      type: 'request-extension',
      reason: '需协调',
      extendBy: { amount: 1, unit: 'working-days' },
    });
    const self = await g.run('p-5', 'c-1', { type: 'approve-request' });
    expect(self.success).toBe(true);
    await g.ok('p-3', 'c-1', {
      type: 'resolve',
      resolution: '已处理',
      feedback: { channel: 'sms' },
    });
    const own = await g.run('p-3', 'c-1', { type: 'pass-verification' });
    expect(!own.success && own.error.code).toBe('self_verification');
    expect((await g.run('p-5', 'c-1', { type: 'pass-verification' })).success).toBe(true);

    const d = harness();
    await d.report('c-2', { level: 'district' });
    await d.ok('p-7', 'c-2', { type: 'file' });
    await d.ok('p-7', 'c-2', { type: 'assign' });
    await d.ok('p-7', 'c-2', { type: 'request-suspension', reason: '等待法院判决' });
    const mine = await d.run('p-7', 'c-2', { type: 'approve-request' });
    expect(!mine.success && mine.error.code).toBe('self_approval');
    expect((await d.run('p-11', 'c-2', { type: 'approve-request' })).success).toBe(true);
  });
});
