import type { ValidationIssue } from '../../errors/validation-error.js';
import type { Open311MessageCode } from '../../i18n/open311-messages.js';
import { isObject } from './document-read.js';
import { isOpen311DateTime } from './open311-datetime.js';
import { open311Issue } from './open311-issue.js';

/** A decimal number as Open311 documents and forms write it: `37.76524078`, `-122.4`, `1e-7`. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A field's value as text: JSON strings and numbers alike (`"service_code": 6` and `<code>6</code>`
 * are the same), trimmed, line ends as `\n`. `undefined` when absent (missing, `null`, empty);
 * `false` when it is not text (a boolean, an object, a list, a repeated element, a number that
 * JSON could not hold exactly).
 */
export function textOf(value: unknown): string | undefined | false {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
      return false;
    }
    return String(value);
  }
  if (typeof value !== 'string') return false;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
}

/** A field's value as a finite number, from a JSON number or a decimal text. */
export function numberOf(value: unknown): number | undefined | false {
  if (typeof value === 'number') return Number.isFinite(value) ? value : false;
  const text = textOf(value);
  if (text === undefined || text === false) return text;
  return DECIMAL.test(text) ? Number(text) : false;
}

/**
 * Reads the fields of one record of an Open311 document, collecting an issue for each field that
 * is missing or of the wrong type, with its path. Every reader returns `undefined` for an absent
 * or invalid field, so that a record is built only when `issues` stays empty.
 */
export class FieldReader {
  private readonly record: Readonly<Record<string, unknown>>;
  /** Whether the value is a record (an object) at all; if not, an issue says so. */
  readonly ok: boolean;

  constructor(
    value: unknown,
    readonly path: readonly PropertyKey[],
    readonly issues: ValidationIssue[],
  ) {
    this.ok = isObject(value);
    this.record = isObject(value) ? value : {};
    if (!this.ok) issues.push(open311Issue('open311_invalid_field', path));
  }

  private value(name: string): unknown {
    return Object.hasOwn(this.record, name) ? this.record[name] : undefined;
  }

  private fail(code: Open311MessageCode, name: string): void {
    this.issues.push(open311Issue(code, [...this.path, name]));
  }

  text(name: string, required = false): string | undefined {
    const text = textOf(this.value(name));
    if (text === false) {
      this.fail('open311_invalid_field', name);
      return undefined;
    }
    if (text === undefined && required) {
      this.fail('open311_missing_field', name);
      return undefined;
    }
    return text;
  }

  /** `true` / `false`, as JSON booleans or as text (any case). */
  boolean(name: string): boolean | undefined {
    const value = this.value(name);
    if (typeof value === 'boolean') return value;
    const text = textOf(value);
    if (text === undefined) {
      this.fail('open311_missing_field', name);
      return undefined;
    }
    const lower = text === false ? '' : text.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    this.fail('open311_invalid_field', name);
    return undefined;
  }

  oneOf<T extends string>(name: string, values: readonly T[], required = true): T | undefined {
    const text = this.text(name, required);
    if (text === undefined) return undefined;
    const found = values.find((value) => value === text);
    if (found === undefined) this.fail('open311_invalid_field', name);
    return found;
  }

  /** A positive whole number (an attribute's `order`). */
  order(name: string): number | undefined {
    const value = numberOf(this.value(name));
    if (value === undefined) {
      this.fail('open311_missing_field', name);
      return undefined;
    }
    if (value === false || !Number.isSafeInteger(value) || value < 1) {
      this.fail('open311_invalid_field', name);
      return undefined;
    }
    return value;
  }

  /** A latitude (±90) or longitude (±180) in degrees. */
  coordinate(name: string, limit: 90 | 180): number | undefined {
    const value = numberOf(this.value(name));
    if (value === undefined) return undefined;
    if (value === false) {
      this.fail('open311_invalid_coordinate', name);
      return undefined;
    }
    if (Math.abs(value) > limit) {
      this.fail('open311_coordinate_out_of_range', name);
      return undefined;
    }
    return value;
  }

  dateTime(name: string): string | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if (isOpen311DateTime(text)) return text;
    this.fail('open311_invalid_datetime', name);
    return undefined;
  }

  /** A comma-separated list of texts (`lorem, ipsum, dolor`, or a JSON array of texts). */
  commaList(name: string): string[] | undefined {
    const value = this.value(name);
    const parts = Array.isArray(value) ? value.map(textOf) : [textOf(value)];
    if (parts.some((part) => part === false)) {
      this.fail('open311_invalid_field', name);
      return undefined;
    }
    const items = parts
      .flatMap((part) => (typeof part === 'string' ? part.split(',') : []))
      .map((item) => item.trim())
      .filter((item) => item !== '');
    return items.length > 0 ? items : undefined;
  }

  /** The items of a nested list (`attributes`, `values`); absent is empty. */
  list(name: string): readonly unknown[] {
    const value = this.value(name);
    if (value === undefined || value === null || value === '') return [];
    if (Array.isArray(value)) return value;
    this.fail('open311_invalid_field', name);
    return [];
  }
}

/** An object without the fields whose value is `undefined`, so that optional fields are absent. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}
