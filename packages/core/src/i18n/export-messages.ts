import type { UnitKind } from '../schema/admin-units.js';
import type { LocalizedText } from './localized-text.js';

/**
 * The codes of the problems that the case exports (`casesToCsv`, `casesToCsvChunks`,
 * `casesToGeoJson`) and `ExportPermission.grant` report. Each is stable: a host may branch on it.
 *
 * Found in the options:
 * - `invalid_district`: `district` is not a district read by `loadDistrict`.
 * - `invalid_now`: `now` is not a whole number of epoch milliseconds from 1900 to 9999.
 * - `invalid_utc_offset`: `utcOffset` is not written like `+08:00` (from `-14:00` to `+14:00`).
 * - `unknown_column`: a name in `columns` is not one of `CASE_EXPORT_COLUMNS`.
 * - `duplicate_column`: a column is listed twice.
 * - `invalid_permission`: `permission` was not made by `ExportPermission.grant` for this district.
 *
 * Found in the cases (the path starts with the case's index):
 * - `not_a_case_list`: the cases are not an array or another iterable.
 * - `unknown_unit`: a unit the case names (its unit, grid, community, …) is not a unit of that
 *   kind in the district.
 * - `unknown_category`, `unknown_department`, `unknown_person`: the case's category, department
 *   or worker is not in the district.
 *
 * Refusals of `ExportPermission.grant`:
 * - `unknown_person`: no person of the district has the id.
 * - `export_not_permitted`: none of the person's roles supervises cases, so none of their
 *   exports may show personal data.
 *
 * A case that is not a `CaseRecord` is reported with zod's issue codes (`invalid_type`, …) at
 * the path of the field.
 *
 * @example
 * ```ts
 * import type { ExportMessageCode } from '@wangge/core';
 * const code: ExportMessageCode = 'unknown_column';
 * ```
 */
export type ExportMessageCode =
  | 'invalid_district'
  | 'invalid_now'
  | 'invalid_utc_offset'
  | 'unknown_column'
  | 'duplicate_column'
  | 'invalid_permission'
  | 'not_a_case_list'
  | 'unknown_unit'
  | 'unknown_category'
  | 'unknown_department'
  | 'unknown_person'
  | 'export_not_permitted';

/**
 * What an export message may mention: the kind of unit that was not found. Messages never quote
 * a value from the input: a case holds residents' personal data.
 *
 * @example
 * ```ts
 * import type { ExportMessageParams } from '@wangge/core';
 * const params: ExportMessageParams = { unitKind: 'grid' };
 * ```
 */
export interface ExportMessageParams {
  /** The kind of unit concerned (for `unknown_unit`). */
  readonly unitKind?: UnitKind;
}

/**
 * One entry of {@link EXPORT_MESSAGES}: the expected value and the message of a code, built from
 * its parameters.
 *
 * @example
 * ```ts
 * import { EXPORT_MESSAGES, type ExportMessageEntry } from '@wangge/core';
 * const entry: ExportMessageEntry = EXPORT_MESSAGES.unknown_unit;
 * entry.message({ unitKind: 'grid' }).en; // 'The case's grid is not a grid of the district …'
 * ```
 */
export interface ExportMessageEntry {
  readonly expected: (p: ExportMessageParams) => LocalizedText;
  readonly message: (p: ExportMessageParams) => LocalizedText;
}

const UNIT_KIND_NAMES: Readonly<Record<UnitKind, LocalizedText>> = {
  district: { 'zh-CN': '区', en: 'district' },
  street: { 'zh-CN': '街道（乡镇）', en: 'street or town' },
  community: { 'zh-CN': '社区（村）', en: 'community or village' },
  grid: { 'zh-CN': '网格', en: 'grid' },
  'micro-grid': { 'zh-CN': '微网格', en: 'micro-grid' },
};
const kindZh = (p: ExportMessageParams) =>
  p.unitKind ? UNIT_KIND_NAMES[p.unitKind]['zh-CN'] : '单位';
const kindEn = (p: ExportMessageParams) => (p.unitKind ? UNIT_KIND_NAMES[p.unitKind].en : 'unit');

const fixed =
  (text: LocalizedText): ((p: ExportMessageParams) => LocalizedText) =>
  () =>
    text;

/**
 * Messages of the export codes, in zh-CN and en, built from {@link ExportMessageParams}.
 *
 * @example
 * ```ts
 * import { EXPORT_MESSAGES } from '@wangge/core';
 * EXPORT_MESSAGES.unknown_column.message({})['zh-CN'];
 * // '未知的列名：列名应为 CASE_EXPORT_COLUMNS 中的一项，例如 id、step、dueAt。'
 * ```
 */
