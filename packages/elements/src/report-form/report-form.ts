import { registerTerms } from '../shared/localize.js';
import { WgReportForm } from './report-form.component.js';
import { reportFormEn, reportFormZhCN } from './report-form.terms.js';

export { WgReportForm } from './report-form.component.js';
export { WgReportEvent } from './report-event.js';
export type { ReportFields } from './report-event.js';

registerTerms(reportFormZhCN, reportFormEn);

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-report-form')) {
  customElements.define('wg-report-form', WgReportForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'wg-report-form': WgReportForm;
  }
}
