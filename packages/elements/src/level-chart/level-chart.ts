import { chartViewEn, chartViewZhCN } from '../shared/chart-view.js';
import { registerTerms } from '../shared/localize.js';
import { WgLevelChart } from './level-chart.component.js';
import { levelChartEn, levelChartZhCN } from './level-chart.terms.js';

export { WgLevelChart } from './level-chart.component.js';
export type { LabelledKpiReport } from './level-data.js';
export type { LevelChartLayout } from './level-layout.js';
export type { ChartView } from '../shared/chart-view.js';

registerTerms({ ...levelChartZhCN, ...chartViewZhCN }, { ...levelChartEn, ...chartViewEn });

// Guarded so that two copies of the kit on one page (the bundle and an npm build) coexist.
if (!customElements.get('wg-level-chart')) customElements.define('wg-level-chart', WgLevelChart);

declare global {
  interface HTMLElementTagNameMap {
    'wg-level-chart': WgLevelChart;
  }
}
