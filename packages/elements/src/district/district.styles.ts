import { css } from 'lit';

export const districtStyles = css`
  :host {
    display: contents;
  }
  /* The dark theme: the kit's tokens, inherited by every element inside. */
  :host([theme='dark']) {
    --wg-color-text: #e6edf3;
    --wg-color-muted: #9198a1;
    --wg-color-surface: #161b22;
    --wg-color-surface-alt: #0d1117;
    --wg-color-border: #3d444d;
    --wg-color-primary: #ff7b72;
    --wg-color-primary-contrast: #0d1117;
    --wg-color-danger: #ff9492;
    --wg-color-danger-surface: #3c1618;
    --wg-color-warning: #e3b341;
    --wg-color-success: #3fb950;
    --wg-color-info: #58a6ff;
    color-scheme: dark;
  }
  .status {
    font: inherit;
    color: var(--wg-color-muted, #59636e);
  }
`;
