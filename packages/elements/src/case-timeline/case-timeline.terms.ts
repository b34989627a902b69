/** The strings of `<wg-case-timeline>`. */
export interface CaseTimelineTerms {
  'caseTimeline.label': string;
  'caseTimeline.empty': string;
  'caseTimeline.system': string;
  'caseTimeline.by': (who: string) => string;
  'caseTimeline.stepLevel': (step: string, level: string) => string;
  'caseTimeline.levelChange': (from: string, to: string) => string;
  'caseTimeline.handover': string;
  'caseTimeline.handoverReason': string;
  'caseTimeline.handoverTried': string;
  'caseTimeline.attachments': string;
  'caseTimeline.attachment': (n: number) => string;
  'caseTimeline.byDeadline': string;
  'caseTimeline.rework': (n: number) => string;
  'caseTimeline.reason': string;
  'caseTimeline.resolution': string;
  'caseTimeline.feedback': (channel: string) => string;
  'caseTimeline.channel.phone': string;
  'caseTimeline.channel.sms': string;
  'caseTimeline.channel.app': string;
  'caseTimeline.channel.visit': string;
  'caseTimeline.channel.not-needed': string;
  'caseTimeline.suspendedLeft': (left: string) => string;
  'caseTimeline.resumeAt': (at: string) => string;
  'caseTimeline.dueAt': (at: string) => string;
  'caseTimeline.extended': (from: string, to: string) => string;
  'caseTimeline.hours': (hours: string) => string;
  'caseTimeline.workingHours': (hours: string) => string;
  'caseTimeline.duplicateOf': (id: string) => string;
  'caseTimeline.referredTo': (to: string) => string;
  'caseTimeline.linked': (id: string) => string;
  'caseTimeline.complaint': string;
  'caseTimeline.note': string;
  'caseTimeline.reporter': string;
}

export const caseTimelineZhCN: CaseTimelineTerms = {
  'caseTimeline.label': '办理经过',
  'caseTimeline.empty': '暂无办理记录',
  'caseTimeline.system': '系统',
  'caseTimeline.by': (who) => `经办：${who}`,
  'caseTimeline.stepLevel': (step, level) => `${step} · ${level}`,
  'caseTimeline.levelChange': (from, to) => `${from} → ${to}`,
  'caseTimeline.handover': '问题交接单',
  'caseTimeline.handoverReason': '上报原因',
  'caseTimeline.handoverTried': '已采取措施',
  'caseTimeline.attachments': '附件',
  'caseTimeline.attachment': (n) => `附件 ${String(n)}`,
  'caseTimeline.byDeadline': '超过办理时限，系统自动上报',
  'caseTimeline.rework': (n) => `第 ${String(n)} 次返工`,
  'caseTimeline.reason': '原因',
  'caseTimeline.resolution': '处理结果',
  'caseTimeline.feedback': (channel) => `反馈方式：${channel}`,
  'caseTimeline.channel.phone': '电话',
  'caseTimeline.channel.sms': '短信',
  'caseTimeline.channel.app': '应用',
  'caseTimeline.channel.visit': '上门',
  'caseTimeline.channel.not-needed': '无需反馈',
  'caseTimeline.suspendedLeft': (left) => `计时暂停，剩余 ${left}`,
  'caseTimeline.resumeAt': (at) => `预计 ${at} 恢复`,
  'caseTimeline.dueAt': (at) => `办理时限：${at}`,
  'caseTimeline.extended': (from, to) => `时限由 ${from} 延至 ${to}`,
  'caseTimeline.hours': (hours) => `${hours} 小时`,
  'caseTimeline.workingHours': (hours) => `${hours} 个工作小时`,
  'caseTimeline.duplicateOf': (id) => `与案件 ${id} 重复`,
  'caseTimeline.referredTo': (to) => `移交：${to}`,
  'caseTimeline.linked': (id) => `合并重复上报：案件 ${id}`,
  'caseTimeline.complaint': '群众反映',
  'caseTimeline.note': '备注',
  'caseTimeline.reporter': '上报人',
};

export const caseTimelineEn: CaseTimelineTerms = {
  'caseTimeline.label': 'History',
  'caseTimeline.empty': 'Nothing has happened yet',
  'caseTimeline.system': 'the system',
  'caseTimeline.by': (who) => `by ${who}`,
  'caseTimeline.stepLevel': (step, level) => `${step} · ${level}`,
  'caseTimeline.levelChange': (from, to) => `${from} → ${to}`,
  'caseTimeline.handover': 'Handover sheet',
  'caseTimeline.handoverReason': 'Why',
  'caseTimeline.handoverTried': 'Tried',
  'caseTimeline.attachments': 'Attachments',
  'caseTimeline.attachment': (n) => `Attachment ${String(n)}`,
  'caseTimeline.byDeadline': 'The deadline passed: escalated by the system',
  'caseTimeline.rework': (n) => `Rework ${String(n)}`,
  'caseTimeline.reason': 'Reason',
  'caseTimeline.resolution': 'Resolution',
  'caseTimeline.feedback': (channel) => `Feedback: ${channel}`,
  'caseTimeline.channel.phone': 'phone',
  'caseTimeline.channel.sms': 'text message',
  'caseTimeline.channel.app': 'app',
  'caseTimeline.channel.visit': 'visit',
  'caseTimeline.channel.not-needed': 'not needed',
  'caseTimeline.suspendedLeft': (left) => `Clock stopped with ${left} left`,
  'caseTimeline.resumeAt': (at) => `to resume at ${at}`,
  'caseTimeline.dueAt': (at) => `Due: ${at}`,
  'caseTimeline.extended': (from, to) => `Due time moved from ${from} to ${to}`,
  'caseTimeline.hours': (hours) => `${hours} h`,
  'caseTimeline.workingHours': (hours) => `${hours} working hours`,
  'caseTimeline.duplicateOf': (id) => `Duplicate of case ${id}`,
  'caseTimeline.referredTo': (to) => `Referred to ${to}`,
  'caseTimeline.linked': (id) => `Duplicate report linked: case ${id}`,
  'caseTimeline.complaint': 'Complaint',
  'caseTimeline.note': 'Note',
  'caseTimeline.reporter': 'Reported by',
};
