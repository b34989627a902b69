import type { ValidationIssue } from '../../errors/validation-error.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { readDocument, type DocumentLayout } from './document-read.js';
import { writeList, type RecordFields } from './document-write.js';
import { compact, FieldReader } from './field-reader.js';
import type { Open311Format } from './open311-format.js';
import { open311Failure } from './open311-issue.js';
import { OPEN311_STATUSES, type Open311ServiceRequest } from './open311-service-request.js';

const LAYOUT: DocumentLayout = {
  root: 'service_requests',
  list: { item: 'request', record: {} },
};

/** Reads one request of a request list (its path is `[index]`). */
export function readRequestRecord(
  item: unknown,
  path: readonly PropertyKey[],
  issues: ValidationIssue[],
): Open311ServiceRequest | undefined {
  const reader = new FieldReader(item, path, issues);
  if (!reader.ok) return undefined;
  return compact({
    service_request_id: reader.text('service_request_id', true),
    status: reader.oneOf('status', OPEN311_STATUSES),
    status_notes: reader.text('status_notes'),
    service_name: reader.text('service_name'),
    service_code: reader.text('service_code', true),
    description: reader.text('description'),
    agency_responsible: reader.text('agency_responsible'),
    service_notice: reader.text('service_notice'),
    requested_datetime: reader.dateTime('requested_datetime'),
    updated_datetime: reader.dateTime('updated_datetime'),
    expected_datetime: reader.dateTime('expected_datetime'),
    address: reader.text('address'),
    address_id: reader.text('address_id'),
    zipcode: reader.text('zipcode'),
    lat: reader.coordinate('lat', 90),
    long: reader.coordinate('long', 180),
    media_url: reader.text('media_url'),
  }) as Open311ServiceRequest;
}

/**
 * Reads an Open311 service request list (`GET /requests.xml` or `.json`, also what
 * `GET /requests/{id}` answers), e.g. another city's, without throwing. XML and JSON give the
 * same requests: ids, codes and zip codes are texts (JSON `"address_id": 545483` is `'545483'`),
 * `lat` and `long` numbers in range, date-times ISO 8601 with their zone. Problems come back as
 * issues with their paths (`[1, 'status']`). Turn the requests into reports with
 * `importOpen311Request`.
 *
 * @example
 * ```ts
 * import { readOpen311ServiceRequests } from '@wangge/core';
 * const result = readOpen311ServiceRequests(
 *   '[{"service_request_id":638344,"status":"closed","service_code":"006","lat":37.76,"long":-122.46}]',
 *   'json',
 * );
 * if (result.success) result.data[0]?.service_request_id; // '638344'
 * ```
 */
export function readOpen311ServiceRequests(
  text: string,
  format: Open311Format,
): ParseResult<readonly Open311ServiceRequest[]> {
  const read = readDocument(text, format, LAYOUT);
  if (!read.ok) return open311Failure('Open311ServiceRequests', read.issues);
  const issues: ValidationIssue[] = [];
  const requests = (read.value as readonly unknown[]).map((item, index) =>
    readRequestRecord(item, [index], issues),
  );
  if (issues.length > 0) return open311Failure('Open311ServiceRequests', issues);
  return { success: true, data: deepFreeze(requests as Open311ServiceRequest[]) };
}

function requestFields(request: Open311ServiceRequest): RecordFields {
  return [
    ['service_request_id', request.service_request_id],
    ['status', request.status],
    ['status_notes', request.status_notes],
    ['service_name', request.service_name],
    ['service_code', request.service_code],
    ['description', request.description],
    ['agency_responsible', request.agency_responsible],
    ['service_notice', request.service_notice],
    ['requested_datetime', request.requested_datetime],
    ['updated_datetime', request.updated_datetime],
    ['expected_datetime', request.expected_datetime],
    ['address', request.address],
    ['address_id', request.address_id],
    ['zipcode', request.zipcode],
    ['lat', request.lat],
    ['long', request.long],
    ['media_url', request.media_url],
  ];
}

/**
 * Writes an Open311 service request list (`GET /requests`, `GET /requests/{id}`) exactly as the
 * spec defines it: XML `<service_requests><request>` with the declaration, or the JSON array;
 * fields in the spec's order, absent ones left out; text escaped, so that a description such as
 * `<img src=x onerror=alert(1)>` stays text.
 *
 * @example
 * ```ts
 * import { writeOpen311ServiceRequests } from '@wangge/core';
 * const xml = writeOpen311ServiceRequests(
 *   [{ service_request_id: 'c-1', status: 'open', service_code: 'ZZ-01', description: 'A & B' }],
 *   'xml',
 * );
 * xml.includes('<description>A &amp; B</description>'); // true
 * ```
 */
export function writeOpen311ServiceRequests(
  requests: readonly Open311ServiceRequest[],
  format: Open311Format,
): string {
  return writeList(format, 'service_requests', 'request', requests.map(requestFields));
}
