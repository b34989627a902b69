import * as z from 'zod/mini';
import type { LoadedDistrict } from '../../district/loaded-district.js';
import type { ValidationIssue } from '../../errors/validation-error.js';
import { WanggeValidationError } from '../../errors/validation-error.js';
import {
  EXPORT_MESSAGES,
  type ExportMessageCode,
  type ExportMessageParams,
} from '../../i18n/export-messages.js';
import { CoordinateSystem } from '../../schema/geo-point.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { parseInput } from '../../validation/parse-input.js';
import { CASE_EXPORT_COLUMNS, type CaseExportColumn } from './case-export-columns.js';
import { isExportInstant, offsetMs } from './export-time.js';
import { ExportPermission } from './export-permission.js';

/**
 * How an export writes the values that are codes (step, level, status, priority, outcome,
 * reporter kind, personal data, and yes/no in CSV): as the `codes` themselves (the default,
 * for tools), or named in `zh-CN` or `en` (for people). Names of units, categories and
 * departments are in English with `en` (where the district gives one) and in Chinese otherwise.
 *
 * @example
 * ```ts
 * import type { ExportValues } from '@wangge/core';
 * const values: ExportValues = 'zh-CN'; // 'assigned' → '任务指派'
 * ```
 */
export type ExportValues = 'codes' | 'zh-CN' | 'en';

/**
 * What every case export needs and may be told.
 *
 * @example
 * ```ts
 * import type { CaseExportOptions, LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const options: CaseExportOptions = { district, now: Date.now(), values: 'zh-CN' };
 * ```
 */
export interface CaseExportOptions {
  /** The district the cases are of: it names their units, categories, departments and workers. */
  readonly district: LoadedDistrict;
  /** The instant, in epoch milliseconds, at which a case is `overdue` or not (time is injected). */
  readonly now: number;
  /**
   * Leave to show the personal data of the cases the person supervises; without it every row
   * is masked. See {@link ExportPermission}.
   */
  readonly permission?: ExportPermission | undefined;
  /** Codes, or their names in zh-CN or en (default `codes`). */
  readonly values?: ExportValues | undefined;
  /** The UTC offset every timestamp is written in, `±HH:MM` (default `+08:00`, Beijing time). */
  readonly utcOffset?: string | undefined;
  /**
   * Decimals of longitudes and latitudes, 0–15 (default 6, about 0.1 m, as RFC 7946 §11.2
   * advises). Altitudes are kept as recorded.
   */
  readonly precision?: number | undefined;
  /**
   * What to do with a case that names a unit, category, department or worker the district no
   * longer has (an old case after an edit of the district): refuse the export with
   * `unknown_unit` and the like (`error`, the default), or leave that name empty and keep the id
   * (`blank`).
   */
  readonly unknownReferences?: 'error' | 'blank' | undefined;
}

/**
 * The options of `casesToCsv` and `casesToCsvChunks`.
 *
 * @example
 * ```ts
 * import type { CsvExportOptions, LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const options: CsvExportOptions = {
 *   district,
 *   now: Date.now(),
 *   headers: 'zh-CN',
 *   values: 'zh-CN',
 *   columns: ['id', 'categoryName', 'gridName', 'step', 'dueAt', 'overdue', 'reporterName'],
 * };
 * ```
 */
export interface CsvExportOptions extends CaseExportOptions {
  /** The columns to write, in this order (default: every one of `CASE_EXPORT_COLUMNS`). */
  readonly columns?: readonly CaseExportColumn[] | undefined;
  /** The header row: the columns' names (`en`, the default) or their Chinese headers (`zh-CN`). */
  readonly headers?: 'en' | 'zh-CN' | undefined;
  /** The coordinate system of `longitude` and `latitude` (default `WGS84`). */
  readonly coordinateSystem?: CoordinateSystem | undefined;
  /** Whether the text starts with a byte order mark, `\uFEFF` (default `true`, for Excel). */
  readonly bom?: boolean | undefined;
  /**
   * `casesToCsvChunks` only: the least number of characters of a chunk (default 65,536); the
   * header and each case are never split. `1` yields the header and then one line per case.
   */
  readonly chunkSize?: number | undefined;
}

