import type { Random } from './random.js';

// Prefixes of the three mainland operators (China Mobile, Unicom, Telecom) in common use.
const MOBILE_PREFIXES = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '147',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '178',
  '182',
  '183',
  '184',
  '187',
  '188',
  '198',
  '130',
  '131',
  '132',
  '155',
  '156',
  '166',
  '175',
  '176',
  '185',
  '186',
  '133',
  '149',
  '153',
  '173',
  '177',
  '180',
  '181',
  '189',
  '199',
];

/**
 * Hands out mobile numbers that are unique within one generated district: two people sharing a
 * number would make contact cards and one-click alarms ambiguous.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const { people } = generateDemoDistrict({ scale: 0.05 });
 * const mobiles = people.flatMap((p) => (p.mobile === undefined ? [] : [p.mobile]));
 * new Set(mobiles).size === mobiles.length; // true
 * ```
 */
export interface MobileBook {
  /** A fresh canonical 11-digit mobile number, e.g. `13934561234`. */
  next(): string;
}

/**
 * Creates the {@link MobileBook} of one generation run.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).people[0]?.mobile; // e.g. '13934561234'
 * ```
 */
export function createMobileBook(random: Random): MobileBook {
  const used = new Set<string>();
  return {
    next() {
      for (;;) {
        const number =
          random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
        if (!used.has(number)) {
          used.add(number);
          return number;
        }
      }
    },
  };
}

/**
 * Draws a Taiyuan landline number (area code `0351`, a seven-digit local number that never
 * starts with 0 or 1), e.g. `0351-4045678`.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).residentUnits[0]?.phone; // e.g. '0351-4045678'
 * ```
 */
export function drawLandline(random: Random): string {
  return `0351-${random.int(2, 8)}${String(random.int(0, 999_999)).padStart(6, '0')}`;
}
