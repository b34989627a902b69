import * as z from 'zod/mini';
import { Open311Text } from './open311-text.js';

/**
 * One error of an Open311 error response (`<errors><error>`): a `code` (usually the HTTP status,
 * `400`, `403`, `404`) and a `description` meant for the user.
 *
 * @example
 * ```ts
 * import { Open311Error } from '@wangge/core';
 * Open311Error.parse({ code: '404', description: 'Unknown service code' });
 * ```
 */
export const Open311Error = /* @__PURE__ */ (() =>
  z.strictObject({ code: Open311Text, description: Open311Text }))();
/** An Open311 error. */
export type Open311Error = z.output<typeof Open311Error>;
