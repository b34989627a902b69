/**
 * Dispatched (event name `wg-grid-select`) when the user chooses a unit of the grid tree: a
 * micro-grid, grid, community or street, on the map or in its tree.
 *
 * @example
 * ```ts
 * import '@wangge/elements';
 * document.addEventListener('wg-grid-select', (event) => console.log(event.unitId, event.level));
 * ```
 */
export class WgGridSelectEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'wg-grid-select';
  /** The unit chosen. */
  readonly unitId: string;
  /** Its level in the layer: `street`, `community`, `grid` or `micro-grid`. */
  readonly level: string;

  constructor(unitId: string, level: string) {
    super(WgGridSelectEvent.eventName, { bubbles: true, composed: true });
    this.unitId = unitId;
    this.level = level;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wg-grid-select': WgGridSelectEvent;
  }
  interface DocumentEventMap {
    'wg-grid-select': WgGridSelectEvent;
  }
}
