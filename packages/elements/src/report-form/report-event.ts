import type { CaseCommand } from '@wangge/core';

/**
 * What a problem report (问题上报) says, as `<wg-report-form>` validated it: the fields of a
 * `report` case command without its envelope. The host adds `type: 'report'` and its own
 * `commandId`, `caseId`, `expectedVersion: 0` and `actorId`, and sends the command.
 *
 * @example
 * ```ts
 * import type { ReportFields } from '@wangge/elements';
 * const where = (report: ReportFields) => `${report.gridId} ${report.microGridId ?? ''}`;
 * ```
 */
export type ReportFields = Omit<
  Extract<CaseCommand, { type: 'report' }>,
  'type' | 'commandId' | 'caseId' | 'expectedVersion' | 'actorId'
>;

/**
 * Dispatched by `<wg-report-form>` (event name `wg-report`) when the user submits a report that
 * passed validation. It bubbles and is composed, so a page can listen once on its document and
 * turn `report` into a `report` command. It is cancelable: `preventDefault()` keeps the form as
 * it is (filled in) instead of showing its "submitted" summary.
 *
 * @example
 * ```ts
 * import { CaseCommand } from '@wangge/core';
 * import '@wangge/elements';
 *
 * document.addEventListener('wg-report', (event) => {
 *   const command = CaseCommand.parse({
 *     type: 'report', commandId: 'cmd-1', caseId: 'c-1', expectedVersion: 0, actorId: 'p-1',
 *     ...event.report,
 *   });
 *   console.log(command.type);
 * });
 * ```
 */
export class WgReportEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'wg-report';
  /** The validated report, ready to be sent as a `report` command. */
  readonly report: ReportFields;

  constructor(report: ReportFields) {
    super(WgReportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.report = report;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wg-report': WgReportEvent;
  }
  interface DocumentEventMap {
    'wg-report': WgReportEvent;
  }
}
