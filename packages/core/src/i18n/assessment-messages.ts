import type { AssessmentMetricName, UnmeasuredReason } from '../assessment/assessment-metric.js';
import type { LocalizedText } from './localized-text.js';

/**
 * The codes of the problems that grid assessment (网格考核) finds in what it is given. Each is
 * stable: a host may branch on it.
 *
 * Patrol trajectories (`measurePatrol`, `dutyStatus`):
 * - `patrol_invalid_coordinate`: a point's longitude or latitude is not a finite number in range;
 * - `patrol_invalid_time`: a point's time is not ISO 8601 with an offset;
 * - `patrol_invalid_accuracy`: a point's accuracy is not a non-negative number of metres;
 * - `patrol_too_many_points`: a track has more points than one measurement takes;
 * - `patrol_grid_no_area`: the grid measured against has no area;
 * - `assessment_invalid_option`: an option is not a number in its range;
 * - `duty_roster_ambiguous`: both a built roster and shifts or check-ins were given.
 *
 * Assessment schemes (`parseAssessmentScheme`, and every scoring function):
 * - `assessment_unknown_metric`: a metric that wangge does not know;
 * - `assessment_duplicate_metric`: a metric listed twice;
 * - `assessment_negative_weight`: a weight below 0;
 * - `assessment_weights_zero`: weights that add up to 0;
 * - `assessment_direction_mismatch`: a direction contrary to the metric's (a rework rate is
 *   better lower, whatever a scheme says);
 * - `assessment_floor_missing`: a linear rule without its floor;
 * - `assessment_floor_target`: a floor on the wrong side of the target;
 * - `assessment_value_out_of_range`: a target or floor outside what the metric can be.
 *
 * Scoring (`assessGrid`, `assessWorker`, `rankAssessments`):
 * - `assessment_no_report`: no KPI report was given;
 * - `assessment_scope_kind`: a KPI report for another kind of unit;
 * - `assessment_scope_mismatch`: KPI reports of different units;
 * - `assessment_windows_overlap`: KPI reports whose windows overlap (cases would count twice);
 * - `assessment_invalid_report`: a KPI report with a figure that is not a count, or a ratio whose
 *   value is not its numerator over its denominator;
 * - `assessment_invalid_patrol`: a patrol measurement with a figure that is not a number of 0 or
 *   more (a share above 1);
 * - `assessment_patrol_other_unit`: a patrol measured for another grid or worker;
 * - `assessment_patrol_outside_window`: a patrol that did not start in the reports' window;
 * - `assessment_rank_mixed`: assessments of different schemes or kinds of unit ranked together;
 * - `assessment_duplicate_subject`: one unit assessed twice in a ranking.
 *
 * @example
 * ```ts
 * import type { AssessmentMessageCode } from '@wangge/core';
 * const code: AssessmentMessageCode = 'assessment_weights_zero';
 * ```
 */
export type AssessmentMessageCode =
  | 'patrol_invalid_coordinate'
  | 'patrol_invalid_time'
  | 'patrol_invalid_accuracy'
  | 'patrol_too_many_points'
  | 'patrol_grid_no_area'
  | 'assessment_invalid_option'
  | 'duty_roster_ambiguous'
  | 'assessment_unknown_metric'
  | 'assessment_duplicate_metric'
  | 'assessment_negative_weight'
  | 'assessment_weights_zero'
  | 'assessment_direction_mismatch'
  | 'assessment_floor_missing'
  | 'assessment_floor_target'
  | 'assessment_value_out_of_range'
  | 'assessment_no_report'
  | 'assessment_scope_kind'
  | 'assessment_scope_mismatch'
  | 'assessment_windows_overlap'
  | 'assessment_invalid_report'
  | 'assessment_invalid_patrol'
  | 'assessment_patrol_other_unit'
  | 'assessment_patrol_outside_window'
  | 'assessment_rank_mixed'
  | 'assessment_duplicate_subject';

/**
 * What an assessment message may mention: ids, metric and option names, ranges. Never a
 * coordinate or a time of a worker's track.
 *
 * @example
 * ```ts
 * import type { AssessmentMessageParams } from '@wangge/core';
 * const params: AssessmentMessageParams = { name: 'radiusMeters', range: '(0, 1000]' };
 * ```
 */
export type AssessmentMessageParams = Readonly<Record<string, string | undefined>>;

/**
 * One entry of {@link ASSESSMENT_MESSAGES}: what was expected and the sentence for a user.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_MESSAGES, type AssessmentMessageEntry } from '@wangge/core';
 * const entry: AssessmentMessageEntry = ASSESSMENT_MESSAGES.assessment_weights_zero;
 * entry.message({}).en;
 * ```
 */
export interface AssessmentMessageEntry {
  readonly expected: (p: AssessmentMessageParams) => LocalizedText;
  readonly message: (p: AssessmentMessageParams) => LocalizedText;
}

