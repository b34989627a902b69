import type { ValidationIssue } from '../../errors/validation-error.js';
import { readJson } from '../../validation/parse-input.js';
import type { Open311Format } from './open311-format.js';
import { open311Issue } from './open311-issue.js';
import { readXml, type XmlElement } from './xml-read.js';

/** The elements of a record that are lists of records (`attributes` of `attribute`, …). */
export interface RecordLayout {
  readonly lists?: Readonly<Record<string, ListLayout>>;
}

/** A list element: its items are the child elements named `item`. */
export interface ListLayout {
  readonly item: string;
  readonly record: RecordLayout;
}

/**
 * The shape of an Open311 document: its XML root element, and whether it is a list (`services`
 * of `service`; JSON: an array) or one record (`service_definition`; JSON: an object).
 */
export type DocumentLayout =
  | { readonly root: string; readonly list: ListLayout }
  | { readonly root: string; readonly record: RecordLayout };

/** A document read into the JSON shape of the spec (the Spark convention), or its issue. */
export type DocumentReadResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Reads an Open311 document, XML or JSON, into the JSON shape the spec maps XML to: a list
 * element becomes an array (even of one item), a record an object, a text element its text.
 * Unknown elements are kept as they come and ignored by the readers, as the spec asks clients
 * not to rely on foreign elements. Never throws.
 */
export function readDocument(
  text: string,
  format: Open311Format,
  layout: DocumentLayout,
): DocumentReadResult {
  if (format === 'json') {
    const json = readJson(text, 'Open311');
    if (!json.success) return { ok: false, issues: json.error.issues };
    const wanted = 'list' in layout ? Array.isArray(json.data) : isObject(json.data);
    if (!wanted) return { ok: false, issues: [open311Issue('open311_unexpected_root', [])] };
    return { ok: true, value: json.data };
  }
  const xml = readXml(text);
  if (!xml.ok) return { ok: false, issues: [xml.issue] };
  if (xml.root.name !== layout.root) {
    return { ok: false, issues: [open311Issue('open311_unexpected_root', [])] };
  }
  const value =
    'list' in layout ? listValue(xml.root, layout.list) : recordValue(xml.root, layout.record);
  return { ok: true, value };
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listValue(element: XmlElement, layout: ListLayout): unknown[] {
  return element.children
    .filter((child) => child.name === layout.item)
    .map((child) => recordValue(child, layout.record));
}

function recordValue(element: XmlElement, layout: RecordLayout): Record<string, unknown> {
  // No prototype: an element may be called `constructor` or `toString`.
  const record = Object.create(null) as Record<string, unknown>;
  for (const child of element.children) {
    const lists = layout.lists;
    const list = lists && Object.hasOwn(lists, child.name) ? lists[child.name] : undefined;
    const value = list
      ? listValue(child, list)
      : child.children.length > 0
        ? recordValue(child, {})
        : child.text;
    // A repeated element becomes a list of its values, which the readers refuse where one value
    // belongs: the document is ambiguous, and picking one would be a guess.
    const before = record[child.name];
    if (before === undefined) record[child.name] = value;
    else
      record[child.name] = [
        ...(Array.isArray(before) && !list ? (before as unknown[]) : [before]),
        value,
      ];
  }
  return record;
}
