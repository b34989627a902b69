import { ContextConsumer } from '@lit/context';
import type { GridLayer, LoadedDistrict } from '@wangge/core';
import type { ReactiveControllerHost } from 'lit';
import { districtContext, type DistrictData } from './district-context.js';

/**
 * Reads the district data of the nearest `<wg-district>` and re-renders its element when it
 * changes. An element's own properties win over what is provided.
 */
export class DistrictConsumer {
  readonly #consumer: ContextConsumer<typeof districtContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#consumer = new ContextConsumer(host, { context: districtContext, subscribe: true });
  }

  /** The provided data, if any. */
  get provided(): DistrictData | undefined {
    return this.#consumer.value;
  }

  district(own?: LoadedDistrict): LoadedDistrict | undefined {
    return own ?? this.#consumer.value?.district;
  }

  layer(own?: GridLayer): GridLayer | undefined {
    return own ?? this.#consumer.value?.layer;
  }
}
