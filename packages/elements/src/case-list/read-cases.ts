import {
  CASE_STEPS,
  CaseRecord,
  HANDLING_LEVELS,
  MESSAGES,
  WanggeValidationError,
  parseInput,
  summarizeCase,
  type CaseOutcome,
  type CasePriority,
  type CaseSummary,
  type LocalizedText,
  type ParseResult,
  type ValidationIssue,
} from '@wangge/core';
import { caseListEn, caseListZhCN, type CaseListTerms } from './case-list.terms.js';

/** What the list reports its input as, in the summary of a `WanggeValidationError`. */
export const CASE_LIST_SUBJECT = 'CaseList';

/**
 * At most this many problems are collected: a list of ten thousand broken rows says enough in
 * its first few, and reading on would only cost time.
 */
export const MAX_ISSUES = 50;

const PRIORITIES: Readonly<Record<CasePriority, true>> = {
  normal: true,
  urgent: true,
  alarm: true,
};
const OUTCOMES: Readonly<Record<CaseOutcome, true>> = {
  resolved: true,
  invalid: true,
  duplicate: true,
  referred: true,
};
const STEPS: ReadonlySet<string> = new Set(CASE_STEPS);
const LEVELS: ReadonlySet<string> = new Set(HANDLING_LEVELS);

const REQUIRED_TEXT = [
  'id',
  'categoryCode',
  'unitId',
  'gridId',
  'communityId',
  'streetId',
  'districtId',
] as const;
const OPTIONAL_TEXT = ['departmentId', 'workerId', 'microGridId'] as const;
const TIMESTAMPS = ['dueAt', 'createdAt', 'updatedAt'] as const;
// A cheap shape check, not a full ISO 8601 parse: `Date.parse` on every row of a long list
// would cost more than the rest of the check together.
const TIMESTAMP_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type IssueTerm = {
  [K in keyof CaseListTerms]: CaseListTerms[K] extends string ? K : never;
}[keyof CaseListTerms];

/** An issue whose message comes from the list's own strings, in both languages. */
export function listIssue(
  code: string,
  path: readonly PropertyKey[],
  term: IssueTerm,
  expected: LocalizedText,
): ValidationIssue {
  return { code, path, expected, message: { 'zh-CN': caseListZhCN[term], en: caseListEn[term] } };
}

function oneOf(code: string, path: readonly PropertyKey[], values: readonly string[]) {
  const text = values.join(' | ');
  return {
    code,
    path,
    expected: { 'zh-CN': text, en: text },
    message: {
      'zh-CN': caseListZhCN['caseList.issueOneOf'](text),
      en: caseListEn['caseList.issueOneOf'](text),
    },
  } satisfies ValidationIssue;
}

const TEXT = { 'zh-CN': '非空文本', en: 'non-empty text' };
const NUMBER = { 'zh-CN': '数字', en: 'a number' };
const BOOLEAN = { 'zh-CN': 'true 或 false', en: 'true or false' };

/**
 * Checks one row given as a `CaseSummary`: the fields the list reads, with their types. The
 * values themselves never go into an issue.
 */
