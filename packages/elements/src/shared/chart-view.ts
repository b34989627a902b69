import { html, type TemplateResult } from 'lit';
import type { WanggeLocalize } from './localize.js';

/** How a chart is shown: as the drawing (`chart`) or as a table of the same data (`table`). */
export type ChartView = 'chart' | 'table';

/** Reads a `view` attribute: `table`, or `chart` for anything else. */
export const chartViewOf = (view: unknown): ChartView => (view === 'table' ? 'table' : 'chart');

/** The strings of the chart/table switch, shared by the dashboard widgets. */
export interface ChartViewTerms {
  'chartView.label': string;
  'chartView.chart': string;
  'chartView.table': string;
}

export const chartViewZhCN: ChartViewTerms = {
  'chartView.label': '显示方式',
  'chartView.chart': '图表',
  'chartView.table': '表格',
};

export const chartViewEn: ChartViewTerms = {
  'chartView.label': 'Show as',
  'chartView.chart': 'Chart',
  'chartView.table': 'Table',
};

/**
 * The switch between a chart and its table: two buttons in a labelled group, the one shown
 * pressed (`aria-pressed`), so that keyboard and screen-reader users reach either view with Tab
 * and Enter or Space.
 */
export function chartViewToggle(
  t: WanggeLocalize,
  view: ChartView,
  choose: (view: ChartView) => void,
): TemplateResult {
  const button = (value: ChartView) =>
    html`<button
      part="view-button${view === value ? ' view-button-pressed' : ''}"
      class="view-button"
      type="button"
      data-view=${value}
      aria-pressed=${String(view === value)}
      @click=${() => {
        choose(value);
      }}
    >
      ${t.term(value === 'chart' ? 'chartView.chart' : 'chartView.table')}
    </button>`;
  return html`<div
    part="view-toggle"
    class="view-toggle"
    role="group"
    aria-label=${t.term('chartView.label')}
  >
    ${button('chart')}${button('table')}
  </div>`;
}
