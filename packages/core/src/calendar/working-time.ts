import { isCalendarDay } from '../format/calendar-day.js';
import type { Deadline } from '../schema/category.js';
import { calendarError } from './calendar-error.js';
import {
  dayRunAt,
  isWeekday,
  isWorkingDayNumber,
  type CompiledCalendar,
} from './compiled-calendar.js';
import { DAY_MS, HOUR_MS, dayNumberOf } from './day-number.js';
import { LONGEST_MS, checkInstant, checkResult } from './instant.js';

/**
 * Whether a day is a working day on a calendar: a listed swapped working day (调休上班) is, a
 * listed day off (放假) is not, and any other day is unless it is a weekend day.
 *
 * @param day - the day on the calendar's clock, `YYYY-MM-DD`
 * @throws {@link WanggeError} `calendar_year_missing` when the calendar has no data for the day's
 *   year and says `beyondYears: 'error'`; `invalid_calendar_day` when `day` is not a real date.
 *
 * @example
 * ```ts
 * import { chinaWorkingCalendar, isWorkingDay } from '@wangge/core';
 * const calendar = chinaWorkingCalendar();
 * isWorkingDay(calendar, '2026-10-01'); // false: National Day (国庆节)
 * isWorkingDay(calendar, '2026-10-10'); // true: a Saturday worked in exchange (调休上班)
 * ```
 */
export function isWorkingDay(calendar: CompiledCalendar, day: string): boolean {
  if (typeof day !== 'string' || !isCalendarDay(day)) throw calendarError('invalid_calendar_day');
  return isWorkingDayNumber(calendar, dayNumberOf(day));
}

/**
 * The instant a deadline falls due (到期时间) when the clock starts at `startMs`:
 *
 * - `hours` and `days` are natural time: `amount` × 1 h or 24 h later;
 * - `working-hours` and `working-days` count only working time, the time inside the working
 *   periods of working days; a working day is as long as the sum of its periods (6.5 h on
 *   `chinaWorkingCalendar`). The count starts at `startMs`, or at the next working period when
 *   the start is outside working time. A deadline used up exactly at the end of a period falls due
 *   at that end, not when the next period starts.
 *
 * The amount is counted to the millisecond (at least one). Whole days are skipped with their
 * precomputed working time, and whole weeks at once outside the listed years: 20 working days
 * cost well under a microsecond.
 *
 * @param startMs - when the clock starts, in epoch milliseconds (e.g. `Date.parse(reportedAt)`)
 * @returns the due instant in epoch milliseconds; write it with `formatInstant`
 * @throws {@link WanggeError} `invalid_instant`, `invalid_deadline`, `instant_out_of_range`, and
 *   `calendar_year_missing` (see {@link isWorkingDay}).
 *
 * @example
 * ```ts
 * import { addDeadline, chinaWorkingCalendar, formatInstant } from '@wangge/core';
 * const calendar = chinaWorkingCalendar();
 * // Reported on Friday 30 October 2026 at 20:00, one working day to handle it:
 * const due = addDeadline(calendar, Date.parse('2026-10-30T20:00:00+08:00'), {
 *   amount: 1,
 *   unit: 'working-days',
 * });
 * formatInstant(calendar, due); // '2026-11-02T17:30:00+08:00' (Monday evening)
 * ```
 */
export function addDeadline(
  calendar: CompiledCalendar,
  startMs: number,
  deadline: Deadline,
): number {
  checkInstant(calendar, startMs, 'startMs');
  const amount: unknown = (deadline as Partial<Deadline> | null | undefined)?.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
    throw calendarError('invalid_deadline');
  }
  switch (deadline.unit) {
    case 'hours':
      return checkResult(calendar, startMs + wholeMs(amount * HOUR_MS));
    case 'days':
      return checkResult(calendar, startMs + wholeMs(amount * DAY_MS));
    case 'working-hours':
      return addWorking(calendar, startMs, wholeMs(amount * HOUR_MS));
    case 'working-days':
      return addWorking(calendar, startMs, wholeMs(amount * calendar.dailyWorkingMs));
    default:
      throw calendarError('invalid_deadline');
  }
}

/**
 * The instant by which `workingMs` of working time has passed from `startMs`: the inverse of
 * {@link workingTimeBetween}, used to restart a suspended clock (挂起后恢复计时) with the working
 * time it had left. Zero working time is `startMs` itself; otherwise the same rules as
 * {@link addDeadline} apply.
 *
 * @throws {@link WanggeError} `invalid_instant`, `invalid_working_time`, `instant_out_of_range`,
 *   and `calendar_year_missing` (see {@link isWorkingDay}).
 *
 * @example
 * ```ts
 * import { addWorkingTime, chinaWorkingCalendar, formatInstant, workingTimeBetween } from '@wangge/core';
 * const calendar = chinaWorkingCalendar();
 * const due = Date.parse('2026-11-27T17:30:00+08:00');
 * // Suspended on Thursday at 10:00, resumed the next Tuesday at 09:00:
 * const left = workingTimeBetween(calendar, Date.parse('2026-11-26T10:00:00+08:00'), due);
 * const resumed = addWorkingTime(calendar, Date.parse('2026-12-01T09:00:00+08:00'), left);
 * formatInstant(calendar, resumed); // '2026-12-02T16:30:00+08:00'
 * ```
 */
