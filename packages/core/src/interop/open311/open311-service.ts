import * as z from 'zod/mini';
import { Open311Text } from './open311-text.js';

/**
 * How a server answers a POST service request of a service (Open311 `type`): `realtime` (the
 * `service_request_id` at once), `batch` (a `token` to trade for the id later) or `blackbox` (no
 * id at all).
 *
 * @example
 * ```ts
 * import { OPEN311_SERVICE_TYPES } from '@wangge/core';
 * OPEN311_SERVICE_TYPES; // ['realtime', 'batch', 'blackbox']
 * ```
 */
export const OPEN311_SERVICE_TYPES = ['realtime', 'batch', 'blackbox'] as const;

/**
 * An Open311 service type: `realtime`, `batch` or `blackbox`.
 *
 * @example
 * ```ts
 * import { Open311ServiceType } from '@wangge/core';
 * Open311ServiceType.parse('realtime');
 * ```
 */
export const Open311ServiceType = /* @__PURE__ */ (() => z.enum(OPEN311_SERVICE_TYPES))();
/** `realtime`, `batch` or `blackbox`. */
export type Open311ServiceType = z.output<typeof Open311ServiceType>;

/**
 * One keyword of a service: trimmed, not empty, without a comma (Open311 writes the keywords of a
 * service as one comma-separated text).
 *
 * @example
 * ```ts
 * import { Open311Keyword } from '@wangge/core';
 * Open311Keyword.parse('楼道');
 * Open311Keyword.safeParse('a, b').success; // false
 * ```
 */
export const Open311Keyword = /* @__PURE__ */ (() =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.refine((text) => !text.includes(',')),
  ))();
/** A keyword of a service. */
export type Open311Keyword = z.output<typeof Open311Keyword>;

/**
 * A service of an Open311 GeoReport v2 service list (`GET /services`, `<services><service>`): a
 * type of problem that can be reported, with its code. In wangge a service is a category of the
 * district's catalogue (事项目录). `keywords` is the spec's comma-separated text as a list; the
 * other fields are named and typed as in the spec.
 *
 * @example
 * ```ts
 * import { Open311Service } from '@wangge/core';
 * Open311Service.parse({
 *   service_code: 'ZZ-01', service_name: '邻里纠纷调解', metadata: false, type: 'realtime',
 *   keywords: ['纠纷', '调解'], group: '矛盾纠纷',
 * });
 * ```
 */
export const Open311Service = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The unique identifier of the service. */
    service_code: Open311Text,
    /** Its human-readable name. */
    service_name: Open311Text,
    /** A brief description of the service. */
    description: z.optional(Open311Text),
    /** Whether it has attributes: then clients get its service definition first. */
    metadata: z.boolean(),
    type: Open311ServiceType,
    /** Synonyms to help users find it (written `a, b, c`). */
    keywords: z.optional(z.array(Open311Keyword)),
    /** The group it belongs to, e.g. `sanitation`. */
    group: z.optional(Open311Text),
  }))();
/** An Open311 service. */
export type Open311Service = z.output<typeof Open311Service>;
