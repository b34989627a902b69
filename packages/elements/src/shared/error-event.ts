import type { WanggeValidationError } from '@wangge/core';

/**
 * Dispatched by a `wg-*` element (event name `wg-error`) when the data it was given is
 * invalid. The element shows a localised error state instead of throwing into the page;
 * `error.issues` lists each problem with its path in zh-CN and en.
 *
 * @example
 * ```ts
 * import '@wangge/elements';
 *
 * document.addEventListener('wg-error', (event) => {
 *   console.warn(event.error.format('en'));
 * });
 * ```
 */
export class WgErrorEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'wg-error';
  /** What was wrong with the data. */
  readonly error: WanggeValidationError;

  constructor(error: WanggeValidationError) {
    super(WgErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wg-error': WgErrorEvent;
  }
  // The event is composed and bubbles, so a page can listen once on its document.
  interface DocumentEventMap {
    'wg-error': WgErrorEvent;
  }
}
