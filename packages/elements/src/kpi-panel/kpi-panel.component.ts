import type { KpiReport, Locale } from '@wangge/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { chartViewOf, chartViewToggle, type ChartView } from '../shared/chart-view.js';
import { dashboardStyles } from '../shared/dashboard.styles.js';
import { formatCount, formatPercent, formatPoints } from '../shared/format-number.js';
import { formatPeriod } from '../shared/format-time.js';
import {
  KPI_METRIC_NAMES,
  KPI_METRICS,
  isKpiMetric,
  kpiValue,
  readKpi,
  type KpiMetric,
  type KpiRatioMetric,
} from '../shared/kpi-metrics.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import { kpiPanelStyles } from './kpi-panel.styles.js';
import { WgKpiSelectEvent } from './kpi-select-event.js';
import { kpiTrend, type KpiTrend } from './kpi-trend.js';
import { SPARK_HEIGHT, SPARK_WIDTH, sparklineShape } from './sparkline.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The command centre's headline figures (指挥中心指标) of a `KpiReport` from `@wangge/core`'s
 * `computeKpis`: 结案率 closure rate, 按期结案率 on-time rate, 返工率 rework rate, 延期率 extension
 * rate, 缓办 suspensions in force, cases overdue now, open and closed, and the share resolved at
 * the grid level (微事不出格).
 *
 * **Trends.** Given the `previous` window's report, each figure shows how it moved: an arrow, the
 * change (percentage points for a rate, cases for a count) and whether that is better or worse
 * for this metric (a lower rework rate is better), in words as well as in colour, and as a
 * sentence for screen readers.
 *
 * **Nothing to measure.** A rate whose denominator is 0 (nothing was due, nothing was closed) is
 * shown as "—" with the reason, never as 0 % or NaN. A figure missing from the report is "—" too.
 *
 * **Sparklines.** Given a `series` of reports (oldest first, usually ending with `report`), each
 * figure draws its course as a small SVG line, with a text summary (`role="img"`); the view
 * switch (图表/表格, or `view="table"`) replaces the lines by a table of every period's figures.
 *
 * Activating a figure's label (a button) selects it and dispatches `wg-kpi-select`, for instance
 * to colour a `<wg-grid-map color-by="value">` by that metric.
 *
 * @summary Headline KPI figures (结案率, 按期结案率, 返工率 …) with trends and sparklines.
 *
 * @event {WgKpiSelectEvent} wg-kpi-select - A figure was activated; `event.metric`, `label`, `direction` and `format` say which and how to show it.
 *
 * @csspart base - The panel (a labelled `section`).
 * @csspart header - The period line and the view switch.
 * @csspart period - The reporting window, and the one compared with.
 * @csspart view-toggle - The chart/table switch (a group of two buttons).
 * @csspart view-button - Each button of the switch (`view-button-pressed` the one shown).
 * @csspart figures - The list of figures.
 * @csspart figure - Each figure (also `figure-<metric>`, and `figure-selected` when selected).
 * @csspart label - A figure's name, a button that selects it.
 * @csspart hint - The motto under the grid share (微事不出格).
 * @csspart value - A figure's value, or "—".
 * @csspart detail - A rate's numerator and denominator, or why there is no value.
 * @csspart trend - The change since the previous window (also `trend-better`, `trend-worse`, `trend-flat`, `trend-none`).
 * @csspart sparkline - A figure's sparkline (SVG, `role="img"`).
 * @csspart table - The table of the series (in table view).
 * @csspart empty - The message shown without a report.
 *
 * @cssproperty --wg-kpi-panel-background - Background of the panel (default `--wg-color-surface-alt`).
 * @cssproperty --wg-kpi-panel-figure-background - Background of each figure (default `--wg-color-surface`).
 * @cssproperty --wg-kpi-panel-border - Borders (default `--wg-color-border`).
 * @cssproperty --wg-kpi-panel-radius - Corner radius (default `--wg-radius`).
 * @cssproperty --wg-kpi-panel-accent - Selected figure, focus, pressed switch (default `--wg-color-primary`).
 * @cssproperty --wg-kpi-panel-better - Trends for the better (default `--wg-color-success`, `#1a7f37`).
 * @cssproperty --wg-kpi-panel-worse - Trends for the worse (default `--wg-color-danger`).
 * @cssproperty --wg-kpi-panel-line - Sparkline colour (default `--wg-color-text`).
 * @cssproperty --wg-kpi-panel-min-width - Narrowest width of a figure before the grid wraps (default `10.5rem`).
 *
 * @example
 * ```html
 * <wg-kpi-panel metrics="onTimeRate,closureRate,reworkRate,overdueNow"></wg-kpi-panel>
 * <script type="module">
 *   const panel = document.querySelector('wg-kpi-panel');
 *   const [report, previous] = await (await fetch('/api/kpi?window=month')).json();
 *   panel.report = report;
 *   panel.previous = previous;
 * </script>
 * ```
 */
