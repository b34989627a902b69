import type { HolidayYear } from '../schema/working-calendar.js';

// Transcribed from the State Council General Office's yearly notices (国务院办公厅关于部分节假日
// 安排的通知), in the text Xinhua released and Guangming Daily reprinted:
// - 2025: 国办发明电〔2024〕12号 of 12 November 2024 (m.gmw.cn/2024-11/12/content_1303894933.htm);
// - 2026: 国办发明电〔2025〕7号 of 4 November 2025 (politics.gmw.cn/2025-11/04/content_38391083.htm,
//   on www.gov.cn as zhengce/zhengceku/202511/content_7047091.htm).
// Every day of both years is checked against the npm package chinese-days in
// test/calendar/china-holidays.test.ts. 2027 is not here: no notice for it could be verified. Add
// a year when its notice is out (usually in November of the year before).

function freezeYears(years: HolidayYear[]): readonly HolidayYear[] {
  for (const year of years) {
    Object.freeze(year.holidays);
    Object.freeze(year.workdays);
    Object.freeze(year);
  }
  return Object.freeze(years);
}

/**
 * The public holidays of mainland China (全国法定节假日) and their swapped working days (调休上班),
 * year by year, as the State Council General Office arranges them: 2025 and 2026. `holidays`
 * lists each holiday block whole, weekend days included; `workdays` lists the weekend days that
 * are worked instead. Each year's `source` names its notice. Frozen.
 *
 * @example
 * ```ts
 * import { CHINA_PUBLIC_HOLIDAYS } from '@wangge/core';
 * CHINA_PUBLIC_HOLIDAYS.map((year) => year.year); // [2025, 2026]
 * CHINA_PUBLIC_HOLIDAYS[1]?.workdays.includes('2026-02-28'); // true: Spring Festival (春节)
 * ```
 */
export const CHINA_PUBLIC_HOLIDAYS: readonly HolidayYear[] = /* @__PURE__ */ (() =>
  freezeYears([
    {
      year: 2025,
      source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
      holidays: [
        // 元旦 New Year's Day: 1 Jan (Wed).
        '2025-01-01',
        // 春节 Spring Festival: 28 Jan (Tue, New Year's Eve) to 4 Feb (Tue).
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-02-01',
        '2025-02-02',
        '2025-02-03',
        '2025-02-04',
        // 清明节 Qingming: 4 Apr (Fri) to 6 Apr (Sun).
        '2025-04-04',
        '2025-04-05',
        '2025-04-06',
        // 劳动节 Labour Day: 1 May (Thu) to 5 May (Mon).
        '2025-05-01',
        '2025-05-02',
        '2025-05-03',
        '2025-05-04',
        '2025-05-05',
        // 端午节 Dragon Boat Festival: 31 May (Sat) to 2 Jun (Mon).
        '2025-05-31',
        '2025-06-01',
        '2025-06-02',
        // 国庆节、中秋节 National Day and Mid-Autumn Festival: 1 Oct (Wed) to 8 Oct (Wed).
        '2025-10-01',
        '2025-10-02',
        '2025-10-03',
        '2025-10-04',
        '2025-10-05',
        '2025-10-06',
        '2025-10-07',
        '2025-10-08',
      ],
      workdays: [
        // 春节: Sun 26 Jan and Sat 8 Feb worked.
        '2025-01-26',
        '2025-02-08',
        // 劳动节: Sun 27 Apr worked.
        '2025-04-27',
        // 国庆节、中秋节: Sun 28 Sep and Sat 11 Oct worked.
        '2025-09-28',
        '2025-10-11',
      ],
    },
    {
      year: 2026,
      source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
      holidays: [
        // 元旦: 1 Jan (Thu) to 3 Jan (Sat).
        '2026-01-01',
        '2026-01-02',
        '2026-01-03',
        // 春节: 15 Feb (Sun) to 23 Feb (Mon).
        '2026-02-15',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-21',
        '2026-02-22',
        '2026-02-23',
        // 清明节: 4 Apr (Sat) to 6 Apr (Mon).
        '2026-04-04',
        '2026-04-05',
        '2026-04-06',
        // 劳动节: 1 May (Fri) to 5 May (Tue).
        '2026-05-01',
        '2026-05-02',
        '2026-05-03',
        '2026-05-04',
        '2026-05-05',
        // 端午节: 19 Jun (Fri) to 21 Jun (Sun).
        '2026-06-19',
        '2026-06-20',
        '2026-06-21',
        // 中秋节: 25 Sep (Fri) to 27 Sep (Sun).
        '2026-09-25',
        '2026-09-26',
        '2026-09-27',
        // 国庆节: 1 Oct (Thu) to 7 Oct (Wed).
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
        '2026-10-04',
        '2026-10-05',
        '2026-10-06',
        '2026-10-07',
      ],
      workdays: [
        // 元旦: Sun 4 Jan worked.
        '2026-01-04',
        // 春节: Sat 14 Feb and Sat 28 Feb worked.
        '2026-02-14',
        '2026-02-28',
        // 劳动节: Sat 9 May worked.
        '2026-05-09',
        // 国庆节: Sun 20 Sep and Sat 10 Oct worked.
        '2026-09-20',
        '2026-10-10',
      ],
    },
  ]))();
