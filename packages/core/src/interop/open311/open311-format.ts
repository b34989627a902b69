/**
 * The two formats of Open311 GeoReport v2 documents: `xml` (required by the spec, `text/xml`)
 * and `json` (`application/json`, the spec's "Spark convention" mapping of the XML).
 *
 * @example
 * ```ts
 * import { OPEN311_FORMATS } from '@wangge/core';
 * OPEN311_FORMATS; // ['xml', 'json']
 * ```
 */
export const OPEN311_FORMATS = ['xml', 'json'] as const;

/**
 * `xml` or `json`: the format of an Open311 document, as in the `.xml` / `.json` suffix of the
 * endpoint's URLs (`/services.xml`, `/requests.json`).
 *
 * @example
 * ```ts
 * import type { Open311Format } from '@wangge/core';
 * const format: Open311Format = 'json';
 * ```
 */
export type Open311Format = (typeof OPEN311_FORMATS)[number];
