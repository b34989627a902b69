import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSESSMENT_SCHEME,
  WanggeValidationError,
  assessGrid,
  assessWorker,
  type AssessmentScheme,
  type PatrolMeasurement,
} from '../../src/index.js';
import { kpiReport } from './kpi-fixture.js';

// 20 closures due, 18 closed (16 on time, 2 reworked, 12 in the grid), 3 extended, 1 overdue.
const REPORT = kpiReport({
  closuresDue: 20,
  closed: 18,
  closedOnTime: 16,
  reworked: 2,
  extended: 3,
  overdueNow: 1,
  resolvedInGrid: 12,
});

// Sub-scores of REPORT under the default scheme, worked out by hand:
const SUB = {
  'on-time-rate': (100 * (16 / 20 - 0.6)) / 0.35, // 57.142857
  'closure-rate': (100 * (18 / 20 - 0.6)) / 0.35, // 85.714286
  'rework-rate': (100 * (0.3 - 2 / 18)) / 0.25, // 75.555556
  'extension-rate': (100 * (0.3 - 3 / 20)) / 0.25, // 60
  'grid-resolution-share': (100 * (12 / 18 - 0.3)) / 0.4, // 91.666667
  'overdue-now': (100 * (5 - 1)) / 5, // 80
};

function patrol(day: number, share: number, distanceMeters: number, insideHours: number) {
  const start = `2026-11-${String(day).padStart(2, '0')}T09:00:00+08:00`;
  return {
    workerId: 'p-1',
    gridId: 'ljy-c1-g1',
    start,
    end: start.replace('T09', 'T12'),
    points: {
      input: 0,
      kept: 0,
      droppedInaccurate: 0,
      droppedDuplicates: 0,
      droppedJumps: 0,
      reordered: 0,
    },
    distanceMeters,
    durationSeconds: insideHours * 3600,
    movingSeconds: insideHours * 3600,
    stoppedSeconds: 0,
    gapSeconds: 0,
    gaps: 0,
    insideSeconds: insideHours * 3600,
    coverage: {
      share,
      coveredAreaMeters2: share * 1e5,
      gridAreaMeters2: 1e5,
      radiusMeters: 30,
      rows: 600,
      rowSpacingMeters: 0.5,
    },
  } satisfies PatrolMeasurement;
}
// 20 patrols in a 30-day month: half the grid each, 4 km, 3 h inside.
const PATROLS = Array.from({ length: 20 }, (_, i) => patrol(i + 1, 0.5, 4000, 3));

function issuesOf(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (error) {
    if (error instanceof WanggeValidationError) {
      return error.issues.map((issue) => [issue.code, issue.path.join('.')]);
    }
    throw error;
  }
  throw new Error('expected a WanggeValidationError');
}

