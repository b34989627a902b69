/**
 * Dispatched (event name `wg-case-select`) when the user chooses a case in a card or a list.
 * It bubbles and is composed, so a page can listen once on its document, turn it into what it
 * needs (open the case, load its history) and never change the case itself.
 *
 * @example
 * ```ts
 * import '@wangge/elements';
 * document.addEventListener('wg-case-select', (event) => console.log(event.caseId));
 * ```
 */
export class WgCaseSelectEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'wg-case-select';
  /** The id of the case chosen. */
  readonly caseId: string;

  constructor(caseId: string) {
    super(WgCaseSelectEvent.eventName, { bubbles: true, composed: true });
    this.caseId = caseId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wg-case-select': WgCaseSelectEvent;
  }
  interface DocumentEventMap {
    'wg-case-select': WgCaseSelectEvent;
  }
}
