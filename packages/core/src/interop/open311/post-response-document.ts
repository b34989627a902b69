import type { ValidationIssue } from '../../errors/validation-error.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { readDocument, type DocumentLayout } from './document-read.js';
import { writeList } from './document-write.js';
import { compact, FieldReader } from './field-reader.js';
import type { Open311Format } from './open311-format.js';
import { open311Failure } from './open311-issue.js';
import type { Open311PostResponse } from './open311-post-response.js';

const LAYOUT: DocumentLayout = {
  root: 'service_requests',
  list: { item: 'request', record: {} },
};

/**
 * Reads what an Open311 server answered to a POST service request (or to `GET /tokens/{token}`)
 * without throwing: for each request, its `service_request_id` or `token`, `service_notice` and
 * `account_id` (absent when empty or `null`).
 *
 * @example
 * ```ts
 * import { readOpen311PostResponse } from '@wangge/core';
 * const result = readOpen311PostResponse('[{"service_request_id":293944,"account_id":null}]', 'json');
 * if (result.success) result.data[0]?.service_request_id; // '293944'
 * ```
 */
export function readOpen311PostResponse(
  text: string,
  format: Open311Format,
): ParseResult<readonly Open311PostResponse[]> {
  const read = readDocument(text, format, LAYOUT);
  if (!read.ok) return open311Failure('Open311PostResponse', read.issues);
  const issues: ValidationIssue[] = [];
  const responses = (read.value as readonly unknown[]).map((item, index) => {
    const reader = new FieldReader(item, [index], issues);
    return compact({
      service_request_id: reader.text('service_request_id'),
      token: reader.text('token'),
      service_notice: reader.text('service_notice'),
      account_id: reader.text('account_id'),
    });
  });
  if (issues.length > 0) return open311Failure('Open311PostResponse', issues);
  return { success: true, data: deepFreeze(responses) };
}

/**
 * Writes the answer to an Open311 POST service request exactly as the spec defines it: XML
 * `<service_requests><request>` (`service_request_id` or `token`, `service_notice`,
 * `account_id`) with the declaration, or the JSON array.
 *
 * @example
 * ```ts
 * import { writeOpen311PostResponse } from '@wangge/core';
 * const json = writeOpen311PostResponse([{ service_request_id: 'c-17' }], 'json');
 * JSON.parse(json)[0].service_request_id; // 'c-17'
 * ```
 */
export function writeOpen311PostResponse(
  responses: readonly Open311PostResponse[],
  format: Open311Format,
): string {
  return writeList(
    format,
    'service_requests',
    'request',
    responses.map((response) => [
      ['service_request_id', response.service_request_id],
      ['token', response.token],
      ['service_notice', response.service_notice],
      ['account_id', response.account_id],
    ]),
  );
}
