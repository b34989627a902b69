import { css } from 'lit';

/**
 * What the dashboard widgets share: the chart/table switch, the tables that stand in for the
 * charts, the empty state. Each element sets `--_accent`, `--_surface`, `--_border`, `--_muted`
 * and `--_radius` on its host.
 */
export const dashboardStyles = css`
  .view-toggle {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
  }
  .view-button {
    font: inherit;
    font-size: 0.8125rem;
    padding: 0.125rem 0.625rem;
    color: inherit;
    background: var(--_surface);
    border: 0;
    cursor: pointer;
  }
  .view-button + .view-button {
    border-inline-start: 1px solid var(--_border);
  }
  .view-button[aria-pressed='true'] {
    color: var(--wg-color-primary-contrast, #ffffff);
    background: var(--_accent);
    font-weight: 600;
  }
  .view-button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.375rem;
  }
  th,
  td {
    padding: 0.25rem 0.625rem;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
  }
  thead th {
    font-weight: 600;
    color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
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
