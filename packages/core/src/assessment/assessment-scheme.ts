import * as z from 'zod/mini';
import { WanggeValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { BilingualName } from '../schema/bilingual-name.js';
import { Id } from '../schema/id.js';
import type { ParseResult } from '../validation/parse-result.js';
import { readJson } from '../validation/parse-input.js';
import { toValidationIssue, withoutFollowUps, withoutInput } from '../validation/zod-issues.js';
import { assessmentIssue } from './assessment-issue.js';
import { ASSESSMENT_METRICS, METRIC_DEFINITIONS } from './assessment-metric.js';
import type { AssessmentMessageCode } from '../i18n/assessment-messages.js';

/**
 * One metric of an assessment scheme and how it is scored:
 *
 * - `metric`: one of {@link ASSESSMENT_METRICS};
 * - `weight`: its share of the total, any non-negative number (weights need not add up to 100:
 *   each counts for its weight over their sum);
 * - `direction`: optional, and if given it must be the metric's own (a rework rate is better
 *   lower): it is there so that the JSON reads unambiguously;
 * - `scoring`: `linear` (the default) scores 0 at `floor` or worse, 100 at `target` or better,
 *   and in a straight line between; `threshold` scores 100 when the target is met, else 0;
 * - `target`, `floor`: in the metric's unit (a share 0–1, cases, metres, hours); for a metric
 *   better higher the floor is below the target, for one better lower above it.
 *
 * @example
 * ```ts
 * import { AssessmentMetricRule } from '@wangge/core';
 * AssessmentMetricRule.parse({ metric: 'rework-rate', weight: 10, floor: 0.3, target: 0.05 });
 * ```
 */
export const AssessmentMetricRule = /* @__PURE__ */ (() =>
  z.strictObject({
    metric: z.enum(ASSESSMENT_METRICS),
    weight: z.number(),
    direction: z.optional(z.enum(['higher-better', 'lower-better'])),
    scoring: z.optional(z.enum(['linear', 'threshold'])),
    target: z.number(),
    floor: z.optional(z.number()),
  }))();
/** One metric of an assessment scheme. */
export type AssessmentMetricRule = z.output<typeof AssessmentMetricRule>;

/**
 * An assessment scheme (考核方案): the metrics a district weighs to score its grids and grid
 * workers (网格考核评分), written as JSON. `unmeasured` says what happens to the weight of a
 * metric that cannot be measured for a unit in a period (a closure rate with no closures due):
 * `renormalize` (the default) shares it out over the measured metrics in proportion to their
 * weights; `zero` scores the metric 0 with its weight.
 *
 * Beyond its shape the schema checks that weights are non-negative and add up to more than 0,
 * that no metric is listed twice, that each direction is the metric's own, that a linear rule
 * has a floor on the right side of its target, and that targets and floors are values the
 * metric can take. Read untrusted JSON with {@link parseAssessmentScheme}, which describes each
 * problem in zh-CN and en.
 *
 * @example
 * ```ts
 * import { AssessmentScheme } from '@wangge/core';
 * AssessmentScheme.parse({
 *   id: 'yingze-2026',
 *   metrics: [
 *     { metric: 'on-time-rate', weight: 60, floor: 0.6, target: 0.95 },
 *     { metric: 'patrol-coverage', weight: 40, floor: 0.2, target: 0.8 },
 *   ],
 * });
 * ```
 */
export const AssessmentScheme = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: Id,
      name: z.optional(BilingualName),
      unmeasured: z.optional(z.enum(['renormalize', 'zero'])),
      metrics: z.array(AssessmentMetricRule).check(z.minLength(1)),
    })
    .check(
      z.superRefine((scheme, context) => {
        for (const found of schemeProblems(scheme)) {
          context.addIssue({
            code: 'custom',
            path: [...found.path],
            message: found.code,
            params: { assessment: found.code, values: found.params },
          });
        }
      }),
    ))();
/** An assessment scheme. */
export type AssessmentScheme = z.output<typeof AssessmentScheme>;