export class WgKpiPanel extends WanggeElement {
  /** @internal Theme with `--wg-*` custom properties and `::part()` instead. */
  static override styles = [themeStyles, dashboardStyles, kpiPanelStyles];

  /** The report to show (a `KpiReport` of `computeKpis`). */
  @property({ attribute: false }) report: KpiReport | undefined;

  /** The report of the previous window, of the same unit and length: each figure's trend. */
  @property({ attribute: false }) previous: KpiReport | undefined;

  /** Reports of consecutive windows, oldest first: each figure's sparkline and the table. */
  @property({ attribute: false }) series: readonly KpiReport[] | undefined;

  /**
   * Which figures show, in this order, as a comma- or space-separated list of metric names
   * (`closureRate`, `onTimeRate`, `reworkRate`, `extensionRate`, `suspensionsInForce`,
   * `overdueNow`, `open`, `closed`, `resolvedAtGrid`); unknown names are ignored. All nine when
   * empty.
   */
  @property() metrics = '';

  /** The selected figure's metric; set when the user activates a figure. */
  @property({ reflect: true }) selected = '';

  /** `chart` (sparklines) or `table` (the series as a table). */
  @property({ reflect: true }) view: ChartView = 'chart';

  /** The panel's accessible name; "指挥中心指标" (Command-centre figures) by default. */
  @property() label = '';

  /** The time zone the windows' dates are shown in (default China Standard Time). */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Shanghai';

  /** The metrics shown, in order (from `metrics`). */
  get shownMetrics(): readonly KpiMetric[] {
    const asked = this.metrics
      .split(/[\s,]+/)
      .filter((name): name is KpiMetric => isKpiMetric(name));
    return asked.length > 0 ? [...new Set(asked)] : KPI_METRIC_NAMES;
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    const report: unknown = this.report;
    if (!isRecord(report)) {
      return html`<div part="base empty" class="panel empty">${t.term('kpiPanel.empty')}</div>`;
    }
    const locale = t.locale();
    const metrics = this.shownMetrics;
    const series = this.#series();
    const view = chartViewOf(this.view);
    const period = formatPeriod(locale, report.from, report.to, this.timeZone);
    const previous: unknown = this.previous;
    const before = isRecord(previous)
      ? formatPeriod(locale, previous.from, previous.to, this.timeZone)
      : '';
    return html`<section
      part="base"
      class="panel"
      aria-label=${this.label || t.term('kpiPanel.label')}
    >
      <div part="header" class="header">
        <p part="period" class="period">
          ${period ? html`<span>${t.term('kpiPanel.period', period)}</span>` : nothing}
          ${before ? html`<span>${t.term('kpiPanel.previous', before)}</span>` : nothing}
        </p>
        ${
          series
            ? chartViewToggle(t, view, (next) => {
                this.view = next;
              })
            : nothing
        }
      </div>
      <ul part="figures" class="figures">
        ${metrics.map((metric) =>
          this.#figure(metric, locale, series && view === 'chart' ? series : undefined),
        )}
      </ul>
      ${series && view === 'table' ? this.#table(series, metrics, locale) : nothing}
    </section>`;
  }

