import type { MessageEntry } from './messages.js';

/**
 * The codes of the problems the KPI functions report beyond their queries' schemas: an empty
 * window, a malformed event in a log, a series of too many windows.
 *
 * @example
 * ```ts
 * import type { KpiMessageCode } from '@wangge/core';
 * const code: KpiMessageCode = 'kpi_window_empty';
 * ```
 */
export type KpiMessageCode = 'kpi_window_empty' | 'kpi_invalid_event' | 'kpi_too_many_windows';

/**
 * Messages of the KPI codes, in zh-CN and en.
 *
 * @example
 * ```ts
 * import { KPI_MESSAGES } from '@wangge/core';
 * KPI_MESSAGES.kpi_window_empty.message.en;
 * // 'The window is empty: to must be after from (the window includes from and excludes to).'
 * ```
 */
export const KPI_MESSAGES: Readonly<Record<KpiMessageCode, MessageEntry>> = {
  kpi_window_empty: {
    expected: { 'zh-CN': '晚于 from 的时刻', en: 'an instant after from' },
    message: {
      'zh-CN': '统计时段为空：to 应晚于 from（时段含 from，不含 to）。',
      en: 'The window is empty: to must be after from (the window includes from and excludes to).',
    },
  },
  kpi_invalid_event: {
    expected: {
      'zh-CN': '案件事件（type、caseId、version、at 及其数据）',
      en: 'a case event (type, caseId, version, at and its data)',
    },
    message: {
      'zh-CN': '不是有效的案件事件：缺少或无法识别 type、caseId、version、at，或该类事件的数据。',
      en: 'Not a valid case event: its type, caseId, version, at or the data of its type is missing or unknown.',
    },
  },
  kpi_too_many_windows: {
    expected: { 'zh-CN': '至多 10000 个统计时段', en: 'at most 10,000 windows' },
    message: {
      'zh-CN': '统计时段过多：请缩短时间范围或加大间隔（至多 10000 个时段）。',
      en: 'Too many windows: shorten the range or widen the interval (at most 10,000 windows).',
    },
  },
};
