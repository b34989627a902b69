import { WanggeValidationError, type ValidationIssue } from '../errors/validation-error.js';
import {
  ASSESSMENT_MESSAGES,
  type AssessmentMessageCode,
  type AssessmentMessageParams,
} from '../i18n/assessment-messages.js';

/**
 * A validation issue of grid assessment at `path`, with its messages.
 *
 * @internal
 */
export function assessmentIssue(
  code: AssessmentMessageCode,
  path: readonly PropertyKey[],
  params: AssessmentMessageParams = {},
): ValidationIssue {
  const entry = ASSESSMENT_MESSAGES[code];
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    expected: entry.expected(params),
    message: entry.message(params),
  });
}

/**
 * Throws a {@link WanggeValidationError} of `subject` when `issues` is not empty.
 *
 * @internal
 */
export function throwIfIssues(subject: string, issues: readonly ValidationIssue[]): void {
  if (issues.length > 0) throw new WanggeValidationError(subject, issues);
}

/**
 * Throws a {@link WanggeValidationError} of `subject` with `issues`.
 *
 * @internal
 */
export function fail(subject: string, issues: readonly ValidationIssue[]): never {
  throw new WanggeValidationError(subject, issues);
}

/** The range a numeric option must be in. @internal */
export interface OptionRange {
  readonly min: number;
  readonly max: number;
  /** Whether `min` itself is allowed (default true). */
  readonly minInclusive?: boolean;
  readonly integer?: boolean;
}

/**
 * `value` if it is a number in `range`; otherwise an `assessment_invalid_option` issue is
 * added and `fallback` returned, so that every bad option is reported at once.
 *
 * @internal
 */
export function optionIn(
  issues: ValidationIssue[],
  name: string,
  value: unknown,
  fallback: number,
  range: OptionRange,
): number {
  if (value === undefined) return fallback;
  const { min, max, minInclusive = true, integer = false } = range;
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (minInclusive ? value >= min : value > min) &&
    value <= max &&
    (!integer || Number.isInteger(value));
  if (ok) return value;
  const low = minInclusive ? `[${String(min)}` : `(${String(min)}`;
  const high = max === Infinity ? '∞)' : `${String(max)}]`;
  issues.push(
    assessmentIssue('assessment_invalid_option', [name], {
      name,
      range: `${low}, ${high}`,
    }),
  );
  return fallback;
}
