import {
  CASE_STEPS,
  HANDLING_LEVELS,
  type CaseStep,
  type HandlingLevel,
  type ValidationIssue,
} from '@wangge/core';
import { instantOf } from '../shared/format-time.js';
import {
  CASE_LIST_SORTS,
  type CaseFilter,
  type CaseListSort,
  type CaseStatusFilter,
} from './case-filter.js';
import { caseListEn, caseListZhCN } from './case-list.terms.js';
import { listIssue } from './read-cases.js';

/** The attributes of the list that a host may get wrong. */
export interface ListInputs {
  readonly status: string;
  readonly level: string;
  readonly step: string;
  readonly overdue: boolean;
  readonly grid: string;
  readonly unit: string;
  readonly sort: string;
  readonly timeZone: string;
}

const STATUSES: readonly CaseStatusFilter[] = ['open', 'closed'];

/**
 * `now` as epoch milliseconds: a number, digits, or ISO 8601 text. `undefined` when not set,
 * `null` when it cannot be read.
 */
export function readNow(now: unknown): number | undefined | null {
  if (now === undefined || now === null || now === '') return undefined;
  return instantOf(now) ?? null;
}

function choice<T extends string>(
  value: string,
  allowed: readonly T[],
  key: string,
  issues: ValidationIssue[],
  empty: boolean,
): T | '' {
  if ((empty && value === '') || (allowed as readonly string[]).includes(value)) {
    return value as T | '';
  }
  const text = (empty ? ['""', ...allowed] : allowed).join(' | ');
  issues.push({
    code: 'invalid_value',
    path: [key],
    expected: { 'zh-CN': text, en: text },
    message: {
      'zh-CN': caseListZhCN['caseList.issueOneOf'](text),
      en: caseListEn['caseList.issueOneOf'](text),
    },
  });
  return '';
}

/**
 * The filters and sort the list applies, with what was wrong with the attributes: an unknown
 * value is ignored (its default applies) and reported.
 */
export function inputIssues(
  inputs: ListInputs,
  nowInvalid: boolean,
  validZone: (zone: string) => boolean,
): { filter: CaseFilter; sort: CaseListSort; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  if (nowInvalid) {
    issues.push(
      listIssue('invalid_now', ['now'], 'caseList.issueNow', {
        'zh-CN': '毫秒时间戳或 ISO 8601 时间',
        en: 'epoch milliseconds or an ISO 8601 time',
      }),
    );
  }
  const filter: CaseFilter = {
    status: choice(inputs.status, STATUSES, 'status', issues, true),
    level: choice<HandlingLevel>(inputs.level, HANDLING_LEVELS, 'level', issues, true),
    step: choice<CaseStep>(inputs.step, CASE_STEPS, 'step', issues, true),
    overdue: inputs.overdue,
    grid: inputs.grid,
    unit: inputs.unit,
  };
  const sort = choice(inputs.sort, CASE_LIST_SORTS, 'sort', issues, false) || 'due-asc';
  if (inputs.timeZone && !validZone(inputs.timeZone)) {
    issues.push(
      listIssue('invalid_time_zone', ['timeZone'], 'caseList.issueTimeZone', {
        'zh-CN': 'IANA 时区名',
        en: 'an IANA time zone name',
      }),
    );
  }
  return { filter, sort, issues };
}

/** Whether `Intl` knows a time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