const fixed = (text: LocalizedText) => () => text;

/**
 * The messages of {@link AssessmentMessageCode}, in zh-CN and en. They never quote a position
 * or a time of a track: a worker's whereabouts are personal data.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_MESSAGES } from '@wangge/core';
 * ASSESSMENT_MESSAGES.assessment_duplicate_metric.message({ metric: 'closure-rate' }).en;
 * // "The metric 'closure-rate' is listed more than once."
 * ```
 */
export const ASSESSMENT_MESSAGES: Readonly<Record<AssessmentMessageCode, AssessmentMessageEntry>> =
  {
    patrol_invalid_coordinate: {
      expected: fixed({
        'zh-CN': '经度 −180…180、纬度 −90…90 的有限数值',
        en: 'finite numbers, longitude −180…180 and latitude −90…90',
      }),
      message: fixed({
        'zh-CN': '轨迹点坐标无效：经纬度必须是有限数值且在取值范围内。',
        en: 'Invalid track point: its longitude and latitude must be finite numbers within range.',
      }),
    },
    patrol_invalid_time: {
      expected: fixed({
        'zh-CN': '带时区偏移的 ISO 8601 时间，例如 2026-11-26T09:30:00+08:00',
        en: 'an ISO 8601 time with offset, e.g. 2026-11-26T09:30:00+08:00',
      }),
      message: fixed({
        'zh-CN': '轨迹点时间无效：应为带时区偏移的 ISO 8601 时间，例如 2026-11-26T09:30:00+08:00。',
        en: 'Invalid track point time: expected ISO 8601 with an offset, e.g. 2026-11-26T09:30:00+08:00.',
      }),
    },
    patrol_invalid_accuracy: {
      expected: fixed({ 'zh-CN': '不小于 0 的米数', en: 'a number of metres, 0 or more' }),
      message: fixed({
        'zh-CN': '轨迹点精度无效：应为不小于 0 的有限米数（可省略）。',
        en: 'Invalid track point accuracy: expected a finite number of metres, 0 or more (or none).',
      }),
    },
    patrol_too_many_points: {
      expected: (p) => ({
        'zh-CN': `至多 ${p.max ?? ''} 个轨迹点`,
        en: `at most ${p.max ?? ''} points`,
      }),
      message: (p) => ({
        'zh-CN': `轨迹点过多：一次至多计量 ${p.max ?? ''} 个点，请按天或按班次拆分轨迹。`,
        en: `Too many track points: one measurement takes at most ${p.max ?? ''}; split the track by day or by shift.`,
      }),
    },
    patrol_grid_no_area: {
      expected: fixed({ 'zh-CN': '面积大于 0 的网格范围', en: 'a grid area larger than 0' }),
      message: fixed({
        'zh-CN': '网格范围的面积为 0：无法计算覆盖率，请检查其边界。',
        en: 'The grid has no area: its coverage cannot be computed; check its boundary.',
      }),
    },
    assessment_invalid_option: {
      expected: (p) => ({
        'zh-CN': `取值范围 ${p.range ?? ''}`,
        en: `a number in ${p.range ?? ''}`,
      }),
      message: (p) => ({
        'zh-CN': `选项 ${p.name ?? ''} 无效：应为 ${p.range ?? ''} 内的数值。`,
        en: `The option ${p.name ?? ''} is invalid: expected a number in ${p.range ?? ''}.`,
      }),
    },
    duty_roster_ambiguous: {
      expected: fixed({
        'zh-CN': 'roster，或 shifts 与 checkIns，二者取一',
        en: 'either roster, or shifts and checkIns',
      }),
      message: fixed({
        'zh-CN': '同时给出了已建好的值班表（roster）和班次或打卡记录：请只给一种，以免二者不一致。',
        en: 'Both a built roster and shifts or check-ins were given: give one or the other, so that they cannot disagree.',
      }),
    },
    assessment_unknown_metric: {
      expected: (p) => ({ 'zh-CN': `以下之一：${p.names ?? ''}`, en: `one of ${p.names ?? ''}` }),
      message: (p) => ({
        'zh-CN': `未知的考核指标：应为以下之一：${p.names ?? ''}。`,
        en: `Unknown metric: expected one of ${p.names ?? ''}.`,
      }),
    },
    assessment_duplicate_metric: {
      expected: fixed({ 'zh-CN': '每项指标只列一次', en: 'each metric listed once' }),
      message: (p) => ({
        'zh-CN': `考核指标 “${p.metric ?? ''}” 重复列出。`,
        en: `The metric '${p.metric ?? ''}' is listed more than once.`,
      }),
    },
    assessment_negative_weight: {
      expected: fixed({ 'zh-CN': '不小于 0 的权重', en: 'a weight of 0 or more' }),
      message: (p) => ({
        'zh-CN': `考核指标 “${p.metric ?? ''}” 的权重为负数：权重应不小于 0。`,
        en: `The metric '${p.metric ?? ''}' has a negative weight: weights must be 0 or more.`,
      }),
    },
    assessment_weights_zero: {
      expected: fixed({ 'zh-CN': '权重之和大于 0', en: 'weights adding up to more than 0' }),
      message: fixed({
        'zh-CN': '各项指标的权重之和为 0：至少一项指标应有正权重。',
        en: 'The weights add up to 0: at least one metric needs a positive weight.',
      }),
    },
    assessment_direction_mismatch: {
      expected: (p) => ({
        'zh-CN': directionText(p.direction, 'zh-CN'),
        en: directionText(p.direction, 'en'),
      }),
      message: (p) => ({
        'zh-CN': `考核指标 “${p.metric ?? ''}” 的方向应为${directionText(p.direction, 'zh-CN')}。`,
        en: `The metric '${p.metric ?? ''}' is ${directionText(p.direction, 'en')}.`,
      }),
    },
    assessment_floor_missing: {
      expected: fixed({ 'zh-CN': '下限（floor）', en: 'a floor' }),
      message: (p) => ({
        'zh-CN': `考核指标 “${p.metric ?? ''}” 按线性计分，需要下限（floor）：达到下限得 0 分，达到目标得 100 分。`,
        en: `The metric '${p.metric ?? ''}' is scored linearly and needs a floor: the floor scores 0, the target 100.`,
      }),
    },
    assessment_floor_target: {
      expected: (p) => ({
        'zh-CN': p.direction === 'lower-better' ? '大于目标的下限' : '小于目标的下限',
        en:
          p.direction === 'lower-better' ? 'a floor above the target' : 'a floor below the target',
      }),
      message: (p) => ({
        'zh-CN':
          p.direction === 'lower-better'
            ? `考核指标 “${p.metric ?? ''}” 越低越好：下限（得 0 分的值）应大于目标。`
            : `考核指标 “${p.metric ?? ''}” 越高越好：下限（得 0 分的值）应小于目标。`,
        en:
          p.direction === 'lower-better'
            ? `The metric '${p.metric ?? ''}' is better lower: its floor (the value that scores 0) must be above its target.`
            : `The metric '${p.metric ?? ''}' is better higher: its floor (the value that scores 0) must be below its target.`,
      }),
    },
    assessment_value_out_of_range: {
      expected: (p) => ({
        'zh-CN': `取值范围 ${p.range ?? ''}`,
        en: `a number in ${p.range ?? ''}`,
      }),
      message: (p) => ({
        'zh-CN': `考核指标 “${p.metric ?? ''}” 的目标或下限超出其取值范围 ${p.range ?? ''}。`,
        en: `The target or floor of the metric '${p.metric ?? ''}' is outside its range ${p.range ?? ''}.`,
      }),
    },
    assessment_no_report: {
      expected: fixed({ 'zh-CN': '至少一份考核期的统计报表', en: 'at least one KPI report' }),
      message: fixed({
        'zh-CN': '没有给出统计报表：考核需要考核期内该单位的 KPI 报表。',
        en: 'No KPI report was given: an assessment needs the unit’s KPI report for the period.',
      }),
    },
    assessment_scope_kind: {
      expected: (p) => ({
        'zh-CN': `统计范围为 ${p.kinds ?? ''}`,
        en: `a report scoped to a ${p.kinds ?? ''}`,
      }),
      message: (p) => ({
        'zh-CN': `统计报表的范围不对：此处应为 ${p.kinds ?? ''} 的报表。`,
        en: `The KPI report is for the wrong kind of unit: expected a report for a ${p.kinds ?? ''}.`,
      }),
    },
    assessment_scope_mismatch: {
      expected: fixed({ 'zh-CN': '同一单位的报表', en: 'reports of one unit' }),
      message: fixed({
        'zh-CN': '统计报表属于不同单位：一次考核只能合并同一单位的报表。',
        en: 'The KPI reports are of different units: one assessment combines reports of one unit only.',
      }),
    },
    assessment_windows_overlap: {
      expected: fixed({ 'zh-CN': '互不重叠的统计时段', en: 'windows that do not overlap' }),
      message: fixed({
        'zh-CN': '统计报表的时段相互重叠：重叠部分的案件会被重复计算。',
        en: 'The KPI reports’ windows overlap: the cases in the overlap would count twice.',
      }),
    },
    assessment_invalid_report: {
      expected: fixed({
        'zh-CN': '非负计数；比率的值等于分子除以分母（分母为 0 时为 null）',
        en: 'counts of 0 or more; a ratio’s value equal to numerator ÷ denominator (null when it is 0)',
      }),
      message: (p) => ({
        'zh-CN': `统计报表的 ${p.field ?? ''} 无效：计数应为非负整数，比率的值应等于分子除以分母且不大于 1。`,
        en: `The KPI report’s ${p.field ?? ''} is invalid: counts must be whole numbers of 0 or more, and a ratio’s value its numerator over its denominator, at most 1.`,
      }),
    },
    assessment_invalid_patrol: {
      expected: fixed({
        'zh-CN': '不小于 0 的有限数值（覆盖率不大于 1）',
        en: 'a finite number of 0 or more (a share at most 1)',
      }),
      message: (p) => ({
        'zh-CN': `巡查记录的 ${p.field ?? ''} 无效：应为不小于 0 的有限数值，覆盖率不大于 1。`,
        en: `The patrol measurement’s ${p.field ?? ''} is invalid: expected a finite number of 0 or more, and a share at most 1.`,
      }),
    },
    assessment_patrol_other_unit: {
      expected: (p) => ({
        'zh-CN': `“${p.id ?? ''}” 的巡查`,
        en: `patrols of '${p.id ?? ''}'`,
      }),
      message: (p) => ({
        'zh-CN': `这条巡查记录不属于被考核的 “${p.id ?? ''}”。`,
        en: `This patrol is not one of '${p.id ?? ''}', which is being assessed.`,
      }),
    },
    assessment_patrol_outside_window: {
      expected: fixed({
        'zh-CN': '始于统计时段内的巡查',
        en: 'a patrol that starts in the window',
      }),
      message: fixed({
        'zh-CN': '这条巡查记录不在考核期内开始：它不能计入本期考核。',
        en: 'This patrol did not start in the assessed period: it cannot count towards it.',
      }),
    },
    assessment_rank_mixed: {
      expected: fixed({
        'zh-CN': '同一考核方案、同类单位的考核结果',
        en: 'assessments under one scheme, of one kind of unit',
      }),
      message: fixed({
        'zh-CN': '参与排名的考核结果采用了不同方案或属于不同类单位，无法比较。',
        en: 'The assessments ranked use different schemes or are of different kinds of unit: they cannot be compared.',
      }),
    },
    assessment_duplicate_subject: {
      expected: fixed({ 'zh-CN': '每个单位一条考核结果', en: 'one assessment per unit' }),
      message: (p) => ({
        'zh-CN': `“${p.id ?? ''}” 在排名中出现了不止一次。`,
        en: `'${p.id ?? ''}' appears more than once in the ranking.`,
      }),
    },
  };

