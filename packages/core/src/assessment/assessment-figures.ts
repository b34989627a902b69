import type { ValidationIssue } from '../errors/validation-error.js';
import type { KpiRatio, KpiReport } from '../kpi/kpi-report.js';
import type { KpiScope } from '../schema/kpi-query.js';
import { assessmentIssue, fail, optionIn, throwIfIssues } from './assessment-issue.js';
import type { AssessmentMetricName, UnmeasuredReason } from './assessment-metric.js';
import type { PatrolMeasurement } from './measure-patrol.js';

/**
 * The unit and period assessed, and every metric's value (`null` with its reason when it cannot
 * be measured).
 *
 * @internal
 */
export interface AssessmentFigures {
  readonly scope: KpiScope;
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly values: Readonly<
    Record<
      AssessmentMetricName,
      { readonly value: number | null; readonly reason?: UnmeasuredReason }
    >
  >;
}

type Ratio = Pick<KpiRatio, 'numerator' | 'denominator'>;

const RATIOS = {
  'on-time-rate': ['onTimeRate', 'no-closures-due'],
  'closure-rate': ['closureRate', 'no-closures-due'],
  'rework-rate': ['reworkRate', 'no-closures'],
  'extension-rate': ['extensionRate', 'no-closures-due'],
  'grid-resolution-share': ['resolvedAtLevel.grid', 'no-closures'],
} as const;
type RatioMetric = keyof typeof RATIOS;
type RatioField = (typeof RATIOS)[RatioMetric][0];

const DAY_MS = 86_400_000;

/**
 * Reads the KPI reports and patrols of one unit into metric values, checking that they are of
 * the unit (`kinds`), of one unit, in windows that do not overlap, and hold counts and ratios
 * that mean something. Reports are combined by adding numerators and denominators (a ratio of
 * sums, not a mean of ratios); `overdueNow` is the latest report's.
 *
 * @throws {@link WanggeValidationError} (subject `AssessmentInput`) listing every problem
 * @internal
 */
