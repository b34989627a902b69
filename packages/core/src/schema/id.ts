import * as z from 'zod/mini';

/**
 * The id of any record in a district bundle (a unit, a person, a household, a case): 1–64
 * characters of letters, digits and `_ . : -`, starting with a letter or digit. Ids are
 * references, never shown to residents; they carry no personal data.
 *
 * @example
 * ```ts
 * import { Id } from '@wangge/core';
 * Id.parse('140106-laojunying-03'); // '140106-laojunying-03'
 * Id.safeParse('has space').success; // false
 * ```
 */
export const Id = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/)))();
/** A record id. */
export type Id = z.output<typeof Id>;

/**
 * A catalogue code (a department's or a category's): 1–32 characters of letters, digits and
 * `_ . -`, e.g. `SB-03`.
 *
 * @example
 * ```ts
 * import { Code } from '@wangge/core';
 * Code.parse('SB-03'); // 'SB-03'
 * ```
 */
export const Code = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/)))();
/** A catalogue code. */
export type Code = z.output<typeof Code>;

/**
 * A display name of a unit, an organisation or a catalogue entry: 1–100 characters, trimmed.
 *
 * @example
 * ```ts
 * import { UnitName } from '@wangge/core';
 * UnitName.parse(' 老军营社区 '); // '老军营社区'
 * ```
 */
export const UnitName = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(100)))();
/** A display name. */
export type UnitName = z.output<typeof UnitName>;
