/** The strings of `<wg-case-card>`. */
export interface CaseCardTerms {
  'caseCard.case': (id: string) => string;
  'caseCard.open': (category: string) => string;
  'caseCard.progress': string;
  'caseCard.stepOf': (step: string, n: number, total: number) => string;
  'caseCard.level': string;
  'caseCard.due': string;
  'caseCard.overdue': string;
  'caseCard.suspended': string;
  'caseCard.assignee': string;
  'caseCard.reporter': string;
  'caseCard.place': string;
  'caseCard.priority.urgent': string;
  'caseCard.priority.alarm': string;
  'caseCard.outcome.resolved': string;
  'caseCard.outcome.invalid': string;
  'caseCard.outcome.duplicate': string;
  'caseCard.outcome.referred': string;
  'caseCard.empty': string;
}

export const caseCardZhCN: CaseCardTerms = {
  'caseCard.case': (id) => `案件 ${id}`,
  'caseCard.open': (category) => `查看案件：${category}`,
  'caseCard.progress': '办理进度',
  'caseCard.stepOf': (step, n, total) => `${step}（第 ${String(n)} 步，共 ${String(total)} 步）`,
  'caseCard.level': '处置层级',
  'caseCard.due': '办理时限',
  'caseCard.overdue': '已超期',
  'caseCard.suspended': '缓办中',
  'caseCard.assignee': '承办',
  'caseCard.reporter': '上报人',
  'caseCard.place': '所在网格',
  'caseCard.priority.urgent': '紧急',
  'caseCard.priority.alarm': '一键报警',
  'caseCard.outcome.resolved': '已办结',
  'caseCard.outcome.invalid': '不予立案',
  'caseCard.outcome.duplicate': '重复上报',
  'caseCard.outcome.referred': '已移交',
  'caseCard.empty': '暂无案件信息',
};

export const caseCardEn: CaseCardTerms = {
  'caseCard.case': (id) => `Case ${id}`,
  'caseCard.open': (category) => `Open case: ${category}`,
  'caseCard.progress': 'Progress',
  'caseCard.stepOf': (step, n, total) => `${step} (step ${String(n)} of ${String(total)})`,
  'caseCard.level': 'Level',
  'caseCard.due': 'Due',
  'caseCard.overdue': 'Overdue',
  'caseCard.suspended': 'Suspended',
  'caseCard.assignee': 'Handled by',
  'caseCard.reporter': 'Reported by',
  'caseCard.place': 'Grid',
  'caseCard.priority.urgent': 'Urgent',
  'caseCard.priority.alarm': 'Alarm',
  'caseCard.outcome.resolved': 'Resolved',
  'caseCard.outcome.invalid': 'Rejected as invalid',
  'caseCard.outcome.duplicate': 'Duplicate',
  'caseCard.outcome.referred': 'Referred',
  'caseCard.empty': 'No case to show',
};
