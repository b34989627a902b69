import { registerTerms } from '../shared/localize.js';
import { WgCaseList } from './case-list.component.js';
import { caseListEn, caseListZhCN } from './case-list.terms.js';

export { WgCaseList } from './case-list.component.js';
export type { CaseListSort, CaseStatusFilter } from './case-filter.js';

registerTerms(caseListZhCN, caseListEn);

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-case-list')) {
  customElements.define('wg-case-list', WgCaseList);
}

declare global {
  interface HTMLElementTagNameMap {
    'wg-case-list': WgCaseList;
  }
}
