import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

interface NodeCrypto {
  createHash(algorithm: 'sha256'): {
    update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string };
  };
}

// Node.js (≥ 20.16) hands out its own crypto module synchronously, without an import that a
// browser bundle would trip on; its SHA-256 is about five times faster than the portable one.
// Both give the same digest of the same UTF-8 bytes (tested), so logs verify everywhere.
const native = /* @__PURE__ */ (() => {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  return host.process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
})();

/**
 * SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex characters: Node.js's native hash when
 * it is there, @noble/hashes everywhere else.
 *
 * @internal
 */
export function sha256Hex(text: string): string {
  return native
    ? native.createHash('sha256').update(text, 'utf8').digest('hex')
    : bytesToHex(sha256(utf8ToBytes(text)));
}

/** The portable SHA-256, for the test that compares it with the native one. @internal */
export function portableSha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
