import type { ValidationIssue } from '../../errors/validation-error.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { readDocument, type DocumentLayout } from './document-read.js';
import { writeRecord, type RecordFields } from './document-write.js';
import { compact, FieldReader } from './field-reader.js';
import type { Open311Format } from './open311-format.js';
import { open311Failure } from './open311-issue.js';
import {
  OPEN311_DATATYPES,
  type Open311ServiceAttribute,
  type Open311ServiceDefinition,
} from './open311-service-definition.js';

const LAYOUT: DocumentLayout = {
  root: 'service_definition',
  record: {
    lists: {
      attributes: {
        item: 'attribute',
        record: { lists: { values: { item: 'value', record: {} } } },
      },
    },
  },
};

function readAttribute(
  item: unknown,
  path: readonly PropertyKey[],
  issues: ValidationIssue[],
): Open311ServiceAttribute | undefined {
  const reader = new FieldReader(item, path, issues);
  if (!reader.ok) return undefined;
  const values = reader.list('values').map((value, index) => {
    const entry = new FieldReader(value, [...path, 'values', index], issues);
    return { key: entry.text('key', true) ?? '', name: entry.text('name', true) ?? '' };
  });
  return compact({
    variable: reader.boolean('variable'),
    code: reader.text('code', true),
    datatype: reader.oneOf('datatype', OPEN311_DATATYPES),
    required: reader.boolean('required'),
    datatype_description: reader.text('datatype_description'),
    order: reader.order('order'),
    description: reader.text('description'),
    values: values.length > 0 ? values : undefined,
  }) as Open311ServiceAttribute;
}

/**
 * Reads an Open311 service definition (`GET /services/{service_code}.xml` or `.json`) without
 * throwing: its attributes with their datatypes, whether they are required, their order and the
 * options of lists. XML and JSON give the same definition (a JSON `"key": 123` is the text
 * `'123'`, as in the XML); problems come back as issues with their paths
 * (`['attributes', 0, 'datatype']`).
 *
 * @example
 * ```ts
 * import { readOpen311ServiceDefinition } from '@wangge/core';
 * const result = readOpen311ServiceDefinition('{"service_code":"DMV66","attributes":[]}', 'json');
 * if (result.success) result.data.attributes.length; // 0
 * ```
 */
export function readOpen311ServiceDefinition(
  text: string,
  format: Open311Format,
): ParseResult<Open311ServiceDefinition> {
  const read = readDocument(text, format, LAYOUT);
  if (!read.ok) return open311Failure('Open311ServiceDefinition', read.issues);
  const issues: ValidationIssue[] = [];
  const reader = new FieldReader(read.value, [], issues);
  const serviceCode = reader.text('service_code', true);
  const attributes = reader
    .list('attributes')
    .map((item, index) => readAttribute(item, ['attributes', index], issues));
  if (issues.length > 0 || serviceCode === undefined) {
    return open311Failure('Open311ServiceDefinition', issues);
  }
  return {
    success: true,
    data: deepFreeze({
      service_code: serviceCode,
      attributes: attributes as Open311ServiceAttribute[],
    }),
  };
}

function attributeFields(attribute: Open311ServiceAttribute): RecordFields {
  const values = attribute.values ?? [];
  return [
    ['variable', attribute.variable],
    ['code', attribute.code],
    ['datatype', attribute.datatype],
    ['required', attribute.required],
    ['datatype_description', attribute.datatype_description],
    ['order', attribute.order],
    ['description', attribute.description],
    [
      'values',
      values.length === 0
        ? undefined
        : {
            item: 'value',
            records: values.map((value): RecordFields => [
              ['key', value.key],
              ['name', value.name],
            ]),
          },
    ],
  ];
}

/**
 * Writes an Open311 service definition (`GET /services/{service_code}`) exactly as the spec
 * defines it: XML `<service_definition>` with `<attributes><attribute>…<values><value>` and the
 * declaration, or the JSON object; fields in the spec's order, absent ones left out.
 *
 * @example
 * ```ts
 * import { writeOpen311ServiceDefinition } from '@wangge/core';
 * const json = writeOpen311ServiceDefinition({ service_code: 'CG-01', attributes: [] }, 'json');
 * JSON.parse(json).service_code; // 'CG-01'
 * ```
 */
export function writeOpen311ServiceDefinition(
  definition: Open311ServiceDefinition,
  format: Open311Format,
): string {
  return writeRecord(format, 'service_definition', [
    ['service_code', definition.service_code],
    ['attributes', { item: 'attribute', records: definition.attributes.map(attributeFields) }],
  ]);
}
