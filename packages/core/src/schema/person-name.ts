import * as z from 'zod/mini';

// Control characters (C0, DEL, C1) and bidi overrides never belong in a name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * A person's name as displayed (姓名): 1–50 characters after trimming, no control or bidi
 * override characters. Chinese and Latin names alike.
 *
 * @example
 * ```ts
 * import { PersonName } from '@wangge/core';
 * PersonName.parse('  李明 '); // '李明'
 * ```
 */
export const PersonName = z.string().check(
  z.trim(),
  z.refine(
    (value) => value.length >= 1 && Array.from(value).length <= 50 && !FORBIDDEN.test(value),
    { params: { wangge: 'invalid_person_name' } },
  ),
);
/** A trimmed display name, e.g. `李明`. */
export type PersonName = z.output<typeof PersonName>;
