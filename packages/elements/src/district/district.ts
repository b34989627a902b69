import { registerTerms } from '../shared/localize.js';
import { WgDistrict } from './district.component.js';
import { districtEn, districtZhCN } from './district.terms.js';

export { WgDistrict } from './district.component.js';

registerTerms(districtZhCN, districtEn);

if (!customElements.get('wg-district')) customElements.define('wg-district', WgDistrict);

declare global {
  interface HTMLElementTagNameMap {
    'wg-district': WgDistrict;
  }
}
