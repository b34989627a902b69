import * as z from 'zod/mini';
import { WanggeValidationError } from '../errors/validation-error.js';
import { MESSAGES } from '../i18n/messages.js';
import type { ParseResult } from './parse-result.js';
import { toValidationIssue, withoutFollowUps, withoutInput } from './zod-issues.js';

/**
 * Reads untrusted input with a wangge schema and never throws: every problem comes back as a
 * {@link ValidationIssue} with its path, what was expected and a message in zh-CN and en.
 * The input value itself is never copied into the error.
 *
 * @param schema - the schema to read with, e.g. `ContactCard`
 * @param input - the untrusted value (already parsed from JSON)
 * @param subject - what is being read, used in the error's summary
 *
 * @example
 * ```ts
 * import { ContactCard, parseInput } from '@wangge/core';
 * const result = parseInput(ContactCard, { gridId: '' }, 'ContactCard');
 * if (!result.success) console.log(result.error.format('en'));
 * ```
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  subject: string,
): ParseResult<z.output<S>> {
  const fast = schema.safeParse(input);
  if (fast.success) return { success: true, data: fast.data };
  // Only on failure, parse again with `reportInput` so that zod's locale messages can say what
  // was received ("received number"); it makes every parse about 3× slower, so valid input
  // never pays for it. The input is dropped again: no resident data travels with the error.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const found = withoutFollowUps(result.error.issues);
  const issues = found.map((issue) => toValidationIssue(issue));
  const sanitized = new z.core.$ZodError(found.map(withoutInput));
  return {
    success: false,
    error: new WanggeValidationError(subject, issues, { cause: sanitized }),
  };
}

/**
 * Like {@link parseInput}, for JSON text (an element attribute, a file, a request body):
 * malformed JSON is reported as an `invalid_json` issue at the root instead of a thrown
 * `SyntaxError`.
 *
 * @example
 * ```ts
 * import { ContactCard, parseJsonInput } from '@wangge/core';
 * const result = parseJsonInput(ContactCard, '{"gridId":', 'ContactCard');
 * result.success; // false
 * if (!result.success) result.error.issues[0]?.code; // 'invalid_json'
 * ```
 */
export function parseJsonInput<S extends z.ZodMiniType>(
  schema: S,
  text: string,
  subject: string,
): ParseResult<z.output<S>> {
  const json = readJson(text, subject);
  return json.success ? parseInput(schema, json.data, subject) : json;
}

/**
 * Reads JSON text without throwing: malformed JSON is an `invalid_json` issue at the root.
 * The `SyntaxError`'s own message quotes the text, which may hold personal data: it is not kept.
 *
 * @internal
 */
export function readJson(text: string, subject: string): ParseResult<unknown> {
  try {
    return { success: true, data: JSON.parse(text) as unknown };
  } catch {
    const entry = MESSAGES.invalid_json;
    return {
      success: false,
      error: new WanggeValidationError(subject, [
        { code: 'invalid_json', path: [], expected: entry.expected, message: entry.message },
      ]),
    };
  }
}
