import * as z from 'zod/mini';
import { Open311Text } from './open311-text.js';

/**
 * The arguments of an Open311 POST service request (`POST /requests`, a
 * `application/x-www-form-urlencoded` form) as `readOpen311PostForm` reads them: the service,
 * the location (`lat` and `long` in WGS-84, or an address), the reporter's contact, the
 * description, a media URL, and the answers to the service's attributes (`attribute[code]=value`,
 * several values for a multi-value list) as lists by code. `lat` and `long` are numbers in range.
 *
 * @example
 * ```ts
 * import { Open311PostRequest } from '@wangge/core';
 * Open311PostRequest.parse({
 *   service_code: 'ZZ-01', lat: 37.8618, long: 112.5636, description: '楼道堆放杂物',
 *   attribute: { FLOOR: ['3'] },
 * });
 * ```
 */
export const Open311PostRequest = /* @__PURE__ */ (() =>
  z.strictObject({
    service_code: Open311Text,
    lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
    long: z.optional(z.number().check(z.gte(-180), z.lte(180))),
    address_string: z.optional(Open311Text),
    address_id: z.optional(Open311Text),
    email: z.optional(Open311Text),
    device_id: z.optional(Open311Text),
    account_id: z.optional(Open311Text),
    first_name: z.optional(Open311Text),
    last_name: z.optional(Open311Text),
    phone: z.optional(Open311Text),
    description: z.optional(Open311Text),
    media_url: z.optional(Open311Text),
    attribute: z.record(z.string(), z.array(Open311Text)),
  }))();
/** The arguments of an Open311 POST service request. */
export type Open311PostRequest = z.output<typeof Open311PostRequest>;
