import * as z from 'zod/mini';
import { Open311Text } from './open311-text.js';

/**
 * The datatypes of an Open311 attribute: `string` (one line), `number`, `datetime` (ISO 8601),
 * `text` (may have line breaks), `singlevaluelist` (one of the values) and `multivaluelist` (any
 * of them).
 *
 * @example
 * ```ts
 * import { OPEN311_DATATYPES } from '@wangge/core';
 * OPEN311_DATATYPES.includes('multivaluelist'); // true
 * ```
 */
export const OPEN311_DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;

/**
 * The datatype of an Open311 attribute.
 *
 * @example
 * ```ts
 * import { Open311Datatype } from '@wangge/core';
 * Open311Datatype.parse('singlevaluelist');
 * ```
 */
export const Open311Datatype = /* @__PURE__ */ (() => z.enum(OPEN311_DATATYPES))();
/** An Open311 attribute datatype. */
export type Open311Datatype = z.output<typeof Open311Datatype>;

/**
 * An attribute of an Open311 service definition (`<attributes><attribute>`): one more question
 * the reporter answers, as the spec names and types its fields. `values` are the options of a
 * list (`key` is what is sent, `name` what is shown).
 *
 * @example
 * ```ts
 * import { Open311ServiceAttribute } from '@wangge/core';
 * Open311ServiceAttribute.parse({
 *   variable: true, code: 'WHISHETN', datatype: 'singlevaluelist', required: true, order: 1,
 *   description: 'What is the ticket/tag/DL number?',
 *   values: [{ key: '123', name: 'Ford' }, { key: '124', name: 'Chrysler' }],
 * });
 * ```
 */
export const Open311ServiceAttribute = /* @__PURE__ */ (() =>
  z.strictObject({
    /** `true` when the user answers; `false` when it only informs (in `description`). */
    variable: z.boolean(),
    code: Open311Text,
    datatype: Open311Datatype,
    required: z.boolean(),
    /** Helps the user give the value. */
    datatype_description: z.optional(Open311Text),
    /** Where it is shown: 1 first. */
    order: z.int().check(z.positive()),
    /** The question, with instructions. */
    description: z.optional(Open311Text),
    values: z.optional(z.array(z.strictObject({ key: Open311Text, name: Open311Text }))),
  }))();
/** An attribute of an Open311 service definition. */
export type Open311ServiceAttribute = z.output<typeof Open311ServiceAttribute>;

/**
 * An Open311 service definition (`GET /services/{service_code}`, `<service_definition>`): the
 * attributes a service asks for beyond the standard fields.
 *
 * @example
 * ```ts
 * import { Open311ServiceDefinition } from '@wangge/core';
 * Open311ServiceDefinition.parse({ service_code: 'DMV66', attributes: [] });
 * ```
 */
export const Open311ServiceDefinition = /* @__PURE__ */ (() =>
  z.strictObject({
    service_code: Open311Text,
    attributes: z.array(Open311ServiceAttribute),
  }))();
/** An Open311 service definition. */
export type Open311ServiceDefinition = z.output<typeof Open311ServiceDefinition>;
