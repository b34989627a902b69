import { css } from 'lit';

export const gridMapStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_height: var(--wg-grid-map-height, 28rem);
    --_tree-width: var(--wg-grid-map-tree-width, 16rem);
    --_surface: var(--wg-color-surface, #ffffff);
    --_text: var(--wg-color-text, #1f2328);
    --_muted: var(--wg-color-muted, #59636e);
    --_border: var(--wg-color-border, #d0d7de);
    --_radius: var(--wg-radius, 8px);
    --_space: var(--wg-space, 0.75rem);
    --_background: var(--wg-grid-map-background, var(--wg-color-surface-alt, #f6f8fa));
    --_stroke: var(--wg-grid-map-stroke, var(--wg-color-muted, #59636e));
    --_outline: var(--wg-grid-map-outline, var(--wg-color-text, #1f2328));
    --_selected: var(--wg-grid-map-selected, var(--wg-color-primary, #b3261e));
    --_marker: var(--wg-grid-map-marker, var(--wg-color-text, #1f2328));
    --_danger: var(--wg-grid-map-overdue-color, var(--wg-color-danger, #a40e26));
    --_accent: var(--wg-grid-map-open-color, var(--wg-color-warning, #9a6700));
    --_no-data: var(--wg-grid-map-no-data, var(--_surface));
    --_no-data-line: var(--wg-grid-map-no-data-line, var(--_muted));
    --_b0: var(--wg-grid-map-bucket-0, var(--_surface));
    --_b1: var(--wg-grid-map-bucket-1, color-mix(in srgb, var(--_accent) 18%, var(--_surface)));
    --_b2: var(--wg-grid-map-bucket-2, color-mix(in srgb, var(--_accent) 38%, var(--_surface)));
    --_b3: var(--wg-grid-map-bucket-3, color-mix(in srgb, var(--_accent) 62%, var(--_surface)));
    --_b4: var(--wg-grid-map-bucket-4, color-mix(in srgb, var(--_accent) 88%, var(--_surface)));
  }
  :host([color-by='overdue']) {
    --_accent: var(--wg-grid-map-overdue-color, var(--wg-color-danger, #a40e26));
  }
  :host([color-by='value']) {
    --_accent: var(--wg-grid-map-value-color, var(--wg-color-danger, #a40e26));
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--_tree-width);
    gap: var(--_space);
    height: var(--_height);
  }
  .base.no-tree {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (max-width: 40rem) {
    .base {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: var(--_height) auto;
      height: auto;
    }
    .tree-panel {
      max-height: 20rem;
    }
  }
  .pane {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_background);
  }
  .viewport {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: hidden;
    touch-action: none;
    cursor: grab;
    user-select: none;
  }
  :host([mode='pick']) .viewport {
    cursor: crosshair;
  }
  .viewport:focus-visible {
    outline: 3px solid var(--_selected);
    outline-offset: -3px;
  }
  .layer {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  /*
   * Strokes keep their width in CSS pixels at every zoom without vector-effect:
   * non-scaling-stroke, which costs thousands of paths a third more layout and paint: the map
   * sets the units' width on their group (an inherited presentation attribute, so that the
   * paths' styles stay shareable), and --_u (path units per pixel) for the few highlights.
   */
  .unit {
    stroke: var(--_stroke);
    stroke-linejoin: round;
  }
  .b0 {
    fill: var(--_b0);
  }
  .b1 {
    fill: var(--_b1);
  }
  .b2 {
    fill: var(--_b2);
  }
  .b3 {
    fill: var(--_b3);
  }
  .b4 {
    fill: var(--_b4);
  }
  /* By value, bucket 0 is "no data": hatched (the pattern in the units' SVG), not a colour. */
  :host([color-by='value']) .unit.b0 {
    fill: url(#no-data) var(--_no-data);
  }
  .hatch-background {
    fill: var(--_no-data);
  }
  .hatch-line {
    fill: none;
    stroke: var(--_no-data-line);
    stroke-width: 1.25;
  }
  .outline,
  .hover,
  .selected {
    fill: none;
    stroke-linejoin: round;
  }
  .outline {
    stroke: var(--_outline);
    stroke-width: calc(1.5 * var(--_u, 1));
  }
  .outline.district {
    stroke-width: calc(2.5 * var(--_u, 1));
  }
  .hover {
    stroke: var(--_outline);
    stroke-width: calc(2 * var(--_u, 1));
    stroke-dasharray: calc(4 * var(--_u, 1)) calc(3 * var(--_u, 1));
  }
  .selected {
    stroke: var(--_selected);
    stroke-width: calc(3.5 * var(--_u, 1));
  }
  .marker {
    fill: var(--_marker);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .marker.overdue {
    fill: var(--_danger);
  }
  .cluster circle {
    fill: var(--_marker);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .cluster.has-overdue circle {
    stroke: var(--_danger);
    stroke-width: 3.5;
  }
  .cluster text {
    fill: var(--_surface);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
  }
  .pin {
    fill: var(--_selected);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .crosshair {
    position: absolute;
    left: 50%;
    top: 50%;
    width: 28px;
    height: 28px;
    translate: -50% -50%;
    display: none;
    pointer-events: none;
    background:
      linear-gradient(var(--_selected), var(--_selected)) center / 2px 100% no-repeat,
      linear-gradient(var(--_selected), var(--_selected)) center / 100% 2px no-repeat;
  }
  .viewport:focus-visible .crosshair {
    display: block;
  }
  .toolbar {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .toolbar button {
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    font: inherit;
    font-size: 1.125rem;
    line-height: 1;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .toolbar button:focus-visible,
  .item:focus-visible {
    outline: 2px solid var(--_selected);
    outline-offset: 1px;
  }
  .status {
    position: absolute;
    inset-inline-start: 0.5rem;
    bottom: 0.5rem;
    max-width: calc(100% - 1rem);
    padding: 0.125rem 0.5rem;
    font-size: 0.8125rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .attribution {
    position: absolute;
    inset-inline-end: 0.25rem;
    bottom: 0.25rem;
    font-size: 0.6875rem;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.375rem 0.5rem;
    font-size: 0.8125rem;
    color: var(--_text);
    background: var(--_surface);
    border-top: 1px solid var(--_border);
  }
  .legend:not(:has(*)) {
    display: none;
  }
  .legend-title {
    font-weight: 600;
  }
  .legend-entry {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .swatch {
    display: inline-block;
    width: 1rem;
    height: 0.75rem;
    border: 1px solid var(--_stroke);
  }
  .swatch.b0 {
    background: var(--_b0);
  }
  .swatch.b1 {
    background: var(--_b1);
  }
  .swatch.b2 {
    background: var(--_b2);
  }
  .swatch.b3 {
    background: var(--_b3);
  }
  .swatch.b4 {
    background: var(--_b4);
  }
  .swatch.no-data {
    background: repeating-linear-gradient(
      -45deg,
      var(--_no-data-line) 0 1.25px,
      var(--_no-data) 1.25px 4.25px
    );
  }
  .legend-note {
    color: var(--_muted);
  }
  .item .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tree-panel {
    min-height: 0;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .tree {
    padding: 0.25rem;
    font-size: 0.875rem;
  }
  .item {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.25rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    color: var(--_text);
  }
  .item[aria-level='2'] {
    padding-inline-start: 1.5rem;
  }
  .item[aria-level='3'] {
    padding-inline-start: 2.5rem;
  }
  .item[aria-level='4'] {
    padding-inline-start: 3.5rem;
  }
  .item[aria-level='5'] {
    padding-inline-start: 4.5rem;
  }
  .item[aria-selected='true'] {
    font-weight: 600;
    background: color-mix(in srgb, var(--_selected) 14%, var(--_surface));
  }
  .item.more {
    color: var(--_muted);
    font-style: italic;
  }
  .toggle {
    flex: none;
    width: 1rem;
    text-align: center;
    color: var(--_muted);
  }
  .item[aria-expanded='true'] > .toggle {
    rotate: 90deg;
  }
  .name {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .counts {
    display: inline-flex;
    gap: 0.25rem;
    font-variant-numeric: tabular-nums;
  }
  .count {
    min-width: 1.5rem;
    padding: 0 0.25rem;
    text-align: center;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
  }
  .count.overdue {
    background: color-mix(in srgb, var(--_danger) 16%, var(--_surface));
  }
  .message {
    padding: var(--_space);
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error {
    padding: var(--_space);
    border: 1px solid var(--wg-color-danger, #a40e26);
    border-radius: var(--_radius);
    background: var(--wg-color-danger-surface, #fff0f1);
    color: var(--wg-color-danger, #a40e26);
  }
  .error-title {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .path {
    display: block;
    font-size: 0.8125rem;
    font-family: ui-monospace, monospace;
  }
  .probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
