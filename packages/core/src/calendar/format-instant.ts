import type { CompiledCalendar } from './compiled-calendar.js';
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
  // The local wall-clock time, written by Date as if it were UTC; its `Z` becomes the offset.
  const iso = new Date(ms + calendar.offsetMs).toISOString();
  const text = iso.endsWith('.000Z') ? iso.slice(0, -5) : iso.slice(0, -1);
  return `${text}${calendar.utcOffset}`;
}
