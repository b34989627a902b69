// The assessment of a grid and its worker from the KPIs the event log gives (the hand-computed
// week of test/kpi/kpi-week.ts), with no patrols: the patrol metrics are unmeasured and their
// weight goes to the measured ones.
import { describe, expect, it } from 'vitest';
import { assessGrid, assessWorker, computeKpis, rankAssessments } from '../../src/index.js';
import { WEEK, weekEvents } from '../kpi/kpi-week.js';

describe('assessing from computeKpis', () => {
  it('scores the week of grid ljy-c1-g1 by the default scheme', async () => {
    const events = await weekEvents();
    const grid = computeKpis(events, { ...WEEK, scope: { kind: 'grid', id: 'ljy-c1-g1' } });
    if (!grid.success) throw grid.error;
    const assessment = assessGrid({ reports: grid.data });
    const sub = Object.fromEntries(assessment.metrics.map((m) => [m.metric, m.subScore]));
    // 按期结案率 0.6 is the floor; 结案率 0.8 of 0.6–0.95; 返工率 0.25 of 0.3→0.05; 延期率 0.2;
    // 3 of 4 resolved at the grid beats 0.7; one overdue case of 5 allowed.
    expect(sub['on-time-rate']).toBeCloseTo(0, 6);
    expect(sub['closure-rate']).toBeCloseTo((100 * 0.2) / 0.35, 6);
    expect(sub['rework-rate']).toBeCloseTo(20, 6);
    expect(sub['extension-rate']).toBeCloseTo(40, 6);
    expect(sub['grid-resolution-share']).toBe(100);
    expect(sub['overdue-now']).toBeCloseTo(80, 6);
    expect(assessment.unmeasured).toEqual([
      'patrol-coverage',
      'patrol-distance-per-day',
      'patrol-time-per-day',
    ]);
    const expected = ((100 * 0.2) / 0.35) * 15 + 20 * 10 + 40 * 5 + 100 * 10 + 80 * 10;
    expect(assessment.score).toBeCloseTo(expected / 70, 6);

    const worker = computeKpis(events, { ...WEEK, scope: { kind: 'worker', id: 'p-1' } });
    if (!worker.success) throw worker.error;
    // A grid and a worker cannot be ranked together.
    expect(() => rankAssessments([assessment, assessWorker({ reports: worker.data })])).toThrow(
      /different kinds of unit/,
    );
    // The quiet grid next door has nothing due: only "overdue now" is measured, and it is 0.
    const quiet = computeKpis(events, { ...WEEK, scope: { kind: 'grid', id: 'ljy-c2-g1' } });
    if (!quiet.success) throw quiet.error;
    const ranked = rankAssessments([assessment, assessGrid({ reports: quiet.data })]);
    expect(ranked.map((r) => [r.assessment.subject.id, r.rank])).toEqual([
      ['ljy-c2-g1', 1],
      ['ljy-c1-g1', 2],
    ]);
  });
});
