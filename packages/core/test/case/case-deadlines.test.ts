// Deadlines on the working calendar (08:30–12:00 and 14:30–17:30, 6.5 working hours a day):
// due times at report, the sweep that escalates, suspensions that stop the clock, extensions.
// ZZ-01 (neighbour disputes): 1, 2, 3, 5 working days from the grid up; CG-01 (blocked fire
// escape): 4, 8, 24 natural hours from the community up.
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from '../../src/index.js';
import { harness, type Harness } from '../support/case-harness.js';

const at = (text: string) => Date.parse(text);

async function assigned(h: Harness, caseId: string): Promise<void> {
  await h.report(caseId);
  await h.ok('p-3', caseId, { type: 'file' });
  await h.ok('p-3', caseId, { type: 'assign', workerId: 'p-1' });
}

describe('due times', () => {
  it('are computed at report on the working calendar', async () => {
    const h = harness();
    // Thursday 09:30 + 6.5 working hours: 2.5 h until noon, 3 h in the afternoon, 1 h on Friday.
    const record = await h.report('c-1');
    expect(record.dueAt).toBe('2026-11-27T09:30:00+08:00');
    expect(record.levelSince).toBe('2026-11-26T09:30:00+08:00');
  });

  it('escalate when they pass, and give the next level its own time', async () => {
    const h = harness();
    await assigned(h, 'c-1');
    h.now = at('2026-11-27T09:29:59+08:00');
    expect((await h.engine.tick()).escalated).toEqual([]);
    h.now = at('2026-11-27T09:30:00+08:00');
    const result = await h.engine.tick();
    expect(result.escalated).toEqual([{ caseId: 'c-1', from: 'grid', to: 'community' }]);
    const record = (await h.engine.store.load('c-1'))!;
    // Two working days from Friday 09:30: Monday 09:30, then Tuesday 09:30.
    expect(record).toMatchObject({
      level: 'community',
      unitId: 'ljy-c1',
      step: 'assigned',
      dueAt: '2026-12-01T09:30:00+08:00',
      escalationCount: 1,
    });
    expect(record.workerId).toBeUndefined();
    const log = await h.engine.store.readLog('c-1');
    const last = log[log.length - 1]!;
    expect(last.type).toBe('case-escalated');
    if (last.type === 'case-escalated') {
      expect(last.data.trigger).toBe('deadline');
      expect(last.data.handover.reason).toContain('办理时限已过');
    }
    expect(last.actor).toEqual({ kind: 'system' });
  });

  it('cascade through the levels when nobody swept for a long time, then flag the district once', async () => {
    const h = harness();
    await h.report('c-1', { categoryCode: 'CG-01' });
    // Community due Thursday 13:30; street 8 h after: 21:30; district 24 h after: Friday 21:30.
    h.now = at('2026-11-28T12:00:00+08:00');
    const result = await h.engine.tick();
    expect(result.escalated).toEqual([
      { caseId: 'c-1', from: 'community', to: 'street' },
      { caseId: 'c-1', from: 'street', to: 'district' },
    ]);
    expect(result.flagged).toEqual(['c-1']);
    const record = (await h.engine.store.load('c-1'))!;
    expect(record).toMatchObject({ level: 'district', dueAt: '2026-11-27T21:30:00+08:00' });
    expect(record.deadlineMissedAt).toBe('2026-11-28T12:00:00+08:00');
    const again = await h.engine.tick();
    expect([again.escalated, again.flagged, again.resumed]).toEqual([[], [], []]);
    expect(await h.engine.store.readLog('c-1')).toHaveLength(4);
  });

  it('give the same result to a late sweep as to punctual ones', async () => {
    const punctual = harness();
    const late = harness();
    for (const h of [punctual, late]) await h.report('c-1', { categoryCode: 'CG-01' });
    for (const hour of [13.5, 21.5, 45.5]) {
      punctual.now = at('2026-11-26T00:00:00+08:00') + hour * 3_600_000;
      await punctual.engine.tick();
    }
    late.now = punctual.now;
    await late.engine.tick();
    const [a, b] = await Promise.all([
      punctual.engine.store.load('c-1'),
      late.engine.store.load('c-1'),
    ]);
    expect({ ...a, updatedAt: '', levelSince: '', hash: '' }).toEqual({
      ...b,
      updatedAt: '',
      levelSince: '',
      hash: '',
    });
  });

  it('do not apply once the handler has fed back', async () => {
    const h = harness();
    await assigned(h, 'c-1');
    await h.ok('p-1', 'c-1', { type: 'start-investigation' });
    await h.ok('p-1', 'c-1', {
      type: 'resolve',
      resolution: '已调解',
      feedback: { channel: 'visit' },
    });
    h.now = at('2026-12-10T09:00:00+08:00');
    expect((await h.engine.tick()).escalated).toEqual([]);
    expect((await h.engine.getCase('c-1'))?.overdue).toBe(false);
  });

  it('make a case overdue until the sweep runs, and in lists', async () => {
    const h = harness();
    await assigned(h, 'c-1');
    await h.report('c-2');
    h.now = at('2026-11-27T10:00:00+08:00');
    expect((await h.engine.getCase('c-1'))?.overdue).toBe(true);
    expect((await h.engine.list({ overdue: true })).items.map((row) => row.id)).toEqual([
      'c-1',
      'c-2',
    ]);
    await h.engine.tick();
    expect((await h.engine.getCase('c-1'))?.overdue).toBe(false);
    expect((await h.engine.list({ overdue: true })).total).toBe(0);
  });
});

