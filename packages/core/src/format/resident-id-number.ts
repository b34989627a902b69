const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

/**
 * Tells whether a value is a valid 18-character resident identity card number (居民身份证号码) of
 * GB 11643: 17 digits, of which 7–14 are a real birth date, and an ISO 7064 MOD 11-2 check
 * character (`0`–`9` or `X`).
 *
 * @example
 * ```ts
 * import { isResidentIdNumber } from '@wangge/core';
 * isResidentIdNumber('11010519491231002X'); // true
 * isResidentIdNumber('110105194912310021'); // false (check character)
 * ```
 */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1850 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(value[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] === value[17];
}
