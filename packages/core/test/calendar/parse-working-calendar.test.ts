// Reading working calendars from untrusted data: each seeded mistake is refused with its code at
// its path, in zh-CN and en, and nothing ever throws.
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from '../../src/calendar/china-working-calendar.js';
import {
  parseWorkingCalendar,
  type CompiledCalendar,
} from '../../src/calendar/compiled-calendar.js';
import { WanggeValidationError } from '../../src/errors/validation-error.js';
import { CALENDAR_MESSAGES } from '../../src/i18n/calendar-messages.js';
import type { ParseResult } from '../../src/validation/parse-result.js';
import { fc } from '../support/fast-check.js';

type Json = Record<string, unknown>;

/** A valid calendar as plain mutable JSON: two periods, two years. */
function calendarJson(): Json & { workingHours: Json[]; years: (Json & { workdays: string[] })[] } {
  return {
    utcOffset: '+08:00',
    weekend: [6, 7],
    workingHours: [
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
    years: [
      {
        year: 2025,
        holidays: ['2025-01-01', '2025-10-01', '2025-10-02'],
        workdays: ['2025-09-28'],
        source: '国务院办公厅关于2025年部分节假日安排的通知',
      },
      { year: 2026, holidays: ['2026-10-01'], workdays: ['2026-10-10', '2026-09-20'] },
    ],
    beyondYears: 'error',
  };
}

function issuesOf(result: ParseResult<CompiledCalendar>) {
  expect(result.success).toBe(false);
  if (result.success) return [];
  expect(result.error).toBeInstanceOf(WanggeValidationError);
  expect(result.error.subject).toBe('WorkingCalendar');
  for (const issue of result.error.issues) {
    expect(issue.message['zh-CN']).not.toBe('');
    expect(issue.message.en).not.toBe('');
    expect(issue.expected.en).not.toBe('');
  }
  return result.error.issues.map((issue) => ({ code: issue.code, path: issue.path }));
}

/** Exactly one issue, with this code at this path. */
function expectOnly(input: unknown, code: string, path: readonly PropertyKey[]) {
  expect(issuesOf(parseWorkingCalendar(input))).toEqual([{ code, path }]);
}

describe('parseWorkingCalendar: valid calendars', () => {
  it('reads and compiles a calendar', () => {
    const result = parseWorkingCalendar(calendarJson());
    expect(result.success).toBe(true);
    if (!result.success) return;
    result.data satisfies CompiledCalendar;
    expect(result.data.dailyWorkingMs).toBe(6.5 * 3_600_000);
    expect(result.data.offsetMs).toBe(8 * 3_600_000);
    expect(result.data.calendar.beyondYears).toBe('error');
    expect(result.data.spans).toHaveLength(1);
    expect(result.data.spans[0]?.working).toHaveLength(730);
  });

  it('fills in the defaults', () => {
    const result = parseWorkingCalendar({
      utcOffset: '+08:00',
      workingHours: [{ start: '00:00', end: '24:00' }],
      years: [],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.calendar.weekend).toEqual([6, 7]);
    expect(result.data.calendar.beyondYears).toBe('weekdays');
    expect(result.data.dailyWorkingMs).toBe(86_400_000);
    expect(result.data.workingDaysPerWeek).toBe(5);
  });

  it('accepts periods that touch, and years with gaps between them', () => {
    const input = calendarJson();
    input.workingHours = [
      { start: '08:00', end: '12:00' },
      { start: '12:00', end: '13:00' },
    ];
    input.years = [
      { year: 2025, holidays: [], workdays: [] },
      { year: 2027, holidays: [], workdays: [] },
    ];
    const result = parseWorkingCalendar(input);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.spans).toHaveLength(2);
  });
});

describe('parseWorkingCalendar: each field', () => {
  it('refuses what is not a calendar at all', () => {
    for (const input of [null, 7, 'calendar', []]) {
      expect(issuesOf(parseWorkingCalendar(input))).toEqual([{ code: 'invalid_type', path: [] }]);
    }
  });

  it('refuses an offset that is not ±HH:MM from -14:00 to +14:00', () => {
    for (const utcOffset of ['+8:00', '08:00', '+0800', 'Asia/Shanghai', '+14:30', '+08:60']) {
      expectOnly({ ...calendarJson(), utcOffset }, 'invalid_utc_offset', ['utcOffset']);
    }
  });

  it('refuses weekdays outside 1–7', () => {
    expectOnly({ ...calendarJson(), weekend: [0, 6] }, 'too_small', ['weekend', 0]);
    expectOnly({ ...calendarJson(), weekend: [6, 8] }, 'too_big', ['weekend', 1]);
    expectOnly({ ...calendarJson(), weekend: [6.5] }, 'invalid_type', ['weekend', 0]);
  });

  it('refuses a calendar without working hours', () => {
    expectOnly({ ...calendarJson(), workingHours: [] }, 'too_small', ['workingHours']);
  });

  it('refuses times that are not HH:MM from 00:00 to 24:00', () => {
    for (const start of ['8:30', '08:30:00', '24:30', '25:00', '08:61', '']) {
      const input = calendarJson();
      input.workingHours[0] = { start, end: '12:00' };
      expectOnly(input, 'invalid_time_of_day', ['workingHours', 0, 'start']);
    }
  });

  it('refuses a period that does not end after it starts', () => {
    const input = calendarJson();
    input.workingHours[1] = { start: '17:30', end: '14:30' };
    expectOnly(input, 'empty_working_period', ['workingHours', 1]);
    input.workingHours[1] = { start: '14:30', end: '14:30' };
    expectOnly(input, 'empty_working_period', ['workingHours', 1]);
  });

  it('refuses days that are not real dates', () => {
    const input = calendarJson();
    input.years[1] = { year: 2026, holidays: ['2026-02-30', '2026-2-3'], workdays: [] };
    expect(issuesOf(parseWorkingCalendar(input))).toEqual([
      { code: 'invalid_calendar_day', path: ['years', 1, 'holidays', 0] },
      { code: 'invalid_calendar_day', path: ['years', 1, 'holidays', 1] },
    ]);
  });

  it('refuses unknown members and values', () => {
    expectOnly({ ...calendarJson(), timezone: 'Asia/Shanghai' }, 'unrecognized_keys', []);
    expectOnly({ ...calendarJson(), beyondYears: 'guess' }, 'invalid_value', ['beyondYears']);
    const input = calendarJson();
    input.years[0] = { year: 2025.5, holidays: [], workdays: [] };
    expectOnly(input, 'invalid_type', ['years', 0, 'year']);
  });

  it('reports every field problem at once, with the calendar messages', () => {
    const input = calendarJson();
    input.utcOffset = 'CST';
    input.workingHours[0] = { start: '8:30', end: '12:00' };
    const result = parseWorkingCalendar(input);
    expect(issuesOf(result)).toEqual([
      { code: 'invalid_utc_offset', path: ['utcOffset'] },
      { code: 'invalid_time_of_day', path: ['workingHours', 0, 'start'] },
    ]);
    if (result.success) return;
    expect(result.error.issues[0]?.message).toEqual(
      CALENDAR_MESSAGES.invalid_utc_offset.message({}),
    );
    expect(result.error.format('zh-CN')).toContain('北京时间为 +08:00');
    expect(result.error.format('en')).toContain('→ workingHours[0].start');
  });
});

describe('parseWorkingCalendar: fields against each other', () => {
  it('refuses periods out of order', () => {
    const input = calendarJson();
    input.workingHours.reverse();
    expectOnly(input, 'working_periods_unsorted', ['workingHours', 1]);
  });

  it('refuses periods that overlap', () => {
    const input = calendarJson();
    input.workingHours[1] = { start: '11:00', end: '17:30' };
    expectOnly(input, 'working_periods_overlap', ['workingHours', 1]);
  });

  it('refuses a weekend of seven days', () => {
    expectOnly({ ...calendarJson(), weekend: [1, 2, 3, 4, 5, 6, 7] }, 'no_working_weekday', [
      'weekend',
    ]);
  });

  it('refuses a year listed twice', () => {
    const input = calendarJson();
    input.years[1] = { year: 2025, holidays: [], workdays: [] };
    expectOnly(input, 'duplicate_year', ['years', 1, 'year']);
  });

  it('refuses a day listed under another year', () => {
    const input = calendarJson();
    input.years[1]!.workdays[0] = '2025-10-11';
    const result = parseWorkingCalendar(input);
    expect(issuesOf(result)).toEqual([
      { code: 'day_in_wrong_year', path: ['years', 1, 'workdays', 0] },
    ]);
    if (!result.success) {
      expect(result.error.issues[0]?.message.en).toBe(
        '2025-10-11 is not in 2026: list it under its own year.',
      );
    }
    const holiday = calendarJson();
    holiday.years[0] = { year: 2025, holidays: ['2025-01-01', '2026-01-01'], workdays: [] };
    expectOnly(holiday, 'day_in_wrong_year', ['years', 0, 'holidays', 1]);
  });

  it('refuses a day both off and worked', () => {
    const input = calendarJson();
    input.years[0]!.workdays.push('2025-10-02');
    expectOnly(input, 'holiday_and_workday', ['years', 0, 'workdays', 1]);
  });

  it('lists every problem between fields at once', () => {
    const input = calendarJson();
    input.workingHours[1] = { start: '11:00', end: '17:30' };
    input.years[1] = { year: 2025, holidays: ['2024-12-31'], workdays: [] };
    expect(issuesOf(parseWorkingCalendar(input))).toEqual([
      { code: 'working_periods_overlap', path: ['workingHours', 1] },
      { code: 'duplicate_year', path: ['years', 1, 'year'] },
      { code: 'day_in_wrong_year', path: ['years', 1, 'holidays', 0] },
    ]);
  });
});

describe('parseWorkingCalendar never throws', () => {
  it('on anything at all (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(parseWorkingCalendar(input).success).toBe(false);
      }),
    );
  });

  it('on a valid calendar with any one member replaced by anything (property)', () => {
    const keys = ['utcOffset', 'weekend', 'workingHours', 'years', 'beyondYears'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const result = parseWorkingCalendar({ ...calendarJson(), [key]: value });
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('chinaWorkingCalendar', () => {
  it('throws the validation error for overrides that make an invalid calendar', () => {
    expect(() => chinaWorkingCalendar({ workingHours: [] })).toThrow(WanggeValidationError);
  });

  it('keeps what is not overridden', () => {
    const calendar = chinaWorkingCalendar({ beyondYears: 'error' });
    expect(calendar.calendar.beyondYears).toBe('error');
    expect(calendar.dailyWorkingMs).toBe(6.5 * 3_600_000);
    expect(calendar.calendar.years.map((y) => y.year)).toEqual([2025, 2026]);
  });
});
