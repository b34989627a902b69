// Days are counted on the calendar's own clock as whole days since 1970-01-01 (day 0, a
// Thursday): `Math.floor((ms + offsetMs) / DAY_MS)`. Integers make day arithmetic exact and let
// lookups index arrays.

/** Milliseconds in a day of natural time (a fixed offset has no 23- or 25-hour days). */
export const DAY_MS = 86_400_000;

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/** The day number of a `YYYY-MM-DD` day that is known to be well formed. */
export function dayNumberOf(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** The year a day number falls in. */
export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCFullYear();
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
