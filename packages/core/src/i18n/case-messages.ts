import { CASE_COMMAND_NAMES, CASE_STEP_NAMES, HANDLING_LEVEL_NAMES } from './case-names.js';
import type { CaseCommandType } from '../schema/case-command.js';
import type { CaseStep } from '../schema/case-step.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import { brokenLogMessage } from './broken-log-message.js';
import { eventVersionMessage } from './event-version-message.js';
import type { LocalizedText } from './localized-text.js';

/**
 * The codes of the case engine's errors and refusals. Each has a message in zh-CN and en,
 * built from ids, codes, levels and times (never from personal data).
 *
 * @example
 * ```ts
 * import type { CaseMessageCode } from '@wangge/core';
 * const code: CaseMessageCode = 'version_conflict';
 * ```
 */
export type CaseMessageCode =
  | 'case_not_found'
  | 'version_conflict'
  | 'command_id_reused'
  | 'transition_not_allowed'
  | 'unknown_category'
  | 'unknown_grid'
  | 'micro_grid_mismatch'
  | 'level_below_start'
  | 'missing_deadline'
  | 'invalid_assignee'
  | 'invalid_duplicate'
  | 'reason_detail_missing'
  | 'reopen_window_passed'
  | 'reopen_not_allowed'
  | 'invalid_level_change'
  | 'resume_time_passed'
  | 'alarm_not_configured'
  | 'broken_log'
  | 'tampered_log'
  | 'unsupported_event_version'
  | 'store_failure'
  | 'unknown_actor'
  | 'role_not_permitted'
  | 'out_of_scope'
  | 'level_not_reached'
  | 'higher_level_required'
  | 'self_verification'
  | 'self_approval';

/** The parameters a case message may mention. */
export type CaseMessageParams = Readonly<Record<string, string | number | undefined>>;

const q = (value: string | number | undefined) => `“${String(value ?? '')}”`;
const qe = (value: string | number | undefined) => `'${String(value ?? '')}'`;
type Param = string | number | undefined;
const level = (value: Param, locale: 'zh-CN' | 'en') =>
  Object.hasOwn(HANDLING_LEVEL_NAMES, String(value))
    ? HANDLING_LEVEL_NAMES[value as HandlingLevel][locale]
    : String(value ?? '');
const step = (value: Param, locale: 'zh-CN' | 'en') =>
  Object.hasOwn(CASE_STEP_NAMES, String(value))
    ? CASE_STEP_NAMES[value as CaseStep][locale]
    : String(value ?? '');
const command = (value: Param, locale: 'zh-CN' | 'en') =>
  Object.hasOwn(CASE_COMMAND_NAMES, String(value))
    ? CASE_COMMAND_NAMES[value as CaseCommandType][locale]
    : String(value ?? '');

const STATES: Readonly<Record<string, LocalizedText>> = {
  suspended: { 'zh-CN': '缓办中', en: 'suspended' },
  'suspension-requested': { 'zh-CN': '已申请缓办', en: 'suspension requested' },
  'extension-requested': { 'zh-CN': '已申请延期', en: 'extension requested' },
  'awaiting-verification': { 'zh-CN': '待核查', en: 'awaiting verification' },
  verified: { 'zh-CN': '已核查', en: 'verified' },
  resolved: { 'zh-CN': '已办结', en: 'resolved' },
  invalid: { 'zh-CN': '不予立案', en: 'rejected as invalid' },
  duplicate: { 'zh-CN': '重复案件', en: 'a duplicate' },
  referred: { 'zh-CN': '已移交', en: 'referred' },
};
const state = (value: Param, locale: 'zh-CN' | 'en') =>
  STATES[String(value)]?.[locale] ?? String(value ?? '');

/**
 * The messages of {@link CaseMessageCode}, built from their parameters.
 *
 * @example
 * ```ts
 * import { CASE_MESSAGES } from '@wangge/core';
 * CASE_MESSAGES.case_not_found({ caseId: 'c-9' }).en; // "No case has the id 'c-9'."
 * ```
 */
export const CASE_MESSAGES: Readonly<
  Record<CaseMessageCode, (p: CaseMessageParams) => LocalizedText>
