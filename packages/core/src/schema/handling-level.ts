import * as z from 'zod/mini';

/**
 * The four levels of handling (四级处置), from the bottom: grid first diagnosis (网格首诊),
 * community (村社坐诊), street or town (街镇接诊), district consultation (区级会诊).
 *
 * @example
 * ```ts
 * import { HANDLING_LEVELS } from '@wangge/core';
 * HANDLING_LEVELS.indexOf('street'); // 2
 * ```
 */
export const HANDLING_LEVELS = ['grid', 'community', 'street', 'district'] as const;

/**
 * One of the four handling levels (四级处置).
 *
 * @example
 * ```ts
 * import { HandlingLevel } from '@wangge/core';
 * HandlingLevel.parse('community');
 * ```
 */
export const HandlingLevel = /* @__PURE__ */ (() => z.enum(HANDLING_LEVELS))();
/** `grid`, `community`, `street` or `district`. */
export type HandlingLevel = z.output<typeof HandlingLevel>;
