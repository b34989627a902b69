import * as z from 'zod/mini';
import { normalizeLandline, normalizeMobile, normalizePhone } from '../format/phone.js';

function phoneSchema(normalize: (value: string) => string | undefined, code: string) {
  return z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const canonical = normalize(value);
      if (canonical === undefined) {
        ctx.issues.push({ code: 'custom', input: value, message: code, params: { wangge: code } });
        return z.NEVER;
      }
      return canonical;
    }),
  );
}

/**
 * A mainland China mobile number (手机号码): `1[3-9]` followed by 9 digits. Spaces, hyphens and a
 * `+86` prefix are accepted on input; the parsed value is the canonical 11 digits.
 *
 * @example
 * ```ts
 * import { MobilePhone } from '@wangge/core';
 * MobilePhone.parse('138-0013-8000'); // '13800138000'
 * ```
 */
export const MobilePhone = /* @__PURE__ */ (() => phoneSchema(normalizeMobile, 'invalid_mobile'))();
/** A canonical mainland mobile number, e.g. `13800138000`. */
export type MobilePhone = z.output<typeof MobilePhone>;

/**
 * A mainland China landline number with its area code (固定电话, e.g. Taiyuan's `0351`). The
 * parsed value is canonical: `0351-4045678`.
 *
 * @example
 * ```ts
 * import { LandlinePhone } from '@wangge/core';
 * LandlinePhone.parse('0351 4045678'); // '0351-4045678'
 * ```
 */
export const LandlinePhone = /* @__PURE__ */ (() =>
  phoneSchema(normalizeLandline, 'invalid_landline'))();
/** A canonical landline number, e.g. `0351-4045678`. */
export type LandlinePhone = z.output<typeof LandlinePhone>;

/**
 * A mainland China mobile or landline number, in canonical form.
 *
 * @example
 * ```ts
 * import { PhoneNumber } from '@wangge/core';
 * PhoneNumber.parse('+86 351 4045678'); // '0351-4045678'
 * ```
 */
export const PhoneNumber = /* @__PURE__ */ (() => phoneSchema(normalizePhone, 'invalid_phone'))();
/** A canonical mobile or landline number. */
export type PhoneNumber = z.output<typeof PhoneNumber>;
