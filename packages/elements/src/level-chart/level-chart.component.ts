import { HANDLING_LEVELS, type KpiReport, type Locale } from '@wangge/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { chartViewOf, chartViewToggle, type ChartView } from '../shared/chart-view.js';
import { dashboardStyles } from '../shared/dashboard.styles.js';
import { levelName } from '../shared/district-names.js';
import { formatCount, formatPercent } from '../shared/format-number.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import { seriesOf, type LabelledKpiReport, type LevelSeries } from './level-data.js';
import { levelChartStyles } from './level-chart.styles.js';
import { layoutLevels, type LevelChartLayout, type LevelLabels } from './level-layout.js';

/** The width the chart is laid out for until its own width has been measured. */
const GUESSED_WIDTH = 560;

/**
 * Where cases are resolved (各层级办结情况): of the cases closed in a window, how many and what
 * share were resolved at each level of the four-level handling (四级处置), grid → community →
 * street → district, from a `KpiReport`'s `resolvedAtLevel`. The grid's share is the 微事不出格
 * measure: micro matters stay in the grid.
 *
 * One report (`report`) is drawn as four bars; several (`reports`, `{ label, report }[]`, e.g.
 * one per street) as a group of four bars each (`layout="grouped"`) or as one 100 % bar each,
 * split by level (`layout="stacked"`). The chart is SVG drawn by the element (no chart library),
 * on a 0–100 % scale, with every figure written beside its bar.
 *
 * **Accessibility.** The drawing is `role="img"` with a summary as its name; the switch (图表 /
 * 表格, two buttons, or `view="table"`) replaces it by a table of the same figures, with a caption
 * and header cells. Labels from the data are shown as text, never as markup.
 *
 * @summary Cases resolved at each handling level (网格 → 社区 → 街镇 → 区级): bars and a table.
 *
 * @csspart base - The whole element (`role="figure"`, named by its title).
 * @csspart header - The title and the view switch.
 * @csspart title - The chart's title (its `label`).
 * @csspart view-toggle - The chart/table switch (a group of two buttons).
 * @csspart view-button - Each button of the switch (`view-button-pressed` the one shown).
 * @csspart chart - The SVG drawing (`role="img"`).
 * @csspart legend - The colours of the levels (stacked layout).
 * @csspart legend-item - Each level of the legend.
 * @csspart table - The table of the figures (in table view).
 * @csspart empty - The message shown without a report.
 *
 * @cssproperty --wg-level-chart-grid - Bars of the grid level (default `--wg-color-success`, `#1a7f37`).
 * @cssproperty --wg-level-chart-community - Bars of the community level (default `--wg-color-info`, `#0969da`).
 * @cssproperty --wg-level-chart-street - Bars of the street level (default `--wg-color-warning`).
 * @cssproperty --wg-level-chart-district - Bars of the district level (default `--wg-color-danger`).
 * @cssproperty --wg-level-chart-track - The 0–100 % track behind each bar (default `--wg-color-surface-alt`).
 * @cssproperty --wg-level-chart-background - Background (default `--wg-color-surface`).
 * @cssproperty --wg-level-chart-border - Border (default `--wg-color-border`).
 * @cssproperty --wg-level-chart-radius - Corner radius (default `--wg-radius`).
 * @cssproperty --wg-level-chart-accent - Focus and the pressed switch (default `--wg-color-primary`).
 *
 * @example
 * ```html
 * <wg-level-chart layout="stacked"></wg-level-chart>
 * <script type="module">
 *   const chart = document.querySelector('wg-level-chart');
 *   const byStreet = await (await fetch('/api/kpi/streets')).json(); // [{ label, report }]
 *   chart.reports = byStreet;
 * </script>
 * ```
 */
export class WgLevelChart extends WanggeElement {
  /** @internal Theme with `--wg-*` custom properties and `::part()` instead. */
  static override styles = [themeStyles, dashboardStyles, levelChartStyles];