> = {
  case_not_found: (p) => ({
    'zh-CN': `案件 ${q(p.caseId)} 不存在。`,
    en: `No case has the id ${qe(p.caseId)}.`,
  }),
  version_conflict: (p) => ({
    'zh-CN': `案件 ${q(p.caseId)} 已被他人更新：命令基于版本 ${String(p.expected)}，当前版本为 ${String(p.actual)}。请刷新后重试。`,
    en: `Case ${qe(p.caseId)} was changed by someone else: the command expected version ${String(p.expected)}, the case is at version ${String(p.actual)}. Reload and try again.`,
  }),
  command_id_reused: (p) => ({
    'zh-CN': `命令编号 ${q(p.commandId)} 已用于另一条不同的命令：每条命令须使用新的编号。`,
    en: `The command id ${qe(p.commandId)} was already used for a different command: every command needs a new id.`,
  }),
  transition_not_allowed: (p) => ({
    'zh-CN': `案件处于“${step(p.step, 'zh-CN')}”（${level(p.level, 'zh-CN')}${p.state ? `，${state(p.state, 'zh-CN')}` : ''}），不能执行“${command(p.command, 'zh-CN')}”。`,
    en: `“${command(p.command, 'en')}” is not possible while the case is ${step(p.step, 'en').toLowerCase()} at the ${level(p.level, 'en').toLowerCase()} level${p.state ? ` (${state(p.state, 'en')})` : ''}.`,
  }),
  unknown_category: (p) => ({
    'zh-CN': `事项目录中没有编码为 ${q(p.code)} 的事项。`,
    en: `The catalogue has no category with the code ${qe(p.code)}.`,
  }),
  unknown_grid: (p) => ({
    'zh-CN': `本区没有 id 为 ${q(p.gridId)} 的网格。`,
    en: `The district has no grid with the id ${qe(p.gridId)}.`,
  }),
  micro_grid_mismatch: (p) => ({
    'zh-CN': `微网格 ${q(p.microGridId)} 不属于网格 ${q(p.gridId)}。`,
    en: `The micro-grid ${qe(p.microGridId)} is not part of the grid ${qe(p.gridId)}.`,
  }),
  level_below_start: (p) => ({
    'zh-CN': `该事项从${level(p.startLevel, 'zh-CN')}开始办理，不能从${level(p.level, 'zh-CN')}开始。`,
    en: `This category starts at the ${level(p.startLevel, 'en').toLowerCase()} level; it cannot start at the ${level(p.level, 'en').toLowerCase()} level.`,
  }),
  missing_deadline: (p) => ({
    'zh-CN': `事项 ${q(p.code)} 没有${level(p.level, 'zh-CN')}的办理时限。`,
    en: `The category ${qe(p.code)} has no deadline at the ${level(p.level, 'en').toLowerCase()} level.`,
  }),
  invalid_assignee: (p) => ({
    'zh-CN': `不能指派给 ${q(p.id)}：${String(p.why ?? '应为该层级的责任单位、本区的职能部门，或在该单位任职的人员')}。`,
    en: `Cannot assign to ${qe(p.id)}: expected the responsible unit of the level, a department of the district, or a person serving that unit.`,
  }),
  invalid_duplicate: (p) => ({
    'zh-CN': `重复案件须指向另一件已存在的案件（${q(p.caseId)} 不可用）。`,
    en: `A duplicate must name another existing case (${qe(p.caseId)} cannot be used).`,
  }),
  reason_detail_missing: (p) => ({
    'zh-CN': `不予立案的理由为“${p.reason === 'duplicate' ? '重复' : '非本单位职责'}”时，须填写${p.reason === 'duplicate' ? '原案件（duplicateOf）' : '移交单位（referredTo）'}。`,
    en: `A rejection as ${String(p.reason)} needs ${p.reason === 'duplicate' ? 'the original case (duplicateOf)' : 'the body it is referred to (referredTo)'}.`,
  }),
  reopen_window_passed: (p) => ({
    'zh-CN': `案件于 ${String(p.archivedAt)} 结案，已超过 ${String(p.window)} 的重新办理期限。`,
    en: `The case was archived at ${String(p.archivedAt)}, more than ${String(p.window)} ago: it can no longer be reopened.`,
  }),
  reopen_not_allowed: (p) => ({
    'zh-CN': `以“${p.outcome === 'duplicate' ? '重复' : '移交'}”结案的案件不能重新办理：请处理${p.outcome === 'duplicate' ? '原案件' : '移交单位的案件'}。`,
    en: `A case closed as ${String(p.outcome)} cannot be reopened: reopen ${p.outcome === 'duplicate' ? 'the original case' : 'the case of the body it was referred to'} instead.`,
  }),
  invalid_level_change: (p) => ({
    'zh-CN': `案件在${level(p.level, 'zh-CN')}，不能${p.direction === 'up' ? '上报到' : '下派到'}${level(p.to, 'zh-CN')}。`,
    en: `The case is at the ${level(p.level, 'en').toLowerCase()} level: it cannot be ${p.direction === 'up' ? 'escalated' : 'de-escalated'} to the ${level(p.to, 'en').toLowerCase()} level.`,
  }),
  resume_time_passed: (p) => ({
    'zh-CN': `恢复办理时间 ${String(p.resumeAt)} 早于当前时间。`,
    en: `The time to resume, ${String(p.resumeAt)}, has already passed.`,
  }),
  alarm_not_configured: () => ({
    'zh-CN':
      '一键报警没有配置事项：请在命令中给出 categoryCode，或在引擎选项 alarm.categoryCode 中配置。',
    en: 'One-click alarms have no category: give categoryCode in the command, or configure alarm.categoryCode in the engine options.',
  }),
  broken_log: brokenLogMessage,
  tampered_log: (p) => ({
    'zh-CN': `案件 ${q(p.caseId)} 的第 ${String(p.version)} 条事件与哈希链不符：日志可能被篡改。`,
    en: `Event ${String(p.version)} of case ${qe(p.caseId)} does not match the hash chain: the log may have been tampered with.`,
  }),
  unsupported_event_version: eventVersionMessage,
  store_failure: (p) => ({
    'zh-CN': `案件存储失败：${String(p.detail ?? '')}`,
    en: `The case store failed: ${String(p.detail ?? '')}`,
  }),
  unknown_actor: (p) => ({
    'zh-CN': `本区没有 id 为 ${q(p.actorId)} 的人员。`,
    en: `No person of the district has the id ${qe(p.actorId)}.`,
  }),
  role_not_permitted: (p) => ({
    'zh-CN': `此人员的角色不能执行“${command(p.command, 'zh-CN')}”。`,
    en: `None of this person's roles may ${command(p.command, 'en').toLowerCase()}.`,
  }),
  out_of_scope: () => ({
    'zh-CN': '该案件不在此人员负责的区域内，也未指派给本人或其所在部门。',
    en: 'The case lies outside the units this person serves, and is not assigned to them or their department.',
  }),
  level_not_reached: (p) => ({
    'zh-CN': `案件在${level(p.level, 'zh-CN')}办理，超出此人员角色的层级。`,
    en: `The case is handled at the ${level(p.level, 'en').toLowerCase()} level, above this person's roles.`,
  }),
  higher_level_required: (p) => ({
    'zh-CN': `缓办或延期须由${level(p.level, 'zh-CN')}以上的层级批准。`,
    en: `A suspension or extension must be approved by a level above the ${level(p.level, 'en').toLowerCase()} level.`,
  }),
  self_verification: () => ({
    'zh-CN': '办理人不能核查自己办理的结果。',
    en: 'The person who resolved a case cannot verify it.',
  }),
  self_approval: () => ({
    'zh-CN': '申请人不能批准自己的申请。',
    en: 'The person who made a request cannot decide on it.',
  }),
};

/**
 * The message of a case code with its parameters.
 *
 * @example
 * ```ts
 * import { caseMessage } from '@wangge/core';
 * caseMessage('self_approval', {})['zh-CN']; // '申请人不能批准自己的申请。'
 * ```
 */
export function caseMessage(code: CaseMessageCode, params: CaseMessageParams = {}): LocalizedText {
  return CASE_MESSAGES[code](params);
}
