// Each KPI on a hand-computed week (see kpi-week.ts for the cases and their times).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  KpiFacts,
  computeKpis,
  computeKpisByUnit,
  kpiSeries,
  type CaseEvent,
  type KpiReport,
  type KpiSource,
} from '../../src/index.js';
import { WEEK, weekEvents } from './kpi-week.js';

const MIN = 60_000;
let events: CaseEvent[];
let week: KpiReport;

function report(query: Record<string, unknown>, source: KpiSource = events) {
  const result = computeKpis(source, query);
  if (!result.success) throw result.error;
  return result.data;
}

beforeAll(async () => {
  events = await weekEvents();
  week = report(WEEK);
});

describe('the week of grid ljy-c1-g1', () => {
  it('counts reports, filings and rejections', () => {
    expect([week.reported, week.filed, week.rejected]).toEqual([7, 6, 1]);
  });

  it('counts closures due: four closed, one overdue, the suspended one left out', () => {
    expect(week.closuresDue).toBe(5);
    expect(week.closed).toBe(4);
    expect(week.suspensions.inForce).toBe(1);
  });

  it('gives 结案率 4 ÷ 5', () => {
    expect(week.closureRate).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
  });

  it('gives 按期结案率 3 ÷ 5: the escalated case closed late', () => {
    expect(week.closedOnTime).toBe(3);
    expect(week.onTimeRate).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
  });

  it('gives 返工率 1 ÷ 4 and 延期率 1 ÷ 5', () => {
    expect(week.reworkRate).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    expect(week.extensionRate).toEqual({ numerator: 1, denominator: 5, value: 0.2 });
  });

  it('counts 缓办 and escalations', () => {
    expect(week.suspensions).toEqual({
      requested: 1,
      approved: 1,
      declined: 0,
      resumed: 0,
      inForce: 1,
    });
    expect(week.escalations).toEqual({ byDeadline: 1, byRequest: 0 });
  });

  it('counts what is open and overdue at the end', () => {
    expect([week.open, week.overdueNow]).toEqual([2, 1]);
  });

  it('gives the share resolved at each level (微事不出格: 3 of 4 at the grid)', () => {
    expect(week.resolvedAtLevel.grid).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(week.resolvedAtLevel.community.numerator).toBe(1);
    expect(week.resolvedAtLevel.street).toEqual({ numerator: 0, denominator: 4, value: 0 });
    expect(week.resolvedAtLevel.district.numerator).toBe(0);
  });

  it('measures the time per step: mean and nearest-rank p90', () => {
    const { reported, filed, assigned, investigating, resolved } = week.timePerStep;
    // Six reports filed after 10 minutes, one rejected at once.
    expect(reported).toEqual({ count: 7, meanMs: (60 * MIN) / 7, p90Ms: 10 * MIN });
    expect(filed).toEqual({ count: 6, meanMs: 10 * MIN, p90Ms: 10 * MIN });
    // c-1, c-2: 40 min; c-3: Thursday 09:50 to Friday 14:00; c-5: to Monday 09:40.
    expect(assigned).toEqual({ count: 4, meanMs: 1880 * MIN, p90Ms: 5750 * MIN });
    // 60, 60, then 200 after the rework, 30, 20.
    expect(investigating).toEqual({ count: 5, meanMs: 74 * MIN, p90Ms: 200 * MIN });
    // 20; 10 until the failed verification, 20; 60; 20.
    expect(resolved).toEqual({ count: 5, meanMs: 26 * MIN, p90Ms: 60 * MIN });
  });

  it('measures the time per level', () => {
    // c-6 0 min, c-1 140, c-2 350, c-3 a day until escalated, c-5 to Monday 10:20.
    expect(week.timePerLevel.grid).toEqual({ count: 5, meanMs: 1548 * MIN, p90Ms: 5810 * MIN });
    expect(week.timePerLevel.community).toEqual({ count: 1, meanMs: 360 * MIN, p90Ms: 360 * MIN });
    expect(week.timePerLevel.street).toEqual({ count: 0, meanMs: null, p90Ms: null });
  });

  it('echoes the window and the scope', () => {
    expect([week.from, week.to, week.scope]).toEqual([WEEK.from, WEEK.to, null]);
  });
});

