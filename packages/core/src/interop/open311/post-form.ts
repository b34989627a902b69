import type { ValidationIssue } from '../../errors/validation-error.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { isObject } from './document-read.js';
import { compact, FieldReader, textOf } from './field-reader.js';
import { open311Failure, open311Issue } from './open311-issue.js';
import type { Open311PostRequest } from './open311-post-request.js';

const SUBJECT = 'Open311PostRequest';

/** `attribute[code]` and `attribute[code][]` (several values of a multi-value list). */
const ATTRIBUTE_KEY = /^attribute\[([^\]]*)\](?:\[\])?$/;

const TEXT_FIELDS = [
  'address_string',
  'address_id',
  'email',
  'device_id',
  'account_id',
  'first_name',
  'last_name',
  'phone',
  'description',
  'media_url',
] as const;

type Values = Map<string, string[]>;

function add(values: Values, key: string, value: string): void {
  const list = values.get(key);
  if (list) list.push(value);
  else values.set(key, [value]);
}

/** The fields of an `application/x-www-form-urlencoded` body, or `undefined` if undecodable. */
function fromUrlEncoded(body: string): Values | undefined {
  const values: Values = new Map();
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    try {
      const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
      add(values, decode(rawKey), decode(rawValue));
    } catch {
      return undefined;
    }
  }
  return values;
}

/** The values of a field given as an object (a server's parsed form or JSON body). */
function valuesOf(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  const texts: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') texts.push(item);
    else if (typeof item === 'number' && Number.isFinite(item)) texts.push(String(item));
    else if (item !== undefined && item !== null) return undefined;
  }
  return texts;
}

/** The fields of an already parsed body; `attribute` may be nested (`{ attribute: { CODE: … } }`). */
function fromObject(body: Readonly<Record<string, unknown>>, issues: ValidationIssue[]): Values {
  const values: Values = new Map();
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attribute' && isObject(value)) {
      for (const [code, answer] of Object.entries(value)) {
        const texts = valuesOf(answer);
        if (texts === undefined)
          issues.push(open311Issue('open311_invalid_form', ['attribute', code]));
        else for (const text of texts) add(values, `attribute[${code}]`, text);
      }
      continue;
    }
    const texts = valuesOf(value);
    if (texts === undefined) issues.push(open311Issue('open311_invalid_form', [key]));
    else for (const text of texts) add(values, key, text);
  }
  return values;
}

/**
 * Reads the arguments of an Open311 POST service request without throwing: the raw
 * `application/x-www-form-urlencoded` body as sent, or the object a web framework parsed it
 * into (`{ service_code: '001', 'attribute[WHISPAWN]': '123456' }`, with `attribute` possibly
 * nested). `lat` and `long` must be numbers in range (`open311_invalid_coordinate`,
 * `open311_coordinate_out_of_range`), `service_code` is required, each field is given once;
 * `attribute[code]` may repeat for a multi-value list. Empty values are absent; unknown fields
 * (`api_key`, `jurisdiction_id`) are ignored. Whether the request can become a report (a known
 * service, a location in a grid, its attributes) is `importOpen311Post`'s to say.
 *
 * @example
 * ```ts
 * import { readOpen311PostForm } from '@wangge/core';
 * const result = readOpen311PostForm(
 *   'service_code=001&lat=37.76524078&long=-122.4212043&attribute[WHISPAWN]=123456',
 * );
 * if (result.success) result.data.attribute.WHISPAWN; // ['123456']
 * ```
 */
export function readOpen311PostForm(
  body: string | Readonly<Record<string, unknown>>,
): ParseResult<Open311PostRequest> {
  const issues: ValidationIssue[] = [];
  const values = typeof body === 'string' ? fromUrlEncoded(body) : fromObject(body, issues);
  if (values === undefined)
    return open311Failure(SUBJECT, [open311Issue('open311_invalid_form', [])]);
  const attribute: Record<string, string[]> = {};
  const single = new Map<string, string>();
  for (const [key, list] of values) {
    const match = ATTRIBUTE_KEY.exec(key);
    if (match) {
      const code = match[1] ?? '';
      const texts = list.map((value) => textOf(value)).filter((text) => typeof text === 'string');
      if (texts.length === 0) continue;
      // Defined, not assigned: a code such as `__proto__` must stay a plain key.
      Object.defineProperty(attribute, code, {
        value: [...(Object.hasOwn(attribute, code) ? (attribute[code] ?? []) : []), ...texts],
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    if (list.length > 1) issues.push(open311Issue('open311_invalid_field', [key]));
    else single.set(key, list[0] ?? '');
  }
  const reader = new FieldReader(Object.fromEntries(single), [], issues);
  const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, reader.text(field)]));
  const request = compact({
    service_code: reader.text('service_code', true),
    lat: reader.coordinate('lat', 90),
    long: reader.coordinate('long', 180),
    ...texts,
    attribute,
  }) as Open311PostRequest;
  if (issues.length > 0) return open311Failure(SUBJECT, issues);
  return { success: true, data: deepFreeze(request) };
}
