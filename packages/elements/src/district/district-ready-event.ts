import type { GridLayer, LoadedDistrict } from '@wangge/core';

/**
 * Dispatched by `<wg-district>` (event name `wg-district-ready`) once its district and layer are
 * read and provided to the elements inside it.
 *
 * @example
 * ```ts
 * import '@wangge/elements';
 * document.addEventListener('wg-district-ready', (event) => console.log(event.district?.bundle.district.name));
 * ```
 */
export class WgDistrictReadyEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'wg-district-ready';
  readonly district: LoadedDistrict | undefined;
  readonly layer: GridLayer | undefined;

  constructor(district: LoadedDistrict | undefined, layer: GridLayer | undefined) {
    super(WgDistrictReadyEvent.eventName, { bubbles: true, composed: true });
    this.district = district;
    this.layer = layer;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wg-district-ready': WgDistrictReadyEvent;
  }
  interface DocumentEventMap {
    'wg-district-ready': WgDistrictReadyEvent;
  }
}
