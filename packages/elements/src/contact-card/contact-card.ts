import { registerTerms } from '../shared/localize.js';
import { WgContactCard } from './contact-card.component.js';
import { contactCardEn, contactCardZhCN } from './contact-card.terms.js';

export { WgContactCard } from './contact-card.component.js';

registerTerms(contactCardZhCN, contactCardEn);

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-contact-card')) {
  customElements.define('wg-contact-card', WgContactCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'wg-contact-card': WgContactCard;
  }
}