function checkSummary(row: Record<string, unknown>, at: number, issues: ValidationIssue[]): void {
  for (const key of REQUIRED_TEXT) {
    const value = row[key];
    if (typeof value !== 'string' || value === '') {
      issues.push(listIssue('invalid_type', [at, key], 'caseList.issueText', TEXT));
    }
  }
  for (const key of OPTIONAL_TEXT) {
    const value = row[key];
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      issues.push(listIssue('invalid_type', [at, key], 'caseList.issueText', TEXT));
    }
  }
  for (const key of TIMESTAMPS) {
    const value = row[key];
    if (typeof value !== 'string' || !TIMESTAMP_SHAPE.test(value)) {
      const entry = MESSAGES.invalid_timestamp;
      issues.push({
        code: 'invalid_timestamp',
        path: [at, key],
        expected: entry.expected,
        message: entry.message,
      });
    }
  }
  if (!STEPS.has(row.step as string)) issues.push(oneOf('invalid_value', [at, 'step'], CASE_STEPS));
  if (!LEVELS.has(row.level as string)) {
    issues.push(oneOf('invalid_value', [at, 'level'], HANDLING_LEVELS));
  }
  if (!Object.hasOwn(PRIORITIES, row.priority as string)) {
    issues.push(oneOf('invalid_value', [at, 'priority'], Object.keys(PRIORITIES)));
  }
  if (row.outcome !== undefined && !Object.hasOwn(OUTCOMES, row.outcome as string)) {
    issues.push(oneOf('invalid_value', [at, 'outcome'], Object.keys(OUTCOMES)));
  }
  if (!Number.isFinite(row.dueAtMs)) {
    issues.push(listIssue('invalid_type', [at, 'dueAtMs'], 'caseList.issueNumber', NUMBER));
  }
  if (row.resumeAtMs !== undefined && !Number.isFinite(row.resumeAtMs)) {
    issues.push(listIssue('invalid_type', [at, 'resumeAtMs'], 'caseList.issueNumber', NUMBER));
  }
  if (!Number.isFinite(row.version)) {
    issues.push(listIssue('invalid_type', [at, 'version'], 'caseList.issueNumber', NUMBER));
  }
  for (const key of ['suspended', 'deadlineMissed'] as const) {
    if (typeof row[key] !== 'boolean') {
      issues.push(listIssue('invalid_type', [at, key], 'caseList.issueBoolean', BOOLEAN));
    }
  }
}

// A record carries what a summary leaves out (its hash, the reporter, the level's start).
const isRecordShaped = (row: Record<string, unknown>): boolean =>
  !('dueAtMs' in row) && ('hash' in row || 'levelSince' in row || 'reporter' in row);

/**
 * Reads what a host gave as `cases`: an array of `CaseSummary` rows or `CaseRecord`s (or both),
 * or its JSON text. Summaries are checked field by field; records are read with the
 * `CaseRecord` schema and summarised with `summarizeCase`. Case ids must be unique: the list
 * keys its rows by id. `undefined` when nothing was given.
 */
export function readCases(input: unknown): ParseResult<readonly CaseSummary[]> | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      // The SyntaxError quotes the text, which is not kept: it may hold anything.
      const entry = MESSAGES.invalid_json;
      return fail([
        { code: 'invalid_json', path: [], expected: entry.expected, message: entry.message },
      ]);
    }
  }
  if (!Array.isArray(value)) {
    return fail([
      listIssue('invalid_type', [], 'caseList.issueList', MESSAGES.invalid_list.expected),
    ]);
  }
  const rows = value as readonly unknown[];
  const issues: ValidationIssue[] = [];
  const out: CaseSummary[] = new Array<CaseSummary>(rows.length);
  const ids = new Set<string>();
  for (let i = 0; i < rows.length && issues.length < MAX_ISSUES; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push(
        listIssue('invalid_type', [i], 'caseList.issueObject', {
          'zh-CN': '对象',
          en: 'an object',
        }),
      );
      continue;
    }
    const fields = row as Record<string, unknown>;
    let summary: CaseSummary;
    if (isRecordShaped(fields)) {
      const record = parseInput(CaseRecord, row, 'CaseRecord');
      if (!record.success) {
        for (const issue of record.error.issues)
          issues.push({ ...issue, path: [i, ...issue.path] });
        continue;
      }
      summary = summarizeCase(record.data);
    } else {
      const before = issues.length;
      checkSummary(fields, i, issues);
      if (issues.length > before) continue;
      summary = row as CaseSummary;
    }
    if (ids.has(summary.id)) {
      issues.push(
        listIssue('duplicate_id', [i, 'id'], 'caseList.issueDuplicateId', {
          'zh-CN': '唯一的案件编号',
          en: 'a unique case id',
        }),
      );
      continue;
    }
    ids.add(summary.id);
    out[i] = summary;
  }
  if (issues.length > 0) return fail(issues.slice(0, MAX_ISSUES));
  return { success: true, data: out };
}

function fail(issues: readonly ValidationIssue[]): ParseResult<never> {
  return { success: false, error: new WanggeValidationError(CASE_LIST_SUBJECT, issues) };
}
