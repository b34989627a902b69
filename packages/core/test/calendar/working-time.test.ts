// Deadlines on the default China calendar, computed by hand: working hours 08:30–12:00 (3.5 h) and
// 14:30–17:30 (3 h), so one working day is 6.5 h; Saturday and Sunday off; 2025 and 2026 holidays.
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from '../../src/calendar/china-working-calendar.js';
import type { CompiledCalendar } from '../../src/calendar/compiled-calendar.js';
import { formatInstant } from '../../src/calendar/format-instant.js';
import {
  addDeadline,
  addWorkingTime,
  isWorkingDay,
  workingTimeBetween,
} from '../../src/calendar/working-time.js';
import { WanggeError } from '../../src/errors/wangge-error.js';
import type { Deadline } from '../../src/schema/category.js';
import { naiveAddDeadline, naiveCalendar } from './naive-working-time.js';

const china = chinaWorkingCalendar();
const HOUR = 3_600_000;

const ms = (text: string) => Date.parse(text);
const due = (start: string, amount: number, unit: Deadline['unit'], calendar = china) =>
  formatInstant(calendar, addDeadline(calendar, ms(start), { amount, unit }));

/** Runs `run` and returns the WanggeError it throws (failing when it throws nothing else). */
function thrown(run: () => unknown): WanggeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WanggeError);
    return error as WanggeError;
  }
  throw new Error('expected a WanggeError');
}

describe('working hours on ordinary days', () => {
  it('carries a Friday afternoon over the weekend', () => {
    // Fri 27 Nov 16:00 + 4 h: 16:00–17:30 is 1.5 h, 2.5 h left; Sat and Sun are off;
    // Mon 30 Nov 08:30 + 2.5 h = 11:00.
    expect(due('2026-11-27T16:00:00+08:00', 4, 'working-hours')).toBe('2026-11-30T11:00:00+08:00');
  });

  it('starts a clock started in the lunch break at 14:30', () => {
    // Thu 26 Nov 12:45 is between periods: counting starts at 14:30; 14:30 + 2 h = 16:30.
    expect(due('2026-11-26T12:45:00+08:00', 2, 'working-hours')).toBe('2026-11-26T16:30:00+08:00');
    // 14:30 + 3 h = 17:30, the end of the afternoon: due then, not at Friday 08:30.
    expect(due('2026-11-26T12:45:00+08:00', 3, 'working-hours')).toBe('2026-11-26T17:30:00+08:00');
  });

  it('starts a clock started before 08:30 at 08:30, and one started after 17:30 the next day', () => {
    // Thu 07:00: counting starts at 08:30; 08:30 + 3.5 h = 12:00, the end of the morning.
    expect(due('2026-11-26T07:00:00+08:00', 3.5, 'working-hours')).toBe(
      '2026-11-26T12:00:00+08:00',
    );
    // Thu 19:00: nothing left on Thursday; Fri 08:30 + 1 h = 09:30.
    expect(due('2026-11-26T19:00:00+08:00', 1, 'working-hours')).toBe('2026-11-27T09:30:00+08:00');
  });

  it('ends a deadline used up at the end of a period at that end', () => {
    // Thu 08:30 + 6.5 h = the whole day: due Thu 17:30, not Fri 08:30.
    expect(due('2026-11-26T08:30:00+08:00', 1, 'working-days')).toBe('2026-11-26T17:30:00+08:00');
    // Thu 08:30 + 3.5 h ends exactly at 12:00.
    expect(due('2026-11-26T08:30:00+08:00', 3.5, 'working-hours')).toBe(
      '2026-11-26T12:00:00+08:00',
    );
    // A clock started at 12:00 or 17:30 sharp has nothing left in that period.
    expect(due('2026-11-26T12:00:00+08:00', 1, 'working-hours')).toBe('2026-11-26T15:30:00+08:00');
    expect(due('2026-11-26T17:30:00+08:00', 0.5, 'working-hours')).toBe(
      '2026-11-27T09:00:00+08:00',
    );
  });

  it('counts a working day as 6.5 working hours', () => {
    // Tue 1 Dec 15:00 + 6.5 h: 2.5 h on Tuesday, 3.5 h on Wednesday morning, then 14:30 + 0.5 h.
    expect(due('2026-12-01T15:00:00+08:00', 1, 'working-days')).toBe('2026-12-02T15:00:00+08:00');
    // Fri 27 Nov 20:00 + 6.5 h: the whole of Monday 30 Nov, due at its end.
    expect(due('2026-11-27T20:00:00+08:00', 1, 'working-days')).toBe('2026-11-30T17:30:00+08:00');
    // Thu 26 Nov 09:00 + 2 working days (13 h): 6 h on Thu, 6.5 h on Fri, 0.5 h on Mon.
    expect(due('2026-11-26T09:00:00+08:00', 2, 'working-days')).toBe('2026-11-30T09:00:00+08:00');
  });

  it('handles fractional amounts', () => {
    // 0.5 working days = 3.25 h: Thu 08:30 + 3.25 h = 11:45.
    expect(due('2026-11-26T08:30:00+08:00', 0.5, 'working-days')).toBe('2026-11-26T11:45:00+08:00');
    // 1.25 h from 11:00: 1 h to 12:00, then 14:30 + 0.25 h = 14:45.
    expect(due('2026-11-26T11:00:00+08:00', 1.25, 'working-hours')).toBe(
      '2026-11-26T14:45:00+08:00',
    );
    // Natural time ignores the lunch break: 11:00 + 1.5 h = 12:30.
    expect(due('2026-11-26T11:00:00+08:00', 1.5, 'hours')).toBe('2026-11-26T12:30:00+08:00');
    // 0.1 working hours = 6 min, to the millisecond.
    expect(due('2026-11-26T11:00:00+08:00', 0.1, 'working-hours')).toBe(
      '2026-11-26T11:06:00+08:00',
    );
  });
});

