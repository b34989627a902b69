import { css } from 'lit';

export const contactCardStyles = css`
  :host {
    display: block;
    --_accent: var(--wg-contact-card-accent, var(--wg-color-primary, #b3261e));
    --_background: var(--wg-contact-card-background, var(--wg-color-surface, #ffffff));
    --_border: var(--wg-contact-card-border, var(--wg-color-border, #d0d7de));
    --_radius: var(--wg-contact-card-radius, var(--wg-radius, 8px));
    --_photo: var(--wg-contact-card-photo-size, 4.5rem);
    --_space: var(--wg-space, 0.75rem);
  }
  .card {
    box-sizing: border-box;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    line-height: 1.5;
  }
  .empty {
    padding: var(--_space);
    color: var(--wg-color-muted, #59636e);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_accent);
    color: var(--wg-color-primary-contrast, #ffffff);
  }
  .title {
    font-size: 1.125rem;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .grid {
    font-size: 0.875rem;
  }
  .body {
    display: flex;
    gap: var(--_space);
    padding: var(--_space);
    align-items: flex-start;
  }
  .photo {
    flex: none;
    width: var(--_photo);
    height: var(--_photo);
    border-radius: 50%;
    object-fit: cover;
    background: var(--wg-color-border, #d0d7de);
  }
  .placeholder {
    display: grid;
    place-items: center;
    font-size: calc(var(--_photo) * 0.4);
    color: var(--wg-color-text, #1f2328);
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem var(--_space);
    margin: 0;
    min-width: 0;
  }
  dt {
    color: var(--wg-color-muted, #59636e);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .masked {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    padding: 0 var(--_space) var(--_space);
  }
  .error {
    padding: var(--_space);
    border-color: var(--wg-color-danger, #a40e26);
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
