import type { KpiMetric, KpiRatioMetric } from '../shared/kpi-metrics.js';

type MetricTerms = {
  [M in KpiMetric as `kpiPanel.metric.${M}`]: string;
} & {
  [M in KpiRatioMetric as `kpiPanel.detail.${M}`]: (n: string, d: string) => string;
};

/** The strings of `<wg-kpi-panel>`. */
export type KpiPanelTerms = MetricTerms & {
  'kpiPanel.label': string;
  'kpiPanel.empty': string;
  'kpiPanel.period': (range: string) => string;
  'kpiPanel.previous': (range: string) => string;
  'kpiPanel.hint.resolvedAtGrid': string;
  'kpiPanel.nothingDue': string;
  'kpiPanel.nothingClosed': string;
  'kpiPanel.missing': string;
  'kpiPanel.unit': (n: string) => string;
  'kpiPanel.cases': (n: string) => string;
  'kpiPanel.points': (pp: string) => string;
  'kpiPanel.pointsSpoken': (pp: string) => string;
  'kpiPanel.up': (change: string, verdict: string) => string;
  'kpiPanel.down': (change: string, verdict: string) => string;
  'kpiPanel.flat': string;
  'kpiPanel.flatShort': string;
  'kpiPanel.better': string;
  'kpiPanel.worse': string;
  'kpiPanel.noPrevious': string;
  'kpiPanel.sparkline': (
    label: string,
    periods: number,
    first: string,
    last: string,
    high: string,
    low: string,
  ) => string;
  'kpiPanel.sparklineGaps': (periods: number) => string;
  'kpiPanel.sparklineEmpty': (label: string, periods: number) => string;
  'kpiPanel.seriesCaption': string;
  'kpiPanel.periodColumn': string;
  'kpiPanel.noValue': string;
};

export const kpiPanelZhCN: KpiPanelTerms = {
  'kpiPanel.label': '指挥中心指标',
  'kpiPanel.empty': '暂无指标数据',
  'kpiPanel.period': (range) => `统计周期：${range}`,
  'kpiPanel.previous': (range) => `对比上期：${range}`,
  'kpiPanel.metric.closureRate': '结案率',
  'kpiPanel.metric.onTimeRate': '按期结案率',
  'kpiPanel.metric.reworkRate': '返工率',
  'kpiPanel.metric.extensionRate': '延期率',
  'kpiPanel.metric.suspensionsInForce': '缓办中',
  'kpiPanel.metric.overdueNow': '当前超期',
  'kpiPanel.metric.open': '在办案件',
  'kpiPanel.metric.closed': '结案数',
  'kpiPanel.metric.resolvedAtGrid': '网格办结占比',
  'kpiPanel.hint.resolvedAtGrid': '微事不出格',
  'kpiPanel.detail.closureRate': (n, d) => `结案 ${n} 件 / 应结案 ${d} 件`,
  'kpiPanel.detail.onTimeRate': (n, d) => `按期结案 ${n} 件 / 应结案 ${d} 件`,
  'kpiPanel.detail.reworkRate': (n, d) => `返工 ${n} 件 / 结案 ${d} 件`,
  'kpiPanel.detail.extensionRate': (n, d) => `延期 ${n} 件 / 应结案 ${d} 件`,
  'kpiPanel.detail.resolvedAtGrid': (n, d) => `网格办结 ${n} 件 / 结案 ${d} 件`,
  'kpiPanel.nothingDue': '本期无应结案件，无法计算',
  'kpiPanel.nothingClosed': '本期无结案案件，无法计算',
  'kpiPanel.missing': '报表中无此项数据',
  'kpiPanel.unit': () => '件',
  'kpiPanel.cases': (n) => `${n} 件`,
  'kpiPanel.points': (pp) => `${pp} 个百分点`,
  'kpiPanel.pointsSpoken': (pp) => `${pp} 个百分点`,
  'kpiPanel.up': (change, verdict) => `较上期上升 ${change}，${verdict}`,
  'kpiPanel.down': (change, verdict) => `较上期下降 ${change}，${verdict}`,
  'kpiPanel.flat': '与上期持平',
  'kpiPanel.flatShort': '持平',
  'kpiPanel.better': '向好',
  'kpiPanel.worse': '变差',
  'kpiPanel.noPrevious': '上期无可比数据',
  'kpiPanel.sparkline': (label, periods, first, last, high, low) =>
    `${label}近 ${String(periods)} 期走势：由 ${first} 到 ${last}，最高 ${high}，最低 ${low}`,
  'kpiPanel.sparklineGaps': (periods) => `，其中 ${String(periods)} 期无数据`,
  'kpiPanel.sparklineEmpty': (label, periods) => `${label}近 ${String(periods)} 期均无数据`,
  'kpiPanel.seriesCaption': '各期指标（由远及近）',
  'kpiPanel.periodColumn': '统计周期',
  'kpiPanel.noValue': '无数据',
};