describe('the 2026 Spring Festival (春节): off 15–23 Feb, Saturdays 14 and 28 Feb worked', () => {
  it('works Saturday 14 February', () => {
    expect(isWorkingDay(china, '2026-02-14')).toBe(true);
    // Fri 13 Feb 16:00 + 6.5 h: 1.5 h on Fri; Sat 14 Feb 08:30–12:00 is 3.5 h; 14:30 + 1.5 h.
    expect(due('2026-02-13T16:00:00+08:00', 1, 'working-days')).toBe('2026-02-14T16:00:00+08:00');
  });

  it('skips the nine days off', () => {
    for (const day of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) {
      expect(isWorkingDay(china, day)).toBe(false);
    }
    // Sat 14 Feb 17:00 + 1 h: 0.5 h on Saturday; 15–23 Feb off; Tue 24 Feb 08:30 + 0.5 h.
    expect(due('2026-02-14T17:00:00+08:00', 1, 'working-hours')).toBe('2026-02-24T09:00:00+08:00');
    // Thu 12 Feb 09:00 + 3 working days (19.5 h): 6 h Thu, 6.5 h Fri, 6.5 h Sat 14 Feb, then
    // 0.5 h on Tue 24 Feb.
    expect(due('2026-02-12T09:00:00+08:00', 3, 'working-days')).toBe('2026-02-24T09:00:00+08:00');
  });

  it('works Saturday 28 February', () => {
    // Fri 27 Feb 17:00 + 1 h: 0.5 h on Friday, then Sat 28 Feb 08:30 + 0.5 h.
    expect(due('2026-02-27T17:00:00+08:00', 1, 'working-hours')).toBe('2026-02-28T09:00:00+08:00');
  });

  it('measures the working time across the festival', () => {
    // 13 Feb 00:00 to 25 Feb 00:00: Fri 13, Sat 14 and Tue 24 Feb are worked: 3 × 6.5 h.
    expect(
      workingTimeBetween(china, ms('2026-02-13T00:00:00+08:00'), ms('2026-02-25T00:00:00+08:00')),
    ).toBe(19.5 * HOUR);
  });

  it('leaves natural days alone', () => {
    // Sat 14 Feb 10:00 + 3 days is Tue 17 Feb 10:00, holiday or not.
    expect(due('2026-02-14T10:00:00+08:00', 3, 'days')).toBe('2026-02-17T10:00:00+08:00');
    // + 48 hours is the same.
    expect(due('2026-02-14T10:00:00+08:00', 48, 'hours')).toBe('2026-02-16T10:00:00+08:00');
  });
});

