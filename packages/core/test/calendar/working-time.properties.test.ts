// Invariants of the working-time arithmetic on random calendars (working periods, weekends,
// offsets, holidays and swapped working days of 2025–2027, listed years with gaps) and on the
// China calendar, and agreement with the naive day-by-day reference.
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from '../../src/calendar/china-working-calendar.js';
import {
  parseWorkingCalendar,
  type CompiledCalendar,
} from '../../src/calendar/compiled-calendar.js';
import { formatInstant } from '../../src/calendar/format-instant.js';
import {
  addDeadline,
  addWorkingTime,
  isWorkingDay,
  workingTimeBetween,
} from '../../src/calendar/working-time.js';
import type { Deadline } from '../../src/schema/category.js';
import { Timestamp } from '../../src/schema/timestamp.js';
import type { WorkingCalendarInput } from '../../src/schema/working-calendar.js';
import { fc } from '../support/fast-check.js';
import {
  naiveAddDeadline,
  naiveAddWorkingTime,
  naiveCalendar,
  naiveWorkingTimeBetween,
} from './naive-working-time.js';

const DAY = 86_400_000;
const china = chinaWorkingCalendar();

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Holidays and swapped working days of one year: each day drawn is either one or the other. */
const yearArb = (year: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 364 }), fc.boolean()), { maxLength: 40 })
    .map((draws) => {
      const seen = new Map<string, boolean>();
      for (const [index, off] of draws) {
        const day = new Date(Date.UTC(year, 0, 1 + index)).toISOString().slice(0, 10);
        if (!seen.has(day)) seen.set(day, off);
      }
      const days = [...seen];
      return {
        year,
        holidays: days.filter(([, off]) => off).map(([day]) => day),
        workdays: days.filter(([, off]) => !off).map(([day]) => day),
      };
    });

const randomCalendarArb: fc.Arbitrary<WorkingCalendarInput> = fc.record({
  utcOffset: fc.constantFrom('+08:00', '+00:00', '-05:00', '+05:45', '-09:30', '+14:00'),
  weekend: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 6 }),
  // Distinct sorted minutes paired up: periods in order, never empty, never overlapping.
  workingHours: fc
    .uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 8 })
    .map((minutes) => {
      const sorted = [...minutes].sort((a, b) => a - b);
      const periods = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        periods.push({ start: hhmm(sorted[i] ?? 0), end: hhmm(sorted[i + 1] ?? 0) });
      }
      return periods;
    }),
  years: fc
    .subarray([2025, 2026, 2027])
    .chain((years) => fc.tuple(...years.map(yearArb)))
    .map((years) => [...years]),
  beyondYears: fc.constant('weekdays' as const),
});

const calendarArb: fc.Arbitrary<CompiledCalendar> = fc.oneof(
  fc.constant(china),
  randomCalendarArb.map((input) => {
    const result = parseWorkingCalendar(input);
    if (!result.success) throw result.error;
    return result.data;
  }),
);

/** An instant from mid-2024 to mid-2028: before, inside, between and after the listed years. */
const instantArb = fc.integer({ min: Date.UTC(2024, 6, 1), max: Date.UTC(2028, 6, 1) });

/** Up to 30 weeks of the calendar's working time, to the millisecond. */
const workingArb = (calendar: CompiledCalendar) =>
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((share) => Math.floor(share * 30 * calendar.workingDaysPerWeek * calendar.dailyWorkingMs));

const unitArb = fc.constantFrom<Deadline['unit']>('hours', 'days', 'working-hours', 'working-days');

/** Whether an instant is inside a working period of a working day, or at the end of one. */
function inOrAtEndOfPeriod(calendar: CompiledCalendar, ms: number): boolean {
  const local = ms + calendar.offsetMs;
  const day = Math.floor(local / DAY);
  const time = local - day * DAY;
  // Midnight may be the end (24:00) of the day before.
  const candidates: [number, number][] = [[day, time]];
  if (time === 0) candidates.push([day - 1, DAY]);
  return candidates.some(([d, t]) => {
    const text = new Date(d * DAY).toISOString().slice(0, 10);
    return (
      isWorkingDay(calendar, text) && calendar.periods.some((p) => p.startMs < t && t <= p.endMs)
    );
  });
}

