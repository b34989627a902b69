/**
 * An instant as ISO 8601 wall-clock text at a fixed offset from UTC: `2026-11-26T09:30:00`
 * followed by `suffix` (how the offset is written: `+08:00`, `Z`), with `.sss` only when the
 * milliseconds are not zero. `Date.parse` reads it back to the same instant when `suffix` says
 * `offsetMs`. The one writer behind `formatInstant`, the KPI series, Open311 and the exports.
 *
 * @param ms - the instant, epoch milliseconds
 * @param offsetMs - the offset east of UTC, in milliseconds
 * @param suffix - the offset as written after the time
 */
export function isoAtOffset(ms: number, offsetMs: number, suffix: string): string {
  // The local wall-clock time, written by Date as if it were UTC; its `Z` becomes the suffix.
  const iso = new Date(ms + offsetMs).toISOString();
  return `${iso.endsWith('.000Z') ? iso.slice(0, -5) : iso.slice(0, -1)}${suffix}`;
}

/** An offset in minutes east of UTC as `±HH:MM`: `+08:00`, `-05:30`, `+00:00`. */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}
