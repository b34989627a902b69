import type { ValidationIssue } from '../../errors/validation-error.js';
import { WanggeValidationError } from '../../errors/validation-error.js';
import type { CaseRecord } from '../../schema/case-record.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { CASE_EXPORT_HEADERS } from './case-export-columns.js';
import { caseRow, columnValue } from './case-row.js';
import { BOM, CRLF, csvNumberCell, csvTextCell } from './csv-cell.js';
import {
  exportIssue,
  readCsvOptions,
  type CsvExportOptions,
  type ResolvedCsvOptions,
} from './export-options.js';
import { CASE_EXPORT_VALUE_NAMES } from './export-value-names.js';
import { MAX_ISSUES, isCaseList, readCase } from './read-case.js';

const SUBJECT = 'CaseExport';

function headerLine(options: ResolvedCsvOptions): string {
  const cells = options.columns.map((column) =>
    csvTextCell(CASE_EXPORT_HEADERS[column][options.headers]),
  );
  return (options.bom ? BOM : '') + cells.join(',') + CRLF;
}

function booleanCell(value: boolean, options: ResolvedCsvOptions): string {
  const key = value ? 'true' : 'false';
  return options.values === 'codes' ? key : CASE_EXPORT_VALUE_NAMES.boolean[key][options.values];
}

/** The CSV line of one case, with its CRLF. */
function caseLine(record: CaseRecord, options: ResolvedCsvOptions): string {
  const row = caseRow(record, options);
  // Joined from an array: one flat string per line, where `+=` would leave a rope of every cell
  // for the collector to walk until the whole text is joined.
  const cells = options.columns.map((column) => {
    const value = columnValue(column, row);
    if (value === null) return '';
    if (typeof value === 'string') return csvTextCell(value);
    if (typeof value === 'number') return csvNumberCell(value);
    return booleanCell(value, options);
  });
  return cells.join(',') + CRLF;
}

function invalid(issues: readonly ValidationIssue[]): WanggeValidationError {
  return new WanggeValidationError(SUBJECT, issues);
}

/**
 * The cases as one CSV text (RFC 4180) for Excel, WPS or any tool: a byte order mark first so
 * that Excel reads it as UTF-8 and shows Chinese text, a header row, one line per case, CRLF after
 * every line, fields quoted when they hold a comma, a quote or a line break (quotes doubled).
 *
 * - **Columns** (`columns`): any of {@link CASE_EXPORT_COLUMNS}, in the order given; all of them
 *   by default.
 * - **Headers** (`headers`): the columns' English names (default) or Chinese headers (`zh-CN`).
 * - **Values** (`values`): codes (default), or named in zh-CN or en (`assigned` → `任务指派`;
 *   `overdue` → `是`/`否`, `Yes`/`No`; `true`/`false` as codes).
 * - **Times**: ISO 8601 with the offset `utcOffset` (default `+08:00`).
 * - **Points**: `longitude` and `latitude` in `coordinateSystem` (default WGS-84), rounded to
 *   `precision` decimals (default 6).
 * - **Personal data is masked** unless `permission` covers the case: the reporter's name and
 *   mobile (`王**`, `139****5678`), and in the description every mobile and identity number and
 *   the reporters' names. Each row says which in `personalData`. See {@link ExportPermission}.
 * - **Formula injection** (CSV injection, OWASP): a text that starts with `=`, `+`, `-`, `@`, a
 *   tab, a carriage return or a line feed (or full-width ＝ ＋ － ＠) gets a `'` in front, so that
 *   a spreadsheet shows it and never runs it. Numbers are written as numbers.
 *
 * For very many cases, {@link casesToCsvChunks} writes the same text in chunks.
 *
 * Never throws: a case that is not a `CaseRecord`, names a unit, category, department or worker
 * the district does not have, or options that are wrong, give a `WanggeValidationError` listing
 * every problem (up to 200) with its path (`[3, 'gridId']` is the fourth case's grid), its code
 * (`unknown_unit`, `unknown_column`, `invalid_now`, zod's `invalid_type` …; see
 * {@link ExportMessageCode}) and messages in zh-CN and en.
 *
 * @param cases - the cases (records of the engine or the store, or JSON read from elsewhere)
 * @param options - the district, `now`, and how to write them ({@link CsvExportOptions})
 *
 * @example
 * ```ts
 * import { casesToCsv, type CaseRecord, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * declare const cases: readonly CaseRecord[];
 *
 * const result = casesToCsv(cases, {
 *   district,
 *   now: Date.now(),
 *   headers: 'zh-CN',
 *   values: 'zh-CN',
 *   columns: ['id', 'categoryName', 'gridName', 'step', 'level', 'dueAt', 'overdue'],
 * });
 * if (result.success) {
 *   const file = new Blob([result.data], { type: 'text/csv;charset=utf-8' }); // 案件.csv
 * } else {
 *   console.log(result.error.format('zh-CN'));
 * }
 * ```
 */
