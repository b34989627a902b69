import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import type { LocalizedText } from '../i18n/localized-text.js';

/**
 * The base class of every error wangge throws or returns. It carries a stable machine-readable
 * `code` and its message in every supported language; `message` is the English one, so that
 * logs and stack traces stay readable everywhere.
 *
 * @example
 * ```ts
 * import { maskPhone, WanggeError } from '@wangge/core';
 * try {
 *   maskPhone('not a phone');
 * } catch (error) {
 *   if (error instanceof WanggeError) console.log(error.code, error.messageIn('zh-CN'));
 * }
 * ```
 */
export class WanggeError extends Error {
  /** A stable identifier of what went wrong, e.g. `invalid_mobile`. */
  readonly code: string;
  /** The message in each supported language. */
  readonly messages: LocalizedText;

  constructor(code: string, messages: LocalizedText, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = 'WanggeError';
    this.code = code;
    this.messages = messages;
  }

  /** The message in the given language (zh-CN when none is given). */
  messageIn(locale: Locale = DEFAULT_LOCALE): string {
    return this.messages[locale];
  }
}
