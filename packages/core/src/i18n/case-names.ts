import type { CaseCommandType } from '../schema/case-command.js';
import type { CaseEventType } from '../schema/case-event-data.js';
import type { CaseStep } from '../schema/case-step.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import type { LocalizedText } from './localized-text.js';

/**
 * The names of the six steps of the closed loop (闭环管理) in zh-CN and en.
 *
 * @example
 * ```ts
 * import { CASE_STEP_NAMES } from '@wangge/core';
 * CASE_STEP_NAMES.filed['zh-CN']; // '案卷建立'
 * ```
 */
export const CASE_STEP_NAMES: Readonly<Record<CaseStep, LocalizedText>> = {
  reported: { 'zh-CN': '问题上报', en: 'Reported' },
  filed: { 'zh-CN': '案卷建立', en: 'Filed' },
  assigned: { 'zh-CN': '任务指派', en: 'Assigned' },
  investigating: { 'zh-CN': '调查落实', en: 'Investigating' },
  resolved: { 'zh-CN': '处理反馈', en: 'Resolved' },
  archived: { 'zh-CN': '结案归档', en: 'Archived' },
};

/**
 * The names of the four handling levels (四级处置) in zh-CN and en.
 *
 * @example
 * ```ts
 * import { HANDLING_LEVEL_NAMES } from '@wangge/core';
 * HANDLING_LEVEL_NAMES.street.en; // 'Street/town'
 * ```
 */
export const HANDLING_LEVEL_NAMES: Readonly<Record<HandlingLevel, LocalizedText>> = {
  grid: { 'zh-CN': '网格', en: 'Grid' },
  community: { 'zh-CN': '社区', en: 'Community' },
  street: { 'zh-CN': '街镇', en: 'Street/town' },
  district: { 'zh-CN': '区级', en: 'District' },
};

/**
 * The names of the case commands in zh-CN and en, for buttons and messages.
 *
 * @example
 * ```ts
 * import { CASE_COMMAND_NAMES } from '@wangge/core';
 * CASE_COMMAND_NAMES.escalate['zh-CN']; // '上报上级'
 * ```
 */
export const CASE_COMMAND_NAMES: Readonly<Record<CaseCommandType, LocalizedText>> = {
  report: { 'zh-CN': '上报问题', en: 'Report' },
  'raise-alarm': { 'zh-CN': '一键报警', en: 'Raise an alarm' },
  file: { 'zh-CN': '立案', en: 'File' },
  reject: { 'zh-CN': '不予立案', en: 'Reject' },
  assign: { 'zh-CN': '指派', en: 'Assign' },
  'start-investigation': { 'zh-CN': '开始调查', en: 'Start investigation' },
  resolve: { 'zh-CN': '处理反馈', en: 'Resolve' },
  'pass-verification': { 'zh-CN': '核查通过', en: 'Pass verification' },
  'fail-verification': { 'zh-CN': '核查不通过（返工）', en: 'Fail verification (rework)' },
  archive: { 'zh-CN': '结案归档', en: 'Archive' },
  escalate: { 'zh-CN': '上报上级', en: 'Escalate' },
  deescalate: { 'zh-CN': '下派', en: 'De-escalate' },
  'request-suspension': { 'zh-CN': '申请缓办', en: 'Request suspension' },
  'request-extension': { 'zh-CN': '申请延期', en: 'Request extension' },
  'approve-request': { 'zh-CN': '批准申请', en: 'Approve request' },
  'decline-request': { 'zh-CN': '驳回申请', en: 'Decline request' },
  resume: { 'zh-CN': '恢复办理', en: 'Resume' },
  reopen: { 'zh-CN': '重新办理', en: 'Reopen' },
  'link-duplicate': { 'zh-CN': '合并重复上报', en: 'Link a duplicate' },
};

/**
 * The names of the case events in zh-CN and en, as a timeline shows them.
 *
 * @example
 * ```ts
 * import { CASE_EVENT_NAMES } from '@wangge/core';
 * CASE_EVENT_NAMES['verification-failed']['zh-CN']; // '核查不通过，返工'
 * ```
 */
export const CASE_EVENT_NAMES: Readonly<Record<CaseEventType, LocalizedText>> = {
  'case-reported': { 'zh-CN': '问题上报', en: 'Reported' },
  'case-filed': { 'zh-CN': '案卷建立', en: 'Filed' },
  'case-rejected': { 'zh-CN': '不予立案', en: 'Rejected at filing' },
  'case-assigned': { 'zh-CN': '任务指派', en: 'Assigned' },
  'investigation-started': { 'zh-CN': '调查落实', en: 'Investigation started' },
  'case-resolved': { 'zh-CN': '处理反馈', en: 'Resolved, reporter told' },
  'verification-passed': { 'zh-CN': '核查通过', en: 'Verification passed' },
  'verification-failed': { 'zh-CN': '核查不通过，返工', en: 'Verification failed, rework' },
  'case-archived': { 'zh-CN': '结案归档', en: 'Archived' },
  'case-escalated': { 'zh-CN': '逐级上报', en: 'Escalated' },
  'case-deescalated': { 'zh-CN': '下派', en: 'De-escalated' },
  'suspension-requested': { 'zh-CN': '申请缓办', en: 'Suspension requested' },
  'extension-requested': { 'zh-CN': '申请延期', en: 'Extension requested' },
  'request-declined': { 'zh-CN': '申请被驳回', en: 'Request declined' },
  'case-suspended': { 'zh-CN': '缓办', en: 'Suspended' },
  'deadline-extended': { 'zh-CN': '延期', en: 'Deadline extended' },
  'case-resumed': { 'zh-CN': '恢复办理', en: 'Resumed' },
  'case-reopened': { 'zh-CN': '重新办理', en: 'Reopened' },
  'deadline-missed': { 'zh-CN': '超期督办', en: 'Deadline missed' },
  'duplicate-linked': { 'zh-CN': '合并重复上报', en: 'Duplicate report linked' },
};
