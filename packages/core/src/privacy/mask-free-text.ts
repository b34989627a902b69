import { isPersonName } from '../format/person-name.js';
import { maskName } from './mask-name.js';

// Digits as people type them: ASCII or full-width (全角).
const D = '[0-9\uFF10-\uFF19]';
const SEP = '[\\s\\-\uFF0D]';
const X = '[Xx\uFF38\uFF58]';
// An 18-character identity number (居民身份证号码) grouped 6-8-4, or any run of 15 digits or more
// (identity numbers in one run, the 15 digits of first-generation cards, bank cards), with the
// check character `X` an identity number may end with.
const LONG_NUMBER = /* @__PURE__ */ (() =>
  new RegExp(
    `(?<!${D})(?:${D}{6}${SEP}${D}{8}${SEP}${D}{3}(?:${D}|${X})|${D}{15,}${X}?)(?!${D})`,
    'g',
  ))();
// A mainland mobile, 1[3-9] and nine digits: first in one run, wherever it stands (also inside a
// longer number, so that no run of 11 to 14 digits keeps one whole), then as people write them,
// a space or a hyphen between any digits (138 0013 8000, +86 138-0013-8000).
const MOBILE = /* @__PURE__ */ (() => new RegExp(`[1\uFF11][3-9\uFF13-\uFF19]${D}{9}`, 'g'))();
const WRITTEN_MOBILE = /* @__PURE__ */ (() =>
  new RegExp(`[1\uFF11]${SEP}?[3-9\uFF13-\uFF19](?:${SEP}?${D}){9}`, 'g'))();
const IS_DIGIT = /[0-9\uFF10-\uFF19Xx\uFF38\uFF58]/;

/** `text` with each of its digits turned into `*`, except the first and the last few. */
function starDigits(text: string, keepFirst: number, keepLast: number): string {
  let total = 0;
  for (const char of text) if (IS_DIGIT.test(char)) total++;
  let rank = 0;
  let out = '';
  for (const char of text) {
    if (IS_DIGIT.test(char)) {
      out += rank >= keepFirst && rank < total - keepLast ? '*' : char;
      rank++;
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Masks the personal data that people write into free text (a case's description, a note):
 * mainland mobile numbers as `maskPhone` does (`138****8000`, also when written
 * `+86 138-0013-8000`, in full-width digits, or run into other digits), resident identity numbers (18 characters, in one
 * run or grouped 6-8-4, and the 15 digits of first-generation cards) and any other run of 15
 * digits or more (a bank card) down to their first 3 and last 4 characters
 * (`140***********0027`), and every occurrence of the given names as `maskName` masks them
 * (`王秀英` → `王**`). What is around them is kept as it is.
 *
 * It finds what has the shape of such numbers, so it also masks a number that only looks like
 * one; it cannot find a name it is not given.
 *
 * @param text - the free text
 * @param names - names to mask wherever they occur (e.g. the reporter's); names that are not
 *   person names, and names of one character (which `maskName` keeps), are left alone
 *
 * @example
 * ```ts
 * import { maskFreeText } from '@wangge/core';
 * maskFreeText('王秀英反映：电话 138 0013 8000，身份证 140106193803050027', ['王秀英']);
 * // '王**反映：电话 138 **** 8000，身份证 140***********0027'
 * ```
 */
export function maskFreeText(text: string, names: readonly string[] = []): string {
  let out = text;
  for (const raw of names) {
    const name = raw.trim();
    if (!isPersonName(name)) continue;
    const masked = maskName(name);
    if (masked === name) continue;
    // A replacement can make a new occurrence out of its neighbours ("bbb*" → "bb**"); each
    // round turns at least one character into `*`, so the loop ends.
    while (out.includes(name)) out = out.replaceAll(name, () => masked);
  }
  out = out.replace(LONG_NUMBER, (id) => starDigits(id, 3, 4));
  out = out.replace(MOBILE, (mobile) => starDigits(mobile, 3, 4));
  return out.replace(WRITTEN_MOBILE, (mobile) => starDigits(mobile, 3, 4));
}
