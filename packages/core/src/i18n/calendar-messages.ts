import type { LocalizedText } from './localized-text.js';

/**
 * The codes of the problems of a working calendar (工作日历) and of the errors of deadline
 * arithmetic. Each is stable: a host may branch on it.
 *
 * Found by `parseWorkingCalendar` in a calendar's data:
 * - `invalid_calendar_day`: a day is not a real date written `YYYY-MM-DD`.
 * - `invalid_time_of_day`: a time is not `HH:MM` from `00:00` to `24:00`.
 * - `invalid_utc_offset`: the offset is not written like `+08:00` (from `-14:00` to `+14:00`).
 * - `empty_working_period`: a working period does not end after it starts.
 * - `working_periods_unsorted`: a working period starts before the one listed before it.
 * - `working_periods_overlap`: a working period starts before the one before it has ended.
 * - `no_working_weekday`: the weekend holds all seven days of the week.
 * - `duplicate_year`: two entries of `years` are for the same year.
 * - `day_in_wrong_year`: a day is listed under another year than its own.
 * - `holiday_and_workday`: a day is listed both as a day off and as a working day.
 *
 * Thrown (as a `WanggeError`) by the arithmetic:
 * - `calendar_year_missing`: the calendar has no holiday data for a year it needs and says
 *   `beyondYears: 'error'`.
 * - `invalid_instant`: an instant is not a whole number of epoch milliseconds from 1900 to 9999.
 * - `instant_out_of_range`: the result would fall after the year 9999.
 * - `invalid_deadline`: a deadline's amount is not a positive number, or its unit is unknown.
 * - `invalid_working_time`: an amount of working time is not a whole, non-negative number of
 *   milliseconds.
 *
 * @example
 * ```ts
 * import type { CalendarMessageCode } from '@wangge/core';
 * const code: CalendarMessageCode = 'calendar_year_missing';
 * ```
 */
export type CalendarMessageCode =
  | 'invalid_calendar_day'
  | 'invalid_time_of_day'
  | 'invalid_utc_offset'
  | 'empty_working_period'
  | 'working_periods_unsorted'
  | 'working_periods_overlap'
  | 'no_working_weekday'
  | 'duplicate_year'
  | 'day_in_wrong_year'
  | 'holiday_and_workday'
  | 'calendar_year_missing'
  | 'invalid_instant'
  | 'instant_out_of_range'
  | 'invalid_deadline'
  | 'invalid_working_time';

/**
 * What a calendar message may mention: years, days, and the name of an argument. A calendar holds
 * no personal data, but an instant may be when a resident reported something: it is never quoted.
 *
 * @example
 * ```ts
 * import type { CalendarMessageParams } from '@wangge/core';
 * const params: CalendarMessageParams = { year: 2027 };
 * ```
 */
export interface CalendarMessageParams {
  /** The year concerned (the missing one, the one a day is listed under). */
  readonly year?: number;
  /** The calendar day concerned, `YYYY-MM-DD`. */
  readonly day?: string;
  /** The argument concerned, e.g. `startMs`. */
  readonly argument?: string;
}

/**
 * One entry of {@link CALENDAR_MESSAGES}: the expected value and the message of a code, built
 * from its parameters.
 *
 * @example
 * ```ts
 * import { CALENDAR_MESSAGES, type CalendarMessageEntry } from '@wangge/core';
 * const entry: CalendarMessageEntry = CALENDAR_MESSAGES.duplicate_year;
 * entry.message({ year: 2026 }).en; // 'The year 2026 is listed more than once.'
 * ```
 */
export interface CalendarMessageEntry {
  readonly expected: (p: CalendarMessageParams) => LocalizedText;
  readonly message: (p: CalendarMessageParams) => LocalizedText;
}

const year = (p: CalendarMessageParams) => String(p.year ?? '');
const day = (p: CalendarMessageParams) => p.day ?? '';
const arg = (p: CalendarMessageParams) => (p.argument === undefined ? '' : ` (${p.argument})`);
const argZh = (p: CalendarMessageParams) => (p.argument === undefined ? '' : `（${p.argument}）`);

/**
 * Messages of the working-calendar codes, in zh-CN and en, built from
 * {@link CalendarMessageParams}.
 *
 * @example
 * ```ts
 * import { CALENDAR_MESSAGES } from '@wangge/core';
 * CALENDAR_MESSAGES.calendar_year_missing.message({ year: 2027 })['zh-CN'];
 * // '工作日历缺少 2027 年的节假日安排：请在日历中补充该年的放假和调休上班日期后再计算时限。'
 * ```
 */
