import * as z from 'zod/mini';
import { Open311DateTime } from './open311-datetime.js';
import { Open311Text } from './open311-text.js';

/**
 * The status of an Open311 service request: `open` (reported, being handled) or `closed`
 * (resolved). In wangge a case is `closed` once archived (结案归档), rejected ones included.
 *
 * @example
 * ```ts
 * import { OPEN311_STATUSES } from '@wangge/core';
 * OPEN311_STATUSES; // ['open', 'closed']
 * ```
 */
export const OPEN311_STATUSES = ['open', 'closed'] as const;

/**
 * A service request of an Open311 GeoReport v2 request list (`GET /requests`,
 * `<service_requests><request>`), its fields named and typed as in the spec: in wangge, a case
 * (案件) as the public may see it, without its reporter. `lat` and `long` are WGS-84 degrees.
 *
 * @example
 * ```ts
 * import { Open311ServiceRequest } from '@wangge/core';
 * Open311ServiceRequest.parse({
 *   service_request_id: 'c-17', status: 'open', service_code: 'ZZ-01',
 *   requested_datetime: '2026-11-02T09:30:00+08:00', lat: 37.8618, long: 112.5636,
 * });
 * ```
 */
export const Open311ServiceRequest = /* @__PURE__ */ (() =>
  z.strictObject({
    service_request_id: Open311Text,
    status: z.enum(OPEN311_STATUSES),
    /** Why the status is what it is, or more about it. */
    status_notes: z.optional(Open311Text),
    service_name: z.optional(Open311Text),
    service_code: Open311Text,
    /** The reporter's description of the problem. */
    description: z.optional(Open311Text),
    /** Who handles it. */
    agency_responsible: z.optional(Open311Text),
    /** What will be done about it. */
    service_notice: z.optional(Open311Text),
    requested_datetime: z.optional(Open311DateTime),
    /** When it last changed; for a closed request, when it was closed. */
    updated_datetime: z.optional(Open311DateTime),
    /** When it should be done. */
    expected_datetime: z.optional(Open311DateTime),
    /** Where, from the most specific unit to the most general. */
    address: z.optional(Open311Text),
    address_id: z.optional(Open311Text),
    zipcode: z.optional(Open311Text),
    lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
    long: z.optional(z.number().check(z.gte(-180), z.lte(180))),
    media_url: z.optional(Open311Text),
  }))();
/** An Open311 service request. */
export type Open311ServiceRequest = z.output<typeof Open311ServiceRequest>;
