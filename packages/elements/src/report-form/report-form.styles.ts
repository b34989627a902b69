import { css } from 'lit';

export const reportFormStyles = css`
  :host {
    display: block;
    --_accent: var(--wg-report-form-accent, var(--wg-color-primary, #b3261e));
    --_accent-contrast: var(--wg-color-primary-contrast, #ffffff);
    --_background: var(--wg-report-form-background, var(--wg-color-surface, #ffffff));
    --_field-background: var(--wg-report-form-field-background, var(--wg-color-surface, #ffffff));
    --_border: var(--wg-report-form-border, var(--wg-color-border, #d0d7de));
    --_control-border: var(--wg-report-form-control-border, var(--wg-color-muted, #59636e));
    --_danger: var(--wg-report-form-error, var(--wg-color-danger, #a40e26));
    --_danger-surface: var(--wg-color-danger-surface, #fff0f1);
    --_radius: var(--wg-report-form-radius, var(--wg-radius, 8px));
    --_space: var(--wg-space, 0.75rem);
    --_muted: var(--wg-color-muted, #59636e);
    --_text: var(--wg-color-text, #1f2328);
    line-height: 1.5;
  }
  .base {
    box-sizing: border-box;
    padding: var(--_space);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  form,
  .group {
    display: grid;
    gap: var(--_space);
  }
  .group {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .row {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
  }
  label {
    font-weight: 600;
  }
  .choice label {
    font-weight: 400;
  }
  input[type='text'],
  input[type='url'],
  input[type='tel'],
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.25rem;
    padding: 0.375rem 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_field-background);
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) / 2);
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible,
  .summary-title:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .hint,
  .counter,
  .status {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .field-error {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_danger);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--_space);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .choice input {
    margin: 0;
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--_accent);
  }
  .photo {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.5rem;
    align-items: end;
  }
  .photo .field-error {
    grid-column: 1 / -1;
  }
  .photo-list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    min-height: 2.25rem;
    padding: 0.375rem 0.875rem;
    font: inherit;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .secondary {
    justify-self: start;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
  }
  .primary {
    justify-self: start;
    font-weight: 700;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 1px solid var(--_accent);
  }
  .error-summary {
    padding: var(--_space);
    color: var(--_danger);
    background: var(--_danger-surface);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary p {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a,
  .error-summary a:visited {
    color: var(--_danger);
    text-underline-offset: 0.2em;
  }
  .summary {
    display: grid;
    gap: var(--_space);
  }
  .summary-title {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .summary dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
    margin: 0;
  }
  .summary dt {
    color: var(--_muted);
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
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
