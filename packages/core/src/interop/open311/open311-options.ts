import type { Locale } from '../../i18n/locale.js';

/**
 * The language Open311 documents are written in: the district's names are bilingual, a document
 * has one language. `zh-CN` (the default) or `en`.
 *
 * @example
 * ```ts
 * import type { Open311Options } from '@wangge/core';
 * const options: Open311Options = { locale: 'en' };
 * ```
 */
export interface Open311Options {
  /** `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
}

/** The key of a bilingual name (`{ zh, en }`) for a locale. */
export function nameKey(locale: Locale | undefined): 'zh' | 'en' {
  return locale === 'en' ? 'en' : 'zh';
}