export function casesToCsv(
  cases: Iterable<unknown>,
  options: CsvExportOptions,
): ParseResult<string> {
  const read = readCsvOptions(options);
  if (!read.success) return read;
  const o = read.data;
  if (!isCaseList(cases)) {
    return { success: false, error: invalid([exportIssue('not_a_case_list', [])]) };
  }
  const parts: string[] = [headerLine(o)];
  const issues: ValidationIssue[] = [];
  let index = 0;
  for (const value of cases) {
    const result = readCase(value, index++, o);
    if (result.issues) {
      issues.push(...result.issues);
      if (issues.length >= MAX_ISSUES) break;
    } else if (issues.length === 0) {
      parts.push(caseLine(result.record, o));
    }
  }
  if (issues.length > 0) {
    return { success: false, error: invalid(issues.slice(0, MAX_ISSUES)) };
  }
  return { success: true, data: parts.join('') };
}

/**
 * The CSV text of {@link casesToCsv}, in chunks, for exports too large to hold as one string (a
 * district's year of cases): pipe it to a file or a response as it comes. Each chunk is whole
 * lines, at least `chunkSize` characters (default 65,536) but the last; the chunks joined are the
 * text `casesToCsv` gives. The cases are read one at a time, so a generator of cases (read page
 * by page from a store) is never held in memory either.
 *
 * Options are checked when the first chunk is asked for, and each case when it is reached: a
 * problem throws the `WanggeValidationError` that `casesToCsv` would return (with the first bad
 * case's problems only), once the lines of every case before it have been yielded: the file is
 * incomplete, so do not keep it.
 *
 * @throws {@link WanggeValidationError} for wrong options or a case that cannot be exported.
 *
 * @example
 * ```ts
 * import { casesToCsvChunks, type CaseRecord, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * declare const cases: Iterable<CaseRecord>;
 * declare const write: (bytes: Uint8Array) => void;
 *
 * const utf8 = new TextEncoder(); // the byte order mark becomes EF BB BF
 * for (const chunk of casesToCsvChunks(cases, { district, now: Date.now() })) {
 *   write(utf8.encode(chunk));
 * }
 * // Node.js: stream.Readable.from(casesToCsvChunks(cases, options)).pipe(response)
 * ```
 */
export function* casesToCsvChunks(
  cases: Iterable<unknown>,
  options: CsvExportOptions,
): Generator<string, void, undefined> {
  const read = readCsvOptions(options);
  if (!read.success) throw read.error;
  const o = read.data;
  if (!isCaseList(cases)) throw invalid([exportIssue('not_a_case_list', [])]);
  let chunk = headerLine(o);
  // Flushed as soon as it is full, before the next case is read: a consumer that stops early
  // has read no case more than it was given.
  if (chunk.length >= o.chunkSize) {
    yield chunk;
    chunk = '';
  }
  let index = 0;
  for (const value of cases) {
    const result = readCase(value, index++, o);
    if (result.issues) {
      if (chunk.length > 0) yield chunk;
      throw invalid(result.issues);
    }
    chunk += caseLine(result.record, o);
    if (chunk.length >= o.chunkSize) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
