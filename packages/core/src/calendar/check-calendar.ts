import type { ValidationIssue } from '../errors/validation-error.js';
import type { WorkingCalendar } from '../schema/working-calendar.js';
import { calendarIssue } from './calendar-error.js';

/**
 * The problems of a working calendar that its schema cannot see, because they are between fields:
 * periods out of order or overlapping, a weekend of seven days, a year listed twice, a day listed
 * under another year, a day both off and worked. In input order.
 *
 * @internal
 */
export function checkCalendar(calendar: WorkingCalendar): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  calendar.workingHours.forEach((period, index) => {
    const before = calendar.workingHours[index - 1];
    if (before === undefined) return;
    // `HH:MM` text of fixed width compares like the times it writes.
    if (period.start < before.start) {
      issues.push(calendarIssue('working_periods_unsorted', ['workingHours', index]));
    } else if (period.start < before.end) {
      issues.push(calendarIssue('working_periods_overlap', ['workingHours', index]));
    }
  });
  if (new Set(calendar.weekend).size === 7) {
    issues.push(calendarIssue('no_working_weekday', ['weekend']));
  }
  const years = new Set<number>();
  calendar.years.forEach((entry, index) => {
    const { year } = entry;
    if (years.has(year))
      issues.push(calendarIssue('duplicate_year', ['years', index, 'year'], { year }));
    years.add(year);
    const prefix = `${String(year).padStart(4, '0')}-`;
    const off = new Set<string>();
    entry.holidays.forEach((day, d) => {
      off.add(day);
      if (!day.startsWith(prefix)) {
        issues.push(
          calendarIssue('day_in_wrong_year', ['years', index, 'holidays', d], { year, day }),
        );
      }
    });
    entry.workdays.forEach((day, d) => {
      const path = ['years', index, 'workdays', d];
      if (!day.startsWith(prefix))
        issues.push(calendarIssue('day_in_wrong_year', path, { year, day }));
      else if (off.has(day)) issues.push(calendarIssue('holiday_and_workday', path, { day }));
    });
  });
  return issues;
}
