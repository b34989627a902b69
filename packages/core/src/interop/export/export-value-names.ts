import type { LocalizedText } from '../../i18n/localized-text.js';
import type { CaseOutcome } from '../../schema/case-record.js';
import type { CasePriority } from '../../schema/case-priority.js';
import type { CaseReporter } from '../../schema/case-reporter.js';

/**
 * Where a case stands, in one word, in the `status` column of an export: `closed` once archived
 * (结案归档), `suspended` while a suspension (缓办) stops its clock, `open` otherwise.
 *
 * @example
 * ```ts
 * import type { CaseExportStatus } from '@wangge/core';
 * const status: CaseExportStatus = 'suspended';
 * ```
 */
export type CaseExportStatus = 'open' | 'suspended' | 'closed';

/**
 * Whether an exported row shows its reporter and description as they are (`unmasked`, for a
 * person whose `ExportPermission` covers the case) or masked (`masked`, the default).
 *
 * @example
 * ```ts
 * import type { PersonalDataState } from '@wangge/core';
 * const state: PersonalDataState = 'masked';
 * ```
 */
export type PersonalDataState = 'masked' | 'unmasked';

/**
 * The names, in zh-CN and en, of the values of the export columns that hold codes and are not
 * named elsewhere (steps and levels are named by `CASE_STEP_NAMES` and `HANDLING_LEVEL_NAMES`):
 * what an export writes with `values: 'zh-CN'` or `values: 'en'`. `boolean` names the yes/no of
 * `overdue` in CSV.
 *
 * @example
 * ```ts
 * import { CASE_EXPORT_VALUE_NAMES } from '@wangge/core';
 * CASE_EXPORT_VALUE_NAMES.status.suspended['zh-CN']; // '缓办中'
 * CASE_EXPORT_VALUE_NAMES.reporterKind.hotline.en; // '12345 hotline'
 * ```
 */
export const CASE_EXPORT_VALUE_NAMES: {
  readonly priority: Readonly<Record<CasePriority, LocalizedText>>;
  readonly status: Readonly<Record<CaseExportStatus, LocalizedText>>;
  readonly outcome: Readonly<Record<CaseOutcome, LocalizedText>>;
  readonly reporterKind: Readonly<Record<CaseReporter['kind'], LocalizedText>>;
  readonly personalData: Readonly<Record<PersonalDataState, LocalizedText>>;
  readonly boolean: Readonly<Record<'true' | 'false', LocalizedText>>;
} = {
  priority: {
    normal: { 'zh-CN': '一般', en: 'Normal' },
    urgent: { 'zh-CN': '紧急', en: 'Urgent' },
    alarm: { 'zh-CN': '一键报警', en: 'Alarm' },
  },
  status: {
    open: { 'zh-CN': '办理中', en: 'Open' },
    suspended: { 'zh-CN': '缓办中', en: 'Suspended' },
    closed: { 'zh-CN': '已结案', en: 'Closed' },
  },
  outcome: {
    resolved: { 'zh-CN': '已解决', en: 'Resolved' },
    invalid: { 'zh-CN': '无效上报', en: 'Invalid' },
    duplicate: { 'zh-CN': '重复上报', en: 'Duplicate' },
    referred: { 'zh-CN': '转交办理', en: 'Referred' },
  },
  reporterKind: {
    'grid-worker': { 'zh-CN': '网格员', en: 'Grid worker' },
    resident: { 'zh-CN': '居民', en: 'Resident' },
    hotline: { 'zh-CN': '12345 热线', en: '12345 hotline' },
    alarm: { 'zh-CN': '一键报警', en: 'Alarm' },
    system: { 'zh-CN': '系统', en: 'System' },
  },
  personalData: {
    masked: { 'zh-CN': '已脱敏', en: 'Masked' },
    unmasked: { 'zh-CN': '未脱敏', en: 'Unmasked' },
  },
  boolean: {
    true: { 'zh-CN': '是', en: 'Yes' },
    false: { 'zh-CN': '否', en: 'No' },
  },
};
