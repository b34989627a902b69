import { registerTerms } from '../shared/localize.js';
import { WgGridMap } from './grid-map.component.js';
import { gridMapEn, gridMapZhCN } from './grid-map.terms.js';

export { WgGridMap } from './grid-map.component.js';
export type {
  ColorBy,
  GridMapCounts,
  GridMapValues,
  UnitCaseCounts,
  ValueDirection,
  ValueFormat,
} from './map-colors.js';
export type { MapLevel } from './map-geometry.js';
export type { GridMapMarker } from './marker-clusters.js';

registerTerms(gridMapZhCN, gridMapEn);

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-grid-map')) customElements.define('wg-grid-map', WgGridMap);

declare global {
  interface HTMLElementTagNameMap {
    'wg-grid-map': WgGridMap;
  }
}