export function assessmentFigures(
  reports: KpiReport | readonly KpiReport[],
  patrols: readonly PatrolMeasurement[] | undefined,
  patrolDays: number | undefined,
  kinds: readonly KpiScope['kind'][],
): AssessmentFigures {
  const issues: ValidationIssue[] = [];
  const single = !Array.isArray(reports);
  const list: readonly KpiReport[] = single ? [reports as KpiReport] : reports;
  const pathOf = (i: number, ...rest: PropertyKey[]) =>
    single ? ['reports', ...rest] : ['reports', i, ...rest];
  const first = list[0] as KpiReport | null | undefined;
  if (typeof first !== 'object' || first === null) {
    fail('AssessmentInput', [assessmentIssue('assessment_no_report', ['reports'])]);
  }
  const scope = (first.scope as KpiScope | null | undefined) ?? null;
  const windows: { from: number; to: number; i: number }[] = [];
  for (const [i, report] of list.entries()) {
    if (typeof (report as KpiReport | null) !== 'object' || (report as KpiReport | null) === null) {
      issues.push(assessmentIssue('assessment_invalid_report', pathOf(i), { field: 'report' }));
      continue;
    }
    // Typed input may still be JSON that was never parsed: a missing scope is no scope.
    const given = report.scope as KpiScope | null | undefined;
    if (typeof given !== 'object' || given === null || !kinds.includes(given.kind)) {
      issues.push(
        assessmentIssue('assessment_scope_kind', pathOf(i, 'scope'), { kinds: kinds.join(' / ') }),
      );
    } else if (scope !== null && (given.kind !== scope.kind || given.id !== scope.id)) {
      issues.push(assessmentIssue('assessment_scope_mismatch', pathOf(i, 'scope')));
    }
    const from = Date.parse(report.from);
    const to = Date.parse(report.to);
    if (!(from < to)) {
      issues.push(assessmentIssue('assessment_invalid_report', pathOf(i, 'to'), { field: 'to' }));
    } else {
      windows.push({ from, to, i });
    }
    for (const field of ['overdueNow'] as const) {
      if (!isCount(report[field])) {
        issues.push(assessmentIssue('assessment_invalid_report', pathOf(i, field), { field }));
      }
    }
    for (const [, [field]] of Object.entries(RATIOS)) {
      const ratio = ratioOf(report, field);
      if (!isRatio(ratio)) {
        const path = field === 'resolvedAtLevel.grid' ? ['resolvedAtLevel', 'grid'] : [field];
        issues.push(assessmentIssue('assessment_invalid_report', pathOf(i, ...path), { field }));
      }
    }
  }
  windows.sort((a, b) => a.from - b.from);
  for (let k = 1; k < windows.length; k += 1) {
    const before = windows[k - 1];
    const window = windows[k];
    if (before && window && window.from < before.to) {
      issues.push(assessmentIssue('assessment_windows_overlap', pathOf(window.i, 'from')));
    }
  }
  const windowMs = windows.reduce((sum, w) => sum + (w.to - w.from), 0);
  const days = optionIn(issues, 'patrolDays', patrolDays, windowMs / DAY_MS, {
    min: 0,
    max: 100_000,
    minInclusive: false,
  });
  const subjectId = scope?.id ?? '';
  const isWorker = scope?.kind === 'worker';
  for (const [i, patrol] of (patrols ?? []).entries()) {
    const path = ['patrols', i];
    const other = isWorker
      ? patrol.workerId !== subjectId
      : patrol.gridId !== undefined && patrol.gridId !== subjectId;
    if (other) {
      issues.push(
        assessmentIssue(
          'assessment_patrol_other_unit',
          [...path, isWorker ? 'workerId' : 'gridId'],
          {
            id: subjectId,
          },
        ),
      );
    }
    const start = typeof patrol.start === 'string' ? Date.parse(patrol.start) : NaN;
    if (patrol.start !== null && !windows.some((w) => start >= w.from && start < w.to)) {
      issues.push(assessmentIssue('assessment_patrol_outside_window', [...path, 'start']));
    }
    const figures = {
      distanceMeters: patrol.distanceMeters,
      insideSeconds: patrol.insideSeconds,
      'coverage.share': (patrol.coverage as Partial<PatrolMeasurement['coverage']> | undefined)
        ?.share,
    };
    for (const [field, value] of Object.entries(figures)) {
      const max = field === 'coverage.share' ? 1 : Infinity;
      if (!(typeof value === 'number' && value >= 0 && value <= max && value < Infinity)) {
        issues.push(
          assessmentIssue('assessment_invalid_patrol', [...path, ...field.split('.')], { field }),
        );
      }
    }
  }
  throwIfIssues('AssessmentInput', issues);
  if (scope === null) {
    fail('AssessmentInput', [
      assessmentIssue('assessment_scope_kind', pathOf(0, 'scope'), { kinds: kinds.join(' / ') }),
    ]);
  }

  const latest = [...list].sort((a, b) => Date.parse(b.to) - Date.parse(a.to))[0] ?? first;
  const values: Record<
    AssessmentMetricName,
    { readonly value: number | null; readonly reason?: UnmeasuredReason }
  > = {} as never;
  for (const [metric, [field, reason]] of Object.entries(RATIOS) as [
    RatioMetric,
    (typeof RATIOS)[RatioMetric],
  ][]) {
    let numerator = 0;
    let denominator = 0;
    for (const report of list) {
      const ratio = ratioOf(report, field);
      numerator += ratio.numerator;
      denominator += ratio.denominator;
    }
    values[metric] = denominator > 0 ? { value: numerator / denominator } : { value: null, reason };
  }
  values['overdue-now'] = { value: latest.overdueNow };
  if (patrols === undefined) {
    for (const metric of [
      'patrol-coverage',
      'patrol-distance-per-day',
      'patrol-time-per-day',
    ] as const) {
      values[metric] = { value: null, reason: 'no-patrol-data' };
    }
  } else {
    // Several patrols of one day (two workers, two shifts) may overlap: without the tracks the
    // union is unknown, so the day counts its best coverage, which never overstates it.
    const byDay = new Map<string, number>();
    let distance = 0;
    let seconds = 0;
    for (const patrol of patrols) {
      distance += patrol.distanceMeters;
      seconds += patrol.insideSeconds;
      if (patrol.start === null) continue;
      const day = patrol.start.slice(0, 10);
      byDay.set(day, Math.max(byDay.get(day) ?? 0, patrol.coverage.share));
    }
    let covered = 0;
    for (const share of byDay.values()) covered += share;
    values['patrol-coverage'] = { value: covered / Math.max(days, byDay.size) };
    values['patrol-distance-per-day'] = { value: distance / days };
    values['patrol-time-per-day'] = { value: seconds / 3600 / days };
  }
  const froms = windows.map((w) => w.from);
  const tos = windows.map((w) => w.to);
  const earliest = list.find((r) => Date.parse(r.from) === Math.min(...froms)) ?? first;
  return {
    scope,
    from: earliest.from,
    to: list.find((r) => Date.parse(r.to) === Math.max(...tos))?.to ?? first.to,
    days,
    values,
  };
}

function ratioOf(report: KpiReport, field: RatioField): Ratio {
  const value: unknown =
    field === 'resolvedAtLevel.grid'
      ? (report.resolvedAtLevel as Partial<KpiReport['resolvedAtLevel']> | undefined)?.grid
      : report[field];
  return (value ?? { numerator: NaN, denominator: NaN }) as Ratio;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRatio(ratio: Ratio): boolean {
  const { numerator, denominator } = ratio;
  if (!isCount(numerator) || !isCount(denominator) || numerator > denominator) return false;
  const value: unknown = (ratio as Partial<KpiRatio>).value;
  if (denominator === 0) return value === null || value === undefined;
  return typeof value === 'number' && Math.abs(value - numerator / denominator) <= 1e-9;
}
