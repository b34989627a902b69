import * as z from 'zod/mini';
import { Open311Text } from './open311-text.js';

/**
 * What an Open311 server answers to a POST service request (`<service_requests><request>`),
 * and to `GET /tokens/{token}`: the new request's `service_request_id` (a `realtime` service),
 * or a `token` to trade for it later (`batch`), with what will be done (`service_notice`) and the
 * reporter's `account_id`.
 *
 * @example
 * ```ts
 * import { Open311PostResponse } from '@wangge/core';
 * Open311PostResponse.parse({ service_request_id: 'c-17', service_notice: '网格员将在 1 个工作日内处理' });
 * ```
 */
export const Open311PostResponse = /* @__PURE__ */ (() =>
  z.strictObject({
    service_request_id: z.optional(Open311Text),
    token: z.optional(Open311Text),
    service_notice: z.optional(Open311Text),
    account_id: z.optional(Open311Text),
  }))();
/** An answer to an Open311 POST service request. */
export type Open311PostResponse = z.output<typeof Open311PostResponse>;
