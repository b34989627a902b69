// Separators people type inside numbers: spaces (also full-width), hyphens, dots, brackets.
const SEPARATORS = /[\s\u3000\-.()（）]/g;
const MOBILE = /^1[3-9]\d{9}$/;
// Area codes: 010, 02x, then 03xx–09xx; a local number of 7–8 digits never starts with 0 (that
// would be a second trunk prefix).
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))([1-9]\d{6,7})$/;

function stripCountryCode(digits: string): string | undefined {
  if (digits.startsWith('+86')) return digits.slice(3);
  if (digits.startsWith('0086')) return digits.slice(4);
  if (digits.startsWith('+')) return undefined; // another country: not a mainland number
  return digits;
}

/**
 * Reads a mainland China mobile number as people write it (`138 0013 8000`,
 * `+86 138-0013-8000`) and returns its canonical 11-digit form, or `undefined` when it is not
 * one.
 *
 * @example
 * ```ts
 * import { normalizeMobile } from '@wangge/core';
 * normalizeMobile('+86 138 0013 8000'); // '13800138000'
 * normalizeMobile('12345678901'); // undefined
 * ```
 */
export function normalizeMobile(value: string): string | undefined {
  if (MOBILE.test(value)) return value; // already canonical: the common case when re-reading
  const digits = stripCountryCode(value.replace(SEPARATORS, ''));
  return digits !== undefined && MOBILE.test(digits) ? digits : undefined;
}

/**
 * Reads a mainland China landline number with its area code (`0351-4045678`, `(010) 8888 6666`,
 * `+86 351 4045678`) and returns the canonical `area-local` form, or `undefined` when it is not
 * one.
 *
 * @example
 * ```ts
 * import { normalizeLandline } from '@wangge/core';
 * normalizeLandline('0351 404 5678'); // '0351-4045678'
 * normalizeLandline('1234567'); // undefined (no area code)
 * ```
 */
export function normalizeLandline(value: string): string | undefined {
  let digits = stripCountryCode(value.replace(SEPARATORS, ''));
  if (digits === undefined) return undefined;
  // In international form the area code loses its leading 0 (+86 351 …).
  if (digits.length !== value.replace(SEPARATORS, '').length && !digits.startsWith('0')) {
    digits = `0${digits}`;
  }
  const match = LANDLINE.exec(digits);
  return match ? `${match[1]}-${match[2]}` : undefined;
}

/**
 * Which kind of phone number a canonical number is.
 *
 * @example
 * ```ts
 * import type { PhoneKind } from '@wangge/core';
 * const kind: PhoneKind = 'mobile';
 * ```
 */
export type PhoneKind = 'mobile' | 'landline';

/**
 * Tells whether a value is a mainland mobile or landline number, or neither (`undefined`).
 *
 * @example
 * ```ts
 * import { phoneKind } from '@wangge/core';
 * phoneKind('13800138000'); // 'mobile'
 * phoneKind('0351-4045678'); // 'landline'
 * phoneKind('12345'); // undefined
 * ```
 */
export function phoneKind(value: string): PhoneKind | undefined {
  if (normalizeMobile(value) !== undefined) return 'mobile';
  if (normalizeLandline(value) !== undefined) return 'landline';
  return undefined;
}

/**
 * Normalises a mobile or landline number: the mobile form wins when both would match.
 *
 * @example
 * ```ts
 * import { normalizePhone } from '@wangge/core';
 * normalizePhone('0351 4045678'); // '0351-4045678'
 * ```
 */
export function normalizePhone(value: string): string | undefined {
  return normalizeMobile(value) ?? normalizeLandline(value);
}

/**
 * The RFC 3966 `tel:` URI of a mainland number in global form, for links that dial it on
 * any phone: `tel:+86-138-0013-8000`, `tel:+86-351-4045678`. `undefined` for anything that is
 * not a mainland mobile or landline number.
 *
 * @example
 * ```ts
 * import { telUri } from '@wangge/core';
 * telUri('138 0013 8000'); // 'tel:+86-138-0013-8000'
 * telUri('0351-4045678'); // 'tel:+86-351-4045678'
 * ```
 */
export function telUri(value: string): string | undefined {
  const mobile = normalizeMobile(value);
  if (mobile !== undefined) {
    return `tel:+86-${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`;
  }
  const landline = normalizeLandline(value);
  if (landline !== undefined) return `tel:+86-${landline.slice(1)}`;
  return undefined;
}
