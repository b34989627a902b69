import * as z from 'zod/mini';
import { isPersonName } from '../format/person-name.js';

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
export const PersonName = /* @__PURE__ */ (() =>
  z
    .string()
    .check(z.trim(), z.refine(isPersonName, { params: { wangge: 'invalid_person_name' } })))();
/** A trimmed display name, e.g. `李明`. */
export type PersonName = z.output<typeof PersonName>;
