import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/**
 * A digest of a command's content: the first 128 bits of SHA-256 over its canonical JSON
 * (RFC 8785), as 32 hex characters. Two commands have the same digest exactly when they say the
 * same thing, whatever the order of their keys.
 *
 * @example
 * ```ts
 * import { digestCommand } from '@wangge/core';
 * digestCommand({ b: 1, a: 2 }) === digestCommand({ a: 2, b: 1 }); // true
 * ```
 */
export function digestCommand(command: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalize(command) ?? ''))).slice(0, 32);
}