describe('assessGrid under the default scheme', () => {
  it('re-normalises the weight of unmeasured patrol metrics over the measured ones', () => {
    const a = assessGrid({ reports: REPORT });
    const byMetric = Object.fromEntries(a.metrics.map((m) => [m.metric, m]));
    for (const [metric, sub] of Object.entries(SUB)) {
      expect(byMetric[metric]?.subScore).toBeCloseTo(sub, 9);
    }
    expect(byMetric['on-time-rate']?.value).toBeCloseTo(0.8, 12);
    // The 70 points of case metrics carry the whole score: 20/70 for the on-time rate.
    expect(byMetric['on-time-rate']?.effectiveWeight).toBeCloseTo(20 / 70, 12);
    expect(byMetric['on-time-rate']?.contribution).toBeCloseTo((SUB['on-time-rate'] * 20) / 70, 9);
    expect(a.score).toBeCloseTo(74.297052, 5);
    expect(a.unmeasured).toEqual([
      'patrol-coverage',
      'patrol-distance-per-day',
      'patrol-time-per-day',
    ]);
    expect(byMetric['patrol-coverage']).toMatchObject({
      value: null,
      unmeasuredReason: 'no-patrol-data',
      subScore: null,
      effectiveWeight: 0,
      contribution: 0,
    });
    expect(a.measuredWeightShare).toBeCloseTo(0.7, 12);
    expect(a.subject).toEqual({ kind: 'grid', id: 'ljy-c1-g1' });
    expect(a.schemeId).toBe('wangge-default');
    expect(a.patrolDays).toBe(30);
    expect(Object.isFrozen(a) && Object.isFrozen(a.metrics)).toBe(true);
  });

  it('averages patrols over the days of the period', () => {
    const a = assessGrid({ reports: REPORT, patrols: PATROLS });
    const byMetric = Object.fromEntries(a.metrics.map((m) => [m.metric, m]));
    // 20 days × 50 % over 30 days = 33.3 %; 80 km / 30 = 2,667 m; 60 h / 30 = 2 h.
    expect(byMetric['patrol-coverage']?.value).toBeCloseTo(1 / 3, 12);
    expect(byMetric['patrol-coverage']?.subScore).toBeCloseTo((100 * (1 / 3 - 0.2)) / 0.6, 9);
    expect(byMetric['patrol-distance-per-day']?.value).toBeCloseTo(80_000 / 30, 9);
    expect(byMetric['patrol-distance-per-day']?.subScore).toBeCloseTo(41.666667, 5);
    expect(byMetric['patrol-time-per-day']?.value).toBeCloseTo(2, 12);
    expect(byMetric['patrol-time-per-day']?.subScore).toBeCloseTo(33.333333, 5);
    expect(a.score).toBeCloseTo(61.174603, 5);
    expect(a.unmeasured).toEqual([]);
    // Over the 21 working days instead of 30 calendar days.
    const working = assessGrid({ reports: REPORT, patrols: PATROLS, patrolDays: 21 });
    expect(working.metrics.find((m) => m.metric === 'patrol-time-per-day')?.value).toBeCloseTo(
      60 / 21,
      12,
    );
  });

  it('counts each day once, at its best coverage, and days without patrol as 0', () => {
    const twice = [patrol(3, 0.4, 1000, 1), patrol(3, 0.7, 1000, 1), patrol(4, 0.2, 1000, 1)];
    const a = assessGrid({ reports: REPORT, patrols: twice, patrolDays: 10 });
    expect(a.metrics.find((m) => m.metric === 'patrol-coverage')?.value).toBeCloseTo(0.09, 12);
    // An empty list is measured: nobody patrolled.
    const none = assessGrid({ reports: REPORT, patrols: [] });
    expect(none.metrics.find((m) => m.metric === 'patrol-coverage')).toMatchObject({
      value: 0,
      subScore: 0,
    });
  });

  it('scores unmeasured metrics 0 with their weight under unmeasured: zero', () => {
    const scheme: AssessmentScheme = {
      ...DEFAULT_ASSESSMENT_SCHEME,
      id: 'strict',
      unmeasured: 'zero',
    };
    const a = assessGrid({ reports: REPORT }, scheme);
    expect(a.score).toBeCloseTo(52.007937, 5);
    expect(a.metrics.find((m) => m.metric === 'patrol-coverage')).toMatchObject({
      subScore: 0,
      effectiveWeight: 0.15,
    });
    expect(a.explanation['zh-CN']).toContain('按 0 分计');
  });

  it('caps sub-scores at 0 and 100, and scores thresholds all or nothing', () => {
    const scheme: AssessmentScheme = {
      id: 'edges',
      metrics: [
        { metric: 'closure-rate', weight: 1, floor: 0.95, target: 0.99 }, // 0.9: below the floor
        { metric: 'rework-rate', weight: 1, floor: 0.5, target: 0.2 }, // 0.11: better than target
        { metric: 'on-time-rate', weight: 2, scoring: 'threshold', target: 0.8 }, // 0.8: met
        { metric: 'overdue-now', weight: 4, scoring: 'threshold', target: 0 }, // 1: not met
      ],
    };
    const a = assessGrid({ reports: REPORT }, scheme);
    expect(a.metrics.map((m) => m.subScore)).toEqual([0, 100, 100, 0]);
    expect(a.score).toBeCloseTo((0 + 100 + 200 + 0) / 8, 12);
  });

  it('has no score, not NaN, when nothing with a weight could be measured', () => {
    const scheme: AssessmentScheme = {
      id: 'rates',
      metrics: [
        { metric: 'closure-rate', weight: 3, floor: 0.6, target: 0.9 },
        { metric: 'rework-rate', weight: 1, floor: 0.3, target: 0.05 },
        { metric: 'overdue-now', weight: 0, floor: 5, target: 0 },
      ],
    };
    const a = assessGrid({ reports: kpiReport() }, scheme);
    expect(a.score).toBeNull();
    expect(a.metrics.map((m) => m.unmeasuredReason)).toEqual([
      'no-closures-due',
      'no-closures',
      undefined,
    ]);
    expect(a.explanation.en).toContain('cannot be scored');
  });

  it('combines reports of successive windows as ratios of sums, overdue from the latest', () => {
    const week = (n: number, figures: Parameters<typeof kpiReport>[0]) =>
      kpiReport({
        ...figures,
        from: `2026-11-0${String(n)}T00:00:00+08:00`,
        to: `2026-11-0${String(n + 1)}T00:00:00+08:00`,
      });
    const a = assessGrid({
      reports: [
        week(2, { closuresDue: 9, closed: 0, overdueNow: 4 }),
        week(1, { closuresDue: 1, closed: 1, closedOnTime: 1, overdueNow: 7 }),
      ],
    });
    // 1 of 10, not the mean of 100 % and 0 %.
    expect(a.metrics.find((m) => m.metric === 'on-time-rate')?.value).toBeCloseTo(0.1, 12);
    expect(a.metrics.find((m) => m.metric === 'overdue-now')?.value).toBe(4);
    expect(a.from).toBe('2026-11-01T00:00:00+08:00');
    expect(a.to).toBe('2026-11-03T00:00:00+08:00');
    expect(a.patrolDays).toBe(2);
  });

  it('explains the score in zh-CN and en', () => {
    const a = assessGrid({ reports: REPORT });
    expect(a.explanation['zh-CN']).toContain('网格 ljy-c1-g1');
    expect(a.explanation['zh-CN']).toContain('考核得分为 74.3 分');
    expect(a.explanation['zh-CN']).toContain(
      '按期结案率 80.0%（下限 60.0%，目标 95.0%）得 57.1 分',
    );
    expect(a.explanation['zh-CN']).toContain('巡查覆盖率：未能计量（未提供巡查轨迹）');
    expect(a.explanation.en).toContain('scores 74.3 of 100');
    expect(a.explanation.en).toContain(
      'Cases overdue now 1 case (floor 5 cases, target 0 cases): 80.0 points',
    );
    expect(a.explanation.en).toContain('carry 70.0% of the scheme');
  });
});