describe('National Day 2026 (国庆节): Sep 20 (Sun) worked, Sep 25–27 and Oct 1–7 off, Oct 10 (Sat) worked', () => {
  it('works Sunday 20 September', () => {
    // Sat 19 Sep 10:00 is a day off; Sun 20 Sep is worked: 08:30 + 1 h.
    expect(due('2026-09-19T10:00:00+08:00', 1, 'working-hours')).toBe('2026-09-20T09:30:00+08:00');
  });

  it('skips the Golden Week', () => {
    // Wed 30 Sep 16:00 + 6.5 h: 1.5 h on Wed; 1–7 Oct off; Thu 8 Oct 3.5 h, then 14:30 + 1.5 h.
    expect(due('2026-09-30T16:00:00+08:00', 1, 'working-days')).toBe('2026-10-08T16:00:00+08:00');
  });

  it('works Saturday 10 October', () => {
    // Fri 9 Oct 17:00 + 1 h: 0.5 h on Friday, then Sat 10 Oct 08:30 + 0.5 h.
    expect(due('2026-10-09T17:00:00+08:00', 1, 'working-hours')).toBe('2026-10-10T09:00:00+08:00');
  });

  it('measures the working time from 19 Sep to 12 Oct', () => {
    // Worked: 20–24 Sep (5), 28–30 Sep (3), 8–10 Oct (3) = 11 days × 6.5 h = 71.5 h.
    expect(
      workingTimeBetween(china, ms('2026-09-19T00:00:00+08:00'), ms('2026-10-12T00:00:00+08:00')),
    ).toBe(71.5 * HOUR);
  });
});

describe('years without holiday data', () => {
  const strict = chinaWorkingCalendar({ beyondYears: 'error' });

  it("counts only weekends as days off with beyondYears 'weekdays' (the default)", () => {
    expect(isWorkingDay(china, '2027-01-01')).toBe(true); // a Friday: 2027 has no data
    expect(isWorkingDay(china, '2027-01-02')).toBe(false); // Saturday
    // Mon 4 Jan 2027 08:30 + 10 working days: 4–8 and 11–15 Jan, due Fri 15 Jan 17:30.
    expect(due('2027-01-04T08:30:00+08:00', 10, 'working-days')).toBe('2027-01-15T17:30:00+08:00');
  });

  it("refuses to guess with beyondYears 'error'", () => {
    const error = thrown(() => isWorkingDay(strict, '2027-01-04'));
    expect(error.code).toBe('calendar_year_missing');
    expect(error.messageIn('zh-CN')).toContain('2027');
    expect(error.messageIn('en')).toContain('2027');
    expect(error.messageIn('en')).toContain('must add');
    expect(thrown(() => isWorkingDay(strict, '2024-12-31')).messageIn('en')).toContain('2024');
    // Thu 31 Dec 2026 16:00 + 2 h would need 4 Jan 2027.
    expect(thrown(() => due('2026-12-31T16:00:00+08:00', 2, 'working-hours', strict)).code).toBe(
      'calendar_year_missing',
    );
  });

  it("computes what stays inside the listed years with beyondYears 'error'", () => {
    // 16:00 + 1.5 h ends at 17:30 on 31 Dec 2026: nothing of 2027 is needed.
    expect(due('2026-12-31T16:00:00+08:00', 1.5, 'working-hours', strict)).toBe(
      '2026-12-31T17:30:00+08:00',
    );
    // Up to midnight of 1 Jan 2027 (excluded): 0.5 h of 31 Dec.
    expect(
      workingTimeBetween(strict, ms('2026-12-31T17:00:00+08:00'), ms('2027-01-01T00:00:00+08:00')),
    ).toBe(0.5 * HOUR);
    // Natural time needs no calendar.
    expect(due('2030-06-01T10:00:00+08:00', 2, 'days', strict)).toBe('2030-06-03T10:00:00+08:00');
  });

  it('jumps whole weeks far beyond the listed years', () => {
    // 5 working days a week of 6.5 h; 10,000 working days from Mon 3 Jan 2028 08:30 are exactly
    // 2,000 weeks: due on the Friday of the 2,000th week, 1,999 × 7 + 4 = 13,997 days later,
    // at 17:30.
    const start = ms('2028-01-03T08:30:00+08:00');
    const end = addDeadline(china, start, { amount: 10_000, unit: 'working-days' });
    expect(formatInstant(china, end)).toBe(
      formatInstant(china, start + 13_997 * 86_400_000 + 9 * HOUR),
    );
    expect(workingTimeBetween(china, start, end)).toBe(10_000 * 6.5 * HOUR);
  });
});