/**
 * The options of `casesToGeoJson`.
 *
 * @example
 * ```ts
 * import type { GeoJsonExportOptions, LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const options: GeoJsonExportOptions = { district, now: Date.now(), precision: 5 };
 * ```
 */
export interface GeoJsonExportOptions extends CaseExportOptions {
  /**
   * Not RFC 7946: write the points in this coordinate system instead of WGS-84, e.g. `GCJ02` for
   * a map on AutoNavi or Tencent tiles. RFC 7946 allows WGS-84 only and has no `crs` member any
   * more; the collection says its system in its `coordinateSystem` member (as grid layers do),
   * which tools that do not know it ignore, placing the points some hundred metres off.
   */
  readonly nonRfc7946CoordinateSystem?: CoordinateSystem | undefined;
}

/** Options as an export uses them: checked, with their defaults. */
export interface ResolvedOptions {
  readonly district: LoadedDistrict;
  readonly now: number;
  readonly permission: ExportPermission | undefined;
  readonly values: ExportValues;
  readonly names: 'zh' | 'en';
  readonly utcOffset: string;
  readonly shiftMs: number;
  readonly factor: number;
  readonly unknownReferences: 'error' | 'blank';
  readonly coordinateSystem: CoordinateSystem;
}

/** CSV options as an export uses them. */
export interface ResolvedCsvOptions extends ResolvedOptions {
  readonly columns: readonly CaseExportColumn[];
  readonly headers: 'en' | 'zh-CN';
  readonly bom: boolean;
  readonly chunkSize: number;
}

const COMMON = /* @__PURE__ */ (() => ({
  district: z.unknown(),
  now: z.unknown(),
  permission: z.optional(z.unknown()),
  values: z.optional(z.enum(['codes', 'zh-CN', 'en'])),
  utcOffset: z.optional(z.string()),
  precision: z.optional(z.int().check(z.gte(0), z.lte(15))),
  unknownReferences: z.optional(z.enum(['error', 'blank'])),
}))();

const CsvOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...COMMON,
    columns: z.optional(z.array(z.string()).check(z.minLength(1))),
    headers: z.optional(z.enum(['en', 'zh-CN'])),
    coordinateSystem: z.optional(CoordinateSystem),
    bom: z.optional(z.boolean()),
    chunkSize: z.optional(z.int().check(z.gte(1))),
  }))();

const GeoJsonOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...COMMON, nonRfc7946CoordinateSystem: z.optional(CoordinateSystem) }))();

const COLUMN_SET: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(CASE_EXPORT_COLUMNS))();
const isColumn = (name: string): name is CaseExportColumn => COLUMN_SET.has(name);

/** @internal */
export function exportIssue(
  code: ExportMessageCode,
  path: readonly PropertyKey[],
  params: ExportMessageParams = {},
): ValidationIssue {
  const entry = EXPORT_MESSAGES[code];
  return { code, path, expected: entry.expected(params), message: entry.message(params) };
}

function isLoadedDistrict(value: unknown): value is LoadedDistrict {
  if (typeof value !== 'object' || value === null) return false;
  const units: unknown = Reflect.get(value, 'units');
  const people: unknown = Reflect.get(value, 'people');
  const bundle: unknown = Reflect.get(value, 'bundle');
  return (
    units instanceof Map && people instanceof Map && typeof bundle === 'object' && bundle !== null
  );
}

const SUBJECT = 'CaseExportOptions';

/** The value of an option, read without trusting that the options are an object. */
const option = (options: unknown, key: string): unknown =>
  typeof options === 'object' && options !== null ? Reflect.get(options, key) : undefined;

/**
 * The problems that the schema cannot see (it takes `district`, `now` and `permission` as they
 * are), found in the raw options so that they are reported together with the schema's.
 */
