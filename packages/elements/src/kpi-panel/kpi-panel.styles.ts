import { css } from 'lit';

export const kpiPanelStyles = css`
  :host {
    display: block;
    --_surface: var(--wg-kpi-panel-figure-background, var(--wg-color-surface, #ffffff));
    --_border: var(--wg-kpi-panel-border, var(--wg-color-border, #d0d7de));
    --_radius: var(--wg-kpi-panel-radius, var(--wg-radius, 8px));
    --_accent: var(--wg-kpi-panel-accent, var(--wg-color-primary, #b3261e));
    --_better: var(--wg-kpi-panel-better, var(--wg-color-success, #1a7f37));
    --_worse: var(--wg-kpi-panel-worse, var(--wg-color-danger, #a40e26));
    --_line: var(--wg-kpi-panel-line, var(--wg-color-text, #1f2328));
    --_muted: var(--wg-color-muted, #59636e);
    --_space: var(--wg-space, 0.75rem);
    --_min: var(--wg-kpi-panel-min-width, 10.5rem);
    --_panel: var(--wg-kpi-panel-background, var(--wg-color-surface-alt, #f6f8fa));
  }
  .panel {
    box-sizing: border-box;
    padding: 0.5rem;
    line-height: 1.5;
    background: var(--_panel);
    border-radius: var(--_radius);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
    margin-block-end: 0.5rem;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    padding: 0.5rem var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .figure.selected {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .label {
    all: unset;
    align-self: flex-start;
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
    border-radius: 4px;
  }
  .label:hover {
    text-decoration: underline;
  }
  .label:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .hint {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .value {
    margin: 0;
    font-size: 1.625rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .detail {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .trend {
    margin: 0;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .trend.better {
    color: var(--_better);
  }
  .trend.worse {
    color: var(--_worse);
  }
  .verdict {
    font-weight: 600;
  }
  .sparkline {
    display: block;
    width: 100%;
    height: 1.5rem;
    margin-block-start: 0.25rem;
    overflow: visible;
  }
  .sparkline polyline {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .table-wrap {
    margin-block-start: var(--_space);
    padding: 0.5rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