describe('suspending and resuming the clock', () => {
  it('restarts with the working time that was left', () => {
    // Due Fri 27 Nov 17:30; suspended Thu 26 Nov 10:00 with 2 + 3 + 6.5 = 11.5 h left.
    const left = workingTimeBetween(
      china,
      ms('2026-11-26T10:00:00+08:00'),
      ms('2026-11-27T17:30:00+08:00'),
    );
    expect(left).toBe(11.5 * HOUR);
    // Resumed Tue 1 Dec 09:00: 6 h on Tuesday, 3.5 h Wednesday morning, then 14:30 + 2 h.
    const resumed = addWorkingTime(china, ms('2026-12-01T09:00:00+08:00'), left);
    expect(formatInstant(china, resumed)).toBe('2026-12-02T16:30:00+08:00');
  });

  it('adds nothing for no working time, and measures nothing backwards', () => {
    const start = ms('2026-11-28T10:00:00+08:00');
    expect(addWorkingTime(china, start, 0)).toBe(start);
    expect(workingTimeBetween(china, start, start - HOUR)).toBe(0);
    expect(workingTimeBetween(china, start, start)).toBe(0);
  });
});

describe('formatInstant', () => {
  it('writes the offset, and milliseconds only when there are some', () => {
    expect(formatInstant(china, Date.UTC(2026, 10, 26, 1, 30))).toBe('2026-11-26T09:30:00+08:00');
    expect(formatInstant(china, Date.UTC(2026, 10, 26, 1, 30, 0, 5))).toBe(
      '2026-11-26T09:30:00.005+08:00',
    );
    // 16:30 UTC is already the next day in Beijing.
    expect(formatInstant(china, Date.UTC(2026, 10, 26, 16, 30))).toBe('2026-11-27T00:30:00+08:00');
  });

  it('writes other offsets canonically', () => {
    const west = chinaWorkingCalendar({ utcOffset: '-03:30', years: [] });
    expect(formatInstant(west, Date.UTC(2026, 0, 1, 2))).toBe('2025-12-31T22:30:00-03:30');
    const zero = chinaWorkingCalendar({ utcOffset: '-00:00', years: [] });
    expect(formatInstant(zero, Date.UTC(2026, 0, 1))).toBe('2026-01-01T00:00:00+00:00');
  });
});

