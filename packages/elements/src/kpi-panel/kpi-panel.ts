import { chartViewEn, chartViewZhCN } from '../shared/chart-view.js';
import { registerTerms } from '../shared/localize.js';
import { WgKpiPanel } from './kpi-panel.component.js';
import { kpiPanelEn, kpiPanelZhCN } from './kpi-panel.terms.js';

export { WgKpiPanel } from './kpi-panel.component.js';
export { WgKpiSelectEvent } from './kpi-select-event.js';
export { KPI_METRICS, kpiValues } from '../shared/kpi-metrics.js';
export type { KpiDirection, KpiMetric, KpiMetricInfo } from '../shared/kpi-metrics.js';
export type { ChartView } from '../shared/chart-view.js';

registerTerms({ ...kpiPanelZhCN, ...chartViewZhCN }, { ...kpiPanelEn, ...chartViewEn });

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-kpi-panel')) customElements.define('wg-kpi-panel', WgKpiPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wg-kpi-panel': WgKpiPanel;
  }
}
