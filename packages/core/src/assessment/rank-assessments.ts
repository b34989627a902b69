import type { ValidationIssue } from '../errors/validation-error.js';
import type { Assessment } from './assess.js';
import { assessmentIssue, throwIfIssues } from './assessment-issue.js';

/**
 * An assessment with its place in a ranking: `rank` 1 is the best; equal scores share a rank
 * and the next rank skips (1, 2, 2, 4); an assessment without a score has rank `null` and comes
 * last.
 *
 * @example
 * ```ts
 * import type { RankedAssessment } from '@wangge/core';
 * const label = (r: RankedAssessment) => `${r.rank ?? '—'}. ${r.assessment.subject.id}`;
 * ```
 */
export interface RankedAssessment {
  readonly rank: number | null;
  readonly assessment: Assessment;
}

/** Scores equal to this many decimals tie: sums of weights in another order differ in the last bits. */
const TIE_DECIMALS = 1e6;

/**
 * Ranks assessments of one scheme and one kind of unit (网格考核排名): best score first, ties by
 * the subject's id (in code-unit order, so the order is the same on every machine), with rank
 * numbers (equal scores share a rank; scores equal to 6 decimals are equal). Unscored
 * assessments come last, by id, with rank `null`. The input is not changed; the result is
 * frozen.
 *
 * @throws {@link WanggeValidationError} (subject `RankAssessments`) `assessment_rank_mixed`
 *   for assessments under different schemes or of different kinds of unit, and
 *   `assessment_duplicate_subject` for one unit given twice
 *
 * @example
 * ```ts
 * import { assessGrid, rankAssessments, type AssessmentInput } from '@wangge/core';
 * declare const reports: AssessmentInput['reports'][]; // one per grid
 * const ranking = rankAssessments(reports.map((report) => assessGrid({ reports: report })));
 * ranking[0]?.rank; // 1
 * ```
 */
export function rankAssessments(assessments: readonly Assessment[]): readonly RankedAssessment[] {
  const issues: ValidationIssue[] = [];
  const first = assessments[0];
  const seen = new Set<string>();
  for (const [i, assessment] of assessments.entries()) {
    if (first && (assessment.schemeId !== first.schemeId || kindOf(assessment) !== kindOf(first))) {
      issues.push(assessmentIssue('assessment_rank_mixed', [i]));
    }
    if (seen.has(assessment.subject.id)) {
      issues.push(
        assessmentIssue('assessment_duplicate_subject', [i, 'subject', 'id'], {
          id: assessment.subject.id,
        }),
      );
    }
    seen.add(assessment.subject.id);
  }
  throwIfIssues('RankAssessments', issues);
  const key = (a: Assessment) =>
    a.score === null ? -Infinity : Math.round(a.score * TIE_DECIMALS);
  const sorted = [...assessments].sort((a, b) => {
    const byScore = key(b) - key(a);
    if (byScore !== 0 && !Number.isNaN(byScore)) return byScore;
    return a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0;
  });
  let rank = 0;
  let previous: number | undefined;
  return Object.freeze(
    sorted.map((assessment, i): RankedAssessment => {
      const k = key(assessment);
      if (k !== previous) rank = i + 1;
      previous = k;
      return Object.freeze({ rank: assessment.score === null ? null : rank, assessment });
    }),
  );
}

/** Grids and micro-grids are ranked together; workers apart. */
function kindOf(assessment: Assessment): 'unit' | 'worker' {
  return assessment.subject.kind === 'worker' ? 'worker' : 'unit';
}
