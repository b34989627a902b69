import * as z from 'zod/mini';
import enLocale from 'zod/v4/locales/en.js';
import zhCNLocale from 'zod/v4/locales/zh-CN.js';
import { WanggeValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { MESSAGES, type MessageCode } from '../i18n/messages.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { ParseResult } from './parse-result.js';

const zhCNMessage = zhCNLocale().localeError;
const enMessage = enLocale().localeError;

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
  // never pays for it. The input is dropped again below: no resident data travels with the error.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const issues = result.error.issues.map(toValidationIssue);
  const sanitized = new z.core.$ZodError(result.error.issues.map(withoutInput));
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
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The SyntaxError's own message quotes the text, which may hold personal data: not kept.
    const entry = MESSAGES.invalid_json;
    return {
      success: false,
      error: new WanggeValidationError(subject, [
        { code: 'invalid_json', path: [], expected: entry.expected, message: entry.message },
      ]),
    };
  }
  return parseInput(schema, value, subject);
}

function withoutInput(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  const { input: _input, ...rest } = issue;
  return rest;
}

function wanggeCode(issue: z.core.$ZodIssue): MessageCode | undefined {
  if (issue.code !== 'custom') return undefined;
  const code: unknown = issue.params?.wangge;
  return typeof code === 'string' && Object.hasOwn(MESSAGES, code)
    ? (code as MessageCode)
    : undefined;
}

function toValidationIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path;
  const own = wanggeCode(issue);
  if (own) {
    const entry = MESSAGES[own];
    return { code: own, path, expected: entry.expected, message: entry.message };
  }
  const raw = issue as unknown as z.core.$ZodRawIssue;
  const message: LocalizedText = {
    'zh-CN': localeText(zhCNMessage(raw)) ?? issue.message,
    en: localeText(enMessage(raw)) ?? issue.message,
  };
  const expected = expectedOf(issue);
  return { code: issue.code, path, expected: { 'zh-CN': expected, en: expected }, message };
}

function localeText(result: { message: string } | string | undefined | null): string | undefined {
  if (result == null) return undefined;
  return typeof result === 'string' ? result : result.message;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(' | ');
    case 'too_small':
      return `${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format;
    case 'not_multiple_of':
      return `multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'no other keys';
    default:
      return issue.code;
  }
}
