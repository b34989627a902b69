import * as z from 'zod/mini';

/**
 * A SHA-256 digest as 64 lowercase hexadecimal characters: the hash of a case event, chaining it
 * to the one before.
 *
 * @example
 * ```ts
 * import { EventHash, GENESIS_HASH } from '@wangge/core';
 * EventHash.parse(GENESIS_HASH);
 * ```
 */
export const EventHash = /* @__PURE__ */ (() => z.string().check(z.regex(/^[0-9a-f]{64}$/)))();
/** A SHA-256 digest in hex. */
export type EventHash = z.output<typeof EventHash>;

/**
 * The `prevHash` of the first event of every case: 64 zeros.
 *
 * @example
 * ```ts
 * import { GENESIS_HASH } from '@wangge/core';
 * GENESIS_HASH.length; // 64
 * ```
 */
export const GENESIS_HASH = '0'.repeat(64);
