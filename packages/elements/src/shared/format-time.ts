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
