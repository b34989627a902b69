import type { Open311Format } from './open311-format.js';
import { writeXml, type XmlNode } from './xml-write.js';

/** A field's value: text, a number, a boolean, absent, or a nested list of records. */
export type FieldValue = string | number | boolean | undefined | NestedList;

/** A nested list (`attributes` of `attribute`): in JSON an array, in XML a list element. */
export interface NestedList {
  readonly item: string;
  readonly records: readonly RecordFields[];
}

/** The fields of a record in the order the spec lists them. */
export type RecordFields = readonly (readonly [string, FieldValue])[];

function isNested(value: FieldValue): value is NestedList {
  return typeof value === 'object';
}

/** A number as text that reads back as the same number (JavaScript's shortest form). */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

function xmlNodes(fields: RecordFields): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    if (isNested(value)) {
      nodes.push({
        name,
        children: value.records.map((record) => ({ name: value.item, children: xmlNodes(record) })),
      });
    } else {
      const text = typeof value === 'number' ? numberText(value) : String(value);
      nodes.push({ name, text });
    }
  }
  return nodes;
}

function jsonObject(fields: RecordFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    out[name] = isNested(value) ? value.records.map(jsonObject) : value;
  }
  return out;
}

/**
 * Writes a list document: XML `<root><item>…</item></root>` with the declaration, or a JSON array
 * of objects. Absent fields are left out in both.
 */
export function writeList(
  format: Open311Format,
  root: string,
  item: string,
  records: readonly RecordFields[],
): string {
  if (format === 'json') return `${JSON.stringify(records.map(jsonObject), null, 2)}\n`;
  return writeXml({
    name: root,
    children: records.map((record) => ({ name: item, children: xmlNodes(record) })),
  });
}

/** Writes a one-record document: XML `<root>…</root>` with the declaration, or a JSON object. */
export function writeRecord(format: Open311Format, root: string, record: RecordFields): string {
  if (format === 'json') return `${JSON.stringify(jsonObject(record), null, 2)}\n`;
  return writeXml({ name: root, children: xmlNodes(record) });
}
