import type { LocalizedText } from './localized-text.js';

const q = (value: string | number | undefined) => `“${String(value ?? '')}”`;
const qe = (value: string | number | undefined) => `'${String(value ?? '')}'`;

/**
 * The message of a `broken_log` error: a case log that cannot be folded (a gap in versions,
 * another case's event, a first event that is not a report). On its own so that reading a
 * history (`caseHistory`) does not carry every case message.
 *
 * @internal
 */
export function brokenLogMessage(
  p: Readonly<Record<string, string | number | undefined>>,
): LocalizedText {
  return {
    'zh-CN': `案件 ${q(p.caseId)} 的日志不连续：第 ${String(p.version)} 条事件应为第 ${String(p.expected)} 条，或首条不是上报事件。`,
    en: `The log of case ${qe(p.caseId)} is broken: event ${String(p.version)} should be event ${String(p.expected)}, or the first event is not a report.`,
  };
}