interface SchemeProblem {
  readonly code: AssessmentMessageCode;
  readonly path: readonly PropertyKey[];
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The problems of a scheme's content that its shape does not show. Written for values that may
 * not even have the shape (a scheme built in code from JSON that was never parsed).
 */
function schemeProblems(scheme: AssessmentScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const add = (code: AssessmentMessageCode, path: PropertyKey[], params = {}) =>
    problems.push({ code, path, params });
  const metrics: readonly unknown[] = Array.isArray(scheme.metrics) ? scheme.metrics : [];
  const seen = new Set<string>();
  let total = 0;
  for (const [i, entry] of metrics.entries()) {
    const rule = entry as Partial<Record<keyof AssessmentMetricRule, unknown>>;
    const metric = typeof rule.metric === 'string' ? rule.metric : '';
    if (!Object.hasOwn(METRIC_DEFINITIONS, metric)) {
      add('assessment_unknown_metric', ['metrics', i, 'metric'], {
        names: ASSESSMENT_METRICS.join(', '),
      });
      continue;
    }
    const definition = METRIC_DEFINITIONS[metric as AssessmentMetricRule['metric']];
    if (seen.has(metric)) add('assessment_duplicate_metric', ['metrics', i, 'metric'], { metric });
    seen.add(metric);
    const weight = rule.weight;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      add('assessment_negative_weight', ['metrics', i, 'weight'], { metric });
    } else {
      total += weight;
    }
    if (rule.direction !== undefined && rule.direction !== definition.direction) {
      add('assessment_direction_mismatch', ['metrics', i, 'direction'], {
        metric,
        direction: definition.direction,
      });
    }
    const range = definition.max === Number.MAX_SAFE_INTEGER ? '[0, ∞)' : `[0, ${definition.max}]`;
    const inRange = (value: unknown) =>
      typeof value === 'number' && value >= 0 && value <= definition.max;
    if (!inRange(rule.target)) {
      add('assessment_value_out_of_range', ['metrics', i, 'target'], { metric, range });
    }
    if (rule.floor !== undefined && !inRange(rule.floor)) {
      add('assessment_value_out_of_range', ['metrics', i, 'floor'], { metric, range });
    }
    if ((rule.scoring ?? 'linear') !== 'linear') continue;
    if (rule.floor === undefined) {
      add('assessment_floor_missing', ['metrics', i, 'floor'], { metric });
      continue;
    }
    const target = rule.target as number;
    const floor = rule.floor as number;
    const wrongSide = definition.direction === 'higher-better' ? floor >= target : floor <= target;
    if (inRange(target) && inRange(floor) && wrongSide) {
      add('assessment_floor_target', ['metrics', i, 'floor'], {
        metric,
        direction: definition.direction,
      });
    }
  }
  if (
    metrics.length > 0 &&
    total <= 0 &&
    !problems.some((p) => p.code === 'assessment_negative_weight')
  ) {
    add('assessment_weights_zero', ['metrics']);
  }
  return problems;
}

/**
 * Checks a scheme that did not come through {@link parseAssessmentScheme} (built in code): the
 * scoring functions call it, so that no score is ever computed from a scheme that means nothing.
 *
 * @throws {@link WanggeValidationError} (subject `AssessmentScheme`) listing every problem
 * @internal
 */
export function checkScheme(scheme: AssessmentScheme): void {
  const result = parseAssessmentScheme(scheme);
  if (!result.success) throw result.error;
}

/**
 * Reads an assessment scheme from untrusted input (a district's JSON) and never throws: every
 * problem is an issue with its path, a stable code (`assessment_unknown_metric`,
 * `assessment_weights_zero`, `assessment_floor_target`, …) and messages in zh-CN and en. The
 * scheme returned is frozen.
 *
 * @example
 * ```ts
 * import { parseAssessmentScheme } from '@wangge/core';
 * const result = parseAssessmentScheme({
 *   id: 'bad',
 *   metrics: [{ metric: 'rework-rate', weight: 10, floor: 0.05, target: 0.3 }],
 * });
 * if (!result.success) result.error.issues[0]?.code; // 'assessment_floor_target'
 * ```
 */
export function parseAssessmentScheme(input: unknown): ParseResult<AssessmentScheme> {
  const fast = AssessmentScheme.safeParse(input);
  if (fast.success) return { success: true, data: freezeScheme(fast.data) };
  const result = AssessmentScheme.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: freezeScheme(result.data) };
  const found = withoutFollowUps(result.error.issues);
  const issues = found.map(toSchemeIssue);
  const cause = new z.core.$ZodError(found.map(withoutInput));
  return {
    success: false,
    error: new WanggeValidationError('AssessmentScheme', issues, { cause }),
  };
}

/**
 * Like {@link parseAssessmentScheme}, for JSON text: malformed JSON is an `invalid_json` issue.
 *
 * @example
 * ```ts
 * import { parseAssessmentSchemeJson } from '@wangge/core';
 * parseAssessmentSchemeJson('{"id": "s", "metrics": [').success; // false
 * ```
 */
export function parseAssessmentSchemeJson(text: string): ParseResult<AssessmentScheme> {
  const json = readJson(text, 'AssessmentScheme');
  return json.success ? parseAssessmentScheme(json.data) : json;
}

function toSchemeIssue(issue: z.core.$ZodIssue): ValidationIssue {
  if (issue.code === 'custom') {
    const code: unknown = issue.params?.assessment;
    const values: unknown = issue.params?.values;
    if (typeof code === 'string') {
      return assessmentIssue(
        code as AssessmentMessageCode,
        issue.path,
        (values ?? {}) as Record<string, string>,
      );
    }
  }
  const [root, , key] = issue.path;
  if (issue.code === 'invalid_value' && root === 'metrics' && key === 'metric') {
    return assessmentIssue('assessment_unknown_metric', issue.path, {
      names: ASSESSMENT_METRICS.join(', '),
    });
  }
  return toValidationIssue(issue);
}

function freezeScheme(scheme: AssessmentScheme): AssessmentScheme {
  if (Object.isFrozen(scheme)) return scheme;
  for (const rule of scheme.metrics) Object.freeze(rule);
  Object.freeze(scheme.metrics);
  if (scheme.name) Object.freeze(scheme.name);
  return Object.freeze(scheme);
}
