/**
 * `@wangge/elements`: Lit web components (`wg-*`) for grid-based grassroots governance
 * (网格化基层治理). Importing this module registers every element.
 *
 * @packageDocumentation
 */

export { WgContactCard } from './contact-card/contact-card.js';
export { WgErrorEvent } from './shared/error-event.js';
export { WanggeElement } from './shared/wangge-element.js';
export { elementLocale } from './shared/localize.js';
export type { WanggeTranslation } from './shared/translations/translation.js';
