import * as z from 'zod/mini';
import { WanggeValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { CALENDAR_MESSAGES, type CalendarMessageCode } from '../i18n/calendar-messages.js';
import { WorkingCalendar } from '../schema/working-calendar.js';
import { parseInput } from '../validation/parse-input.js';
import type { ParseResult } from '../validation/parse-result.js';
import { calendarError, calendarIssue } from './calendar-error.js';
import { checkCalendar } from './check-calendar.js';
import { DAY_MS, dayNumberOf, isoWeekday, yearOfDayNumber } from './day-number.js';
import { offsetText } from '../format/iso-at-offset.js';

const SUBJECT = 'WorkingCalendar';
const MINUTE_MS = 60_000;

/**
 * A working calendar read and prepared for the deadline arithmetic: the parsed (and frozen)
 * calendar, and the lookups that make `addDeadline` and `workingTimeBetween` cost microseconds,
 * built once. Immutable; get one from `parseWorkingCalendar` or `chinaWorkingCalendar`.
 *
 * @example
 * ```ts
 * import { chinaWorkingCalendar, type CompiledCalendar } from '@wangge/core';
 * const calendar: CompiledCalendar = chinaWorkingCalendar();
 * calendar.dailyWorkingMs / 3_600_000; // 6.5
 * calendar.utcOffset; // '+08:00'
 * ```
 */
export interface CompiledCalendar {
  /** The calendar as parsed, defaults filled in; frozen. */
  readonly calendar: WorkingCalendar;
  /** The canonical offset text, e.g. `+08:00` (`-00:00` becomes `+00:00`). */
  readonly utcOffset: string;
  /** The offset in milliseconds: local time is `ms + offsetMs`. */
  readonly offsetMs: number;
  /**
   * The working periods of a working day, in order, in ms after local midnight (`endMs` is
   * excluded, at most a whole day), each with the working time of the day before it starts.
   */
  readonly periods: readonly {
    readonly startMs: number;
    readonly endMs: number;
    readonly beforeMs: number;
  }[];
  /** The working time of one working day (the sum of its periods), in ms. */
  readonly dailyWorkingMs: number;
  /** Bit `n` is set when ISO weekday `n` (1 = Monday … 7 = Sunday) is a weekend day. */
  readonly weekendBits: number;
  /** How many days of any seven consecutive days outside the listed years are worked. */
  readonly workingDaysPerWeek: number;
  /**
   * The listed years as runs of consecutive years, in order: the day number (days since
   * 1970-01-01 on the calendar's clock) of the run's first day, and whether each of its days is
   * worked.
   */
  readonly spans: readonly { readonly firstDay: number; readonly working: readonly boolean[] }[];
}

/**
 * Reads a district's working calendar (see {@link WorkingCalendar}) from untrusted data without
 * throwing, and compiles it for the deadline arithmetic. Besides the schema's own issues, the
 * checks between fields get their own codes (messages in {@link CALENDAR_MESSAGES}), each at the
 * exact path:
 *
 * - `working_periods_unsorted` / `working_periods_overlap` at `['workingHours', i]`;
 * - `no_working_weekday` at `['weekend']` when all seven days are weekend days;
 * - `duplicate_year` at `['years', i, 'year']`;
 * - `day_in_wrong_year` at `['years', i, 'holidays' | 'workdays', j]`;
 * - `holiday_and_workday` at `['years', i, 'workdays', j]`.
 *
 * Fields are checked first: the checks between fields run once every field is well formed.
 *
 * @example
 * ```ts
 * import { parseWorkingCalendar } from '@wangge/core';
 * const result = parseWorkingCalendar({
 *   utcOffset: '+08:00',
 *   workingHours: [{ start: '08:30', end: '12:00' }, { start: '14:30', end: '17:30' }],
 *   years: [{ year: 2026, holidays: ['2026-10-01'], workdays: ['2026-01-04', '2027-10-10'] }],
 * });
 * if (!result.success) {
 *   result.error.issues[0]?.code; // 'day_in_wrong_year'
 *   result.error.issues[0]?.path; // ['years', 0, 'workdays', 1]
 *   console.log(result.error.format('zh-CN'));
 * }
 * ```
 */
export function parseWorkingCalendar(input: unknown): ParseResult<CompiledCalendar> {
  const parsed = parseInput(WorkingCalendar, input, SUBJECT);
  if (!parsed.success) return { success: false, error: withCalendarMessages(parsed.error) };
  const issues = checkCalendar(parsed.data);
  if (issues.length > 0) {
    return { success: false, error: new WanggeValidationError(SUBJECT, issues) };
  }
  return { success: true, data: compile(parsed.data) };
}

/**
 * A run of days that the arithmetic walks in one go: the days of a span of listed years
 * (`span` set), or the unlisted days up to the next listed one (`span` undefined: the weekend
 * alone decides, and every seven days hold `workingDaysPerWeek` working days). `end` is the day
 * after the run, `Infinity` when no listed year follows.
 *
 * @internal
 */
export interface DayRun {
  readonly span: CompiledCalendar['spans'][number] | undefined;
  readonly end: number;
}

/**
 * The run of days that holds `day`.
 *
 * @throws {@link WanggeError} `calendar_year_missing` for an unlisted day when the calendar says
 *   `beyondYears: 'error'`.
 * @internal
 */
export function dayRunAt(calendar: CompiledCalendar, day: number): DayRun {
  for (const span of calendar.spans) {
    if (day < span.firstDay) return unlistedRun(calendar, day, span.firstDay);
    const end = span.firstDay + span.working.length;
    if (day < end) return { span, end };
  }
  return unlistedRun(calendar, day, Infinity);
}

/**
 * Whether an unlisted day is worked: whether it is not a weekend day.
 *
 * @internal
 */
export function isWeekday(calendar: CompiledCalendar, day: number): boolean {
  return (calendar.weekendBits & (1 << isoWeekday(day))) === 0;
}

/**
 * Whether a day (by its day number) is worked. Outside the listed years, only the weekend is off,
 * unless the calendar says `beyondYears: 'error'`.
 *
 * @throws {@link WanggeError} `calendar_year_missing`
 * @internal
 */
export function isWorkingDayNumber(calendar: CompiledCalendar, day: number): boolean {
  const { span } = dayRunAt(calendar, day);
  return span === undefined ? isWeekday(calendar, day) : span.working[day - span.firstDay] === true;
}

function unlistedRun(calendar: CompiledCalendar, day: number, end: number): DayRun {
  if (calendar.calendar.beyondYears === 'error') {
    throw calendarError('calendar_year_missing', { year: yearOfDayNumber(day) });
  }
  return { span: undefined, end };
}

type Period = CompiledCalendar['periods'][number];
type Span = CompiledCalendar['spans'][number];

function compile(calendar: WorkingCalendar): CompiledCalendar {
  const sign = calendar.utcOffset.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * minutesOf(calendar.utcOffset.slice(1));
  let weekendBits = 0;
  for (const weekday of calendar.weekend) weekendBits |= 1 << weekday;
  let dailyWorkingMs = 0;
  const periods = calendar.workingHours.map((period) => {
    const startMs = minutesOf(period.start) * MINUTE_MS;
    const endMs = minutesOf(period.end) * MINUTE_MS;
    const compiled: Period = Object.freeze({ startMs, endMs, beforeMs: dailyWorkingMs });
    dailyWorkingMs += endMs - startMs;
    return compiled;
  });
  return Object.freeze({
    calendar: freezeCalendar(calendar),
    utcOffset: offsetText(offsetMinutes),
    offsetMs: offsetMinutes * MINUTE_MS,
    periods: Object.freeze(periods),
    dailyWorkingMs,
    weekendBits,
    workingDaysPerWeek: 7 - new Set(calendar.weekend).size,
    spans: Object.freeze(spansOf(calendar, weekendBits)),
  });
}

/** Consecutive listed years become one span: most calendars have a single one. */
function spansOf(calendar: WorkingCalendar, weekendBits: number): Span[] {
  const years = [...calendar.years].sort((a, b) => a.year - b.year);
  const spans: Span[] = [];
  let first = 0;
  while (first < years.length) {
    let last = first;
    while (years[last + 1]?.year === (years[last]?.year ?? 0) + 1) last += 1;
    const firstDay = Date.UTC(years[first]?.year ?? 0, 0, 1) / DAY_MS;
    const endDay = Date.UTC((years[last]?.year ?? 0) + 1, 0, 1) / DAY_MS;
    const working: boolean[] = [];
    for (let day = firstDay; day < endDay; day += 1) {
      working.push((weekendBits & (1 << isoWeekday(day))) === 0);
    }
    for (const year of years.slice(first, last + 1)) {
      for (const day of year.holidays) working[dayNumberOf(day) - firstDay] = false;
      for (const day of year.workdays) working[dayNumberOf(day) - firstDay] = true;
    }
    spans.push(Object.freeze({ firstDay, working: Object.freeze(working) }));
    first = last + 1;
  }
  return spans;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function freezeCalendar(calendar: WorkingCalendar): WorkingCalendar {
  Object.freeze(calendar.weekend);
  for (const period of calendar.workingHours) Object.freeze(period);
  Object.freeze(calendar.workingHours);
  for (const year of calendar.years) {
    Object.freeze(year.holidays);
    Object.freeze(year.workdays);
    Object.freeze(year);
  }
  Object.freeze(calendar.years);
  return Object.freeze(calendar);
}

/**
 * Gives the schema's own calendar codes (`invalid_calendar_day`, …) their calendar messages:
 * `parseInput` knows only the codes of the general catalogue. The sanitized zod error in `cause`
 * lists the same issues in the same order.
 */
function withCalendarMessages(error: WanggeValidationError): WanggeValidationError {
  const cause: unknown = error.cause;
  if (!(cause instanceof z.core.$ZodError) || cause.issues.length !== error.issues.length) {
    return error;
  }
  const issues = error.issues.map((issue, index): ValidationIssue => {
    const code = calendarCode(cause.issues[index]);
    return code === undefined ? issue : calendarIssue(code, issue.path);
  });
  return new WanggeValidationError(SUBJECT, issues, { cause });
}

function calendarCode(issue: z.core.$ZodIssue | undefined): CalendarMessageCode | undefined {
  if (issue?.code !== 'custom') return undefined;
  const code: unknown = issue.params?.wangge;
  return typeof code === 'string' && Object.hasOwn(CALENDAR_MESSAGES, code)
    ? (code as CalendarMessageCode)
    : undefined;
}
