import { WanggeError } from '../errors/wangge-error.js';
import { MESSAGES } from '../i18n/messages.js';
import { normalizeLandline, normalizeMobile } from '../format/phone.js';

/**
 * Masks a phone number for display, following the common mainland convention
 * (手机号脱敏): a mobile keeps its first 3 and last 4 digits (`138****8000`); a landline keeps
 * its area code and the last 4 digits of the local number (`0351-***5678`).
 *
 * The input may be written as people write numbers (spaces, hyphens, `+86`). Anything that is
 * not a mainland mobile or landline number throws a {@link WanggeError} with code
 * `invalid_phone` rather than being shown unmasked or half-masked.
 *
 * @throws {@link WanggeError} `invalid_phone` when the value is not a phone number.
 *
 * @example
 * ```ts
 * import { maskPhone } from '@wangge/core';
 * maskPhone('13800138000'); // '138****8000'
 * maskPhone('0351 4045678'); // '0351-***5678'
 * ```
 */
export function maskPhone(value: string): string {
  const mobile = normalizeMobile(value);
  if (mobile !== undefined) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  const landline = normalizeLandline(value);
  if (landline !== undefined) {
    const [area = '', local = ''] = landline.split('-');
    return `${area}-${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
  }
  throw new WanggeError('invalid_phone', MESSAGES.invalid_phone.message);
}
