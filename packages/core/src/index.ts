/**
 * `@wangge/core`: grid-based grassroots governance (网格化基层治理) as pure TypeScript.
 *
 * @packageDocumentation
 */

// i18n
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, resolveLocale } from './i18n/locale.js';
export type { Locale } from './i18n/locale.js';
export type { LocalizedText } from './i18n/localized-text.js';
export { MESSAGES } from './i18n/messages.js';
export type { MessageCode, MessageEntry } from './i18n/messages.js';

// errors
export { WanggeError } from './errors/wangge-error.js';
export { WanggeValidationError, formatPath } from './errors/validation-error.js';
export type { ValidationIssue } from './errors/validation-error.js';

// schema
export {
  LandlinePhone,
  MobilePhone,
  PhoneNumber,
  normalizeLandline,
  normalizeMobile,
  normalizePhone,
  phoneKind,
  telUri,
} from './schema/phone.js';
export type { PhoneKind } from './schema/phone.js';
export { PersonName } from './schema/person-name.js';
export { PhotoUrl } from './schema/photo-url.js';
export { ContactCard } from './schema/contact-card.js';
export type { ContactCardInput } from './schema/contact-card.js';

// validation
export { parseInput, parseJsonInput } from './validation/parse-input.js';
export type { ParseResult } from './validation/parse-result.js';
export { parseContactCard, parseContactCardJson } from './validation/parse-contact-card.js';

// privacy
export { maskPhone } from './privacy/mask-phone.js';
export { maskName } from './privacy/mask-name.js';
