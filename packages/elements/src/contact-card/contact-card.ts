import { WgContactCard } from './contact-card.component.js';

export { WgContactCard } from './contact-card.component.js';

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-contact-card')) {
  customElements.define('wg-contact-card', WgContactCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'wg-contact-card': WgContactCard;
  }
}
