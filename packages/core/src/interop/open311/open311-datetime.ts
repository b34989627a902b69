import * as z from 'zod/mini';
import { isoAtOffset } from '../../format/iso-at-offset.js';

const W3C =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Whether a text is a date and time as Open311 requires: the W3C profile of ISO 8601
 * (`YYYY-MM-DDThh:mm`, optionally `:ss` and a fraction) with its zone, `Z` or `±hh:mm`.
 *
 * @example
 * ```ts
 * import { isOpen311DateTime } from '@wangge/core';
 * isOpen311DateTime('2010-04-14T06:37:38-08:00'); // true
 * isOpen311DateTime('2010-04-14 06:37:38'); // false: no `T`, no zone
 * ```
 */
export function isOpen311DateTime(text: string): boolean {
  const match = W3C.exec(text);
  if (!match) return false;
  const [, y, mo, d, h, mi, s, , oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  return oh === undefined || (Number(oh) <= 14 && Number(om) <= 59);
}

/**
 * A date and time in an Open311 document: ISO 8601 with its zone (`2026-11-02T09:30:00+08:00`,
 * `2010-04-14T06:37:38Z`), minutes or seconds precision, as the spec's W3C note allows. Kept as
 * written.
 *
 * @example
 * ```ts
 * import { Open311DateTime } from '@wangge/core';
 * Open311DateTime.parse('2026-11-02T09:30:00+08:00');
 * Open311DateTime.safeParse('2026-11-02T09:30:00').success; // false: no zone
 * ```
 */
export const Open311DateTime = /* @__PURE__ */ (() =>
  z.string().check(z.refine(isOpen311DateTime)))();
/** An Open311 date and time. */
export type Open311DateTime = z.output<typeof Open311DateTime>;

/**
 * The instant `ms` as ISO 8601 text at a fixed UTC offset (`+08:00`): seconds, and milliseconds
 * only when they are not zero. `offset` has been checked (`±hh:mm`).
 */
export function formatAtOffset(ms: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return isoAtOffset(ms, minutes * 60_000, minutes === 0 ? '+00:00' : offset);
}
