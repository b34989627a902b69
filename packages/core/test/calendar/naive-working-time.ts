// The obvious way to do working-time arithmetic, written for clarity and not for speed: walk day
// by day with Date objects, name each day as `YYYY-MM-DD` text, look it up in Sets, and clip
// each working period of the day with Date.parse. The tests hold the fast functions to it, and
// the bench times them against it.
import type { Deadline } from '../../src/schema/category.js';
import type { WorkingCalendar } from '../../src/schema/working-calendar.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A working calendar ready for the naive functions (only Sets, no precomputed minutes). */
export interface NaiveCalendar {
  readonly calendar: WorkingCalendar;
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
  readonly listedYears: ReadonlySet<number>;
  readonly offsetMs: number;
  /** The working time of a working day. */
  readonly dailyMs: number;
}

export function naiveCalendar(calendar: WorkingCalendar): NaiveCalendar {
  const sign = calendar.utcOffset.startsWith('-') ? -1 : 1;
  const [hh, mm] = calendar.utcOffset.slice(1).split(':').map(Number);
  return {
    calendar,
    holidays: new Set(calendar.years.flatMap((y) => y.holidays)),
    workdays: new Set(calendar.years.flatMap((y) => y.workdays)),
    listedYears: new Set(calendar.years.map((y) => y.year)),
    offsetMs: sign * ((hh ?? 0) * 60 + (mm ?? 0)) * 60_000,
    dailyMs:
      calendar.workingHours.reduce((sum, p) => sum + minutes(p.end) - minutes(p.start), 0) * 60_000,
  };
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The local day of an instant, `YYYY-MM-DD`. */
function dayOf(naive: NaiveCalendar, ms: number): string {
  return new Date(ms + naive.offsetMs).toISOString().slice(0, 10);
}

/** The instant of a local time of a local day. */
function at(naive: NaiveCalendar, day: string, hhmm: string): number {
  // 24:00 is the next day's midnight.
  return Date.parse(`${day}T00:00:00Z`) + minutes(hhmm) * 60_000 - naive.offsetMs;
}

function naiveIsWorking(naive: NaiveCalendar, day: string): boolean {
  if (naive.workdays.has(day)) return true;
  if (naive.holidays.has(day)) return false;
  if (naive.calendar.beyondYears === 'error' && !naive.listedYears.has(Number(day.slice(0, 4)))) {
    throw new Error(`year ${day.slice(0, 4)} missing`);
  }
  const iso = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  return !naive.calendar.weekend.includes(iso);
}

/** The working periods of a local day, as instants, or none on a day off. */
function periodsOf(naive: NaiveCalendar, day: string): [number, number][] {
  if (!naiveIsWorking(naive, day)) return [];
  return naive.calendar.workingHours.map((p) => [at(naive, day, p.start), at(naive, day, p.end)]);
}

export function naiveAddWorkingTime(naive: NaiveCalendar, startMs: number, workingMs: number) {
  if (workingMs === 0) return startMs;
  let left = workingMs;
  let cursor = startMs;
  for (;;) {
    const day = dayOf(naive, cursor);
    for (const [start, end] of periodsOf(naive, day)) {
      const from = Math.max(cursor, start);
      if (from >= end) continue;
      if (left <= end - from) return from + left;
      left -= end - from;
    }
    cursor = at(naive, day, '00:00') + DAY_MS;
  }
}

export function naiveWorkingTimeBetween(naive: NaiveCalendar, fromMs: number, toMs: number) {
  let total = 0;
  let cursor = fromMs;
  while (cursor < toMs) {
    const day = dayOf(naive, cursor);
    for (const [start, end] of periodsOf(naive, day)) {
      total += Math.max(0, Math.min(end, toMs) - Math.max(start, cursor));
    }
    cursor = at(naive, day, '00:00') + DAY_MS;
  }
  return total;
}

export function naiveAddDeadline(naive: NaiveCalendar, startMs: number, deadline: Deadline) {
  const whole = (ms: number) => Math.max(1, Math.round(ms));
  switch (deadline.unit) {
    case 'hours':
      return startMs + whole(deadline.amount * HOUR_MS);
    case 'days':
      return startMs + whole(deadline.amount * DAY_MS);
    case 'working-hours':
      return naiveAddWorkingTime(naive, startMs, whole(deadline.amount * HOUR_MS));
    case 'working-days':
      return naiveAddWorkingTime(naive, startMs, whole(deadline.amount * naive.dailyMs));
  }
}
