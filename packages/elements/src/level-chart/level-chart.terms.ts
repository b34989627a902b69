/** The strings of `<wg-level-chart>`. */
export interface LevelChartTerms {
  'levelChart.label': string;
  'levelChart.empty': string;
  'levelChart.value': (count: string, share: string) => string;
  'levelChart.total': (count: string) => string;
  'levelChart.noClosed': string;
  'levelChart.all': string;
  'levelChart.summary': (label: string, items: string, total: string) => string;
  'levelChart.summaryItem': (level: string, count: string, share: string) => string;
  'levelChart.summaryNone': (label: string) => string;
  'levelChart.summaryMany': (
    label: string,
    units: number,
    highest: string,
    highShare: string,
    lowest: string,
    lowShare: string,
  ) => string;
  'levelChart.summaryManyNone': (label: string, units: number) => string;
  'levelChart.legend': string;
  'levelChart.unitColumn': string;
  'levelChart.levelColumn': string;
  'levelChart.countColumn': string;
  'levelChart.shareColumn': string;
  'levelChart.totalColumn': string;
  'levelChart.cell': (count: string, share: string) => string;
  'levelChart.noValue': string;
}

export const levelChartZhCN: LevelChartTerms = {
  'levelChart.label': '各层级办结情况',
  'levelChart.empty': '暂无数据',
  'levelChart.value': (count, share) => `${count} 件 · ${share}`,
  'levelChart.total': (count) => `共结案 ${count} 件`,
  'levelChart.noClosed': '本期无结案',
  'levelChart.all': '全部',
  'levelChart.summary': (label, items, total) => `${label}：${items}；${total}`,
  'levelChart.summaryItem': (level, count, share) => `${level} ${count} 件（${share}）`,
  'levelChart.summaryNone': (label) => `${label}：本期无结案`,
  'levelChart.summaryMany': (label, units, highest, highShare, lowest, lowShare) =>
    `${label}：${String(units)} 个单位。网格办结占比最高的是${highest}（${highShare}），最低的是${lowest}（${lowShare}）。切换到表格可查看全部数据。`,
  'levelChart.summaryManyNone': (label, units) => `${label}：${String(units)} 个单位，本期均无结案`,
  'levelChart.legend': '处置层级',
  'levelChart.unitColumn': '单位',
  'levelChart.levelColumn': '层级',
  'levelChart.countColumn': '办结件数',
  'levelChart.shareColumn': '占比',
  'levelChart.totalColumn': '结案合计',
  'levelChart.cell': (count, share) => `${count}（${share}）`,
  'levelChart.noValue': '无数据',
};

export const levelChartEn: LevelChartTerms = {
  'levelChart.label': 'Where cases were resolved',
  'levelChart.empty': 'No figures to show',
  'levelChart.value': (count, share) => `${count} · ${share}`,
  'levelChart.total': (count) => `${count} closed`,
  'levelChart.noClosed': 'No case closed',
  'levelChart.all': 'All',
  'levelChart.summary': (label, items, total) => `${label}: ${items}; ${total}`,
  'levelChart.summaryItem': (level, count, share) => `${level} ${count} (${share})`,
  'levelChart.summaryNone': (label) => `${label}: no case closed in this period`,
  'levelChart.summaryMany': (label, units, highest, highShare, lowest, lowShare) =>
    `${label}: ${String(units)} units. The share resolved at the grid is highest in ${highest} (${highShare}) and lowest in ${lowest} (${lowShare}). Switch to the table for every figure.`,
  'levelChart.summaryManyNone': (label, units) =>
    `${label}: ${String(units)} units, none closed a case in this period`,
  'levelChart.legend': 'Handling level',
  'levelChart.unitColumn': 'Unit',
  'levelChart.levelColumn': 'Level',
  'levelChart.countColumn': 'Cases resolved',
  'levelChart.shareColumn': 'Share',
  'levelChart.totalColumn': 'Total closed',
  'levelChart.cell': (count, share) => `${count} (${share})`,
  'levelChart.noValue': 'no figure',
};
