// Due instants of deadlines on the China working calendar: wangge's addDeadline, which skips whole
// days with their precomputed working time, against the obvious alternative, a day-by-day walk
// with Date objects that names each day as text and looks it up in Sets (the tests' reference).
// 10,000 seeded start instants in 2025–2026 for each unit, with seeded amounts: up to 72 hours,
// 30 days, 40 working hours, 20 working days. Before timing, every due instant is checked to be
// the same in both.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bench, describe } from 'vitest';
import { chinaWorkingCalendar } from '../src/calendar/china-working-calendar.js';
import { addDeadline } from '../src/calendar/working-time.js';
import type { Deadline } from '../src/schema/category.js';
import { naiveAddDeadline, naiveCalendar } from '../test/calendar/naive-working-time.js';

const STARTS = 10_000;
const calendar = chinaWorkingCalendar();
const naive = naiveCalendar(calendar.calendar);

const rng = xoroshiro128plus(20261126);
const starts = Array.from({ length: STARTS }, () =>
  uniformInt(rng, Date.UTC(2024, 11, 31, 16), Date.UTC(2026, 10, 30, 16)),
);

const units: [Deadline['unit'], number][] = [
  ['hours', 72],
  ['days', 30],
  ['working-hours', 40],
  ['working-days', 20],
];

// Every result feeds a checksum, so that no engine can drop the work as unused.
let checksum = 0;

for (const [unit, most] of units) {
  // Whole amounts, and a quarter of them with a fraction (2.5 working days).
  const deadlines: Deadline[] = starts.map(() => {
    const amount = uniformInt(rng, 1, most) + (uniformFloat64(rng) < 0.25 ? 0.5 : 0);
    return { amount, unit };
  });
  starts.forEach((start, i) => {
    const deadline = deadlines[i]!;
    const mine = addDeadline(calendar, start, deadline);
    const theirs = naiveAddDeadline(naive, start, deadline);
    if (mine !== theirs)
      throw new Error(`${unit}: answers differ from ${start} + ${deadline.amount}`);
  });

  describe(`addDeadline for 10,000 starts, ${unit} (1–${most})`, () => {
    bench('wangge addDeadline (whole days skipped with their precomputed working time)', () => {
      for (let i = 0; i < STARTS; i += 1)
        checksum += addDeadline(calendar, starts[i]!, deadlines[i]!);
    });
    bench('naive walk, day by day with Date objects and Sets of day names', () => {
      for (let i = 0; i < STARTS; i += 1) {
        checksum += naiveAddDeadline(naive, starts[i]!, deadlines[i]!);
      }
    });
  });
}

export { checksum };
