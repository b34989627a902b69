import type { Location } from '@wangge/core';

/**
 * Dispatched (event name `wg-point-pick`) when the user picks a point on the map (in `pick`
 * mode): where, in the layer's coordinate system, and the micro-grid and grid that hold it when
 * the point lies inside the layer.
 *
 * @example
 * ```ts
 * import '@wangge/elements';
 * document.addEventListener('wg-point-pick', (event) => console.log(event.location, event.gridId));
 * ```
 */
export class WgPointPickEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'wg-point-pick';
  readonly location: Location;
  readonly gridId: string | undefined;
  readonly microGridId: string | undefined;

  constructor(location: Location, gridId?: string, microGridId?: string) {
    super(WgPointPickEvent.eventName, { bubbles: true, composed: true });
    this.location = location;
    this.gridId = gridId;
    this.microGridId = microGridId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wg-point-pick': WgPointPickEvent;
  }
  interface DocumentEventMap {
    'wg-point-pick': WgPointPickEvent;
  }
}
