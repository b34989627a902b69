import { formatPath, type ValidationIssue } from '@wangge/core';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { WanggeLocalize } from '../shared/localize.js';
import { legendRanges, type ColorBy } from './map-colors.js';
import type { MapGeometry, MapLevel, MapUnit } from './map-geometry.js';

const MAX_ISSUES = 20;

const LEVEL_RANK: Record<MapLevel, number> = {
  district: 0,
  street: 1,
  community: 2,
  grid: 3,
  'micro-grid': 4,
};

/** Street and district boundaries over a finer level, the hovered and the selected unit. */
export function highlightsTemplate(
  geometry: MapGeometry,
  level: MapLevel | undefined,
  decimals: number,
  selected: MapUnit | undefined,
  hovered: MapUnit | undefined,
): SVGTemplateResult {
  const outlines = (['district', 'street'] as const).map((coarse) =>
    level && LEVEL_RANK[level] > LEVEL_RANK[coarse]
      ? geometry
          .paths(coarse, decimals)
          .map((d) => svg`<path class="outline ${coarse}" d=${d}></path>`)
      : nothing,
  );
  const path = (unit: MapUnit) => geometry.path(unit, decimals);
  return svg`${outlines}${
    hovered && hovered !== selected ? svg`<path class="hover" d=${path(hovered)}></path>` : nothing
  }${selected ? svg`<path class="selected" d=${path(selected)}></path>` : nothing}`;
}

/** The zoom buttons. */
export function toolbarTemplate(
  t: WanggeLocalize,
  actions: { zoomIn: () => void; zoomOut: () => void; reset: () => void },
): TemplateResult {
  const button = (part: string, label: string, glyph: string, action: () => void) =>
    html`<button part=${part} type="button" aria-label=${label} title=${label} @click=${action}>
      <span aria-hidden="true">${glyph}</span>
    </button>`;
  return html`<div
    part="toolbar"
    class="toolbar"
    role="toolbar"
    aria-label=${t.term('gridMap.toolbar')}
  >
    ${button('zoom-in', t.term('gridMap.zoomIn'), '+', actions.zoomIn)}
    ${button('zoom-out', t.term('gridMap.zoomOut'), '−', actions.zoomOut)}
    ${button('reset', t.term('gridMap.reset'), '⌂', actions.reset)}
    <slot name="toolbar"></slot>
  </div>`;
}

/** The legend of the fills: what they count, and the values of each colour. */
export function legendTemplate(t: WanggeLocalize, colorBy: ColorBy, max: number): TemplateResult {
  const title = t.term(colorBy === 'overdue' ? 'gridMap.colorBy.overdue' : 'gridMap.colorBy.open');
  const entry = (bucket: number, label: string | number) =>
    html`<span class="legend-entry"><span class="swatch b${bucket}"></span>${label}</span>`;
  return html`<span class="legend-title">${title}</span
    >${entry(0, t.term('gridMap.noCases'))}${legendRanges(max).map((r) =>
      entry(r.bucket, r.from === r.to ? r.from : `${r.from}–${r.to}`),
    )}`;
}

/**
 * The legend of value fills (`color-by="value"`): what is measured, each colour's range from the
 * best to the worst, the hatching of units without data, and which way the scale runs.
 */
export function valueLegendTemplate(
  t: WanggeLocalize,
  label: string,
  ranges: readonly { readonly bucket: number; readonly from: number; readonly to: number }[],
  format: (value: number) => string,
): TemplateResult {
  const entry = (swatch: string, text: string) =>
    html`<span class="legend-entry"><span class="swatch ${swatch}"></span>${text}</span>`;
  return html`<span class="legend-title">${label}</span>${ranges.map((r) =>
      entry(
        `b${String(r.bucket)}`,
        r.from === r.to ? format(r.from) : `${format(r.from)}–${format(r.to)}`,
      ),
    )}${entry('no-data', t.term('gridMap.noData'))}${
      ranges.length > 1
        ? html`<span class="legend-note">${t.term('gridMap.valueScale')}</span>`
        : nothing
    }`;
}

/** The error state: the layer's issues with their paths, the first twenty of them. */
export function errorTemplate(
  t: WanggeLocalize,
  issues: readonly ValidationIssue[],
): TemplateResult {
  const locale = t.locale();
  const shown = issues.slice(0, MAX_ISSUES);
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${t.term('error.title')}</p>
    <ul>
      ${shown.map(
        (issue) =>
          html`<li>
            ${issue.message[locale]}
            <span class="path">${t.term('error.at', formatPath(issue.path))}</span>
          </li>`,
      )}
      ${
        issues.length > shown.length
          ? html`<li>${t.term('gridMap.moreIssues', issues.length - shown.length)}</li>`
          : nothing
      }
    </ul>
  </div>`;
}
