import type { CompiledCalendar } from './compiled-calendar.js';
import { isoAtOffset } from '../format/iso-at-offset.js';
import { checkInstant } from './instant.js';

/**
 * Writes an instant as ISO 8601 text on the calendar's clock, with its offset:
 * `2026-11-26T09:30:00+08:00`, and `.sss` milliseconds only when they are not zero. The text is a
 * valid `Timestamp` and `Date.parse` reads it back to the same instant.
 *
 * @param ms - the instant in epoch milliseconds, a whole number from 1900 to 9999
 * @throws {@link WanggeError} `invalid_instant` for anything else.
 *
 * @example
 * ```ts
 * import { chinaWorkingCalendar, formatInstant } from '@wangge/core';
 * const calendar = chinaWorkingCalendar();
 * formatInstant(calendar, Date.UTC(2026, 10, 26, 1, 30)); // '2026-11-26T09:30:00+08:00'
 * formatInstant(calendar, Date.UTC(2026, 10, 26, 1, 30, 0, 250)); // '2026-11-26T09:30:00.250+08:00'
 * ```
 */
export function formatInstant(calendar: CompiledCalendar, ms: number): string {
  checkInstant(calendar, ms, 'ms');
  return isoAtOffset(ms, calendar.offsetMs, calendar.utcOffset);
}
