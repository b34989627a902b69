import * as z from 'zod/mini';
import { isPhotoUrl } from '../../format/photo-url.js';
import { Code } from '../../schema/id.js';
import { Open311Attribute, Open311BilingualText } from './open311-attribute.js';
import { Open311Keyword, Open311ServiceType } from './open311-service.js';

/**
 * A service code a district gives a category: letters, digits and `_ . : -`, up to 64, starting
 * with a letter or digit (it appears in URLs: `/services/{service_code}.xml`).
 *
 * @example
 * ```ts
 * import { Open311ServiceCode } from '@wangge/core';
 * Open311ServiceCode.parse('4f389210e75084437f0001ca');
 * ```
 */
export const Open311ServiceCode = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/)))();
/** A service code. */
export type Open311ServiceCode = z.output<typeof Open311ServiceCode>;

/**
 * What the Open311 configuration says about one category: its Open311 `type`, a description,
 * keywords per language, the `service_notice` of its requests, and its attributes.
 *
 * @example
 * ```ts
 * import { Open311ServiceConfig } from '@wangge/core';
 * Open311ServiceConfig.parse({
 *   keywords: { zh: ['消防', '楼道'], en: ['fire escape'] },
 *   serviceNotice: { zh: '社区将在 4 小时内处理', en: 'The community acts within 4 hours' },
 * });
 * ```
 */
export const Open311ServiceConfig = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.optional(Open311ServiceType),
    description: z.optional(Open311BilingualText),
    keywords: z.optional(
      z.strictObject({
        zh: z.optional(z.array(Open311Keyword)),
        en: z.optional(z.array(Open311Keyword)),
      }),
    ),
    /** What will be done about a request (its `service_notice`). */
    serviceNotice: z.optional(Open311BilingualText),
    attributes: z._default(z.array(Open311Attribute), () => []),
  }))();
/** The Open311 configuration of one category. */
export type Open311ServiceConfig = z.output<typeof Open311ServiceConfig>;

/**
 * A district's Open311 GeoReport v2 configuration (JSON, beside its bundle), all of it optional:
 *
 * - `serviceCodes`: the service code of a category, by category code, where it is not the
 *   category code itself (the mapping must stay reversible: one category per service code);
 * - `services`: per category code, its type, description, keywords, service notice and
 *   attributes (`Open311Attribute`);
 * - `type`: the Open311 type of every other service (default `realtime`: the case id is
 *   returned at once);
 * - `utcOffset`: the district's offset, used for every date-time written (default `+08:00`);
 * - `mediaBaseUrl`: where site-relative photo paths (`/photos/1.jpg`) are served, so that
 *   `media_url` is absolute.
 *
 * Read it with `compileOpen311Config`, which also checks it against the district.
 *
 * @example
 * ```ts
 * import { Open311Config } from '@wangge/core';
 * Open311Config.parse({ serviceCodes: { 'CG-01': '001' }, mediaBaseUrl: 'https://wg.example.cn' });
 * ```
 */
export const Open311Config = /* @__PURE__ */ (() =>
  z.strictObject({
    serviceCodes: z._default(z.record(Code, Open311ServiceCode), () => ({})),
    services: z._default(z.record(Code, Open311ServiceConfig), () => ({})),
    type: z._default(Open311ServiceType, 'realtime'),
    utcOffset: z._default(z.string().check(z.regex(/^[+-](?:0\d|1[0-4]):[0-5]\d$/)), '+08:00'),
    mediaBaseUrl: z.optional(
      z.string().check(z.refine((url) => /^https?:\/\//i.test(url) && isPhotoUrl(url))),
    ),
  }))();
/** A district's Open311 configuration, defaults applied. */
export type Open311Config = z.output<typeof Open311Config>;
/** An Open311 configuration as a district writes it. */
export type Open311ConfigInput = z.input<typeof Open311Config>;
