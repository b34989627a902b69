import * as z from 'zod/mini';

/**
 * How urgent a case is: `normal`, `urgent`, or `alarm` for a case started by a one-click alarm
 * (一键报警) at the command centre.
 *
 * @example
 * ```ts
 * import { CasePriority } from '@wangge/core';
 * CasePriority.parse('urgent');
 * ```
 */
export const CasePriority = /* @__PURE__ */ (() => z.enum(['normal', 'urgent', 'alarm']))();
/** `normal`, `urgent` or `alarm`. */
export type CasePriority = z.output<typeof CasePriority>;
