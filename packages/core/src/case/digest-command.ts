import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256-hex.js';

/**
 * A digest of a command's content: the first 128 bits of SHA-256 over its canonical JSON
 * (RFC 8785), as 32 hex characters. Two commands have the same digest exactly when they say the
 * same thing, whatever the order of their keys.
 *
 * @throws {@link WanggeError} `invalid_json_value` for a value JSON cannot hold.
 *
 * @example
 * ```ts
 * import { digestCommand } from '@wangge/core';
 * digestCommand({ b: 1, a: 2 }) === digestCommand({ a: 2, b: 1 }); // true
 * ```
 */
export function digestCommand(command: unknown): string {
  return sha256Hex(canonicalJson(command)).slice(0, 32);
}
