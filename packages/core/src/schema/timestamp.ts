import * as z from 'zod/mini';

/**
 * An instant as ISO 8601 text with its UTC offset, e.g. `2026-11-26T09:30:00+08:00`. An offset is
 * required: a time without one means different instants in different places.
 *
 * @example
 * ```ts
 * import { Timestamp } from '@wangge/core';
 * Timestamp.parse('2026-11-26T09:30:00+08:00');
 * Timestamp.safeParse('2026-11-26 09:30').success; // false
 * ```
 */
export const Timestamp = /* @__PURE__ */ (() => z.iso.datetime({ offset: true }))();
/** An ISO 8601 instant with offset. */
export type Timestamp = z.output<typeof Timestamp>;