export const EXPORT_MESSAGES: Readonly<Record<ExportMessageCode, ExportMessageEntry>> = {
  invalid_district: {
    expected: fixed({
      'zh-CN': 'loadDistrict 读取的辖区',
      en: 'a district read by loadDistrict',
    }),
    message: fixed({
      'zh-CN': 'district 无效：应为 loadDistrict 成功读取后得到的辖区（result.data）。',
      en: 'Invalid district: expected the district that loadDistrict returns on success (result.data).',
    }),
  },
  invalid_now: {
    expected: fixed({
      'zh-CN': '1900 至 9999 年之间的整数毫秒时间戳',
      en: 'a whole number of epoch milliseconds from 1900 to 9999',
    }),
    message: fixed({
      'zh-CN':
        'now 无效：应为 1900 至 9999 年之间的整数毫秒时间戳（如 Date.now() 的结果），用于判断案件是否超期。',
      en: 'Invalid now: expected a whole number of epoch milliseconds from 1900 to 9999 (as Date.now() returns), the instant at which cases are overdue or not.',
    }),
  },
  invalid_utc_offset: {
    expected: fixed({ 'zh-CN': '形如 +08:00 的时区偏移', en: 'an offset such as +08:00' }),
    message: fixed({
      'zh-CN': '时区偏移无效：应为 ±HH:MM，介于 -14:00 与 +14:00 之间；北京时间为 +08:00。',
      en: 'Invalid UTC offset: expected ±HH:MM from -14:00 to +14:00; China Standard Time is +08:00.',
    }),
  },
  unknown_column: {
    expected: fixed({
      'zh-CN': 'CASE_EXPORT_COLUMNS 中的列名',
      en: 'a column name of CASE_EXPORT_COLUMNS',
    }),
    message: fixed({
      'zh-CN': '未知的列名：列名应为 CASE_EXPORT_COLUMNS 中的一项，例如 id、step、dueAt。',
      en: 'Unknown column: a column must be one of CASE_EXPORT_COLUMNS, e.g. id, step, dueAt.',
    }),
  },
  duplicate_column: {
    expected: fixed({ 'zh-CN': '每列只列一次', en: 'each column listed once' }),
    message: fixed({
      'zh-CN': '此列已在前面列出：每列只能出现一次。',
      en: 'This column is already listed: each column may appear only once.',
    }),
  },
  invalid_permission: {
    expected: fixed({
      'zh-CN': '由 ExportPermission.grant 针对同一辖区授予的权限',
      en: 'a permission granted by ExportPermission.grant on the same district',
    }),
    message: fixed({
      'zh-CN':
        'permission 无效：查看未脱敏个人信息的权限只能由 ExportPermission.grant 针对导出所用的同一辖区授予。',
      en: 'Invalid permission: a permission to see personal data unmasked can only be granted by ExportPermission.grant, on the district the export uses.',
    }),
  },
  not_a_case_list: {
    expected: fixed({ 'zh-CN': '案件数组', en: 'an array of cases' }),
    message: fixed({
      'zh-CN': '应为案件（CaseRecord）的数组或其他可迭代对象。',
      en: 'Expected an array (or another iterable) of cases (CaseRecord).',
    }),
  },
  unknown_unit: {
    expected: (p) => ({
      'zh-CN': `辖区内的${kindZh(p)}编号`,
      en: `the id of a ${kindEn(p)} of the district`,
    }),
    message: (p) => ({
      'zh-CN': `案件所属的${kindZh(p)}不在本辖区内：该案件是否来自另一个辖区，或该单位已被删除？`,
      en: `The case's ${kindEn(p)} is not a ${kindEn(p)} of the district: is the case from another district, or was the unit removed?`,
    }),
  },
  unknown_category: {
    expected: fixed({
      'zh-CN': '辖区目录中的类别代码',
      en: "a category code of the district's catalogue",
    }),
    message: fixed({
      'zh-CN': '案件的类别不在本辖区的类别目录中。',
      en: "The case's category is not in the district's catalogue.",
    }),
  },
  unknown_department: {
    expected: fixed({
      'zh-CN': '辖区内的职能部门编号',
      en: 'the id of a department of the district',
    }),
    message: fixed({
      'zh-CN': '案件指派的职能部门不在本辖区内。',
      en: 'The department the case is assigned to is not a department of the district.',
    }),
  },
  unknown_person: {
    expected: fixed({ 'zh-CN': '辖区内的人员编号', en: 'the id of a person of the district' }),
    message: fixed({
      'zh-CN': '辖区内没有该编号的人员。',
      en: 'No person of the district has this id.',
    }),
  },
  export_not_permitted: {
    expected: fixed({
      'zh-CN': '有督办权限的角色（网格长、社区干部、街镇干部、指挥中心）',
      en: 'a role that supervises cases (grid chief, community or street cadre, command operator)',
    }),
    message: fixed({
      'zh-CN':
        '该人员的角色均无督办案件的权限，导出时不能查看上报人的个人信息；导出内容将保持脱敏。',
      en: "None of the person's roles supervises cases, so no export may show them reporters' personal data; exports stay masked.",
    }),
  },
};
