import { createContext } from '@lit/context';
import type { GridLayer, LoadedDistrict } from '@wangge/core';

/**
 * What the kit's elements know of the district they show: its configuration (units, people,
 * catalogue) for names, and its grid layer for the map. Provided by `<wg-district>` to every
 * element inside it; an element's own `district` and `layer` properties win.
 */
export interface DistrictData {
  readonly district?: LoadedDistrict | undefined;
  readonly layer?: GridLayer | undefined;
}

/** The context `<wg-district>` provides (`@lit/context`). */
export const districtContext = createContext<DistrictData | undefined>(Symbol.for('wg-district'));
