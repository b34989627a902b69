import type { Gender } from './names.js';
import type { Random } from './random.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * Draws a resident identity card number (居民身份证号码) of GB 11643 registered in Yingze
 * (region `140106`): a real birth date in `birthYear`, a sequence number whose parity follows
 * the gender (odd for men), and the ISO 7064 MOD 11-2 check character. `used` keeps the numbers
 * of one district unique.
 *
 * @example
 * ```ts
 * import { isResidentIdNumber } from '@wangge/core';
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const resident = generateDemoDistrict({ scale: 0.05 }).residents.find((r) => r.idNumber);
 * isResidentIdNumber(resident?.idNumber ?? ''); // true
 * ```
 */
export function drawIdNumber(
  random: Random,
  birthYear: number,
  gender: Gender,
  used: Set<string>,
): string {
  for (;;) {
    const month = random.int(1, 12);
    // Day 0 of the next month is the last day of this one (leap years included).
    const days = new Date(Date.UTC(birthYear, month, 0)).getUTCDate();
    const day = random.int(1, days);
    const parity = gender === 'male' ? 1 : 0;
    const sequence = random.int(0, 499) * 2 + parity;
    const body = `140106${birthYear}${pad2(month)}${pad2(day)}${String(sequence).padStart(3, '0')}`;
    let sum = 0;
    for (let i = 0; i < 17; i += 1) sum += Number(body[i]) * (WEIGHTS[i] ?? 0);
    const number = body + (CHECK[sum % 11] ?? '');
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
