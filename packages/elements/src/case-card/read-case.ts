import {
  CASE_STEPS,
  CaseRecord,
  HANDLING_LEVELS,
  WanggeValidationError,
  parseInput,
  parseJsonInput,
  type CaseSummary,
  type ParseResult,
} from '@wangge/core';

/** A case as a card shows it: a whole record, or a list's summary row. */
export type CaseLike = CaseRecord | CaseSummary;

const isSummary = (value: object): value is CaseSummary =>
  'dueAtMs' in value && !('reporter' in value);

function checkSummary(value: CaseSummary): ParseResult<CaseSummary> {
  const ok =
    typeof value.id === 'string' &&
    typeof value.categoryCode === 'string' &&
    (CASE_STEPS as readonly string[]).includes(value.step) &&
    (HANDLING_LEVELS as readonly string[]).includes(value.level) &&
    Number.isFinite(Date.parse(value.dueAt));
  if (ok) return { success: true, data: value };
  return {
    success: false,
    error: new WanggeValidationError('CaseSummary', [
      {
        code: 'invalid_summary',
        path: [],
        expected: { 'zh-CN': '案件摘要（CaseSummary）', en: 'a case summary (CaseSummary)' },
        message: {
          'zh-CN': '案件摘要缺少编号、事项、步骤、层级或时限。',
          en: 'The case summary lacks its id, category, step, level or due time.',
        },
      },
    ]),
  };
}

/**
 * Reads what a host gives a case element: a `CaseRecord` or a `CaseSummary` object, or a
 * record's JSON text. Never throws; `undefined` for nothing.
 */
export function readCase(input: unknown): ParseResult<CaseLike> | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  if (typeof input === 'string') return parseJsonInput(CaseRecord, input, 'CaseRecord');
  if (typeof input === 'object' && isSummary(input)) return checkSummary(input);
  return parseInput(CaseRecord, input, 'CaseRecord');
}
