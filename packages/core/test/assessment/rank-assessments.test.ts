import { describe, expect, it } from 'vitest';
import {
  WanggeValidationError,
  assessGrid,
  assessWorker,
  rankAssessments,
  type Assessment,
  type AssessmentScheme,
} from '../../src/index.js';
import { kpiReport } from './kpi-fixture.js';

// On-time rate alone: the score is the rate's sub-score, 0 at 50 %, 100 at 100 %.
const SCHEME: AssessmentScheme = {
  id: 'on-time',
  metrics: [{ metric: 'on-time-rate', weight: 1, floor: 0.5, target: 1 }],
};

function grid(id: string, onTime: number, due = 10): Assessment {
  return assessGrid(
    {
      reports: kpiReport({
        scope: { kind: 'grid', id },
        closuresDue: due,
        closed: due,
        closedOnTime: onTime,
      }),
    },
    SCHEME,
  );
}

describe('rankAssessments', () => {
  it('ranks by score, ties by id with a shared rank, unscored last', () => {
    const ranked = rankAssessments([
      grid('g-c', 8),
      grid('g-a', 9),
      grid('g-none', 0, 0),
      grid('g-b', 8),
      grid('g-d', 6),
    ]);
    const round = (score: number | null) => (score === null ? null : Number(score.toFixed(9)));
    expect(ranked.map((r) => [r.rank, r.assessment.subject.id, round(r.assessment.score)])).toEqual(
      [
        [1, 'g-a', 80],
        [2, 'g-b', 60],
        [2, 'g-c', 60],
        [4, 'g-d', 20],
        [null, 'g-none', null],
      ],
    );
    expect(Object.isFrozen(ranked)).toBe(true);
  });

  it('takes scores equal but for rounding as a tie', () => {
    const a = grid('g-1', 7);
    const b = { ...grid('g-2', 7), score: (a.score ?? 0) + 1e-10 };
    expect(rankAssessments([b, a]).map((r) => [r.rank, r.assessment.subject.id])).toEqual([
      [1, 'g-1'],
      [1, 'g-2'],
    ]);
  });

  it('ranks nothing as nothing', () => {
    expect(rankAssessments([])).toEqual([]);
  });

  it('refuses to mix schemes or kinds of unit, and one unit twice', () => {
    const worker = assessWorker(
      { reports: kpiReport({ scope: { kind: 'worker', id: 'p-1' }, closuresDue: 1, closed: 1 }) },
      SCHEME,
    );
    const other = assessGrid({ reports: kpiReport({ scope: { kind: 'grid', id: 'g-9' } }) });
    try {
      rankAssessments([grid('g-1', 7), worker, other, grid('g-1', 8)]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WanggeValidationError);
      expect(
        (error as WanggeValidationError).issues.map((issue) => [issue.code, issue.path.join('.')]),
      ).toEqual([
        ['assessment_rank_mixed', '1'],
        ['assessment_rank_mixed', '2'],
        ['assessment_duplicate_subject', '3.subject.id'],
      ]);
    }
  });
});
