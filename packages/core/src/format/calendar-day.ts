const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is a real calendar day written `YYYY-MM-DD`, from 1900 to 9999: no
 * `2026-02-30`, no `2026-2-3`, and 29 February only in a leap year.
 *
 * @example
 * ```ts
 * import { isCalendarDay } from '@wangge/core';
 * isCalendarDay('2026-02-28'); // true
 * isCalendarDay('2026-02-29'); // false
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
