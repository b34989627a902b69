import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { addDeadline, addWorkingTime, workingTimeBetween } from '../calendar/working-time.js';
import type { LoadedDistrict } from '../district/loaded-district.js';
import type { CaseRecord } from '../schema/case-record.js';
import type { Deadline } from '../schema/category.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import { CaseCommandError } from './case-errors.js';
import type { CasePolicy } from './case-policy.js';

/** What deadlines are computed from: the catalogue, a policy that may override it, a calendar. */
export interface DeadlineSettings {
  readonly district: LoadedDistrict;
  readonly calendar: CompiledCalendar;
  readonly policy?: CasePolicy | undefined;
}

/** The deadline of a category at a level: the policy's, or the district's catalogue's. */
export function deadlineOf(
  settings: DeadlineSettings,
  categoryCode: string,
  level: HandlingLevel,
): Deadline {
  const category = settings.district.categories.get(categoryCode);
  if (!category) throw new CaseCommandError('unknown_category', { code: categoryCode });
  const deadline = settings.policy?.deadlineOf?.(categoryCode, level) ?? category.deadlines[level];
  if (!deadline) throw new CaseCommandError('missing_deadline', { code: categoryCode, level });
  return deadline;
}

/** Whether a deadline counts working time (hours or days on the calendar). */
export const isWorkingDeadline = (deadline: Deadline): boolean =>
  deadline.unit === 'working-hours' || deadline.unit === 'working-days';

/** When a case of a category is due at a level if its clock starts at `fromMs`. */
export function dueAtLevel(
  settings: DeadlineSettings,
  categoryCode: string,
  level: HandlingLevel,
  fromMs: number,
): number {
  return addDeadline(settings.calendar, fromMs, deadlineOf(settings, categoryCode, level));
}

/**
 * The time left on a case's clock at `nowMs`, in the kind of time its deadline counts: working
 * time for working hours or days, natural time otherwise. Zero once due.
 */
export function timeLeft(
  settings: DeadlineSettings,
  record: CaseRecord,
  nowMs: number,
): { readonly remainingMs: number; readonly workingTime: boolean } {
  const working = isWorkingDeadline(deadlineOf(settings, record.categoryCode, record.level));
  const dueMs = Date.parse(record.dueAt);
  const remainingMs = working
    ? workingTimeBetween(settings.calendar, nowMs, dueMs)
    : Math.max(0, dueMs - nowMs);
  return { remainingMs, workingTime: working };
}

/** When a suspended case is due again if its clock restarts at `fromMs`. */
export function dueAfterResume(
  calendar: CompiledCalendar,
  suspension: NonNullable<CaseRecord['suspension']>,
  fromMs: number,
): number {
  return suspension.workingTime
    ? addWorkingTime(calendar, fromMs, suspension.remainingMs)
    : fromMs + suspension.remainingMs;
}
