import { registerTerms } from '../shared/localize.js';
import { WgCaseTimeline } from './case-timeline.component.js';
import { caseTimelineEn, caseTimelineZhCN } from './case-timeline.terms.js';

export { WgCaseTimeline } from './case-timeline.component.js';

registerTerms(caseTimelineZhCN, caseTimelineEn);

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-case-timeline')) {
  customElements.define('wg-case-timeline', WgCaseTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'wg-case-timeline': WgCaseTimeline;
  }
}
