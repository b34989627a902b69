import { LitElement, type CSSResultGroup } from 'lit';
import { WanggeLocalize } from './localize.js';
import { themeStyles } from './theme.styles.js';

/**
 * The base of every `wg-*` element: localisation that follows `lang` (the element's own, an
 * ancestor's or the document's; zh-CN when none is set) and re-renders when it changes.
 *
 * `lang` is the browser's own attribute and property (setting `element.lang` sets the
 * attribute), so that elements nested in a `wg-*` element, such as those inside
 * `<wg-district>`, inherit it. A change of a `wg-*` element's `lang` re-renders the `wg-*`
 * elements inside it; a change of `<html lang>` re-renders every one.
 *
 * @attribute lang - The element's language (`zh-CN` or `en`). When absent, the nearest ancestor's `lang` or the document's applies, and zh-CN when there is none.
 */
export class WanggeElement extends LitElement {
  /** @internal The kit's base styles; each element adds its own. */
  static override styles: CSSResultGroup = [themeStyles];

  /** @internal */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Localisation for this element's strings, dates and numbers. */
  protected readonly localize = new WanggeLocalize(this);

  /** @internal */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name !== 'lang' || old === value) return;
    this.requestUpdate();
    for (const inner of this.querySelectorAll('*')) {
      if (inner instanceof WanggeElement) inner.requestUpdate();
    }
  }
}
