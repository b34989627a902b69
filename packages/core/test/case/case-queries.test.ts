import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVENT_NAMES, caseHistory, type CaseSummary } from '../../src/index.js';
import { harness, HOUR, type Harness } from '../support/case-harness.js';

let h: Harness;
const ids = (rows: readonly CaseSummary[]) => rows.map((row) => row.id);

// Four cases: one archived in ljy-c1-g1, one assigned to a worker there, one reported in
// ljy-c2-g1 and escalated unfiled to the street, one in the village assigned to a department.
beforeAll(async () => {
  h = harness();
  await h.report('c-archived');
  await h.ok('p-3', 'c-archived', { type: 'reject', reason: 'invalid', note: '不属实' });
  h.now += HOUR;
  await h.report('c-worker');
  await h.ok('p-3', 'c-worker', { type: 'file' });
  await h.ok('p-3', 'c-worker', { type: 'assign', workerId: 'p-1' });
  h.now += HOUR;
  await h.ok('p-10', 'c-street', {
    type: 'report',
    categoryCode: 'CG-01',
    gridId: 'ljy-c2-g1',
    microGridId: 'ljy-c2-g1-m1',
    description: '消防通道被占',
    location: { point: { type: 'Point', coordinates: [112.57, 37.86] }, coordinateSystem: 'GCJ02' },
    reporter: { kind: 'grid-worker', personId: 'p-10' },
  });
  await h.ok('p-12', 'c-street', { type: 'escalate', handover: { reason: '需街道协调' } });
  h.now += HOUR;
  await h.ok('p-15', 'c-department', {
    type: 'report',
    categoryCode: 'ZZ-01',
    gridId: 'hz-v1-g1',
    description: '邻里纠纷',
    location: { point: { type: 'Point', coordinates: [112.6, 37.85] }, coordinateSystem: 'GCJ02' },
    reporter: { kind: 'grid-worker', personId: 'p-15' },
  });
  await h.ok('p-17', 'c-department', { type: 'file' });
  await h.ok('p-17', 'c-department', { type: 'assign', departmentId: 'd-zz', workerId: 'p-16' });
});

describe('case lists', () => {
  it.each([
    [{ unitId: 'ljy-c1-g1' }, ['c-worker', 'c-archived']],
    [{ unitId: 'ljy-c2-g1-m1' }, ['c-street']],
    [{ unitId: 'ljy-c1' }, ['c-worker', 'c-archived']],
    [{ unitId: 'ljy' }, ['c-worker', 'c-street', 'c-archived']],
    [{ unitId: 'hz' }, ['c-department']],
    [{ unitId: 'yz' }, ['c-worker', 'c-street', 'c-department', 'c-archived']],
    [{ status: 'open' as const }, ['c-worker', 'c-street', 'c-department']],
    [{ status: 'closed' as const }, ['c-archived']],
    [{ levels: ['street' as const] }, ['c-street']],
    [{ steps: ['assigned' as const] }, ['c-worker', 'c-department']],
    [{ steps: ['reported' as const] }, ['c-street']],
    [{ workerId: 'p-1' }, ['c-worker']],
    [{ departmentId: 'd-zz' }, ['c-department']],
    [{ unitId: 'nowhere' }, []],
  ])('by %j', async (query, expected) => {
    const page = await h.engine.list({ ...query, sort: 'createdAt', order: 'desc' });
    expect(page.total).toBe(expected.length);
    expect([...ids(page.items)].sort()).toEqual([...expected].sort());
  });

  it('sorts by due time, soonest first, and pages', async () => {
    const all = await h.engine.list({ status: 'open' });
    const due = all.items.map((row) => row.dueAtMs);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const first = await h.engine.list({ status: 'open', limit: 2 });
    const rest = await h.engine.list({ status: 'open', limit: 2, offset: 2 });
    expect([...ids(first.items), ...ids(rest.items)]).toEqual(ids(all.items));
    expect(first.total).toBe(3);
    const desc = await h.engine.list({ status: 'open', order: 'desc' });
    expect(ids(desc.items)).toEqual([...ids(all.items)].reverse());
  });

  it('lists the overdue cases at a given instant', async () => {
    const street = (await h.engine.getCase('c-street'))!.record;
    const at = Date.parse(street.dueAt);
    expect(ids((await h.engine.list({ overdue: true, now: at - 1 })).items)).not.toContain(
      'c-street',
    );
    expect(ids((await h.engine.list({ overdue: true, now: at })).items)).toContain('c-street');
  });

  it('shows no resident data in a summary row', async () => {
    const row = (await h.engine.list({ unitId: 'ljy-c1-g1' })).items[0]!;
    expect(JSON.stringify(row)).not.toMatch(/王秀英|13912345678|description|reporter/);
  });
});

describe('a case and its history', () => {
  it('gives the current step, level, due time and overdue flag', async () => {
    const view = (await h.engine.getCase('c-street'))!;
    expect(view.record).toMatchObject({ step: 'reported', level: 'street', unitId: 'ljy' });
    expect(view.overdue).toBe(false);
    expect(await h.engine.getCase('c-404')).toBeUndefined();
  });

  it('gives the history of the timeline, with level changes and who did what', async () => {
    const history = await h.engine.history('c-street');
    expect(
      history.map((entry) => [entry.event.type, entry.step, entry.level, entry.fromLevel]),
    ).toEqual([
      ['case-reported', 'reported', 'community', undefined],
      ['case-escalated', 'reported', 'street', 'community'],
    ]);
    expect(history[1]?.title).toEqual(CASE_EVENT_NAMES['case-escalated']);
    expect(history[1]?.event.actor).toEqual({ kind: 'person', personId: 'p-12' });
    const escalated = history[1]?.event;
    expect(escalated?.type === 'case-escalated' && escalated.data.handover.reason).toBe(
      '需街道协调',
    );
    expect(await h.engine.history('c-404')).toEqual([]);
  });

  it('counts rework and marks suspensions in the history', async () => {
    const g = harness();
    await g.report('c-1');
    await g.ok('p-3', 'c-1', { type: 'file' });
    await g.ok('p-3', 'c-1', { type: 'assign' });
    await g.ok('p-1', 'c-1', { type: 'start-investigation' });
    await g.ok('p-1', 'c-1', { type: 'request-suspension', reason: '等待答复' });
    await g.ok('p-5', 'c-1', { type: 'approve-request' });
    await g.ok('p-1', 'c-1', { type: 'resume' });
    await g.ok('p-1', 'c-1', {
      type: 'resolve',
      resolution: '已处理',
      feedback: { channel: 'app' },
    });
    await g.ok('p-3', 'c-1', { type: 'fail-verification', reason: '未整改到位' });
    const history = caseHistory(await g.engine.store.readLog('c-1'));
    expect(history.map((e) => [e.event.type, e.suspended, e.reworkCount])).toEqual([
      ['case-reported', false, 0],
      ['case-filed', false, 0],
      ['case-assigned', false, 0],
      ['investigation-started', false, 0],
      ['suspension-requested', false, 0],
      ['case-suspended', true, 0],
      ['case-resumed', false, 0],
      ['case-resolved', false, 0],
      ['verification-failed', false, 1],
    ]);
  });
});
