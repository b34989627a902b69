import { WanggeValidationError, type ValidationIssue } from '../../errors/validation-error.js';
import { OPEN311_MESSAGES, type Open311MessageCode } from '../../i18n/open311-messages.js';
import type { ParseResult } from '../../validation/parse-result.js';

/** An issue with an Open311 code, its path and its messages (never the offending value). */
export function open311Issue(
  code: Open311MessageCode,
  path: readonly PropertyKey[],
): ValidationIssue {
  const entry = OPEN311_MESSAGES[code];
  return { code, path, expected: entry.expected, message: entry.message };
}

/** A failed result listing `issues` about `subject`. */
export function open311Failure<T>(
  subject: string,
  issues: readonly ValidationIssue[],
): ParseResult<T> {
  return { success: false, error: new WanggeValidationError(subject, issues) };
}
