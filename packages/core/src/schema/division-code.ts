import * as z from 'zod/mini';

/**
 * An administrative division code (行政区划代码) of GB/T 2260: six digits, province (2), city (2)
 * and county or district (2), e.g. `140106` for Yingze District, Taiyuan.
 *
 * @example
 * ```ts
 * import { DivisionCode } from '@wangge/core';
 * DivisionCode.parse('140106'); // '140106'
 * DivisionCode.safeParse('14010').success; // false
 * ```
 */
export const DivisionCode = /* @__PURE__ */ (() => z.string().check(z.regex(/^[1-9]\d{5}$/)))();
/** A six-digit GB/T 2260 division code. */
export type DivisionCode = z.output<typeof DivisionCode>;

/**
 * A 20-digit grid code in the style of CJ/T 349 (网格编码): the district's six-digit division
 * code followed by 14 digits for the street, community and grid. When a district declares its
 * division code, `loadDistrict` checks that every grid code starts with it.
 *
 * @example
 * ```ts
 * import { GridCode } from '@wangge/core';
 * GridCode.parse('14010600100200300001'); // '14010600100200300001'
 * ```
 */
export const GridCode = /* @__PURE__ */ (() => z.string().check(z.regex(/^[1-9]\d{19}$/)))();
/** A 20-digit grid code. */
export type GridCode = z.output<typeof GridCode>;
