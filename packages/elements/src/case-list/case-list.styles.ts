import { css } from 'lit';

export const caseListStyles = css`
  :host {
    display: block;
    height: var(--wg-case-list-height, 30rem);
    --_accent: var(--wg-case-list-accent, var(--wg-color-primary, #b3261e));
    --_background: var(--wg-case-list-background, var(--wg-color-surface, #ffffff));
    --_border: var(--wg-case-list-border, var(--wg-color-border, #d0d7de));
    --_radius: var(--wg-case-list-radius, var(--wg-radius, 8px));
    --_muted: var(--wg-color-muted, #59636e);
    --_overdue: var(--wg-case-list-overdue, var(--wg-color-danger, #a40e26));
    --_selected: var(
      --wg-case-list-selected-background,
      color-mix(in srgb, var(--_accent) 10%, var(--_background))
    );
    --_space: var(--wg-case-list-space, var(--wg-space, 0.75rem));
  }
  .base {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    height: 100%;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    line-height: 1.4;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .field.check {
    flex-direction: row;
    align-items: center;
    gap: 0.375rem;
    color: inherit;
    min-height: 2rem;
  }
  select,
  button {
    font: inherit;
    font-size: 0.875rem;
    color: var(--wg-color-text, #1f2328);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.25rem 0.5rem;
    min-height: 2rem;
  }
  input[type='checkbox'] {
    accent-color: var(--_accent);
    margin: 0;
  }
  button {
    cursor: pointer;
  }
  select:focus-visible,
  button:focus-visible,
  input:focus-visible,
  .list:focus-visible,
  .row:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .chip {
    border-radius: 999px;
  }
  .count {
    padding: 0.375rem var(--_space);
    font-size: 0.8125rem;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }
  /* The virtualizer sizes and positions through the CSSOM; it needs a box of its own size. */
  .list {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'category due'
      'place step'
      'assignee badges';
    gap: 0.125rem var(--_space);
    width: 100%;
    padding: calc(var(--_space) * 0.625) var(--_space);
    border-bottom: 1px solid var(--_border);
    background: var(--_background);
    cursor: pointer;
    font-size: 0.875rem;
  }
  .row:hover {
    background: color-mix(in srgb, var(--_accent) 5%, var(--_background));
  }
  .row[aria-selected='true'] {
    background: var(--_selected);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .category {
    grid-area: category;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .place {
    grid-area: place;
    color: var(--_muted);
  }
  .assignee {
    grid-area: assignee;
    color: var(--_muted);
  }
  .category,
  .place,
  .assignee {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .due {
    grid-area: due;
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .overdue .due {
    color: var(--_overdue);
    font-weight: 600;
  }
  .step {
    grid-area: step;
    display: flex;
    align-items: center;
    justify-content: end;
    gap: 0.375rem;
    white-space: nowrap;
    color: var(--_muted);
  }
  .dots {
    display: inline-flex;
    gap: 2px;
  }
  .dot {
    width: 0.4375rem;
    height: 0.4375rem;
    border-radius: 50%;
    border: 1px solid var(--_muted);
  }
  .dot.done {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .badges {
    grid-area: badges;
    display: flex;
    justify-content: end;
    gap: 0.25rem;
  }
  .badge {
    font-size: 0.75rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .level {
    color: var(--wg-color-text, #1f2328);
    border-color: var(--_border);
  }
  .level.street,
  .level.district {
    border-color: var(--_accent);
  }
  .overdue-badge,
  .priority {
    color: var(--_overdue);
  }
  .suspended {
    color: var(--_muted);
  }
  .label {
    color: var(--_muted);
    font-weight: 400;
    margin-inline-end: 0.25rem;
  }
  .empty {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    padding: var(--_space);
    color: var(--_muted);
  }
  .error {
    padding: var(--_space);
    border-color: var(--wg-color-danger, #a40e26);
    background: var(--wg-color-danger-surface, #fff0f1);
    color: var(--wg-color-danger, #a40e26);
    overflow: auto;
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
`;
