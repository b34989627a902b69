import type { ValidationIssue } from '../../errors/validation-error.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { readDocument, type DocumentLayout } from './document-read.js';
import { writeList } from './document-write.js';
import { FieldReader } from './field-reader.js';
import type { Open311Error } from './open311-error.js';
import type { Open311Format } from './open311-format.js';
import { open311Failure } from './open311-issue.js';

const LAYOUT: DocumentLayout = { root: 'errors', list: { item: 'error', record: {} } };

/** A code of digits that JSON writes as a number, as the spec's examples do (`"code":403`). */
const NUMERIC_CODE = /^(?:0|[1-9]\d{0,14})$/;

/**
 * Reads an Open311 error response (`<errors><error>`, or the JSON array) without throwing: each
 * error's `code` (as text: JSON `403` is `'403'`) and `description`.
 *
 * @example
 * ```ts
 * import { readOpen311Errors } from '@wangge/core';
 * const result = readOpen311Errors('[{"code":403,"description":"Invalid api_key"}]', 'json');
 * if (result.success) result.data[0]?.code; // '403'
 * ```
 */
export function readOpen311Errors(
  text: string,
  format: Open311Format,
): ParseResult<readonly Open311Error[]> {
  const read = readDocument(text, format, LAYOUT);
  if (!read.ok) return open311Failure('Open311Errors', read.issues);
  const issues: ValidationIssue[] = [];
  const errors = (read.value as readonly unknown[]).map((item, index) => {
    const reader = new FieldReader(item, [index], issues);
    return {
      code: reader.text('code', true) ?? '',
      description: reader.text('description', true) ?? '',
    };
  });
  if (issues.length > 0) return open311Failure('Open311Errors', issues);
  return { success: true, data: deepFreeze(errors) };
}

/**
 * Writes an Open311 error response exactly as the spec defines it: XML `<errors><error>` with
 * `<code>` and `<description>` and the declaration, or the JSON array, where a code of digits is a
 * number (`"code": 404`). Send it with the HTTP status of the first error (400, 403 or 404); see
 * `open311Errors` to make the errors of a failed import.
 *
 * @example
 * ```ts
 * import { writeOpen311Errors } from '@wangge/core';
 * const xml = writeOpen311Errors([{ code: '404', description: 'Unknown service_code' }], 'xml');
 * xml.includes('<code>404</code>'); // true
 * ```
 */
export function writeOpen311Errors(errors: readonly Open311Error[], format: Open311Format): string {
  return writeList(
    format,
    'errors',
    'error',
    errors.map((error) => [
      ['code', NUMERIC_CODE.test(error.code) ? Number(error.code) : error.code],
      ['description', error.description],
    ]),
  );
}
