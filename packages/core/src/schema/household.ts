import * as z from 'zod/mini';
import { Id } from './id.js';

/**
 * A household (户) living in a micro-grid. The address is personal data (see `PERSONAL_DATA`).
 *
 * @example
 * ```ts
 * import { Household } from '@wangge/core';
 * Household.parse({ id: 'h-1', microGridId: 'm-1', address: '双塔西街 12 号 3 单元 502' });
 * ```
 */
export const Household = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    microGridId: Id,
    address: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  }))();
/** A household. */
export type Household = z.output<typeof Household>;
