/**
 * The languages wangge speaks. Chinese (Simplified, mainland) comes first: it is the default
 * everywhere; English is the second language.
 *
 * @example
 * ```ts
 * import { SUPPORTED_LOCALES } from '@wangge/core';
 * SUPPORTED_LOCALES; // ['zh-CN', 'en']
 * ```
 */
export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;

/**
 * A language wangge has messages for.
 *
 * @example
 * ```ts
 * import type { Locale } from '@wangge/core';
 * const lang: Locale = 'en';
 * ```
 */
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/**
 * The language used when nothing else is asked for: `zh-CN`.
 *
 * @example
 * ```ts
 * import { DEFAULT_LOCALE } from '@wangge/core';
 * DEFAULT_LOCALE; // 'zh-CN'
 * ```
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Maps any BCP 47 language tag to the closest supported {@link Locale}: every `zh*` tag
 * (`zh`, `zh-Hans`, `zh-CN`, `zh-TW`) becomes `zh-CN`, every `en*` tag becomes `en`, and
 * anything else (or nothing) falls back to {@link DEFAULT_LOCALE}.
 *
 * @example
 * ```ts
 * import { resolveLocale } from '@wangge/core';
 * resolveLocale('en-GB'); // 'en'
 * resolveLocale('zh-Hans-CN'); // 'zh-CN'
 * resolveLocale('fr'); // 'zh-CN'
 * ```
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  return DEFAULT_LOCALE;
}
