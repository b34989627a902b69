import type { LocalizedText } from '../i18n/localized-text.js';
import type { KpiReport } from '../kpi/kpi-report.js';
import type { KpiScope } from '../schema/kpi-query.js';
import { assessmentFigures } from './assessment-figures.js';
import {
  METRIC_DEFINITIONS,
  type AssessmentMetricName,
  type MetricDirection,
  type UnmeasuredReason,
} from './assessment-metric.js';
import { checkScheme, type AssessmentScheme } from './assessment-scheme.js';
import { DEFAULT_ASSESSMENT_SCHEME } from './default-scheme.js';
import { explainAssessment, explainMetric } from './explain-assessment.js';
import type { PatrolMeasurement } from './measure-patrol.js';

/**
 * What a unit is assessed on: its KPI report for the period (or several, for windows that do not
 * overlap, e.g. the weeks of a month, combined as ratios of sums), and optionally the patrol
 * measurements of the period (`measurePatrol` of each track against the grid). Leaving
 * `patrols` out means the patrol metrics cannot be measured; an empty list means nobody
 * patrolled (they score 0). `patrolDays` is the number of days patrol metrics are averaged
 * over: by default the length of the reports' windows in days; a district that patrols on
 * working days only gives their number.
 *
 * @example
 * ```ts
 * import type { AssessmentInput, PatrolMeasurement } from '@wangge/core';
 * declare const report: AssessmentInput['reports'];
 * declare const patrols: PatrolMeasurement[];
 * const input: AssessmentInput = { reports: report, patrols, patrolDays: 21 };
 * ```
 */
export interface AssessmentInput {
  readonly reports: KpiReport | readonly KpiReport[];
  readonly patrols?: readonly PatrolMeasurement[];
  readonly patrolDays?: number;
}

/**
 * One metric of an assessment: its value (`null` when it cannot be measured, with the reason),
 * its rule, its sub-score (0–100, `null` when unmeasured under `renormalize`), its weight as
 * written, its effective weight (its share of the weights that count: 0–1) and its
 * contribution to the total (`subScore × effectiveWeight`, in points out of 100).
 *
 * @example
 * ```ts
 * import type { MetricAssessment } from '@wangge/core';
 * const row = (m: MetricAssessment) => [m.metric, m.value, m.subScore, m.contribution.toFixed(1)];
 * ```
 */
export interface MetricAssessment {
  readonly metric: AssessmentMetricName;
  readonly value: number | null;
  readonly unmeasuredReason?: UnmeasuredReason;
  readonly direction: MetricDirection;
  readonly scoring: 'linear' | 'threshold';
  readonly target: number;
  readonly floor?: number;
  readonly subScore: number | null;
  readonly weight: number;
  readonly effectiveWeight: number;
  readonly contribution: number;
  readonly explanation: LocalizedText;
}

/**
 * The unit an assessment is of: a grid (or micro-grid) or a grid worker.
 *
 * @example
 * ```ts
 * import type { AssessmentSubject } from '@wangge/core';
 * const subject: AssessmentSubject = { kind: 'grid', id: 'ljy-c1-g1' };
 * ```
 */
export interface AssessmentSubject {
  readonly kind: 'grid' | 'micro-grid' | 'worker';
  readonly id: string;
}

/**
 * A grid's or a worker's assessment (网格考核评分) for a period under a scheme: the total score
 * (0–100, or `null` when no metric with a weight could be measured), every metric's value,
 * sub-score, weight and contribution, the metrics that could not be measured and what was done
 * with their weight, and an explanation in zh-CN and en. Frozen.
 *
 * The total is `Σ subScore × weight ÷ Σ weight` over the metrics that count: under
 * `renormalize` the measured ones (the weight of the others is shared out in proportion),
 * under `zero` all of them (an unmeasured metric scores 0).
 *
 * @example
 * ```ts
 * import type { Assessment } from '@wangge/core';
 * const headline = (a: Assessment) => `${a.subject.id}: ${a.score?.toFixed(1) ?? '—'}`;
 * ```
 */
export interface Assessment {
  readonly subject: AssessmentSubject;
  readonly schemeId: string;
  /** The period: the earliest report's `from` and the latest one's `to`, as given. */
  readonly from: string;
  readonly to: string;
  /** The days the patrol metrics were averaged over. */
  readonly patrolDays: number;
  readonly score: number | null;
  readonly metrics: readonly MetricAssessment[];
  readonly unmeasured: readonly AssessmentMetricName[];
  readonly unmeasuredPolicy: 'renormalize' | 'zero';
  /** The share (0–1) of the scheme's total weight that was measured. */
  readonly measuredWeightShare: number;
  readonly explanation: LocalizedText;
}

