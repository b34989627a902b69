import { WanggeError } from '../errors/wangge-error.js';

const notJson = (what: string) =>
  new WanggeError('invalid_json_value', {
    'zh-CN': `规范 JSON 不能包含${what}。`,
    en: `Canonical JSON cannot hold ${what}.`,
  });

// Text that JSON.stringify writes as it is: no quote, backslash, control character or surrogate.
// eslint-disable-next-line no-control-regex
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

const string = (text: string): string => (PLAIN.test(text) ? `"${text}"` : JSON.stringify(text));

/**
 * The canonical JSON of a value (RFC 8785, the JSON Canonicalization Scheme): object keys
 * sorted by their UTF-16 code units, no whitespace, numbers and strings as ECMAScript's
 * `JSON.stringify` writes them, `undefined` members left out (and `null` in arrays). Two values
 * that are equal as JSON have the same canonical text, whatever the order of their keys: what
 * the event hashes are computed over.
 *
 * Written for case events (plain JSON data): about twice as fast as a general implementation on
 * them, and tested byte for byte against the `canonicalize` package on random JSON.
 *
 * @throws {@link WanggeError} `invalid_json_value` for a value that JSON cannot hold (a
 * non-finite number, a function, a symbol, a bigint).
 * @internal
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return string(value);
    case 'number':
      if (!Number.isFinite(value)) throw notJson('NaN or Infinity');
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (i > 0) out += ',';
          out += item === undefined ? 'null' : canonicalJson(item);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      let out = '{';
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (item === undefined) continue;
        if (out.length > 1) out += ',';
        out += `${string(key)}:${canonicalJson(item)}`;
      }
      return `${out}}`;
    }
    default:
      throw notJson(`a ${typeof value}`);
  }
}
