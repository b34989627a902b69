import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors/validation-error.js';
import { MESSAGES, type MessageCode } from '../i18n/messages.js';
import { zodIssueMessage } from '../i18n/zod-messages.js';

/**
 * Turns one zod issue into a wangge {@link ValidationIssue}: wangge's own codes (`invalid_mobile`,
 * …) get wangge's messages, zod's codes wangge's messages for them (`zodIssueMessage`). `prefix` is
 * prepended to the issue's path (for items read one by one out of a larger document).
 */
export function toValidationIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue {
  const path = prefix.length > 0 ? [...prefix, ...issue.path] : issue.path;
  const own = wanggeCode(issue);
  if (own) {
    const entry = MESSAGES[own];
    return { code: own, path, expected: entry.expected, message: entry.message };
  }
  const message = zodIssueMessage(issue);
  const expected = expectedOf(issue);
  return { code: issue.code, path, expected: { 'zh-CN': expected, en: expected }, message };
}

/**
 * zod's issues without the follow-ups of a wrong type: zod's length checks also run on any value
 * with a `length`, so an array where text belongs is reported twice, as "expected string" and as
 * "too short: at least 1 item". Only the first issue at a path that has the wrong type is kept.
 */
export function withoutFollowUps(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const wrongType = new Set<string>();
  return issues.filter((issue) => {
    const at = issue.path.map(String).join('\u0000');
    if (wrongType.has(at)) return false;
    if (issue.code === 'invalid_type') wrongType.add(at);
    return true;
  });
}

/** A copy of a zod issue without the input that zod's `reportInput` attached to it. */
export function withoutInput(issue: z.core.$ZodIssue): z.core.$ZodIssue {
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
