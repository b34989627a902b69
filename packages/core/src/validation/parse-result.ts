import type { WanggeValidationError } from '../errors/validation-error.js';

/**
 * The outcome of reading untrusted input, shaped like zod's `safeParse` result: either the
 * parsed `data`, or a {@link WanggeValidationError} listing every issue in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseContactCard, type ContactCard, type ParseResult } from '@wangge/core';
 * const result: ParseResult<ContactCard> = parseContactCard({ gridId: 'g-1' });
 * if (result.success) console.log(result.data.worker.name);
 * else console.log(result.error.issues.map((issue) => issue.code));
 * ```
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: WanggeValidationError };
