import * as z from 'zod/mini';

/**
 * Free text written by staff on a case: a reason, a resolution, a complaint. 1–2,000
 * characters, trimmed. Staff should not copy residents' personal data into it.
 *
 * @example
 * ```ts
 * import { CaseNote } from '@wangge/core';
 * CaseNote.parse(' 已联系物业清理 '); // '已联系物业清理'
 * ```
 */
export const CaseNote = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)))();
/** A note on a case. */
export type CaseNote = z.output<typeof CaseNote>;