describe('suspension (缓办) and extension (延期)', () => {
  it('stop the clock with the working time left, and restart it from there', async () => {
    const h = harness();
    await assigned(h, 'c-1');
    h.now = at('2026-11-26T10:00:00+08:00');
    await h.ok('p-1', 'c-1', { type: 'request-suspension', reason: '等待产权单位答复' });
    const suspended = await h.ok('p-5', 'c-1', { type: 'approve-request', note: '同意缓办' });
    // Thursday 10:00–12:00, 14:30–17:30 and Friday 08:30–09:30: 6 working hours left.
    expect(suspended.suspension).toMatchObject({ remainingMs: 6 * 3_600_000, workingTime: true });
    expect(suspended.suspension?.approvedBy).toEqual({ kind: 'person', personId: 'p-5' });
    h.now = at('2026-11-30T14:30:00+08:00');
    expect((await h.engine.tick()).escalated).toEqual([]);
    expect((await h.engine.getCase('c-1'))?.overdue).toBe(false);
    const resumed = await h.ok('p-1', 'c-1', { type: 'resume' });
    // Monday 14:30–17:30 and Tuesday 08:30–11:30.
    expect(resumed.dueAt).toBe('2026-12-01T11:30:00+08:00');
    expect(resumed.suspension).toBeUndefined();
  });

  it('restart by themselves at the time asked for, and the sweep then escalates if due', async () => {
    const h = harness();
    await assigned(h, 'c-1');
    h.now = at('2026-11-26T10:00:00+08:00');
    await h.ok('p-1', 'c-1', {
      type: 'request-suspension',
      reason: '等待鉴定结果',
      resumeAt: '2026-11-30T08:30:00+08:00',
    });
    await h.ok('p-5', 'c-1', { type: 'approve-request' });
    h.now = at('2026-12-01T12:00:00+08:00');
    const result = await h.engine.tick();
    expect(result.resumed).toEqual(['c-1']);
    // Resumed Monday 08:30 with 6 h: due Monday 17:00; two working days on: Wednesday 17:00.
    expect(result.escalated).toEqual([{ caseId: 'c-1', from: 'grid', to: 'community' }]);
    const log = await h.engine.store.readLog('c-1');
    const resume = log.find((e) => e.type === 'case-resumed');
    expect(resume?.type === 'case-resumed' && resume.data).toEqual({
      trigger: 'scheduled',
      dueAt: '2026-11-30T17:00:00+08:00',
    });
    expect((await h.engine.store.load('c-1'))?.dueAt).toBe('2026-12-02T17:00:00+08:00');
  });

  it('move the due time by the extension approved', async () => {
    const h = harness();
    await assigned(h, 'c-1');
    await h.ok('p-1', 'c-1', {
      type: 'request-extension',
      reason: '需协调供热公司',
      extendBy: { amount: 2, unit: 'working-days' },
    });
    const before = (await h.engine.store.load('c-1'))!;
    expect(before.dueAt).toBe('2026-11-27T09:30:00+08:00');
    const extended = await h.ok('p-5', 'c-1', { type: 'approve-request' });
    expect(extended).toMatchObject({ dueAt: '2026-12-01T09:30:00+08:00', extensionCount: 1 });
    expect(extended.request).toBeUndefined();
  });

  it('need approval: a request alone does not stop the clock, and a declined one lapses', async () => {
    const h = harness();
    await assigned(h, 'c-1');
    await h.ok('p-1', 'c-1', { type: 'request-suspension', reason: '等待答复' });
    h.now = at('2026-11-27T09:30:00+08:00');
    const result = await h.engine.tick();
    expect(result.escalated).toHaveLength(1);
    // The escalation hands the case over, and the request lapses with it.
    expect((await h.engine.store.load('c-1'))?.request).toBeUndefined();
    const approve = await h.run('p-6', 'c-1', { type: 'approve-request' });
    expect(!approve.success && approve.error.code).toBe('transition_not_allowed');
  });
});