function directionText(direction: string | undefined, locale: 'zh-CN' | 'en'): string {
  if (direction === 'lower-better') return locale === 'zh-CN' ? '越低越好' : 'better lower';
  return locale === 'zh-CN' ? '越高越好' : 'better higher';
}

/**
 * The name of each assessment metric, in zh-CN and en, as a report shows it.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_METRIC_NAMES } from '@wangge/core';
 * ASSESSMENT_METRIC_NAMES['on-time-rate']['zh-CN']; // '按期结案率'
 * ```
 */
export const ASSESSMENT_METRIC_NAMES: Readonly<Record<AssessmentMetricName, LocalizedText>> = {
  'on-time-rate': { 'zh-CN': '按期结案率', en: 'On-time closure rate' },
  'closure-rate': { 'zh-CN': '结案率', en: 'Closure rate' },
  'rework-rate': { 'zh-CN': '返工率', en: 'Rework rate' },
  'extension-rate': { 'zh-CN': '延期率', en: 'Extension rate' },
  'grid-resolution-share': {
    'zh-CN': '网格内解决率（微事不出格）',
    en: 'Share resolved in the grid',
  },
  'overdue-now': { 'zh-CN': '当前超期案件数', en: 'Cases overdue now' },
  'patrol-coverage': { 'zh-CN': '巡查覆盖率', en: 'Patrol coverage' },
  'patrol-distance-per-day': { 'zh-CN': '日均巡查里程', en: 'Patrol distance per day' },
  'patrol-time-per-day': { 'zh-CN': '日均巡查时长', en: 'Patrol time per day' },
};

/**
 * Why a metric could not be measured, in zh-CN and en.
 *
 * @example
 * ```ts
 * import { UNMEASURED_REASON_TEXTS } from '@wangge/core';
 * UNMEASURED_REASON_TEXTS['no-closures-due'].en; // 'no case was due for closure in the period'
 * ```
 */
export const UNMEASURED_REASON_TEXTS: Readonly<Record<UnmeasuredReason, LocalizedText>> = {
  'no-closures-due': { 'zh-CN': '本期无应结案件', en: 'no case was due for closure in the period' },
  'no-closures': { 'zh-CN': '本期无结案', en: 'no case was closed in the period' },
  'no-patrol-data': { 'zh-CN': '未提供巡查轨迹', en: 'no patrol data was given' },
};