/**
 * Scores a grid (网格考核评分) for a period: its KPI report(s) (scope `grid` or `micro-grid`) and
 * its patrol measurements, under a scheme (the default one when none is given). See
 * {@link Assessment} for the formula and the guide _Grid assessment_ for an example.
 *
 * @throws {@link WanggeValidationError} subject `AssessmentScheme` for a scheme that means
 *   nothing (weights adding to 0, a floor beyond its target, …) and subject `AssessmentInput`
 *   for reports of the wrong kind of unit, of several units or of overlapping windows, figures
 *   that are not counts, patrols of another grid or outside the period
 *
 * @example
 * ```ts
 * import { assessGrid, type AssessmentInput } from '@wangge/core';
 * declare const report: AssessmentInput['reports']; // computeKpis(events, { from, to, scope: { kind: 'grid', id } })
 * const assessment = assessGrid({ reports: report, patrols: [] });
 * assessment.score; // e.g. 78.5
 * assessment.explanation['zh-CN'];
 * ```
 */
export function assessGrid(
  input: AssessmentInput,
  scheme: AssessmentScheme = DEFAULT_ASSESSMENT_SCHEME,
): Assessment {
  return assess(input, scheme, ['grid', 'micro-grid']);
}

/**
 * Scores a grid worker (网格员考核) for a period: their KPI report(s) (scope `worker`: the cases
 * assigned to them) and the measurements of their patrols, under a scheme (the default one when
 * none is given). Works as {@link assessGrid}; every patrol must be the worker's.
 *
 * @throws {@link WanggeValidationError} as {@link assessGrid} does
 *
 * @example
 * ```ts
 * import { assessWorker, measurePatrol, type AssessmentInput, type PatrolArea, type PatrolTrack } from '@wangge/core';
 * declare const report: AssessmentInput['reports']; // scope { kind: 'worker', id: 'p-1' }
 * declare const tracks: PatrolTrack[];
 * declare const grid: PatrolArea;
 * const patrols = tracks.map((track) => measurePatrol(track, grid));
 * assessWorker({ reports: report, patrols }).score;
 * ```
 */
export function assessWorker(
  input: AssessmentInput,
  scheme: AssessmentScheme = DEFAULT_ASSESSMENT_SCHEME,
): Assessment {
  return assess(input, scheme, ['worker']);
}

function assess(
  input: AssessmentInput,
  scheme: AssessmentScheme,
  kinds: readonly KpiScope['kind'][],
): Assessment {
  checkScheme(scheme);
  const figures = assessmentFigures(input.reports, input.patrols, input.patrolDays, kinds);
  const policy = scheme.unmeasured ?? 'renormalize';
  let totalWeight = 0;
  let measuredWeight = 0;
  for (const rule of scheme.metrics) {
    totalWeight += rule.weight;
    if (figures.values[rule.metric].value !== null) measuredWeight += rule.weight;
  }
  const counted = policy === 'zero' ? totalWeight : measuredWeight;
  const metrics = scheme.metrics.map((rule): MetricAssessment => {
    const { value, reason } = figures.values[rule.metric];
    const direction = METRIC_DEFINITIONS[rule.metric].direction;
    const scoring = rule.scoring ?? 'linear';
    const measured = value !== null;
    const subScore = measured ? scoreOf(rule, direction, value) : policy === 'zero' ? 0 : null;
    const effectiveWeight =
      counted > 0 && (measured || policy === 'zero') ? rule.weight / counted : 0;
    const contribution = (subScore ?? 0) * effectiveWeight;
    const base = {
      metric: rule.metric,
      value,
      ...(reason === undefined ? {} : { unmeasuredReason: reason }),
      direction,
      scoring,
      target: rule.target,
      ...(rule.floor === undefined ? {} : { floor: rule.floor }),
      subScore,
      weight: rule.weight,
      effectiveWeight,
      contribution,
    };
    return Object.freeze({ ...base, explanation: explainMetric(base, policy) });
  });
  const score = counted > 0 ? metrics.reduce((sum, m) => sum + m.contribution, 0) : null;
  const subject: AssessmentSubject = Object.freeze({
    kind: figures.scope.kind as AssessmentSubject['kind'],
    id: figures.scope.id,
  });
  const unmeasured = metrics.filter((m) => m.value === null).map((m) => m.metric);
  const body = {
    subject,
    schemeId: scheme.id,
    from: figures.from,
    to: figures.to,
    patrolDays: figures.days,
    score: score === null ? null : Math.min(100, Math.max(0, score)),
    metrics: Object.freeze(metrics),
    unmeasured: Object.freeze(unmeasured),
    unmeasuredPolicy: policy,
    measuredWeightShare: totalWeight > 0 ? measuredWeight / totalWeight : 0,
  };
  return Object.freeze({ ...body, explanation: explainAssessment(body) });
}

/** The sub-score 0–100 of a measured value under a rule. */
function scoreOf(
  rule: AssessmentScheme['metrics'][number],
  direction: MetricDirection,
  value: number,
): number {
  const higher = direction === 'higher-better';
  if ((rule.scoring ?? 'linear') === 'threshold') {
    return (higher ? value >= rule.target : value <= rule.target) ? 100 : 0;
  }
  const floor = rule.floor ?? rule.target;
  const fraction = higher
    ? (value - floor) / (rule.target - floor)
    : (floor - value) / (floor - rule.target);
  return 100 * Math.min(1, Math.max(0, fraction));
}
