const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is a real calendar day written `YYYY-MM-DD` (no 2026-02-30).
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05, rosterDay: '2027-01-05' }).shifts[0]?.start;
 * // '2027-01-05T08:30:00+08:00'
 * ```
 */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

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