  /** One report (a `KpiReport` of `computeKpis`); `reports` wins when it has entries. */
  @property({ attribute: false }) report: KpiReport | undefined;

  /** Several reports side by side, each with its label (a street's name, say). */
  @property({ attribute: false }) reports: readonly LabelledKpiReport[] | undefined;

  /** `grouped` (four bars per report) or `stacked` (one 100 % bar per report). */
  @property({ reflect: true }) layout: LevelChartLayout = 'grouped';

  /** `chart` (the drawing) or `table` (the same figures as a table). */
  @property({ reflect: true }) view: ChartView = 'chart';

  /** The chart's title, caption and accessible name; "各层级办结情况" by default. */
  @property() label = '';

  /** The width the drawing is laid out for: the element's own, once measured. */
  @state() private width = GUESSED_WIDTH;

  readonly #ruler = createRef<HTMLDivElement>();
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  protected override updated(): void {
    const ruler = this.#ruler.value;
    if (!ruler || ruler === this.#observed) return;
    this.#observed = ruler;
    // The ruler is as wide as the element and has no height, so drawing the chart again for a
    // new width never changes what is observed (no resize loop).
    this.#observer ??= new ResizeObserver((entries) => {
      const measured = Math.round(entries.at(-1)?.contentRect.width ?? 0);
      if (measured > 0 && measured !== this.width) this.width = measured;
    });
    this.#observer.disconnect();
    this.#observer.observe(ruler);
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    const locale = t.locale();
    const title = this.label || t.term('levelChart.label');
    const series = seriesOf(this.reports, this.report, '');
    if (series.length === 0) {
      return html`<div part="base empty" class="base empty">${t.term('levelChart.empty')}</div>`;
    }
    const view = chartViewOf(this.view);
    return html`<div part="base" class="base" role="figure" aria-labelledby="title">
      <div part="header" class="header">
        <p part="title" class="title" id="title">${title}</p>
        ${chartViewToggle(t, view, (next) => {
          this.view = next;
        })}
      </div>
      <div class="ruler" ${ref(this.#ruler)}></div>
      ${view === 'chart' ? this.#chart(series, title, locale) : this.#table(series, title, locale)}
    </div>`;
  }

  #labels(locale: Locale): LevelLabels {
    const t = this.localize;
    return {
      level: (level) => levelName(level, locale),
      value: (count, share) =>
        share === null
          ? '—'
          : t.term('levelChart.value', formatCount(locale, count), formatPercent(locale, share)),
      total: (s) =>
        s.total > 0
          ? t.term('levelChart.total', formatCount(locale, s.total))
          : t.term('levelChart.noClosed'),
      percent: (share) => formatPercent(locale, share),
    };
  }

  #summary(series: readonly LevelSeries[], title: string, locale: Locale): string {
    const t = this.localize;
    if (series.length === 1) {
      const [one] = series;
      if (!one || one.total === 0) return t.term('levelChart.summaryNone', title);
      const items = one.rows
        .map((row) =>
          t.term(
            'levelChart.summaryItem',
            levelName(row.level, locale),
            formatCount(locale, row.count),
            row.share === null ? '—' : formatPercent(locale, row.share),
          ),
        )
        .join(locale === 'en' ? ', ' : '，');
      return t.term(
        'levelChart.summary',
        title,
        items,
        t.term('levelChart.total', formatCount(locale, one.total)),
      );
    }
    const measured = series
      .map((s) => ({ label: s.label, share: s.rows[0]?.share ?? null }))
      .filter((s): s is { label: string; share: number } => s.share !== null);
    if (measured.length === 0) return t.term('levelChart.summaryManyNone', title, series.length);
    const highest = measured.reduce((a, b) => (b.share > a.share ? b : a));
    const lowest = measured.reduce((a, b) => (b.share < a.share ? b : a));
    return t.term(
      'levelChart.summaryMany',
      title,
      series.length,
      highest.label,
      formatPercent(locale, highest.share),
      lowest.label,
      formatPercent(locale, lowest.share),
    );
  }

  #chart(series: readonly LevelSeries[], title: string, locale: Locale): TemplateResult {
    const layout = this.layout === 'stacked' ? 'stacked' : 'grouped';
    const labelled =
      layout === 'stacked' && series.length === 1 && !series[0]?.label
        ? [{ ...series[0], label: this.localize.term('levelChart.all') } as LevelSeries]
        : series;
    const drawing = layoutLevels(labelled, layout, this.width, this.#labels(locale));
    const height = Math.max(1, Math.ceil(drawing.height));
    return html`<svg
        part="chart"
        class="chart"
        role="img"
        aria-label=${this.#summary(series, title, locale)}
        width="100%"
        height=${height}
        viewBox="0 0 ${drawing.width} ${height}"
        preserveAspectRatio="xMinYMin meet"
        focusable="false"
      >
        ${drawing.tracks.map(
          (r) =>
            svg`<rect class="track" x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`,
        )}
        ${drawing.bars.map(
          (b) =>
            svg`<rect class="bar ${b.level}" data-level=${b.level} data-series=${b.series}
              data-count=${b.count} data-share=${b.share ?? ''}
              x=${b.x} y=${b.y} width=${Math.max(0, b.width)} height=${b.height}></rect>`,
        )}
        ${drawing.texts.map(
          (text) =>
            svg`<text class=${text.kind} x=${text.x} y=${text.y} text-anchor=${text.anchor}
              dominant-baseline="central">${text.text}</text>`,
        )}
      </svg>
      ${
        layout === 'stacked'
          ? html`<ul
              part="legend"
              class="legend"
              aria-label=${this.localize.term('levelChart.legend')}
            >
              ${HANDLING_LEVELS.map(
                (level) =>
                  html`<li part="legend-item" class="legend-item">
                    <span class="swatch ${level}"></span>${levelName(level, locale)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  #table(series: readonly LevelSeries[], title: string, locale: Locale): TemplateResult {
    const t = this.localize;
    const share = (value: number | null) =>
      value === null
        ? html`<span aria-hidden="true">—</span
            ><span class="visually-hidden">${t.term('levelChart.noValue')}</span>`
        : formatPercent(locale, value);
    const wrap = (table: TemplateResult) =>
      html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="caption">
        ${table}
      </div>`;
    if (series.length === 1) {
      const one = series[0];
      if (!one) return html``;
      return wrap(
        html`<table part="table">
          <caption id="caption">
            ${title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.term('levelChart.levelColumn')}</th>
              <th scope="col">${t.term('levelChart.countColumn')}</th>
              <th scope="col">${t.term('levelChart.shareColumn')}</th>
            </tr>
          </thead>
          <tbody>
            ${one.rows.map(
              (row) =>
                html`<tr data-level=${row.level}>
                  <th scope="row">${levelName(row.level, locale)}</th>
                  <td>${formatCount(locale, row.count)}</td>
                  <td>${share(row.share)}</td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.term('levelChart.totalColumn')}</th>
              <td>${formatCount(locale, one.total)}</td>
              <td></td>
            </tr>
          </tfoot>
        </table>`,
      );
    }
    return wrap(
      html`<table part="table">
        <caption id="caption">
          ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.term('levelChart.unitColumn')}</th>
            ${HANDLING_LEVELS.map((level) => html`<th scope="col">${levelName(level, locale)}</th>`)}
            <th scope="col">${t.term('levelChart.totalColumn')}</th>
          </tr>
        </thead>
        <tbody>
          ${series.map(
            (s) =>
              html`<tr>
                <th scope="row">${s.label}</th>
                ${s.rows.map(
                  (row) =>
                    html`<td data-level=${row.level}>
                      ${
                        row.share === null
                          ? share(null)
                          : t.term(
                              'levelChart.cell',
                              formatCount(locale, row.count),
                              formatPercent(locale, row.share),
                            )
                      }
                    </td>`,
                )}
                <td>${formatCount(locale, s.total)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }
}
