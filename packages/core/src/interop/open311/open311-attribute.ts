import * as z from 'zod/mini';
import { BilingualName } from '../../schema/bilingual-name.js';
import { Open311Datatype } from './open311-service-definition.js';

/**
 * A text in Chinese and English for the Open311 configuration (a question, a description, a
 * notice): `zh` up to 2,000 characters, `en` up to 4,000.
 *
 * @example
 * ```ts
 * import { Open311BilingualText } from '@wangge/core';
 * Open311BilingualText.parse({ zh: '发生在几楼？', en: 'Which floor is it on?' });
 * ```
 */
export const Open311BilingualText = /* @__PURE__ */ (() =>
  z.strictObject({
    zh: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    en: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  }))();
/** A text in zh and en. */
export type Open311BilingualText = z.output<typeof Open311BilingualText>;

/**
 * One more question a category asks when it is reported through Open311 (an attribute of its
 * service definition), as a district writes it in its Open311 configuration: the catalogue
 * (事项目录) has no such concept, so the district gives them per category
 * (`services.<category code>.attributes`). Texts are bilingual; `GET /services/{code}` shows them
 * in the asked locale. `code` is what clients send (`attribute[FLOOR]=3`); `values` are the options
 * of a `singlevaluelist` or `multivaluelist` (and only of those). `variable: false` only informs
 * (nothing is asked); `required` answers must be given for a report to be accepted.
 *
 * @example
 * ```ts
 * import { Open311Attribute } from '@wangge/core';
 * Open311Attribute.parse({
 *   code: 'BLOCKED', datatype: 'singlevaluelist', required: true, order: 1,
 *   description: { zh: '通道是否完全堵死？', en: 'Is the passage fully blocked?' },
 *   values: [
 *     { key: 'full', name: { zh: '完全堵死', en: 'Fully blocked' } },
 *     { key: 'part', name: { zh: '部分堵塞', en: 'Partly blocked' } },
 *   ],
 * });
 * ```
 */
export const Open311Attribute = /* @__PURE__ */ (() =>
  z.strictObject({
    /** What clients send as `attribute[code]`: letters, digits and `_ . : -`, up to 64. */
    code: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/)),
    /** `false` when the attribute only informs the user (default `true`). */
    variable: z._default(z.boolean(), true),
    datatype: Open311Datatype,
    /** Whether a report must answer it (default `false`). */
    required: z._default(z.boolean(), false),
    /** The question, with instructions. */
    description: Open311BilingualText,
    /** Helps the user give the value (e.g. the format of a date). */
    datatypeDescription: z.optional(Open311BilingualText),
    /** Where it is shown: 1 first; unique within the category. */
    order: z.int().check(z.positive(), z.lte(10_000)),
    /** The options of a list: `key` is sent, `name` is shown. */
    values: z.optional(
      z.array(
        z.strictObject({
          key: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
          name: BilingualName,
        }),
      ),
    ),
  }))();
/** An attribute of a category for Open311. */
export type Open311Attribute = z.output<typeof Open311Attribute>;
/** An attribute as a district writes it (defaults may be left out). */
export type Open311AttributeInput = z.input<typeof Open311Attribute>;
