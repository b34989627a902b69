import { describe, expect, it } from 'vitest';
import {
  CaseCommandError,
  WanggeValidationError,
  createCaseEngine,
  type CaseEvent,
} from '../../src/index.js';
import { caseDistrict } from '../fixtures/case-district.js';
import { fc } from '../support/fast-check.js';
import { DAY, harness, LOCATION, type Harness } from '../support/case-harness.js';

async function snapshot(h: Harness): Promise<Map<string, readonly CaseEvent[]>> {
  const logs = new Map<string, readonly CaseEvent[]>();
  for (const id of h.store.caseIds()) logs.set(id, await h.store.readLog(id));
  return logs;
}

async function seeded(): Promise<Harness> {
  const h = harness();
  await h.report('c-1');
  await h.ok('p-3', 'c-1', { type: 'file' });
  await h.report('c-2');
  return h;
}

describe('malformed commands', () => {
  const command = (fields: Record<string, unknown>) => ({
    commandId: 'x',
    caseId: 'c-1',
    expectedVersion: 2,
    actorId: 'p-3',
    ...fields,
  });
  it.each([
    ['not an object', 'escalate', []],
    ['no type', command({}), ['type']],
    ['an unknown type', command({ type: 'delete-case' }), ['type']],
    ['a misspelt field', command({ type: 'assign', wokerId: 'p-1' }), []],
    ['a negative version', command({ type: 'file', expectedVersion: -1 }), ['expectedVersion']],
    ['an id with spaces', command({ type: 'file', caseId: 'c 1' }), ['caseId']],
    [
      'an empty handover reason',
      command({ type: 'escalate', handover: { reason: '  ' } }),
      ['handover', 'reason'],
    ],
    [
      'a script as an attachment',
      command({
        type: 'escalate',
        handover: { reason: 'x', attachments: ['javascript:alert(1)'] },
      }),
      ['handover', 'attachments', 0],
    ],
    [
      'a time without offset',
      command({ type: 'request-suspension', reason: 'x', resumeAt: '2026-12-01 09:00' }),
      ['resumeAt'],
    ],
    [
      'a level that does not exist',
      command({ type: 'deescalate', to: 'city', reason: 'x' }),
      ['to'],
    ],
    [
      'a zero extension',
      command({ type: 'request-extension', reason: 'x', extendBy: { amount: 0, unit: 'days' } }),
      ['extendBy', 'amount'],
    ],
  ] as const)(
    'refuses %s with a typed error at its path, and records nothing',
    async (_what, input, path) => {
      const h = await seeded();
      const before = await snapshot(h);
      const result = await h.engine.execute(input);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error).toBeInstanceOf(WanggeValidationError);
      if (!(result.error instanceof WanggeValidationError)) return;
      const paths = result.error.issues.map((issue) => JSON.stringify(issue.path));
      expect(paths).toContain(JSON.stringify(path));
      for (const issue of result.error.issues) {
        expect(issue.message['zh-CN']).not.toBe('');
        expect(issue.message.en).not.toBe('');
      }
      expect(await snapshot(h)).toEqual(before);
    },
  );

  it('never throws and never changes anything for arbitrary input', async () => {
    const h = await seeded();
    const before = await snapshot(h);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (input) => {
        const result = await h.engine.execute(input);
        expect(result.success).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(await snapshot(h)).toEqual(before);
  });
});