describe('windows', () => {
  it('read nothing at or after their end: Thursday alone', () => {
    const thursday = report({ from: WEEK.from, to: '2026-11-27T00:00:00+08:00' });
    expect(thursday).toMatchObject({ reported: 6, filed: 5, rejected: 1, closed: 2, open: 3 });
    // c-3, c-4, c-5 open; nothing is due yet (Friday 09:30), c-4 already suspended.
    expect(thursday.closuresDue).toBe(2);
    expect(thursday.overdueNow).toBe(0);
    expect(thursday.escalations.byDeadline).toBe(0);
  });

  it('count a due time that falls in them even when the case is closed later', () => {
    // Friday: c-3's grid deadline falls at 09:30 and it is closed the same day, late.
    const friday = report({ from: '2026-11-27T00:00:00+08:00', to: '2026-11-28T00:00:00+08:00' });
    expect(friday).toMatchObject({ closed: 1, closedOnTime: 0, closuresDue: 1, reported: 0 });
    // Friday morning only: c-3 due and escalated, not yet closed.
    const morning = report({ from: '2026-11-27T00:00:00+08:00', to: '2026-11-27T12:00:00+08:00' });
    expect(morning).toMatchObject({ closed: 0, closuresDue: 1, overdueNow: 0, open: 3 });
    expect(morning.onTimeRate).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });

  it('give null, not 0, for shares of nothing', () => {
    const quiet = report({ from: '2026-11-28T00:00:00+08:00', to: '2026-11-29T00:00:00+08:00' });
    expect(quiet.closed).toBe(0);
    expect(quiet.reworkRate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(quiet.resolvedAtLevel.grid.value).toBeNull();
    expect(quiet.timePerStep.resolved).toEqual({ count: 0, meanMs: null, p90Ms: null });
  });

  it('before the first report report nothing open', () => {
    const before = report({ from: '2026-11-01T00:00:00+08:00', to: '2026-11-26T00:00:00+08:00' });
    expect([before.reported, before.open, before.closuresDue]).toEqual([0, 0, 0]);
  });

  it('take any offset: the same instants in UTC give the same figures', () => {
    const utc = report({ from: '2026-11-25T16:00:00Z', to: '2026-12-02T16:00:00Z' });
    expect({ ...utc, from: WEEK.from, to: WEEK.to }).toEqual(week);
  });
});

describe('scopes', () => {
  it('take territorial units by the case place', () => {
    const grid = report({ ...WEEK, scope: { kind: 'grid', id: 'ljy-c1-g1' } });
    expect({ ...grid, scope: null }).toEqual(week);
    expect(grid.scope).toEqual({ kind: 'grid', id: 'ljy-c1-g1' });
    const other = report({ ...WEEK, scope: { kind: 'grid', id: 'ljy-c2-g1' } });
    expect([other.reported, other.closuresDue, other.closureRate.value]).toEqual([0, 0, null]);
    expect(report({ ...WEEK, scope: { kind: 'community', id: 'ljy-c1' } }).closed).toBe(4);
    expect(report({ ...WEEK, scope: { kind: 'street', id: 'ljy' } }).reported).toBe(7);
  });

  it('take a worker’s cases: every case assigned to them before the end', () => {
    const worker = report({ ...WEEK, scope: { kind: 'worker', id: 'p-1' } });
    // All but the rejected c-6 were assigned to p-1.
    expect([worker.reported, worker.closed, worker.closuresDue]).toEqual([6, 4, 5]);
    const early = report({
      from: WEEK.from,
      to: '2026-11-26T09:45:00+08:00',
      scope: { kind: 'worker', id: 'p-1' },
    });
    expect(early.reported).toBe(0);
  });

  it('filter by category', () => {
    expect(report({ ...WEEK, categoryCodes: ['CG-01'] }).reported).toBe(0);
    expect(report({ ...WEEK, categoryCodes: ['ZZ-01', 'CG-01'] })).toEqual(week);
  });
});

describe('computeKpisByUnit', () => {
  it('gives each unit what computeKpis gives with it as the scope', () => {
    for (const kind of ['grid', 'community', 'street', 'district', 'worker'] as const) {
      const result = computeKpisByUnit(events, { ...WEEK, kind });
      if (!result.success) throw result.error;
      expect(result.data.size).toBeGreaterThan(0);
      for (const [id, unit] of result.data) {
        expect(unit).toEqual(report({ ...WEEK, scope: { kind, id } }));
      }
    }
  });

  it('leaves out units without cases', () => {
    const result = computeKpisByUnit(events, { ...WEEK, kind: 'department' });
    expect(result.success && result.data.size).toBe(0);
  });
});

describe('kpiSeries', () => {
  it('cuts Beijing days whose additive counts sum to the week', () => {
    const result = kpiSeries(events, { ...WEEK, every: 'day' });
    if (!result.success) throw result.error;
    const days = result.data;
    expect(days.map((day) => day.from)).toEqual([
      '2026-11-26T00:00:00+08:00',
      '2026-11-27T00:00:00+08:00',
      '2026-11-28T00:00:00+08:00',
      '2026-11-29T00:00:00+08:00',
      '2026-11-30T00:00:00+08:00',
      '2026-12-01T00:00:00+08:00',
      '2026-12-02T00:00:00+08:00',
    ]);
    expect(days.at(-1)!.to).toBe(WEEK.to);
    const sum = (pick: (r: KpiReport) => number) => days.reduce((n, day) => n + pick(day), 0);
    expect(sum((r) => r.reported)).toBe(week.reported);
    expect(sum((r) => r.closed)).toBe(week.closed);
    expect(sum((r) => r.closedOnTime)).toBe(week.closedOnTime);
    expect(sum((r) => r.escalations.byDeadline)).toBe(1);
    expect(days.map((day) => day.closed)).toEqual([2, 1, 0, 0, 1, 0, 0]);
    // Each day's report equals computeKpis over that day.
    for (const day of days) expect(day).toEqual(report({ from: day.from, to: day.to }));
  });

  it('cuts calendar months on the local clock, the last one ending at `to`', () => {
    const result = kpiSeries(events, {
      from: '2026-01-31T00:00:00+08:00',
      to: '2026-05-15T00:00:00+08:00',
      every: 'month',
    });
    if (!result.success) throw result.error;
    expect(result.data.map((month) => [month.from, month.to])).toEqual([
      ['2026-01-31T00:00:00+08:00', '2026-02-28T00:00:00+08:00'],
      ['2026-02-28T00:00:00+08:00', '2026-03-31T00:00:00+08:00'],
      ['2026-03-31T00:00:00+08:00', '2026-04-30T00:00:00+08:00'],
      ['2026-04-30T00:00:00+08:00', '2026-05-15T00:00:00+08:00'],
    ]);
  });

  it('cuts weeks of seven days from `from`', () => {
    const result = kpiSeries(events, {
      from: '2026-11-01T00:00:00+08:00',
      to: '2026-12-03T00:00:00+08:00',
      every: 'week',
    });
    if (!result.success) throw result.error;
    expect(result.data).toHaveLength(5);
    expect(result.data[3]!.from).toBe('2026-11-22T00:00:00+08:00');
    expect(result.data.reduce((n, r) => n + r.reported, 0)).toBe(7);
  });

  it('refuses more than 10,000 windows', () => {
    const result = kpiSeries(events, {
      from: '2000-01-01T00:00:00+08:00',
      to: '2040-01-01T00:00:00+08:00',
      every: 'day',
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.messageIn('en')).toContain('at most 10,000');
  });
});

describe('KpiFacts', () => {
  it('folded once answer every query like the events do', () => {
    const facts = KpiFacts.from(events);
    if (!facts.success) throw facts.error;
    expect(facts.data.caseCount).toBe(7);
    expect(facts.data.eventCount).toBe(events.length);
    expect(computeKpis(facts.data, WEEK)).toEqual({ success: true, data: week });
  });

  it('take events batch by batch, in any interleaving of cases', () => {
    const facts = new KpiFacts();
    const byVersion = [...events].sort((a, b) => a.version - b.version);
    const half = Math.floor(byVersion.length / 2);
    expect(facts.add(byVersion.slice(0, half)).success).toBe(true);
    expect(facts.add(byVersion.slice(half)).success).toBe(true);
    expect(report(WEEK, facts)).toEqual(week);
  });
});
