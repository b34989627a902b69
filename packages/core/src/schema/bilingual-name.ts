import * as z from 'zod/mini';

/**
 * A name in Chinese and English, for entries that users see in both languages (departments,
 * categories of the catalogue).
 *
 * @example
 * ```ts
 * import { BilingualName } from '@wangge/core';
 * BilingualName.parse({ zh: '社会保障', en: 'Social security' });
 * ```
 */
export const BilingualName = /* @__PURE__ */ (() =>
  z.strictObject({
    zh: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    en: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  }))();
/** A name in zh and en. */
export type BilingualName = z.output<typeof BilingualName>;
