import type { ValidationIssue } from '../errors/validation-error.js';
import {
  INTEGRITY_MESSAGES,
  type IntegrityCode,
  type IntegrityParams,
} from '../i18n/integrity-messages.js';

/**
 * Gathers the issues of one `loadDistrict` run, up to a cap: past it, one `too_many_issues` issue
 * closes the list so that a badly broken file still gets a readable answer.
 */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  private readonly cap: number;
  private full = false;

  constructor(cap: number) {
    this.cap = Math.max(1, Math.floor(cap));
  }

  /** Whether the cap has been reached: checks may stop early. */
  get isFull(): boolean {
    return this.full;
  }

  /** Adds an issue found by zod or by another check. */
  push(issue: ValidationIssue): void {
    if (this.full) return;
    if (this.issues.length >= this.cap) {
      this.full = true;
      const entry = INTEGRITY_MESSAGES.too_many_issues;
      const params = { detail: String(this.cap) };
      this.issues.push({
        code: 'too_many_issues',
        path: [],
        expected: entry.expected(params),
        message: entry.message(params),
      });
      return;
    }
    this.issues.push(issue);
  }

  /** Adds an integrity issue at a path. */
  add(code: IntegrityCode, path: readonly PropertyKey[], params: IntegrityParams = {}): void {
    const entry = INTEGRITY_MESSAGES[code];
    this.push({ code, path, expected: entry.expected(params), message: entry.message(params) });
  }
}
