import { css } from 'lit';

/**
 * Base styles of every element. The kit is themed with custom properties that a host page sets
 * on any ancestor (or `:root`):
 *
 * | token | default |
 * | --- | --- |
 * | `--wg-font-family` | system UI with CJK fallbacks |
 * | `--wg-color-text` / `--wg-color-muted` | `#1f2328` / `#59636e` |
 * | `--wg-color-surface` / `--wg-color-surface-alt` | `#ffffff` / `#f6f8fa` |
 * | `--wg-color-border` | `#d0d7de` |
 * | `--wg-color-primary` / `--wg-color-primary-contrast` | `#b3261e` / `#ffffff` |
 * | `--wg-color-danger` / `--wg-color-danger-surface` | `#a40e26` / `#fff0f1` |
 * | `--wg-color-warning` | `#9a6700` |
 * | `--wg-color-success` / `--wg-color-info` | `#1a7f37` / `#0969da` |
 * | `--wg-radius` / `--wg-space` | `8px` / `0.75rem` |
 *
 * `<wg-district theme="dark">` sets dark values of all of them for the elements inside.
 *
 * Defaults live in `var()` fallbacks, never on `:host`, so that values inherited from the page
 * always win.
 */
export const themeStyles = css`
  :host {
    font-family: var(
      --wg-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    color: var(--wg-color-text, #1f2328);
  }
  [hidden] {
    display: none !important;
  }
`;
