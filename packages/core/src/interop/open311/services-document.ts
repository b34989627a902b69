import type { ValidationIssue } from '../../errors/validation-error.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { readDocument, type DocumentLayout } from './document-read.js';
import { writeList, type RecordFields } from './document-write.js';
import { compact, FieldReader } from './field-reader.js';
import type { Open311Format } from './open311-format.js';
import { open311Failure } from './open311-issue.js';
import { OPEN311_SERVICE_TYPES, type Open311Service } from './open311-service.js';

const LAYOUT: DocumentLayout = { root: 'services', list: { item: 'service', record: {} } };

/**
 * Reads an Open311 service list (`GET /services.xml` or `.json`) from another system, or the
 * spec's own example, without throwing. XML and JSON give the same services; absent fields (an
 * empty element, `null`) are left out; `keywords` becomes a list; a malformed document, a wrong
 * root, a missing `service_code`, `service_name`, `metadata` or `type`, or a value of the wrong
 * type comes back as issues with their paths (`[2, 'metadata']`) in zh-CN and en.
 *
 * @example
 * ```ts
 * import { readOpen311Services } from '@wangge/core';
 * const result = readOpen311Services(
 *   '<services><service><service_code>001</service_code><service_name>Cans left out</service_name>' +
 *     '<metadata>false</metadata><type>realtime</type></service></services>',
 *   'xml',
 * );
 * if (result.success) result.data[0]?.service_code; // '001'
 * ```
 */
export function readOpen311Services(
  text: string,
  format: Open311Format,
): ParseResult<readonly Open311Service[]> {
  const read = readDocument(text, format, LAYOUT);
  if (!read.ok) return open311Failure('Open311Services', read.issues);
  const issues: ValidationIssue[] = [];
  const services = (read.value as readonly unknown[]).map((item, index) => {
    const reader = new FieldReader(item, [index], issues);
    if (!reader.ok) return undefined;
    return compact({
      service_code: reader.text('service_code', true),
      service_name: reader.text('service_name', true),
      description: reader.text('description'),
      metadata: reader.boolean('metadata'),
      type: reader.oneOf('type', OPEN311_SERVICE_TYPES),
      keywords: reader.commaList('keywords'),
      group: reader.text('group'),
    }) as Open311Service;
  });
  if (issues.length > 0) return open311Failure('Open311Services', issues);
  return { success: true, data: deepFreeze(services as Open311Service[]) };
}

/** The fields of a service in the spec's order. */
export function serviceFields(service: Open311Service): RecordFields {
  const keywords = service.keywords?.join(', ');
  return [
    ['service_code', service.service_code],
    ['service_name', service.service_name],
    ['description', service.description],
    ['metadata', service.metadata],
    ['type', service.type],
    ['keywords', keywords === '' ? undefined : keywords],
    ['group', service.group],
  ];
}

/**
 * Writes an Open311 service list (`GET /services`) exactly as the spec defines it: XML
 * `<services><service>` with the declaration `<?xml version="1.0" encoding="utf-8"?>`, or the
 * JSON array; fields in the spec's order, absent ones left out, `keywords` as `a, b, c`. Text is
 * escaped (`&` `<` `>` `"` `'`); characters XML cannot carry at all become U+FFFD.
 *
 * @example
 * ```ts
 * import { writeOpen311Services } from '@wangge/core';
 * const xml = writeOpen311Services(
 *   [{ service_code: 'ZZ-01', service_name: '邻里纠纷调解', metadata: false, type: 'realtime' }],
 *   'xml',
 * );
 * xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'); // true
 * ```
 */
export function writeOpen311Services(
  services: readonly Open311Service[],
  format: Open311Format,
): string {
  return writeList(format, 'services', 'service', services.map(serviceFields));
}
