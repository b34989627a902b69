import * as z from 'zod/mini';
import { isCalendarDay } from '../format/calendar-day.js';

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const UTC_OFFSET = /^[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00)$/;

/**
 * A calendar day written `YYYY-MM-DD`, a real date from 1900 to 9999 (no `2026-02-30`). Days are
 * read on the calendar's own clock (its `utcOffset`), not in UTC.
 *
 * @example
 * ```ts
 * import { CalendarDay } from '@wangge/core';
 * CalendarDay.parse('2026-10-01');
 * CalendarDay.safeParse('2026-02-29').success; // false
 * ```
 */
export const CalendarDay = /* @__PURE__ */ (() =>
  z.string().check(z.refine(isCalendarDay, { params: { wangge: 'invalid_calendar_day' } })))();
/** A `YYYY-MM-DD` day. */
export type CalendarDay = z.output<typeof CalendarDay>;

/**
 * A time of day on a calendar's clock, `HH:MM` from `00:00` to `24:00`.
 *
 * @example
 * ```ts
 * import { TimeOfDay } from '@wangge/core';
 * TimeOfDay.parse('17:30');
 * ```
 */
export const TimeOfDay = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.refine((value) => TIME_OF_DAY.test(value), { params: { wangge: 'invalid_time_of_day' } }),
    ))();
/** `HH:MM`. */
export type TimeOfDay = z.output<typeof TimeOfDay>;

/**
 * A working period of the day (工作时段), from `start` to `end`, both `HH:MM` on the calendar's
 * clock, `00:00` to `24:00`, the end after the start. Time from `start` (included) to `end`
 * (excluded) is working time.
 *
 * @example
 * ```ts
 * import { WorkingPeriod } from '@wangge/core';
 * WorkingPeriod.parse({ start: '08:30', end: '12:00' });
 * WorkingPeriod.safeParse({ start: '17:30', end: '14:30' }).success; // false
 * ```
 */
export const WorkingPeriod = /* @__PURE__ */ (() =>
  z.strictObject({ start: TimeOfDay, end: TimeOfDay }).check(
    // Only once both times are well formed: comparing a malformed one would add a second issue.
    z.refine((period) => period.start < period.end, {
      params: { wangge: 'empty_working_period' },
      when: (payload) => payload.issues.length === 0,
    }),
  ))();
/** A working period, `HH:MM` to `HH:MM`. */
export type WorkingPeriod = z.output<typeof WorkingPeriod>;

/**
 * One year's public holidays as the State Council arranges them (国务院办公厅关于部分节假日安排的
 * 通知): the days off (`holidays`, 放假, whole holiday blocks, weekend days included) and the
 * swapped working days (`workdays`, 调休上班: weekend days that are worked). Every day must belong
 * to `year`. `source` names where the data comes from, e.g. the notice.
 *
 * @example
 * ```ts
 * import { HolidayYear } from '@wangge/core';
 * HolidayYear.parse({
 *   year: 2026,
 *   holidays: ['2026-01-01', '2026-01-02', '2026-01-03'],
 *   workdays: ['2026-01-04'],
 *   source: '国务院办公厅关于2026年部分节假日安排的通知',
 * });
 * ```
 */
export const HolidayYear = /* @__PURE__ */ (() =>
  z.strictObject({
    year: z.int().check(z.gte(1900), z.lte(9999)),
    holidays: z.array(CalendarDay).check(z.maxLength(366)),
    workdays: z.array(CalendarDay).check(z.maxLength(366)),
    source: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  }))();
/** A year of holidays and swapped working days. */
export type HolidayYear = z.output<typeof HolidayYear>;

/**
 * A district's working calendar (工作日历): the clock it runs on (a fixed `utcOffset`: China has
 * no daylight saving time), its weekend (ISO weekdays, 1 = Monday … 7 = Sunday, Saturday and
 * Sunday by default), its working hours (at least one period, in order, not overlapping), the
 * holidays of each year it knows, and what to do for a year it does not know (`beyondYears`:
 * `'weekdays'`, the default, counts only the weekend as days off; `'error'` refuses to guess).
 *
 * The schema checks each field; `parseWorkingCalendar` also checks them against each other (the
 * order of the periods, days listed under the wrong year, a day both off and worked, …) and
 * compiles the calendar for the deadline arithmetic.
 *
 * @example
 * ```ts
 * import { WorkingCalendar } from '@wangge/core';
 * const calendar = WorkingCalendar.parse({
 *   utcOffset: '+08:00',
 *   workingHours: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
 *   years: [],
 * });
 * calendar.weekend; // [6, 7]
 * calendar.beyondYears; // 'weekdays'
 * ```
 */
export const WorkingCalendar = /* @__PURE__ */ (() =>
  z.strictObject({
    utcOffset: z
      .string()
      .check(
        z.refine((value) => UTC_OFFSET.test(value), { params: { wangge: 'invalid_utc_offset' } }),
      ),
    weekend: z._default(z.array(z.int().check(z.gte(1), z.lte(7))).check(z.maxLength(7)), () => [
      6, 7,
    ]),
    workingHours: z.array(WorkingPeriod).check(z.minLength(1), z.maxLength(48)),
    years: z.array(HolidayYear).check(z.maxLength(1000)),
    beyondYears: z._default(z.enum(['weekdays', 'error']), 'weekdays'),
  }))();
/** A parsed working calendar, with its defaults filled in. */
export type WorkingCalendar = z.output<typeof WorkingCalendar>;
/** A working calendar as written, before its defaults are filled in. */
export type WorkingCalendarInput = z.input<typeof WorkingCalendar>;
