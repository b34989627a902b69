// The holiday data against an independent source: the npm package chinese-days (a test oracle
// only), day by day over every listed year, and the notices' own counts of days off.
import { afterAll, describe, expect, it } from 'vitest';
import { CHINA_PUBLIC_HOLIDAYS } from '../../src/calendar/china-holidays.js';
import { chinaWorkingCalendar } from '../../src/calendar/china-working-calendar.js';
import { parseWorkingCalendar } from '../../src/calendar/compiled-calendar.js';
import { isWorkingDay } from '../../src/calendar/working-time.js';

const china = chinaWorkingCalendar();

function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

// chinese-days names days on the machine's clock, and reads its own table of `YYYY-MM-DD` text as
// UTC midnight: west of UTC every day of the table would be the day before. On China's clock the
// two agree, so the oracle is loaded and asked under Asia/Shanghai, whatever the machine's zone.
const machineZone = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
const { isWorkday } = await import('chinese-days');
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('CHINA_PUBLIC_HOLIDAYS', () => {
  it('lists 2025 and 2026, each with its State Council notice', () => {
    expect(CHINA_PUBLIC_HOLIDAYS.map((y) => y.year)).toEqual([2025, 2026]);
    for (const year of CHINA_PUBLIC_HOLIDAYS) {
      expect(year.source).toMatch(
        new RegExp(`^国务院办公厅关于${year.year}年部分节假日安排的通知`),
      );
    }
  });

  it('is a valid calendar, and frozen', () => {
    expect(
      parseWorkingCalendar({
        utcOffset: '+08:00',
        workingHours: [{ start: '09:00', end: '17:00' }],
        years: CHINA_PUBLIC_HOLIDAYS,
      }).success,
    ).toBe(true);
    expect(Object.isFrozen(CHINA_PUBLIC_HOLIDAYS)).toBe(true);
    expect(Object.isFrozen(CHINA_PUBLIC_HOLIDAYS[0])).toBe(true);
    expect(Object.isFrozen(CHINA_PUBLIC_HOLIDAYS[0]?.holidays)).toBe(true);
  });

  for (const { year } of CHINA_PUBLIC_HOLIDAYS) {
    it(`agrees with chinese-days on every day of ${year}`, () => {
      const days = daysOf(year);
      const differ = days.filter((day) => isWorkingDay(china, day) !== isWorkday(day));
      expect(differ).toEqual([]);
      // A year has about 250 working days; a broken oracle would not agree on all of them.
      expect(days.filter((day) => isWorkingDay(china, day)).length).toBeGreaterThan(240);
    });
  }

  it('holds the number of days off and worked weekend days that the notices give', () => {
    // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off; 26 Jan, 8 Feb, 27 Apr, 28 Sep and 11 Oct worked.
    // 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off; 4 Jan, 14 and 28 Feb, 9 May, 20 Sep, 10 Oct worked.
    expect(CHINA_PUBLIC_HOLIDAYS.map((y) => [y.holidays.length, y.workdays.length])).toEqual([
      [28, 5],
      [33, 6],
    ]);
    for (const year of CHINA_PUBLIC_HOLIDAYS) {
      for (const day of year.workdays) {
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        expect([0, 6]).toContain(weekday);
      }
    }
  });
});
