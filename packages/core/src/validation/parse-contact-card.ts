import type { ContactCard } from '../schema/contact-card.js';
import { checkContactCard } from './check-contact-card.js';
import { readJson } from './parse-input.js';
import type { ParseResult } from './parse-result.js';

/**
 * Reads a contact card (连心卡) from untrusted data without throwing.
 *
 * @example
 * ```ts
 * import { parseContactCard } from '@wangge/core';
 * const result = parseContactCard({
 *   gridId: 'g-03',
 *   community: { name: '老军营社区', phone: '0351-4045678' },
 *   worker: { name: '李明', mobile: '12345' },
 * });
 * if (!result.success) result.error.issues[0]?.path; // ['worker', 'mobile']
 * ```
 */
export function parseContactCard(input: unknown): ParseResult<ContactCard> {
  return checkContactCard(input);
}

/**
 * Reads a contact card from JSON text (e.g. an element's `card` attribute) without throwing.
 *
 * @example
 * ```ts
 * import { parseContactCardJson } from '@wangge/core';
 * parseContactCardJson('{').success; // false: invalid_json
 * ```
 */
export function parseContactCardJson(text: string): ParseResult<ContactCard> {
  const json = readJson(text, 'ContactCard');
  return json.success ? checkContactCard(json.data) : json;
}