describe('working time (properties)', () => {
  it('adds working time as the naive day-by-day walk does', () => {
    fc.assert(
      fc.property(
        calendarArb.chain((c) => fc.tuple(fc.constant(c), instantArb, workingArb(c))),
        ([calendar, start, working]) => {
          const naive = naiveCalendar(calendar.calendar);
          expect(addWorkingTime(calendar, start, working)).toBe(
            naiveAddWorkingTime(naive, start, working),
          );
        },
      ),
    );
  });

  it('measures working time as the naive day-by-day walk does', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: -DAY, max: 200 * DAY }),
        (calendar, from, length) => {
          const naive = naiveCalendar(calendar.calendar);
          const expected = length <= 0 ? 0 : naiveWorkingTimeBetween(naive, from, from + length);
          expect(workingTimeBetween(calendar, from, from + length)).toBe(expected);
        },
      ),
    );
  });

  it('measures back what it added: workingTimeBetween(s, addWorkingTime(s, w)) = w', () => {
    fc.assert(
      fc.property(
        calendarArb.chain((c) => fc.tuple(fc.constant(c), instantArb, workingArb(c))),
        ([calendar, start, working]) => {
          const end = addWorkingTime(calendar, start, working);
          expect(workingTimeBetween(calendar, start, end)).toBe(working);
        },
      ),
    );
  });

  it('adds in steps as in one: addWorkingTime(addWorkingTime(s, a), b) = addWorkingTime(s, a + b)', () => {
    fc.assert(
      fc.property(
        calendarArb.chain((c) =>
          fc.tuple(fc.constant(c), instantArb, workingArb(c), workingArb(c)),
        ),
        ([calendar, start, a, b]) => {
          expect(addWorkingTime(calendar, addWorkingTime(calendar, start, a), b)).toBe(
            addWorkingTime(calendar, start, a + b),
          );
        },
      ),
    );
  });

  it('gives a later or equal due instant for a larger amount', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        unitArb,
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        (calendar, start, unit, x, y) => {
          const [small, large] = x <= y ? [x, y] : [y, x];
          expect(addDeadline(calendar, start, { amount: small, unit })).toBeLessThanOrEqual(
            addDeadline(calendar, start, { amount: large, unit }),
          );
        },
      ),
    );
  });

  it('makes a working deadline fall due inside a working period, or at its end', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.constantFrom<Deadline['unit']>('working-hours', 'working-days'),
        fc.double({ min: 0.0001, max: 30, noNaN: true }),
        (calendar, start, unit, amount) => {
          const due = addDeadline(calendar, start, { amount, unit });
          expect(due).toBeGreaterThan(start);
          expect(inOrAtEndOfPeriod(calendar, due)).toBe(true);
        },
      ),
    );
  });

  it('computes every unit on the China calendar as the naive walk does', () => {
    const naive = naiveCalendar(china.calendar);
    fc.assert(
      fc.property(
        instantArb,
        unitArb,
        fc.double({ min: 0.001, max: 40, noNaN: true }),
        (start, unit, amount) => {
          const deadline = { amount, unit };
          expect(addDeadline(china, start, deadline)).toBe(
            naiveAddDeadline(naive, start, deadline),
          );
        },
      ),
    );
  });
});

describe('formatInstant (properties)', () => {
  it('writes a Timestamp that Date.parse reads back to the same instant', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(9999, 11, 30) }),
        (calendar, ms) => {
          const text = formatInstant(calendar, ms);
          expect(Timestamp.safeParse(text).success).toBe(true);
          expect(Date.parse(text)).toBe(ms);
          expect(text.endsWith(calendar.utcOffset)).toBe(true);
          expect(text.includes('.')).toBe(ms % 1000 !== 0);
        },
      ),
    );
  });
});