export function addWorkingTime(
  calendar: CompiledCalendar,
  startMs: number,
  workingMs: number,
): number {
  checkInstant(calendar, startMs, 'startMs');
  if (!Number.isSafeInteger(workingMs) || workingMs < 0)
    throw calendarError('invalid_working_time');
  return addWorking(calendar, startMs, workingMs);
}

/**
 * The working time, in milliseconds, from `fromMs` (included) to `toMs` (excluded): the time
 * inside the working periods of working days. Zero when `toMs` is not after `fromMs`.
 *
 * @throws {@link WanggeError} `invalid_instant`, and `calendar_year_missing` (see
 *   {@link isWorkingDay}).
 *
 * @example
 * ```ts
 * import { chinaWorkingCalendar, workingTimeBetween } from '@wangge/core';
 * const calendar = chinaWorkingCalendar();
 * // Friday 16:00 to Monday 09:30: 1.5 h on Friday, 1 h on Monday.
 * workingTimeBetween(
 *   calendar,
 *   Date.parse('2026-11-27T16:00:00+08:00'),
 *   Date.parse('2026-11-30T09:30:00+08:00'),
 * ); // 9_000_000 (2.5 h)
 * ```
 */
export function workingTimeBetween(
  calendar: CompiledCalendar,
  fromMs: number,
  toMs: number,
): number {
  checkInstant(calendar, fromMs, 'fromMs');
  checkInstant(calendar, toMs, 'toMs');
  if (toMs <= fromMs) return 0;
  const from = fromMs + calendar.offsetMs;
  const to = toMs + calendar.offsetMs;
  const firstDay = Math.floor(from / DAY_MS);
  const lastDay = Math.floor(to / DAY_MS);
  const fromTime = from - firstDay * DAY_MS;
  const toTime = to - lastDay * DAY_MS;
  if (firstDay === lastDay) {
    if (!isWorkingDayNumber(calendar, firstDay)) return 0;
    return workedBefore(calendar, toTime) - workedBefore(calendar, fromTime);
  }
  let total = isWorkingDayNumber(calendar, firstDay)
    ? calendar.dailyWorkingMs - workedBefore(calendar, fromTime)
    : 0;
  total += workingDaysIn(calendar, firstDay + 1, lastDay) * calendar.dailyWorkingMs;
  // At local midnight nothing of the last day counts: its year need not be known.
  if (toTime > 0 && isWorkingDayNumber(calendar, lastDay)) total += workedBefore(calendar, toTime);
  return total;
}

/** The working time of a working day before `time` (ms after local midnight). */
function workedBefore(calendar: CompiledCalendar, time: number): number {
  for (const period of calendar.periods) {
    if (time <= period.startMs) return period.beforeMs;
    if (time < period.endMs) return period.beforeMs + time - period.startMs;
  }
  return calendar.dailyWorkingMs;
}

/** How many working days there are from day `from` (included) to day `to` (excluded). */
function workingDaysIn(calendar: CompiledCalendar, from: number, to: number): number {
  let count = 0;
  let day = from;
  while (day < to) {
    const { span, end } = dayRunAt(calendar, day);
    const last = Math.min(end, to);
    if (span === undefined) {
      // Unlisted days: every seven of them hold the same number of working days.
      const weeks = Math.floor((last - day) / 7);
      count += weeks * calendar.workingDaysPerWeek;
      for (day += weeks * 7; day < last; day += 1) if (isWeekday(calendar, day)) count += 1;
    } else {
      for (; day < last; day += 1) if (span.working[day - span.firstDay] === true) count += 1;
    }
  }
  return count;
}

function addWorking(calendar: CompiledCalendar, startMs: number, workingMs: number): number {
  if (workingMs === 0) return startMs;
  // Working time never runs faster than natural time: this much cannot end before the year 10000.
  if (workingMs >= LONGEST_MS) throw calendarError('instant_out_of_range');
  const local = startMs + calendar.offsetMs;
  const daily = calendar.dailyWorkingMs;
  const weekMs = calendar.workingDaysPerWeek * daily;
  let day = Math.floor(local / DAY_MS);
  let time = local - day * DAY_MS;
  let left = workingMs;
  for (;;) {
    const { span, end } = dayRunAt(calendar, day);
    if (span === undefined && time === 0 && left > weekMs) {
      // Whole unlisted weeks at once, leaving some working time for the last one.
      const weeks = Math.min(Math.floor((end - day) / 7), Math.floor((left - 1) / weekMs));
      day += weeks * 7;
      left -= weeks * weekMs;
    }
    for (; day < end; day += 1, time = 0) {
      // Past a partial first day, go back for the whole weeks, if a week fits before the end.
      if (span === undefined && time === 0 && left > weekMs && end - day >= 7) break;
      const working =
        span === undefined ? isWeekday(calendar, day) : span.working[day - span.firstDay] === true;
      if (!working) continue;
      if (time === 0 && left > daily) {
        left -= daily;
        continue;
      }
      for (const period of calendar.periods) {
        if (period.endMs <= time) continue;
        const from = period.startMs > time ? period.startMs : time;
        const available = period.endMs - from;
        if (left <= available) {
          return checkResult(calendar, day * DAY_MS + from + left - calendar.offsetMs);
        }
        left -= available;
      }
    }
  }
}

/** An amount of time to the millisecond, at least one: a positive deadline is never zero. */
function wholeMs(ms: number): number {
  return Math.max(1, Math.round(ms));
}