export const CALENDAR_MESSAGES: Readonly<Record<CalendarMessageCode, CalendarMessageEntry>> = {
  invalid_calendar_day: {
    expected: () => ({
      'zh-CN': 'YYYY-MM-DD 格式的真实日期，例如 2026-10-01',
      en: 'a real date written YYYY-MM-DD, e.g. 2026-10-01',
    }),
    message: () => ({
      'zh-CN': '日期无效：应为 YYYY-MM-DD 格式的真实日期（1900–9999 年），例如 2026-10-01。',
      en: 'Invalid day: expected a real date written YYYY-MM-DD (years 1900–9999), e.g. 2026-10-01.',
    }),
  },
  invalid_time_of_day: {
    expected: () => ({
      'zh-CN': '00:00 至 24:00 之间的 HH:MM 时间',
      en: 'a time HH:MM from 00:00 to 24:00',
    }),
    message: () => ({
      'zh-CN': '时间无效：应为 00:00 至 24:00 之间的 HH:MM，例如 08:30。',
      en: 'Invalid time of day: expected HH:MM from 00:00 to 24:00, e.g. 08:30.',
    }),
  },
  invalid_utc_offset: {
    expected: () => ({ 'zh-CN': '形如 +08:00 的时区偏移', en: 'an offset such as +08:00' }),
    message: () => ({
      'zh-CN': '时区偏移无效：应为 ±HH:MM，介于 -14:00 与 +14:00 之间；北京时间为 +08:00。',
      en: 'Invalid UTC offset: expected ±HH:MM from -14:00 to +14:00; China Standard Time is +08:00.',
    }),
  },
  empty_working_period: {
    expected: () => ({ 'zh-CN': '结束晚于开始的时段', en: 'a period that ends after it starts' }),
    message: () => ({
      'zh-CN': '工作时段的结束时间必须晚于开始时间，例如 08:30–12:00。',
      en: 'A working period must end after it starts, e.g. 08:30–12:00.',
    }),
  },
  working_periods_unsorted: {
    expected: () => ({
      'zh-CN': '按开始时间先后排列的工作时段',
      en: 'working periods in order of their start',
    }),
    message: () => ({
      'zh-CN': '工作时段应按时间先后排列：此时段早于前一个时段开始。',
      en: 'Working periods must be listed in order: this one starts before the one before it.',
    }),
  },
  working_periods_overlap: {
    expected: () => ({ 'zh-CN': '互不重叠的工作时段', en: 'working periods that do not overlap' }),
    message: () => ({
      'zh-CN': '工作时段不应重叠：此时段在前一个时段结束之前就开始了。',
      en: 'Working periods must not overlap: this one starts before the one before it ends.',
    }),
  },
  no_working_weekday: {
    expected: () => ({
      'zh-CN': '至少留出一天工作日的周末',
      en: 'a weekend that leaves at least one working day',
    }),
    message: () => ({
      'zh-CN': '周末包含了一周的全部七天：至少应有一天是工作日，否则时限永远不会到期。',
      en: 'The weekend holds all seven days of the week: at least one must be a working day, or no deadline would ever fall due.',
    }),
  },
  duplicate_year: {
    expected: () => ({ 'zh-CN': '每年只列一次', en: 'each year listed once' }),
    message: (p) => ({
      'zh-CN': `${year(p)} 年重复列出。`,
      en: `The year ${year(p)} is listed more than once.`,
    }),
  },
  day_in_wrong_year: {
    expected: (p) => ({
      'zh-CN': `${year(p)} 年内的日期`,
      en: `a day of the year ${year(p)}`,
    }),
    message: (p) => ({
      'zh-CN': `${day(p)} 不属于 ${year(p)} 年：请把它列在所属年份之下。`,
      en: `${day(p)} is not in ${year(p)}: list it under its own year.`,
    }),
  },
  holiday_and_workday: {
    expected: () => ({
      'zh-CN': '要么放假、要么上班的日期',
      en: 'a day that is either off or worked',
    }),
    message: (p) => ({
      'zh-CN': `${day(p)} 同时列为放假日和调休上班日。`,
      en: `${day(p)} is listed both as a day off and as a swapped working day.`,
    }),
  },
  calendar_year_missing: {
    expected: (p) => ({
      'zh-CN': `${year(p)} 年的节假日安排`,
      en: `the holiday arrangements of ${year(p)}`,
    }),
    message: (p) => ({
      'zh-CN': `工作日历缺少 ${year(p)} 年的节假日安排：请在日历中补充该年的放假和调休上班日期后再计算时限。`,
      en: `The working calendar has no holiday data for ${year(p)}: the district must add that year's days off and swapped working days before deadlines can be computed.`,
    }),
  },
  invalid_instant: {
    expected: () => ({
      'zh-CN': '1900 至 9999 年之间的整数毫秒时间戳',
      en: 'a whole number of epoch milliseconds from 1900 to 9999',
    }),
    message: (p) => ({
      'zh-CN': `时刻无效${argZh(p)}：应为 1900 至 9999 年之间的整数毫秒时间戳（如 Date.parse 的结果）。`,
      en: `Invalid instant${arg(p)}: expected a whole number of epoch milliseconds from 1900 to 9999 (as Date.parse returns).`,
    }),
  },
  instant_out_of_range: {
    expected: () => ({ 'zh-CN': '9999 年之前的时刻', en: 'an instant before the year 10000' }),
    message: () => ({
      'zh-CN': '计算结果超出了 9999 年：时限或工作时长过大。',
      en: 'The result would fall after the year 9999: the deadline or working time is too large.',
    }),
  },
  invalid_deadline: {
    expected: () => ({
      'zh-CN': '正数时长，单位为 hours、days、working-hours 或 working-days',
      en: 'a positive amount of hours, days, working-hours or working-days',
    }),
    message: () => ({
      'zh-CN': '时限无效：amount 应为正数，unit 应为 hours、days、working-hours 或 working-days。',
      en: 'Invalid deadline: the amount must be a positive number and the unit one of hours, days, working-hours, working-days.',
    }),
  },
  invalid_working_time: {
    expected: () => ({
      'zh-CN': '非负整数毫秒',
      en: 'a whole, non-negative number of milliseconds',
    }),
    message: () => ({
      'zh-CN': '工作时长无效：应为非负的整数毫秒。',
      en: 'Invalid working time: expected a whole, non-negative number of milliseconds.',
    }),
  },
};
