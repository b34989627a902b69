import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { WanggeError } from './wangge-error.js';

/**
 * One thing wrong with a value given to wangge: what (`code`, `message`), where (`path`) and
 * what was expected (`expected`). It never holds the offending value itself, which may be a
 * resident's personal data.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from '@wangge/core';
 * const issue: ValidationIssue = {
 *   code: 'invalid_mobile',
 *   path: ['worker', 'mobile'],
 *   expected: { 'zh-CN': '11 位手机号', en: '11-digit mobile number' },
 *   message: { 'zh-CN': '手机号码无效', en: 'Invalid mobile number' },
 * };
 * ```
 */
export interface ValidationIssue {
  /** wangge's message code (`invalid_mobile`, …) or zod's issue code (`invalid_type`, …). */
  readonly code: string;
  /** Where in the input the problem is, as keys and array indexes from the root. */
  readonly path: readonly PropertyKey[];
  /** What a valid value looks like. */
  readonly expected: LocalizedText;
  /** A full sentence for a user. */
  readonly message: LocalizedText;
}

/**
 * Formats a path such as `['worker', 'mobile']` or `['grids', 3, 'id']` as
 * `worker.mobile` / `grids[3].id`; the root is `(root)`.
 *
 * @example
 * ```ts
 * import { formatPath } from '@wangge/core';
 * formatPath(['grids', 3, 'id']); // 'grids[3].id'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * A value given to wangge did not have the expected shape. `subject` says what was being read
 * (e.g. `ContactCard`), `issues` list every problem found, each with its path.
 *
 * @example
 * ```ts
 * import { parseContactCard } from '@wangge/core';
 * const result = parseContactCard({});
 * if (!result.success) {
 *   console.log(result.error.format('zh-CN'));
 *   for (const issue of result.error.issues) console.log(issue.path, issue.code);
 * }
 * ```
 */
export class WanggeValidationError extends WanggeError {
  /** What was being read, e.g. `ContactCard`. */
  readonly subject: string;
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(subject: string, issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    super('invalid_input', summarize(subject, issues), options);
    this.name = 'WanggeValidationError';
    this.subject = subject;
    this.issues = issues;
  }

  /**
   * Every issue on its own line, with its path, in the given language (zh-CN by default),
   * in the style of zod's `prettifyError`.
   */
  format(locale: Locale = DEFAULT_LOCALE): string {
    return this.issues
      .map((issue) => `✖ ${issue.message[locale]}\n  → ${formatPath(issue.path)}`)
      .join('\n');
  }
}

function summarize(subject: string, issues: readonly ValidationIssue[]): LocalizedText {
  const first = issues[0];
  const where = first ? formatPath(first.path) : '(root)';
  const more = issues.length - 1;
  return {
    'zh-CN':
      `${subject} 数据无效（${where}）：${first?.message['zh-CN'] ?? ''}` +
      (more > 0 ? `，另有 ${more} 处问题` : ''),
    en:
      `Invalid ${subject} at ${where}: ${first?.message.en ?? ''}` +
      (more > 0 ? ` (and ${more} more issue${more > 1 ? 's' : ''})` : ''),
  };
}
