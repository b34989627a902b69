import type { Locale } from '@wangge/core';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, kind: 'percent' | 'count' | 'decimal' | 'points') {
  const key = `${locale}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      kind === 'percent'
        ? { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }
        : kind === 'count'
          ? { maximumFractionDigits: 0 }
          : kind === 'decimal'
            ? { maximumFractionDigits: 1 }
            : { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    );
    formats.set(key, format);
  }
  return format;
}

/** A share (0…1) as a percentage with one decimal, in the language: `84.0%`. */
export function formatPercent(locale: Locale, share: number): string {
  return formatter(locale, 'percent').format(share);
}

/** A whole number, grouped as the language groups digits: `1,234`. */
export function formatCount(locale: Locale, count: number): string {
  return formatter(locale, 'count').format(count);
}

/** A number with at most one decimal: `12.5`, `3`. */
export function formatDecimal(locale: Locale, value: number): string {
  return formatter(locale, 'decimal').format(value);
}

/** A magnitude of percentage points, with one decimal: `2.3`. */
export function formatPoints(locale: Locale, points: number): string {
  return formatter(locale, 'points').format(Math.abs(points));
}
