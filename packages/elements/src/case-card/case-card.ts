import { registerTerms } from '../shared/localize.js';
import { WgCaseCard } from './case-card.component.js';
import { caseCardEn, caseCardZhCN } from './case-card.terms.js';

export { WgCaseCard } from './case-card.component.js';
export type { CaseLike } from './read-case.js';

registerTerms(caseCardZhCN, caseCardEn);

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-case-card')) customElements.define('wg-case-card', WgCaseCard);

declare global {
  interface HTMLElementTagNameMap {
    'wg-case-card': WgCaseCard;
  }
}
