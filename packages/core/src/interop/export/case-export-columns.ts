import type { LocalizedText } from '../../i18n/localized-text.js';

/**
 * The columns of a case export (案件导出), in their default order: what `casesToCsv` writes
 * unless `columns` picks and orders others, and (without the three coordinate columns, which are
 * the geometry there) the properties of each Feature of `casesToGeoJson`.
 *
 * - the case: `id`, `categoryCode`, `categoryName`, `priority`, `step` (of the closed loop),
 *   `level` (of the four), `status` (`open`, `suspended`, `closed`), `overdue` at the export's
 *   `now`, `dueAt`, `createdAt`, `updatedAt`, `archivedAt`, `outcome`;
 * - who handles it: `unitId`/`unitName`, `departmentId`/`departmentName`,
 *   `workerId`/`workerName`;
 * - where it is: the grid chain from the district to the micro-grid, ids and names, and
 *   `longitude`, `latitude` with their `coordinateSystem`;
 * - how it went: `reworkCount`, `escalationCount`, `deescalationCount`, `suspensionCount`,
 *   `extensionCount`, `reopenCount`, `linkedReportCount` (duplicate reports merged into it);
 * - what was reported and by whom: `description`, `reporterKind`, `reporterPersonId`,
 *   `reporterName`, `reporterMobile`, and `personalData`, which says whether this row's
 *   reporter and description are `masked` or `unmasked`.
 *
 * @example
 * ```ts
 * import { CASE_EXPORT_COLUMNS } from '@wangge/core';
 * CASE_EXPORT_COLUMNS.indexOf('step'); // 4
 * ```
 */
export const CASE_EXPORT_COLUMNS = [
  'id',
  'categoryCode',
  'categoryName',
  'priority',
  'step',
  'level',
  'status',
  'overdue',
  'dueAt',
  'createdAt',
  'updatedAt',
  'archivedAt',
  'outcome',
  'unitId',
  'unitName',
  'departmentId',
  'departmentName',
  'workerId',
  'workerName',
  'districtId',
  'districtName',
  'streetId',
  'streetName',
  'communityId',
  'communityName',
  'gridId',
  'gridName',
  'microGridId',
  'microGridName',
  'longitude',
  'latitude',
  'coordinateSystem',
  'reworkCount',
  'escalationCount',
  'deescalationCount',
  'suspensionCount',
  'extensionCount',
  'reopenCount',
  'linkedReportCount',
  'description',
  'reporterKind',
  'reporterPersonId',
  'reporterName',
  'reporterMobile',
  'personalData',
] as const;

/**
 * The name of a column of a case export.
 *
 * @example
 * ```ts
 * import type { CaseExportColumn } from '@wangge/core';
 * const columns: CaseExportColumn[] = ['id', 'categoryName', 'step', 'dueAt', 'overdue'];
 * ```
 */
export type CaseExportColumn = (typeof CASE_EXPORT_COLUMNS)[number];

/**
 * The header of each export column in zh-CN and en: `casesToCsv` writes the English one (the
 * column's name) by default, the Chinese one with `headers: 'zh-CN'`.
 *
 * @example
 * ```ts
 * import { CASE_EXPORT_HEADERS } from '@wangge/core';
 * CASE_EXPORT_HEADERS.dueAt['zh-CN']; // '办理时限'
 * ```
 */
export const CASE_EXPORT_HEADERS: Readonly<Record<CaseExportColumn, LocalizedText>> = {
  id: { 'zh-CN': '案件编号', en: 'id' },
  categoryCode: { 'zh-CN': '类别代码', en: 'categoryCode' },
  categoryName: { 'zh-CN': '问题类别', en: 'categoryName' },
  priority: { 'zh-CN': '紧急程度', en: 'priority' },
  step: { 'zh-CN': '办理环节', en: 'step' },
  level: { 'zh-CN': '处置层级', en: 'level' },
  status: { 'zh-CN': '状态', en: 'status' },
  overdue: { 'zh-CN': '是否超期', en: 'overdue' },
  dueAt: { 'zh-CN': '办理时限', en: 'dueAt' },
  createdAt: { 'zh-CN': '上报时间', en: 'createdAt' },
  updatedAt: { 'zh-CN': '更新时间', en: 'updatedAt' },
  archivedAt: { 'zh-CN': '归档时间', en: 'archivedAt' },
  outcome: { 'zh-CN': '办结结果', en: 'outcome' },
  unitId: { 'zh-CN': '责任单位编号', en: 'unitId' },
  unitName: { 'zh-CN': '责任单位', en: 'unitName' },
  departmentId: { 'zh-CN': '职能部门编号', en: 'departmentId' },
  departmentName: { 'zh-CN': '职能部门', en: 'departmentName' },
  workerId: { 'zh-CN': '处置人员编号', en: 'workerId' },
  workerName: { 'zh-CN': '处置人员', en: 'workerName' },
  districtId: { 'zh-CN': '区编号', en: 'districtId' },
  districtName: { 'zh-CN': '区', en: 'districtName' },
  streetId: { 'zh-CN': '街道（乡镇）编号', en: 'streetId' },
  streetName: { 'zh-CN': '街道（乡镇）', en: 'streetName' },
  communityId: { 'zh-CN': '社区（村）编号', en: 'communityId' },
  communityName: { 'zh-CN': '社区（村）', en: 'communityName' },
  gridId: { 'zh-CN': '网格编号', en: 'gridId' },
  gridName: { 'zh-CN': '网格', en: 'gridName' },
  microGridId: { 'zh-CN': '微网格编号', en: 'microGridId' },
  microGridName: { 'zh-CN': '微网格', en: 'microGridName' },
  longitude: { 'zh-CN': '经度', en: 'longitude' },
  latitude: { 'zh-CN': '纬度', en: 'latitude' },
  coordinateSystem: { 'zh-CN': '坐标系', en: 'coordinateSystem' },
  reworkCount: { 'zh-CN': '返工次数', en: 'reworkCount' },
  escalationCount: { 'zh-CN': '上报上级次数', en: 'escalationCount' },
  deescalationCount: { 'zh-CN': '下派次数', en: 'deescalationCount' },
  suspensionCount: { 'zh-CN': '缓办次数', en: 'suspensionCount' },
  extensionCount: { 'zh-CN': '延期次数', en: 'extensionCount' },
  reopenCount: { 'zh-CN': '重新办理次数', en: 'reopenCount' },
  linkedReportCount: { 'zh-CN': '合并重复上报数', en: 'linkedReportCount' },
  description: { 'zh-CN': '问题描述', en: 'description' },
  reporterKind: { 'zh-CN': '上报来源', en: 'reporterKind' },
  reporterPersonId: { 'zh-CN': '上报人编号', en: 'reporterPersonId' },
  reporterName: { 'zh-CN': '上报人姓名', en: 'reporterName' },
  reporterMobile: { 'zh-CN': '上报人手机', en: 'reporterMobile' },
  personalData: { 'zh-CN': '个人信息', en: 'personalData' },
};
