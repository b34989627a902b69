import { isWorkingDayNumber, type CompiledCalendar } from './compiled-calendar.js';
import { DAY_MS } from './day-number.js';
import { checkInstant } from './instant.js';

/**
 * Where an instant falls on a calendar: its day (as a day number, days since 1970-01-01 on the
 * calendar's clock), the minute of that day, whether the day is worked and whether the instant
 * is inside a working period.
 *
 * @example
 * ```ts
 * import type { InstantOnCalendar } from '@wangge/core';
 * const late = (at: InstantOnCalendar) => !at.workingTime && at.minuteOfDay >= 20 * 60;
 * ```
 */
export interface InstantOnCalendar {
  readonly day: number;
  readonly minuteOfDay: number;
  readonly workingDay: boolean;
  readonly workingTime: boolean;
}

/**
 * Where an instant falls on a calendar (see {@link InstantOnCalendar}): what rules about working
 * hours, nights and rest days (节假日) need.
 *
 * @throws {@link WanggeError} `invalid_instant`, and `calendar_year_missing` for a year without
 * data on a calendar that says `beyondYears: 'error'`.
 *
 * @example
 * ```ts
 * import { chinaWorkingCalendar, placeOnCalendar } from '@wangge/core';
 * const calendar = chinaWorkingCalendar();
 * placeOnCalendar(calendar, Date.parse('2026-10-01T10:00:00+08:00')).workingDay; // false: 国庆节
 * placeOnCalendar(calendar, Date.parse('2026-10-10T10:00:00+08:00')).workingTime; // true: 调休上班
 * ```
 */
export function placeOnCalendar(calendar: CompiledCalendar, ms: number): InstantOnCalendar {
  checkInstant(calendar, ms, 'ms');
  const local = ms + calendar.offsetMs;
  const day = Math.floor(local / DAY_MS);
  const intoDay = local - day * DAY_MS;
  const workingDay = isWorkingDayNumber(calendar, day);
  const workingTime =
    workingDay && calendar.periods.some((p) => intoDay >= p.startMs && intoDay < p.endMs);
  return { day, minuteOfDay: Math.floor(intoDay / 60_000), workingDay, workingTime };
}
