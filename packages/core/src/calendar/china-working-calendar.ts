import type { WorkingCalendarInput } from '../schema/working-calendar.js';
import { CHINA_PUBLIC_HOLIDAYS } from './china-holidays.js';
import { parseWorkingCalendar, type CompiledCalendar } from './compiled-calendar.js';

/**
 * The working calendar of a mainland China government office (机关工作日历), compiled: China
 * Standard Time (`+08:00`), Saturday and Sunday off, working hours 08:30–12:00 and 14:30–17:30
 * (6.5 hours a day), the public holidays and swapped working days of
 * {@link CHINA_PUBLIC_HOLIDAYS}, and only weekends off in other years (`beyondYears:
 * 'weekdays'`). `overrides` replace whole fields: a district's own working hours, its own list of
 * years, `beyondYears: 'error'` to refuse years without holiday data.
 *
 * @throws {@link WanggeValidationError} when the overrides make an invalid calendar (the same
 *   issues as `parseWorkingCalendar`).
 *
 * @example
 * ```ts
 * import { CHINA_PUBLIC_HOLIDAYS, chinaWorkingCalendar } from '@wangge/core';
 * const calendar = chinaWorkingCalendar();
 * // Summer hours (夏季作息), and no guessing about years without data:
 * const summer = chinaWorkingCalendar({
 *   workingHours: [{ start: '08:00', end: '12:00' }, { start: '15:00', end: '18:00' }],
 *   beyondYears: 'error',
 * });
 * summer.dailyWorkingMs / 3_600_000; // 7
 * // A district that also closes on a local holiday:
 * const local = chinaWorkingCalendar({
 *   years: CHINA_PUBLIC_HOLIDAYS.map((year) =>
 *     year.year === 2026 ? { ...year, holidays: [...year.holidays, '2026-07-15'] } : year,
 *   ),
 * });
 * ```
 */
export function chinaWorkingCalendar(
  overrides: Partial<WorkingCalendarInput> = {},
): CompiledCalendar {
  const result = parseWorkingCalendar({
    utcOffset: '+08:00',
    weekend: [6, 7],
    workingHours: [
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
    years: CHINA_PUBLIC_HOLIDAYS,
    beyondYears: 'weekdays',
    ...overrides,
  });
  if (!result.success) throw result.error;
  return result.data;
}
