import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { WanggeLocalize } from './localize.js';
import { themeStyles } from './theme.styles.js';

/**
 * The base of every `wg-*` element: localisation that follows `lang` (the element's own, an
 * ancestor's or the document's; zh-CN when none is set) and re-renders when it changes.
 */
export class WanggeElement extends LitElement {
  /** @internal The kit's base styles; each element adds its own. */
  static override styles: CSSResultGroup = [themeStyles];

  /** Localisation for this element's strings, dates and numbers. */
  protected readonly localize = new WanggeLocalize(this);

  /**
   * The element's language (`zh-CN` or `en`). When empty, the nearest ancestor's `lang` or the
   * document's applies, and zh-CN when there is none.
   */
  @property() override lang = '';
}
