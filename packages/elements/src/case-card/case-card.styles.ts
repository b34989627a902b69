import { css } from 'lit';

export const caseCardStyles = css`
  :host {
    display: block;
    --_accent: var(--wg-case-card-accent, var(--wg-color-primary, #b3261e));
    --_background: var(--wg-case-card-background, var(--wg-color-surface, #ffffff));
    --_border: var(--wg-case-card-border, var(--wg-color-border, #d0d7de));
    --_radius: var(--wg-case-card-radius, var(--wg-radius, 8px));
    --_overdue: var(--wg-case-card-overdue, var(--wg-color-danger, #a40e26));
    --_muted: var(--wg-color-muted, #59636e);
    --_space: var(--wg-space, 0.75rem);
  }
  .card {
    box-sizing: border-box;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    line-height: 1.5;
  }
  .card.overdue {
    border-left-color: var(--_overdue);
  }
  .empty {
    color: var(--_muted);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .heading {
    margin: 0;
    font-size: 1.0625rem;
    flex: 1 1 auto;
  }
  .title {
    all: unset;
    cursor: pointer;
    font-weight: 700;
    color: inherit;
    border-radius: 4px;
  }
  .title:hover {
    text-decoration: underline;
  }
  .title:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .badge.urgent,
  .badge.alarm,
  .badge.overdue {
    color: var(--_overdue);
    font-weight: 700;
  }
  .progress {
    display: flex;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    gap: 2px;
  }
  .progress li {
    flex: 1 1 0;
    min-width: 0;
    padding-top: 6px;
    border-top: 4px solid var(--_border);
    font-size: 0.75rem;
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .progress li.done {
    border-top-color: var(--_accent);
  }
  .progress li.current {
    border-top-color: var(--_accent);
    color: inherit;
    font-weight: 700;
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem var(--_space);
    margin: 0;
    font-size: 0.875rem;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .due.overdue {
    color: var(--_overdue);
    font-weight: 700;
  }
  .description {
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .error {
    color: var(--wg-color-danger, #a40e26);
    background: var(--wg-color-danger-surface, #fff0f1);
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