describe('assessWorker', () => {
  it('scores a worker from their report and patrols', () => {
    const report = kpiReport({
      scope: { kind: 'worker', id: 'p-1' },
      closuresDue: 4,
      closed: 4,
      closedOnTime: 4,
      resolvedInGrid: 4,
    });
    const a = assessWorker({ reports: report, patrols: PATROLS });
    expect(a.subject).toEqual({ kind: 'worker', id: 'p-1' });
    const full = [
      'on-time-rate',
      'closure-rate',
      'rework-rate',
      'extension-rate',
      'grid-resolution-share',
      'overdue-now',
    ];
    for (const metric of full) {
      expect(a.metrics.find((m) => m.metric === metric)?.subScore).toBe(100);
    }
    expect(a.score).toBeCloseTo(
      (70 * 100 + 15 * 22.222222 + 10 * 41.666667 + 5 * 33.333333) / 100,
      4,
    );
    expect(a.explanation.en).toMatch(/^Worker p-1 scores/);
  });
});

describe('bad input', () => {
  it('refuses reports of the wrong kind, of several units, of overlapping windows', () => {
    expect(issuesOf(() => assessWorker({ reports: REPORT }))).toEqual([
      ['assessment_scope_kind', 'reports.scope'],
    ]);
    expect(issuesOf(() => assessGrid({ reports: kpiReport({ scope: null }) }))).toEqual([
      ['assessment_scope_kind', 'reports.scope'],
    ]);
    expect(
      issuesOf(() =>
        assessGrid({
          reports: [REPORT, kpiReport({ scope: { kind: 'grid', id: 'ljy-c1-g2' } })],
        }),
      ),
    ).toEqual([
      ['assessment_scope_mismatch', 'reports.1.scope'],
      ['assessment_windows_overlap', 'reports.1.from'],
    ]);
    expect(issuesOf(() => assessGrid({ reports: [] }))).toEqual([
      ['assessment_no_report', 'reports'],
    ]);
  });

  it('describes JSON that was never parsed instead of throwing a TypeError', () => {
    const junk = (reports: unknown) => () =>
      assessGrid({ reports } as unknown as Parameters<typeof assessGrid>[0]);
    expect(issuesOf(junk(null))).toEqual([['assessment_no_report', 'reports']]);
    expect(issuesOf(junk([REPORT, null]))).toEqual([['assessment_invalid_report', 'reports.1']]);
    const { scope: _scope, ...noScope } = REPORT;
    expect(issuesOf(junk([noScope])).map(([code]) => code)).toContain('assessment_scope_kind');
    const { coverage: _coverage, ...noCoverage } = patrol(2, 0.5, 10, 1);
    expect(
      issuesOf(() =>
        assessGrid({
          reports: REPORT,
          patrols: [noCoverage as unknown as PatrolMeasurement],
        }),
      ),
    ).toEqual([['assessment_invalid_patrol', 'patrols.0.coverage.share']]);
  });

  it('refuses figures that are not counts and ratios that do not add up', () => {
    const broken = {
      ...REPORT,
      overdueNow: Number.NaN,
      onTimeRate: { numerator: 16, denominator: 20, value: 0.5 },
      reworkRate: { numerator: 3, denominator: 2, value: 1.5 },
    };
    expect(issuesOf(() => assessGrid({ reports: broken }))).toEqual([
      ['assessment_invalid_report', 'reports.overdueNow'],
      ['assessment_invalid_report', 'reports.onTimeRate'],
      ['assessment_invalid_report', 'reports.reworkRate'],
    ]);
  });

  it('refuses patrols of another grid or worker, outside the period, or with bad figures', () => {
    const other = { ...patrol(2, 0.5, 10, 1), gridId: 'ljy-c1-g2' };
    const late = patrol(2, 0.5, 10, 1);
    const outside = { ...late, start: '2026-12-02T09:00:00+08:00' };
    const bad = { ...late, coverage: { ...late.coverage, share: 1.5 }, distanceMeters: -1 };
    expect(issuesOf(() => assessGrid({ reports: REPORT, patrols: [other, outside, bad] }))).toEqual(
      [
        ['assessment_patrol_other_unit', 'patrols.0.gridId'],
        ['assessment_patrol_outside_window', 'patrols.1.start'],
        ['assessment_invalid_patrol', 'patrols.2.distanceMeters'],
        ['assessment_invalid_patrol', 'patrols.2.coverage.share'],
      ],
    );
    const report = kpiReport({ scope: { kind: 'worker', id: 'p-2' } });
    expect(issuesOf(() => assessWorker({ reports: report, patrols: [late] }))).toEqual([
      ['assessment_patrol_other_unit', 'patrols.0.workerId'],
    ]);
    expect(issuesOf(() => assessGrid({ reports: REPORT, patrols: [], patrolDays: 0 }))).toEqual([
      ['assessment_invalid_option', 'patrolDays'],
    ]);
  });

  it('refuses a scheme built in code that means nothing', () => {
    const scheme = {
      id: 'zero',
      metrics: [{ metric: 'closure-rate', weight: 0, floor: 0.6, target: 0.9 }],
    } as AssessmentScheme;
    try {
      assessGrid({ reports: REPORT }, scheme);
      expect.unreachable();
    } catch (error) {
      expect((error as WanggeValidationError).subject).toBe('AssessmentScheme');
      expect((error as WanggeValidationError).issues[0]?.code).toBe('assessment_weights_zero');
    }
  });
});
