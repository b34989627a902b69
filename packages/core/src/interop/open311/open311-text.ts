import * as z from 'zod/mini';

/**
 * A text field of an Open311 document: trimmed, not empty (an empty element or `null` means the
 * field is absent).
 *
 * @example
 * ```ts
 * import { Open311Text } from '@wangge/core';
 * Open311Text.parse(' Duplicate request. '); // 'Duplicate request.'
 * ```
 */
export const Open311Text = /* @__PURE__ */ (() => z.string().check(z.trim(), z.minLength(1)))();
/** A non-empty Open311 text. */
export type Open311Text = z.output<typeof Open311Text>;