describe('bad arguments', () => {
  const start = ms('2026-11-26T09:00:00+08:00');
  const codeOf = (run: () => unknown) => {
    const error = thrown(run);
    expect(error.messageIn('zh-CN')).not.toBe('');
    expect(error.messageIn('en')).not.toBe('');
    return error.code;
  };

  it('refuses instants that are not whole epoch milliseconds from 1900 to 9999', () => {
    const hour: Deadline = { amount: 1, unit: 'hours' };
    for (const bad of [NaN, Infinity, 1.5, Date.UTC(1899, 11, 31), Date.UTC(10_000, 0, 1)]) {
      expect(codeOf(() => addDeadline(china, bad, hour))).toBe('invalid_instant');
      expect(codeOf(() => addWorkingTime(china, bad, 1))).toBe('invalid_instant');
      expect(codeOf(() => workingTimeBetween(china, start, bad))).toBe('invalid_instant');
      expect(codeOf(() => formatInstant(china, bad))).toBe('invalid_instant');
    }
    expect(thrown(() => workingTimeBetween(china, NaN, start)).messageIn('en')).toContain('fromMs');
  });

  it('refuses amounts that are not positive, and unknown units', () => {
    for (const amount of [0, -1, NaN, Infinity, -Infinity]) {
      expect(codeOf(() => addDeadline(china, start, { amount, unit: 'working-days' }))).toBe(
        'invalid_deadline',
      );
    }
    const weeks = { amount: 1, unit: 'weeks' } as unknown as Deadline;
    expect(codeOf(() => addDeadline(china, start, weeks))).toBe('invalid_deadline');
    expect(codeOf(() => addDeadline(china, start, null as unknown as Deadline))).toBe(
      'invalid_deadline',
    );
    for (const workingMs of [-1, 0.5, NaN, Infinity]) {
      expect(codeOf(() => addWorkingTime(china, start, workingMs))).toBe('invalid_working_time');
    }
  });

  it('refuses results after the year 9999', () => {
    const late = ms('9999-12-31T12:00:00+08:00');
    expect(codeOf(() => addDeadline(china, late, { amount: 1, unit: 'days' }))).toBe(
      'instant_out_of_range',
    );
    expect(codeOf(() => addDeadline(china, late, { amount: 1, unit: 'working-days' }))).toBe(
      'instant_out_of_range',
    );
    expect(codeOf(() => addDeadline(china, start, { amount: 1e300, unit: 'working-hours' }))).toBe(
      'instant_out_of_range',
    );
    expect(codeOf(() => addWorkingTime(china, start, Number.MAX_SAFE_INTEGER))).toBe(
      'instant_out_of_range',
    );
  });

  it('refuses days that are not real dates', () => {
    for (const day of ['2026-2-3', '2026-02-29', '26-02-03', '']) {
      expect(codeOf(() => isWorkingDay(china, day))).toBe('invalid_calendar_day');
    }
    expect(codeOf(() => isWorkingDay(china, 20260203 as unknown as string))).toBe(
      'invalid_calendar_day',
    );
  });
});

describe('the compiled calendar', () => {
  it('is frozen all the way down', () => {
    const calendar: CompiledCalendar = china;
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.calendar)).toBe(true);
    expect(Object.isFrozen(calendar.calendar.years[0]?.holidays)).toBe(true);
    expect(Object.isFrozen(calendar.calendar.workingHours[0])).toBe(true);
    expect(Object.isFrozen(calendar.periods)).toBe(true);
    expect(Object.isFrozen(calendar.spans[0]?.working)).toBe(true);
    expect(calendar.dailyWorkingMs).toBe(6.5 * HOUR);
  });
});

describe('listed years with a gap between them', () => {
  // 2025 and 2027 are listed (with no holidays), 2026 is not: three runs of days.
  const gapped = chinaWorkingCalendar({
    years: [
      { year: 2025, holidays: ['2025-12-31'], workdays: [] },
      { year: 2027, holidays: ['2027-01-01'], workdays: [] },
    ],
  });
  const naive = naiveCalendar(gapped.calendar);

  it('walks across the unlisted year as the naive walk does', () => {
    // From mid-morning of a 2025 day, through the whole of 2026, into 2027: 400 working days.
    for (const start of ['2025-12-30T10:00:00+08:00', '2026-06-03T10:00:00+08:00']) {
      for (const amount of [1, 7, 100, 400]) {
        const deadline: Deadline = { amount, unit: 'working-days' };
        expect(addDeadline(gapped, ms(start), deadline)).toBe(
          naiveAddDeadline(naive, ms(start), deadline),
        );
      }
    }
    // 2025-12-31 and 2027-01-01 are off; 2026-01-01 (a Thursday, unlisted) is worked.
    expect(isWorkingDay(gapped, '2026-01-01')).toBe(true);
    expect(due('2025-12-30T17:00:00+08:00', 1, 'working-hours', gapped)).toBe(
      '2026-01-01T09:00:00+08:00',
    );
  });
});
