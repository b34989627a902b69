import { LocalizeController, registerTranslation } from '@shoelace-style/localize';
import { resolveLocale, type Locale } from '@wangge/core';
import { en } from './translations/en.js';
import type { WanggeTranslation } from './translations/translation.js';
import { zhCN } from './translations/zh-cn.js';

registerTranslation(zhCN, en);

/**
 * Registers a component's strings in zh-CN and en. Each element's registration module calls it,
 * so that a page that uses one element carries only that element's strings.
 */
export function registerTerms<T extends object>(zh: T, english: T): void {
  registerTranslation({ ...zhCN, ...zh }, { ...en, ...english });
}

/**
 * The language of an element: `own` (the element's `lang` property) when set, else the nearest
 * ancestor's `lang` attribute (crossing shadow roots), else the document's, resolved to a
 * supported locale. Unlike the browser's language, an unmarked page gets zh-CN: the kit speaks
 * Chinese unless the page says otherwise.
 */
export function elementLocale(element: Element, own?: string): Locale {
  if (own) return resolveLocale(own);
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return resolveLocale(lang);
    node = node.parentElement ?? hostOf(node);
  }
  return resolveLocale(undefined);
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

interface HostWithLang extends HTMLElement {
  lang: string;
}

/**
 * The kit's localisation controller: `@shoelace-style/localize`'s, with the language chosen by
 * {@link elementLocale}.
 */
export class WanggeLocalize extends LocalizeController<WanggeTranslation> {
  /** The supported locale this element speaks. */
  locale(): Locale {
    return elementLocale(this.host, (this.host as HostWithLang).lang);
  }

  override lang(): string {
    return this.locale().toLowerCase();
  }
}
