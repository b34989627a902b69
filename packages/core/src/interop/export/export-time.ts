// Instants of an export, all written on one clock so that a spreadsheet sorts and compares them
// as text: ISO 8601 with the export's UTC offset, as `formatInstant` writes them.
import { isoAtOffset } from '../../format/iso-at-offset.js';

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
/** A timestamp as `formatInstant` writes it: milliseconds only when not zero. */
const AS_WRITTEN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(?!000)\d{3})?[+-]\d\d:\d\d$/;

/** The earliest and the latest `now` an export accepts: years 1900 to 9999, as the calendar. */
const MIN_MS = /* @__PURE__ */ (() => Date.UTC(1900, 0, 1))();
const MAX_MS = /* @__PURE__ */ (() => Date.UTC(10000, 0, 1) - 1)();

/**
 * The offset `±HH:MM` in milliseconds, or `undefined` when it is not one from -14:00 to +14:00.
 *
 * @internal
 */
export function offsetMs(offset: string): number | undefined {
  const match = OFFSET.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/**
 * Whether `now` is an instant an export can compare due times with.
 *
 * @internal
 */
export function isExportInstant(now: unknown): now is number {
  return typeof now === 'number' && Number.isInteger(now) && now >= MIN_MS && now <= MAX_MS;
}

/**
 * A `Timestamp` of a case written again on the export's clock: `2026-11-26T09:30:00+08:00`,
 * with `.sss` only when the milliseconds are not zero. Reads the instant with `Date.parse`, which
 * reads every `Timestamp` the schema lets through.
 *
 * @internal
 */
export function atOffset(timestamp: string, shiftMs: number, offset: string): string {
  // Most are written on the export's clock already (the engine's calendar's): kept as they are.
  if (timestamp.endsWith(offset) && AS_WRITTEN.test(timestamp)) return timestamp;
  return isoAtOffset(Date.parse(timestamp), shiftMs, offset);
}