  /** The series when it has two periods or more (one is no course to draw). */
  #series(): readonly unknown[] | undefined {
    const series: unknown = this.series;
    return Array.isArray(series) && series.length >= 2 ? (series as unknown[]) : undefined;
  }

  #label(metric: KpiMetric): string {
    return this.localize.term(`kpiPanel.metric.${metric}`);
  }

  /** A figure as text: a percentage, a number, or "—" (undefined) when there is none. */
  #text(report: unknown, metric: KpiMetric, locale: Locale): string | undefined {
    const value = kpiValue(report, metric);
    if (value === null) return undefined;
    return KPI_METRICS[metric].kind === 'ratio'
      ? formatPercent(locale, value)
      : formatCount(locale, value);
  }

  #figure(
    metric: KpiMetric,
    locale: Locale,
    series: readonly unknown[] | undefined,
  ): TemplateResult {
    const t = this.localize;
    const figure = readKpi(this.report, metric);
    const info = KPI_METRICS[metric];
    const selected = this.selected === metric;
    const trend = kpiTrend(this.report, this.previous, metric);
    const shown = this.#text(this.report, metric, locale);
    let detail: string | undefined;
    if (!figure) {
      detail = t.term('kpiPanel.missing');
    } else if (figure.kind === 'ratio') {
      const { numerator, denominator, value } = figure.ratio;
      if (value === null) {
        detail = t.term(info.basis === 'closed' ? 'kpiPanel.nothingClosed' : 'kpiPanel.nothingDue');
      } else {
        const key = `kpiPanel.detail.${metric as KpiRatioMetric}` as const;
        detail = t.term(key, formatCount(locale, numerator), formatCount(locale, denominator));
      }
    }
    const ids = [`value-${metric}`];
    if (detail !== undefined) ids.push(`detail-${metric}`);
    if (trend) ids.push(`trend-${metric}`);
    const trendClass = trend ? (trend.kind === 'change' ? trend.verdict : trend.kind) : '';
    const parts = `figure figure-${metric}${selected ? ' figure-selected' : ''}`;
    return html`<li part=${parts} class="figure ${selected ? 'selected' : ''} ${trendClass}">
      <button
        part="label"
        class="label"
        type="button"
        aria-pressed=${String(selected)}
        aria-describedby=${ids.join(' ')}
        @click=${() => {
          this.#select(metric);
        }}
      >
        ${this.#label(metric)}
      </button>
      ${
        metric === 'resolvedAtGrid'
          ? html`<p part="hint" class="hint">${t.term('kpiPanel.hint.resolvedAtGrid')}</p>`
          : nothing
      }
      <p part="value" class="value" id="value-${metric}">
        ${
          shown === undefined
            ? html`<span aria-hidden="true">—</span
                ><span class="visually-hidden">${t.term('kpiPanel.noValue')}</span>`
            : info.kind === 'count'
              ? html`${shown} <span class="unit">${t.term('kpiPanel.unit', shown)}</span>`
              : shown
        }
      </p>
      ${
        detail === undefined
          ? nothing
          : html`<p part="detail" class="detail" id="detail-${metric}">${detail}</p>`
      }
      ${trend ? this.#trend(metric, trend, locale) : nothing}
      ${series ? this.#sparkline(metric, series, locale) : nothing}
    </li>`;
  }

  #trend(metric: KpiMetric, trend: KpiTrend, locale: Locale): TemplateResult {
    const t = this.localize;
    const id = `trend-${metric}`;
    if (trend.kind === 'none') {
      return html`<p part="trend trend-none" class="trend none" id=${id}>
        ${t.term('kpiPanel.noPrevious')}
      </p>`;
    }
    if (trend.kind === 'flat') {
      return html`<p part="trend trend-flat" class="trend flat" id=${id}>
        <span aria-hidden="true"><span class="arrow">=</span> ${t.term('kpiPanel.flatShort')}</span
        ><span class="visually-hidden">${t.term('kpiPanel.flat')}</span>
      </p>`;
    }
    const ratio = KPI_METRICS[metric].kind === 'ratio';
    const amount = ratio
      ? formatPoints(locale, trend.change)
      : formatCount(locale, Math.abs(trend.change));
    const shown = ratio ? t.term('kpiPanel.points', amount) : amount;
    const spoken = ratio
      ? t.term('kpiPanel.pointsSpoken', amount)
      : t.term('kpiPanel.cases', amount);
    const verdict = t.term(trend.verdict === 'better' ? 'kpiPanel.better' : 'kpiPanel.worse');
    const sentence = t.term(
      trend.direction === 'up' ? 'kpiPanel.up' : 'kpiPanel.down',
      spoken,
      verdict,
    );
    return html`<p
      part="trend trend-${trend.verdict}"
      class="trend ${trend.verdict} ${trend.direction}"
      id=${id}
    >
      <span aria-hidden="true"
        ><span class="arrow">${trend.direction === 'up' ? '▲' : '▼'}</span> ${shown} ·
        <span class="verdict">${verdict}</span></span
      ><span class="visually-hidden">${sentence}</span>
    </p>`;
  }

  #sparkline(metric: KpiMetric, series: readonly unknown[], locale: Locale): TemplateResult {
    const t = this.localize;
    const values = series.map((report) => kpiValue(report, metric));
    const shape = sparklineShape(values);
    const label = this.#label(metric);
    const format = (v: number) =>
      KPI_METRICS[metric].kind === 'ratio' ? formatPercent(locale, v) : formatCount(locale, v);
    let summary: string;
    if (!shape) {
      summary = t.term('kpiPanel.sparklineEmpty', label, series.length);
    } else {
      const known = values.filter((v): v is number => v !== null);
      summary = t.term(
        'kpiPanel.sparkline',
        label,
        series.length,
        format(known[0] ?? 0),
        format(known.at(-1) ?? 0),
        format(shape.high),
        format(shape.low),
      );
      if (shape.gaps > 0) summary += t.term('kpiPanel.sparklineGaps', shape.gaps);
    }
    return html`<svg
      part="sparkline"
      class="sparkline"
      role="img"
      aria-label=${summary}
      viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
      preserveAspectRatio="none"
      focusable="false"
    >
      ${(shape?.segments ?? []).map(
        (points) => svg`<polyline points=${points} vector-effect="non-scaling-stroke"></polyline>`,
      )}
    </svg>`;
  }

  #table(
    series: readonly unknown[],
    metrics: readonly KpiMetric[],
    locale: Locale,
  ): TemplateResult {
    const t = this.localize;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="series-caption">
      <table part="table">
        <caption id="series-caption">
          ${t.term('kpiPanel.seriesCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.term('kpiPanel.periodColumn')}</th>
            ${metrics.map((metric) => html`<th scope="col">${this.#label(metric)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${series.map((report, i) => {
            const period = isRecord(report)
              ? formatPeriod(locale, report.from, report.to, this.timeZone)
              : '';
            return html`<tr>
              <th scope="row">${period || String(i + 1)}</th>
              ${metrics.map((metric) => {
                const text = this.#text(report, metric, locale);
                return html`<td data-metric=${metric}>
                  ${
                    text ??
                    html`<span aria-hidden="true">—</span
                      ><span class="visually-hidden">${t.term('kpiPanel.noValue')}</span>`
                  }
                </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #select(metric: KpiMetric): void {
    this.selected = metric;
    const info = KPI_METRICS[metric];
    this.dispatchEvent(
      new WgKpiSelectEvent(
        metric,
        this.#label(metric),
        info.direction,
        info.kind === 'ratio' ? 'percent' : 'number',
      ),
    );
  }
}
