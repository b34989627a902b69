// The check lives in format/, where the working calendar uses it too.
export { isCalendarDay } from '../format/calendar-day.js';

/**
 * The calendar day `days` after (or before, when negative) a `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * // Night duty runs into the next morning.
 * generateDemoDistrict({ scale: 0.05 }).shifts.some((s) => s.end.startsWith('2026-11-27')); // true
 * ```
 */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + days));
  return next.toISOString().slice(0, 10);
}

/**
 * An instant on a day at a time of day in China Standard Time, the offset being written out:
 * `2026-11-26T08:30:00+08:00`.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).shifts[0]?.end; // '2026-11-26T17:30:00+08:00'
 * ```
 */
export function beijingTime(day: string, time: string): string {
  return `${day}T${time}:00+08:00`;
}
