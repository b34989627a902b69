import { css } from 'lit';

export const levelChartStyles = css`
  :host {
    display: block;
    --_surface: var(--wg-level-chart-background, var(--wg-color-surface, #ffffff));
    --_border: var(--wg-level-chart-border, var(--wg-color-border, #d0d7de));
    --_radius: var(--wg-level-chart-radius, var(--wg-radius, 8px));
    --_accent: var(--wg-level-chart-accent, var(--wg-color-primary, #b3261e));
    --_track: var(--wg-level-chart-track, var(--wg-color-surface-alt, #f6f8fa));
    --_muted: var(--wg-color-muted, #59636e);
    --_text: var(--wg-color-text, #1f2328);
    --_space: var(--wg-space, 0.75rem);
    --_grid: var(--wg-level-chart-grid, var(--wg-color-success, #1a7f37));
    --_community: var(--wg-level-chart-community, var(--wg-color-info, #0969da));
    --_street: var(--wg-level-chart-street, var(--wg-color-warning, #9a6700));
    --_district: var(--wg-level-chart-district, var(--wg-color-danger, #a40e26));
  }
  .base {
    box-sizing: border-box;
    margin: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.5;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
    margin-block-end: 0.5rem;
  }
  .title {
    margin: 0;
    font-weight: 600;
  }
  .ruler {
    width: 100%;
    height: 0;
  }
  .chart {
    display: block;
    overflow: visible;
    font-size: 13px;
  }
  .track {
    fill: var(--_track);
  }
  .bar.grid,
  .swatch.grid {
    fill: var(--_grid);
    background: var(--_grid);
  }
  .bar.community,
  .swatch.community {
    fill: var(--_community);
    background: var(--_community);
  }
  .bar.street,
  .swatch.street {
    fill: var(--_street);
    background: var(--_street);
  }
  .bar.district,
  .swatch.district {
    fill: var(--_district);
    background: var(--_district);
  }
  text {
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  text.series {
    font-weight: 600;
  }
  text.value {
    fill: var(--_muted);
  }
  text.segment {
    fill: var(--wg-color-primary-contrast, #ffffff);
    font-size: 12px;
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .swatch {
    display: inline-block;
    width: 0.875rem;
    height: 0.75rem;
    border-radius: 2px;
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
