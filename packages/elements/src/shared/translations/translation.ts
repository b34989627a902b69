import type { Translation } from '@shoelace-style/localize';

/**
 * Every user-visible string of the element kit. Keys are namespaced by component so that they
 * never collide with other libraries sharing `@shoelace-style/localize` on the same page.
 */
export interface WanggeTranslation extends Translation {
  'contactCard.title': string;
  'contactCard.grid': string;
  'contactCard.worker': string;
  'contactCard.mobile': string;
  'contactCard.community': string;
  'contactCard.communityPhone': string;
  'contactCard.call': (what: string) => string;
  'contactCard.photoAlt': (name: string) => string;
  'contactCard.masked': string;
  'contactCard.empty': string;
  'error.title': string;
  'error.at': (path: string) => string;
}