function checkCommon(options: unknown, issues: ValidationIssue[]): void {
  if (typeof options !== 'object' || options === null) return; // the schema reports it
  const district = option(options, 'district');
  if (!isLoadedDistrict(district)) issues.push(exportIssue('invalid_district', ['district']));
  if (!isExportInstant(option(options, 'now'))) issues.push(exportIssue('invalid_now', ['now']));
  const utcOffset = option(options, 'utcOffset');
  if (typeof utcOffset === 'string' && offsetMs(utcOffset) === undefined) {
    issues.push(exportIssue('invalid_utc_offset', ['utcOffset']));
  }
  const permission = option(options, 'permission');
  if (
    permission !== undefined &&
    !(ExportPermission.isPermission(permission) && permission.district === district)
  ) {
    issues.push(exportIssue('invalid_permission', ['permission']));
  }
}

type CommonInput = z.output<typeof GeoJsonOptionsSchema>;

/** The common options with their defaults, once every check has passed. */
function resolveCommon(data: CommonInput, coordinateSystem: CoordinateSystem): ResolvedOptions {
  const { district, now, permission } = data;
  const utcOffset = data.utcOffset ?? '+08:00';
  const values = data.values ?? 'codes';
  return {
    // Checked by `checkCommon`: the casts state what it found.
    district: district as LoadedDistrict,
    now: now as number,
    permission: ExportPermission.isPermission(permission) ? permission : undefined,
    values,
    names: values === 'en' ? 'en' : 'zh',
    utcOffset,
    shiftMs: offsetMs(utcOffset) ?? 0,
    factor: 10 ** (data.precision ?? 6),
    unknownReferences: data.unknownReferences ?? 'error',
    coordinateSystem,
  };
}

function failure<T>(issues: readonly ValidationIssue[]): ParseResult<T> {
  return { success: false, error: new WanggeValidationError(SUBJECT, issues) };
}

/**
 * Checks the options of a CSV export, with every problem at once.
 *
 * @internal
 */
export function readCsvOptions(options: unknown): ParseResult<ResolvedCsvOptions> {
  const parsed = parseInput(CsvOptionsSchema, options, SUBJECT);
  const issues: ValidationIssue[] = parsed.success ? [] : [...parsed.error.issues];
  checkCommon(options, issues);
  const columns: CaseExportColumn[] = [];
  const names = option(options, 'columns');
  if (Array.isArray(names)) {
    const seen = new Set<unknown>();
    names.forEach((name: unknown, index) => {
      if (typeof name !== 'string') return; // the schema reports it
      if (!isColumn(name)) issues.push(exportIssue('unknown_column', ['columns', index]));
      else if (seen.has(name)) issues.push(exportIssue('duplicate_column', ['columns', index]));
      else columns.push(name);
      seen.add(name);
    });
  }
  if (!parsed.success || issues.length > 0) return failure(issues);
  const data = parsed.data;
  return {
    success: true,
    data: {
      ...resolveCommon(data, data.coordinateSystem ?? 'WGS84'),
      columns: data.columns === undefined ? CASE_EXPORT_COLUMNS : columns,
      headers: data.headers ?? 'en',
      bom: data.bom ?? true,
      chunkSize: data.chunkSize ?? 65_536,
    },
  };
}

/**
 * Checks the options of a GeoJSON export, with every problem at once.
 *
 * @internal
 */
export function readGeoJsonOptions(options: unknown): ParseResult<ResolvedOptions> {
  const parsed = parseInput(GeoJsonOptionsSchema, options, SUBJECT);
  const issues: ValidationIssue[] = parsed.success ? [] : [...parsed.error.issues];
  checkCommon(options, issues);
  if (!parsed.success || issues.length > 0) return failure(issues);
  return {
    success: true,
    data: resolveCommon(parsed.data, parsed.data.nonRfc7946CoordinateSystem ?? 'WGS84'),
  };
}
