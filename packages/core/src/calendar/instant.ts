import { calendarError } from './calendar-error.js';
import type { CompiledCalendar } from './compiled-calendar.js';

// Instants are supported from 1900 to 9999 on the calendar's clock: what `Timestamp` can write
// with a four-digit year, and what `CalendarDay` can name.
const FIRST_LOCAL_MS = Date.UTC(1900, 0, 1);
const END_LOCAL_MS = Date.UTC(10_000, 0, 1);

/**
 * The longest span of time between two supported instants; no working time can be longer.
 *
 * @internal
 */
export const LONGEST_MS = END_LOCAL_MS - FIRST_LOCAL_MS;

/**
 * Throws `invalid_instant` (naming `argument`) unless `ms` is a whole number of epoch
 * milliseconds whose local time is from 1900 to 9999.
 *
 * @internal
 */
export function checkInstant(calendar: CompiledCalendar, ms: number, argument: string): void {
  const local = ms + calendar.offsetMs;
  if (!Number.isSafeInteger(ms) || local < FIRST_LOCAL_MS || local >= END_LOCAL_MS) {
    throw calendarError('invalid_instant', { argument });
  }
}

/**
 * Returns a computed instant, or throws `instant_out_of_range` when it falls after 9999.
 *
 * @internal
 */
export function checkResult(calendar: CompiledCalendar, ms: number): number {
  if (!(ms + calendar.offsetMs < END_LOCAL_MS)) throw calendarError('instant_out_of_range');
  return ms;
}
