import type { Locale } from './locale.js';

/**
 * A text in every supported language, e.g. an error message or a rule explanation.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@wangge/core';
 * const title: LocalizedText = { 'zh-CN': '连心卡', en: 'Contact card' };
 * ```
 */
export type LocalizedText = Readonly<Record<Locale, string>>;
