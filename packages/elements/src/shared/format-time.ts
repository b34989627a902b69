import type { Locale } from '@wangge/core';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as people read it, in a language and a time zone: `2026年11月27日 09:30` or
 * `Nov 27, 2026, 09:30`. District portals show China Standard Time whatever the browser's zone,
 * so the zone is explicit (`Asia/Shanghai` by default in every element).
 */
export function formatDateTime(locale: Locale, instant: string | number, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        hourCycle: 'h23',
        timeZone,
      });
    } catch {
      format = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        hourCycle: 'h23',
        timeZone: 'Asia/Shanghai',
      });
    }
    formats.set(key, format);
  }
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return Number.isFinite(ms) ? format.format(ms) : '';
}

/** An instant given as epoch milliseconds, ISO text or a Date; `undefined` when it is none. */
export function instantOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'string' && value !== '') {
    const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

const periods = new Map<string, Intl.DateTimeFormat>();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T|$)/;

function periodFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = periods.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      locale === 'en'
        ? { year: 'numeric', month: 'short', day: 'numeric' }
        : { year: 'numeric', month: 'numeric', day: 'numeric' };
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Shanghai' });
    }
    periods.set(key, format);
  }
  return format;
}

/**
 * A reporting window `[from, to)` as people read it, its last day included: `2026年11月1日至30日`,
 * `Nov 1 – 30, 2026`. Empty unless both ends are ISO 8601 instants, `from` first.
 */
export function formatPeriod(locale: Locale, from: unknown, to: unknown, timeZone: string): string {
  // Reports carry ISO 8601 text; the browser's lenient parse of anything else is not trusted.
  const iso = (value: unknown) =>
    typeof value === 'string' && ISO_DATE.test(value) ? instantOf(value) : undefined;
  const start = iso(from);
  const end = iso(to);
  if (start === undefined || end === undefined || end <= start) return '';
  const format = periodFormat(locale, timeZone);
  // The window ends before `to`: its last moment is on the day before a midnight `to`.
  const last = end - 1;
  if (locale === 'en') return format.formatRange(start, last);
  // ICU's Chinese ranges read 2026/11/1 – 2026/11/30; people write 2026年11月1日至30日.
  const ymd = (ms: number) => {
    const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
    return { y: parts.year ?? '', m: parts.month ?? '', d: parts.day ?? '' };
  };
  const a = ymd(start);
  const b = ymd(last);
  const first = `${a.y}年${a.m}月${a.d}日`;
  if (a.y !== b.y) return `${first}至${b.y}年${b.m}月${b.d}日`;
  if (a.m !== b.m) return `${first}至${b.m}月${b.d}日`;
  return a.d === b.d ? first : `${first}至${b.d}日`;
}