describe('the sweep', () => {
  it('records each action once when sweeps run at the same time', async () => {
    const h = harness();
    for (const id of ['c-1', 'c-2', 'c-3']) await h.report(id, { categoryCode: 'CG-01' });
    h.now = at('2026-11-28T12:00:00+08:00');
    const results = await Promise.all([h.engine.tick(), h.engine.tick(), h.engine.tick()]);
    for (const id of ['c-1', 'c-2', 'c-3']) {
      const log = await h.engine.store.readLog(id);
      expect(log.map((e) => e.type)).toEqual([
        'case-reported',
        'case-escalated',
        'case-escalated',
        'deadline-missed',
      ]);
    }
    expect(results.flatMap((r) => r.failed)).toEqual([]);
    expect(results.flatMap((r) => r.flagged).sort()).toEqual(['c-1', 'c-2', 'c-3']);
  });
});

describe('the sweep and bad input', () => {
  it('refuses an invalid instant with a typed error', async () => {
    const h = harness();
    await expect(h.engine.tick(Number.NaN)).rejects.toMatchObject({ code: 'invalid_instant' });
    await expect(h.engine.tick(new Date('not a date'))).rejects.toMatchObject({
      code: 'invalid_instant',
    });
  });

  it('reports a case whose next deadline the calendar cannot compute, and sweeps the others', async () => {
    const h = harness({ calendar: chinaWorkingCalendar({ beyondYears: 'error' }) });
    // A report whose due time would fall in 2027, a year without holiday data, is refused.
    h.now = at('2026-12-31T09:00:00+08:00');
    const refused = await h.run('p-1', 'c-refused', {
      type: 'report',
      categoryCode: 'ZZ-01',
      gridId: 'ljy-c1-g1',
      description: '路灯不亮',
      location: { point: { type: 'Point', coordinates: [112.5, 37.8] }, coordinateSystem: 'GCJ02' },
      reporter: { kind: 'hotline' },
    });
    expect(!refused.success && refused.error.code).toBe('calendar_year_missing');
    // Due on New Year's Eve at the grid; two working days at the community run into 2027.
    h.now = at('2026-12-30T09:00:00+08:00');
    await h.report('c-2027');
    await h.report('c-now', { categoryCode: 'CG-01' });
    h.now = at('2026-12-31T10:00:00+08:00');
    const result = await h.engine.tick();
    expect(result.failed.map((f) => [f.caseId, f.error.code])).toEqual([
      ['c-2027', 'calendar_year_missing'],
    ]);
    expect(result.escalated).toEqual([
      { caseId: 'c-now', from: 'community', to: 'street' },
      { caseId: 'c-now', from: 'street', to: 'district' },
    ]);
    expect((await h.engine.store.load('c-2027'))?.level).toBe('grid');
  });
});