describe('commands that name the wrong thing', () => {
  const report = {
    type: 'report',
    categoryCode: 'ZZ-01',
    gridId: 'ljy-c1-g1',
    description: '积水',
    location: LOCATION,
    reporter: { kind: 'hotline' },
  };
  it.each([
    ['an unknown category', { ...report, categoryCode: 'XX-99' }, 'unknown_category'],
    ['an unknown grid', { ...report, gridId: 'nowhere' }, 'unknown_grid'],
    ['a community as the grid', { ...report, gridId: 'ljy-c1' }, 'unknown_grid'],
    [
      'a micro-grid of another grid',
      { ...report, microGridId: 'ljy-c1-g2-m1' },
      'micro_grid_mismatch',
    ],
    [
      'a start below the category’s level',
      { ...report, categoryCode: 'CG-01', level: 'grid' },
      'level_below_start',
    ],
  ] as const)('refuses a report with %s', async (_what, command, code) => {
    const h = harness();
    const result = await h.run('p-1', 'c-new', command);
    expect(!result.success && result.error.code).toBe(code);
    expect(await h.engine.store.load('c-new')).toBeUndefined();
  });

  it.each([
    [
      'a worker who does not serve the unit',
      { type: 'assign', workerId: 'p-10' },
      'invalid_assignee',
    ],
    ['an unknown department', { type: 'assign', departmentId: 'd-none' }, 'invalid_assignee'],
    ['a unit that is not the level’s', { type: 'assign', unitId: 'ljy-c2' }, 'invalid_assignee'],
    [
      'a duplicate of an unknown case',
      { type: 'reject', reason: 'duplicate', duplicateOf: 'c-404', note: '重复' },
      'invalid_duplicate',
    ],
    [
      'a duplicate of itself',
      { type: 'reject', reason: 'duplicate', duplicateOf: 'c-2', note: '重复' },
      'invalid_duplicate',
    ],
    [
      'a duplicate without the original',
      { type: 'reject', reason: 'duplicate', note: '重复' },
      'reason_detail_missing',
    ],
    [
      'a referral without a body',
      { type: 'reject', reason: 'not-responsible', note: '非本单位' },
      'reason_detail_missing',
    ],
    [
      'a de-escalation upwards',
      { type: 'deescalate', to: 'street', reason: '下派' },
      'invalid_level_change',
    ],
    [
      'an escalation to its own level',
      { type: 'escalate', to: 'grid', handover: { reason: '上报' } },
      'invalid_level_change',
    ],
    ['a step out of order', { type: 'archive' }, 'transition_not_allowed'],
  ] as const)('refuses %s', async (_what, command, code) => {
    const h = await seeded();
    const caseId = command.type === 'assign' ? 'c-1' : 'c-2';
    const before = await snapshot(h);
    const result = await h.run('p-3', caseId, command);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(CaseCommandError);
      expect(result.error.code).toBe(code);
    }
    expect(await snapshot(h)).toEqual(before);
  });

  it('refuses a command to a case that does not exist, or at a stale version', async () => {
    const h = await seeded();
    const missing = await h.engine.execute({
      type: 'file',
      commandId: 'm',
      caseId: 'c-404',
      expectedVersion: 1,
      actorId: 'p-3',
    });
    expect(!missing.success && missing.error.code).toBe('case_not_found');
    const stale = await h.engine.execute({
      type: 'assign',
      commandId: 's',
      caseId: 'c-1',
      expectedVersion: 1,
      actorId: 'p-3',
    });
    expect(!stale.success && stale.error.code).toBe('version_conflict');
  });

  it('says in both languages what the state does not allow', async () => {
    const h = await seeded();
    const result = await h.run('p-3', 'c-2', { type: 'archive' });
    expect(!result.success && result.error.messages).toEqual({
      'zh-CN': '案件处于“问题上报”（网格），不能执行“结案归档”。',
      en: '“Archive” is not possible while the case is reported at the grid level.',
    });
  });

  it('refuses an alarm when no category is configured, and an engine with an unknown one', async () => {
    const h = harness({ alarm: {} });
    const result = await h.run('p-1', 'c-sos', {
      type: 'raise-alarm',
      gridId: 'ljy-c1-g1',
      location: LOCATION,
    });
    expect(!result.success && result.error.code).toBe('alarm_not_configured');
    expect(() =>
      createCaseEngine({
        district: caseDistrict(),
        clock: () => 0,
        alarm: { categoryCode: 'NOPE' },
      }),
    ).toThrow(CaseCommandError);
  });

  it('refuses to reopen after the window, or a duplicate at all', async () => {
    const h = await seeded();
    await h.ok('p-3', 'c-2', {
      type: 'reject',
      reason: 'duplicate',
      duplicateOf: 'c-1',
      note: '重复',
    });
    const dup = await h.run('p-3', 'c-2', { type: 'reopen', complaint: '仍未解决' });
    expect(!dup.success && dup.error.code).toBe('reopen_not_allowed');
    await h.report('c-3');
    await h.ok('p-3', 'c-3', { type: 'reject', reason: 'invalid', note: '不属实' });
    h.now += 31 * DAY;
    const late = await h.run('p-3', 'c-3', { type: 'reopen', complaint: '仍未解决' });
    expect(!late.success && late.error.code).toBe('reopen_window_passed');
  });
});
