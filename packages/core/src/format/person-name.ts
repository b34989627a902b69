// Control characters (C0, DEL, C1) and bidi overrides never belong in a name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Tells whether a trimmed value is a displayable person's name: 1–50 characters, no control or
 * bidi override characters.
 *
 * @example
 * ```ts
 * import { isPersonName } from '@wangge/core';
 * isPersonName('李明'); // true
 * isPersonName(''); // false
 * ```
 */
export function isPersonName(value: string): boolean {
  if (value.length === 0 || FORBIDDEN.test(value)) return false;
  // Code units never undercount code points, so the costly count is needed only past 50.
  return value.length <= 50 || Array.from(value).length <= 50;
}
