import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { WanggeLocalize } from './localize.js';

/**
 * The base of every `wg-*` element: localisation that follows `lang` (the element's own, an
 * ancestor's or the document's; zh-CN when none is set) and re-renders when it changes.
 */
export class WanggeElement extends LitElement {
  /** Localisation for this element's strings, dates and numbers. */
  protected readonly localize = new WanggeLocalize(this);

  /**
   * The element's language (`zh-CN` or `en`). When empty, the nearest ancestor's `lang` or the
   * document's applies, and zh-CN when there is none.
   */
  @property() override lang = '';
}
