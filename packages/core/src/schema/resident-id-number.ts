import * as z from 'zod/mini';
import { isResidentIdNumber } from '../format/resident-id-number.js';

/**
 * A resident identity card number (居民身份证号码), sensitive personal information
 * (敏感个人信息). A lower-case `x` is read as `X`.
 *
 * @example
 * ```ts
 * import { ResidentIdNumber } from '@wangge/core';
 * ResidentIdNumber.parse('11010519491231002x'); // '11010519491231002X'
 * ```
 */
export const ResidentIdNumber = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.trim(),
      z.toUpperCase(),
      z.refine(isResidentIdNumber, { params: { wangge: 'invalid_id_number' } }),
    ))();
/** An 18-character resident identity card number. */
export type ResidentIdNumber = z.output<typeof ResidentIdNumber>;
