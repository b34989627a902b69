/** The strings of `<wg-case-list>`. */
export interface CaseListTerms {
  'caseList.label': string;
  'caseList.count': (total: string) => string;
  'caseList.countFiltered': (shown: string, total: string) => string;
  'caseList.empty': string;
  'caseList.noMatches': string;
  'caseList.clearFilters': string;
  'caseList.filters': string;
  'caseList.status': string;
  'caseList.statusAll': string;
  'caseList.statusOpen': string;
  'caseList.statusClosed': string;
  'caseList.level': string;
  'caseList.levelAll': string;
  'caseList.step': string;
  'caseList.stepAll': string;
  'caseList.overdueOnly': string;
  'caseList.sort': string;
  'caseList.sortDueAsc': string;
  'caseList.sortDueDesc': string;
  'caseList.sortUpdated': string;
  'caseList.gridFilter': (name: string) => string;
  'caseList.unitFilter': (name: string) => string;
  'caseList.removeFilter': (what: string) => string;
  'caseList.place': (community: string, grid: string) => string;
  'caseList.stepOf': (name: string, position: number, total: number) => string;
  'caseList.due': string;
  'caseList.assignee': string;
  'caseList.overdue': string;
  'caseList.suspended': string;
  'caseList.urgent': string;
  'caseList.alarm': string;
  'caseList.moreIssues': (count: number) => string;
  'caseList.issueList': string;
  'caseList.issueObject': string;
  'caseList.issueText': string;
  'caseList.issueNumber': string;
  'caseList.issueBoolean': string;
  'caseList.issueOneOf': (values: string) => string;
  'caseList.issueDuplicateId': string;
  'caseList.issueNow': string;
  'caseList.issueTimeZone': string;
}

export const caseListZhCN: CaseListTerms = {
  'caseList.label': '案件列表',
  'caseList.count': (total) => `共 ${total} 件案件`,
  'caseList.countFiltered': (shown, total) => `筛选出 ${shown} 件，共 ${total} 件`,
  'caseList.empty': '暂无案件',
  'caseList.noMatches': '没有符合筛选条件的案件',
  'caseList.clearFilters': '清除筛选',
  'caseList.filters': '筛选案件',
  'caseList.status': '状态',
  'caseList.statusAll': '全部',
  'caseList.statusOpen': '办理中',
  'caseList.statusClosed': '已结案',
  'caseList.level': '处置层级',
  'caseList.levelAll': '全部层级',
  'caseList.step': '环节',
  'caseList.stepAll': '全部环节',
  'caseList.overdueOnly': '仅看超期',
  'caseList.sort': '排序',
  'caseList.sortDueAsc': '截止时间（最早在前）',
  'caseList.sortDueDesc': '截止时间（最晚在前）',
  'caseList.sortUpdated': '最近更新',
  'caseList.gridFilter': (name) => `区域：${name}`,
  'caseList.unitFilter': (name) => `承办单位：${name}`,
  'caseList.removeFilter': (what) => `移除筛选条件“${what}”`,
  'caseList.place': (community, grid) => `${community} · ${grid}`,
  'caseList.stepOf': (name, position, total) => `${name}（第 ${position}/${total} 步）`,
  'caseList.due': '截止',
  'caseList.assignee': '承办',
  'caseList.overdue': '超期',
  'caseList.suspended': '缓办',
  'caseList.urgent': '紧急',
  'caseList.alarm': '报警',
  'caseList.moreIssues': (count) => `另有 ${count} 处问题`,
  'caseList.issueList': '案件数据应为列表（数组）。',
  'caseList.issueObject': '此处应为一件案件（对象）。',
  'caseList.issueText': '此处应为非空文本。',
  'caseList.issueNumber': '此处应为数字。',
  'caseList.issueBoolean': '此处应为 true 或 false。',
  'caseList.issueOneOf': (values) => `此处应为以下之一：${values}。`,
  'caseList.issueDuplicateId': '案件编号重复：每件案件的编号应唯一。',
  'caseList.issueNow': '当前时间无效：应为毫秒时间戳或 ISO 8601 时间，已改用系统时间。',
  'caseList.issueTimeZone':
    '时区无效：应为 IANA 时区名，例如 Asia/Shanghai；已改用北京时间（Asia/Shanghai）。',
};

export const caseListEn: CaseListTerms = {
  'caseList.label': 'Cases',
  'caseList.count': (total) => `${total} cases`,
  'caseList.countFiltered': (shown, total) => `${shown} of ${total} cases`,
  'caseList.empty': 'No cases',
  'caseList.noMatches': 'No cases match the filters',
  'caseList.clearFilters': 'Clear filters',
  'caseList.filters': 'Filter cases',
  'caseList.status': 'Status',
  'caseList.statusAll': 'All',
  'caseList.statusOpen': 'Open',
  'caseList.statusClosed': 'Closed',
  'caseList.level': 'Level',
  'caseList.levelAll': 'All levels',
  'caseList.step': 'Step',
  'caseList.stepAll': 'All steps',
  'caseList.overdueOnly': 'Overdue only',
  'caseList.sort': 'Sort',
  'caseList.sortDueAsc': 'Due time (earliest first)',
  'caseList.sortDueDesc': 'Due time (latest first)',
  'caseList.sortUpdated': 'Recently updated',
  'caseList.gridFilter': (name) => `Area: ${name}`,
  'caseList.unitFilter': (name) => `Unit: ${name}`,
  'caseList.removeFilter': (what) => `Remove the filter “${what}”`,
  'caseList.place': (community, grid) => `${community} · ${grid}`,
  'caseList.stepOf': (name, position, total) => `${name} (step ${position} of ${total})`,
  'caseList.due': 'Due',
  'caseList.assignee': 'Handled by',
  'caseList.overdue': 'Overdue',
  'caseList.suspended': 'Suspended',
  'caseList.urgent': 'Urgent',
  'caseList.alarm': 'Alarm',
  'caseList.moreIssues': (count) => `and ${count} more ${count === 1 ? 'issue' : 'issues'}`,
  'caseList.issueList': 'The cases should be a list (an array).',
  'caseList.issueObject': 'Expected a case (an object) here.',
  'caseList.issueText': 'Expected non-empty text here.',
  'caseList.issueNumber': 'Expected a number here.',
  'caseList.issueBoolean': 'Expected true or false here.',
  'caseList.issueOneOf': (values) => `Expected one of: ${values}.`,
  'caseList.issueDuplicateId': 'Duplicate case id: every case needs its own id.',
  'caseList.issueNow':
    'Invalid current time: expected epoch milliseconds or an ISO 8601 time; the system clock is used instead.',
  'caseList.issueTimeZone':
    'Invalid time zone: expected an IANA name such as Asia/Shanghai; China Standard Time (Asia/Shanghai) is used instead.',
};
