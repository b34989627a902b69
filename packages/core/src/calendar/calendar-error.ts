import type { ValidationIssue } from '../errors/validation-error.js';
import { WanggeError } from '../errors/wangge-error.js';
import {
  CALENDAR_MESSAGES,
  type CalendarMessageCode,
  type CalendarMessageParams,
} from '../i18n/calendar-messages.js';

/**
 * The error the calendar arithmetic throws for a bad argument or a missing year.
 *
 * @internal
 */
export function calendarError(
  code: CalendarMessageCode,
  params: CalendarMessageParams = {},
): WanggeError {
  return new WanggeError(code, CALENDAR_MESSAGES[code].message(params));
}

/**
 * A validation issue of a working calendar's data, at `path`.
 *
 * @internal
 */
export function calendarIssue(
  code: CalendarMessageCode,
  path: readonly PropertyKey[],
  params: CalendarMessageParams = {},
): ValidationIssue {
  const entry = CALENDAR_MESSAGES[code];
  return { code, path, expected: entry.expected(params), message: entry.message(params) };
}