export const kpiPanelEn: KpiPanelTerms = {
  'kpiPanel.label': 'Command-centre figures',
  'kpiPanel.empty': 'No figures to show',
  'kpiPanel.period': (range) => `Period: ${range}`,
  'kpiPanel.previous': (range) => `Compared with: ${range}`,
  'kpiPanel.metric.closureRate': 'Closure rate',
  'kpiPanel.metric.onTimeRate': 'On-time closure rate',
  'kpiPanel.metric.reworkRate': 'Rework rate',
  'kpiPanel.metric.extensionRate': 'Extension rate',
  'kpiPanel.metric.suspensionsInForce': 'Suspended',
  'kpiPanel.metric.overdueNow': 'Overdue now',
  'kpiPanel.metric.open': 'Open cases',
  'kpiPanel.metric.closed': 'Cases closed',
  'kpiPanel.metric.resolvedAtGrid': 'Resolved at the grid',
  'kpiPanel.hint.resolvedAtGrid': 'Micro matters stay in the grid',
  'kpiPanel.detail.closureRate': (n, d) => `${n} closed of ${d} due`,
  'kpiPanel.detail.onTimeRate': (n, d) => `${n} on time of ${d} due`,
  'kpiPanel.detail.reworkRate': (n, d) => `${n} reworked of ${d} closed`,
  'kpiPanel.detail.extensionRate': (n, d) => `${n} extended of ${d} due`,
  'kpiPanel.detail.resolvedAtGrid': (n, d) => `${n} at the grid of ${d} closed`,
  'kpiPanel.nothingDue': 'Nothing was due for closure in this period',
  'kpiPanel.nothingClosed': 'No case was closed in this period',
  'kpiPanel.missing': 'Not in the report',
  'kpiPanel.unit': (n) => (n === '1' ? 'case' : 'cases'),
  'kpiPanel.cases': (n) => `${n} ${n === '1' ? 'case' : 'cases'}`,
  'kpiPanel.points': (pp) => `${pp} pp`,
  'kpiPanel.pointsSpoken': (pp) => `${pp} percentage points`,
  'kpiPanel.up': (change, verdict) => `Up ${change} on the previous period, ${verdict}`,
  'kpiPanel.down': (change, verdict) => `Down ${change} on the previous period, ${verdict}`,
  'kpiPanel.flat': 'Unchanged from the previous period',
  'kpiPanel.flatShort': 'unchanged',
  'kpiPanel.better': 'better',
  'kpiPanel.worse': 'worse',
  'kpiPanel.noPrevious': 'No figure for the previous period',
  'kpiPanel.sparkline': (label, periods, first, last, high, low) =>
    `${label} over ${String(periods)} periods: from ${first} to ${last}, high ${high}, low ${low}`,
  'kpiPanel.sparklineGaps': (periods) =>
    `; ${String(periods)} ${periods === 1 ? 'period' : 'periods'} without a figure`,
  'kpiPanel.sparklineEmpty': (label, periods) =>
    `${label}: no figure in the last ${String(periods)} periods`,
  'kpiPanel.seriesCaption': 'Figures by period, oldest first',
  'kpiPanel.periodColumn': 'Period',
  'kpiPanel.noValue': 'no figure',
};
