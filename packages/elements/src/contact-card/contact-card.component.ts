import {
  formatPath,
  maskPhone,
  parseContactCard,
  parseContactCardJson,
  telUri,
  type ContactCard,
  type ParseResult,
  type ValidationIssue,
} from '@wangge/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import { contactCardStyles } from './contact-card.styles.js';

/**
 * A grid's contact card (连心卡): the community's name and phone, the grid worker's photo,
 * name and mobile, with `tel:` links to call them.
 *
 * The worker's mobile is personal data: it is masked (`138****8000`) and not dialable unless the
 * host sets `reveal-phone`; the full number is then never present in the DOM. Invalid data is
 * shown as a localised error state and reported with a `wg-error` event; the element never
 * throws into the page.
 *
 * @summary Contact card (连心卡) of a grid: community and grid worker, with call links.
 *
 * @event {WgErrorEvent} wg-error - The `card` data is invalid; `event.error.issues` says what and where.
 *
 * @slot actions - Host actions shown under the card (e.g. a "report a problem" button).
 *
 * @csspart base - The card's outer box.
 * @csspart header - The header with title and grid.
 * @csspart title - The card's title.
 * @csspart grid - The grid's name.
 * @csspart photo - The worker's photo (or its placeholder).
 * @csspart details - The list of contacts.
 * @csspart worker-name - The worker's name.
 * @csspart worker-mobile - The worker's mobile (masked unless revealed).
 * @csspart community-name - The community's name.
 * @csspart community-phone - The community's phone.
 * @csspart call-link - Every `tel:` link.
 * @csspart actions - The box around the `actions` slot.
 * @csspart error - The error state.
 *
 * @cssproperty --wg-contact-card-accent - Header and link colour (default `--wg-color-primary`).
 * @cssproperty --wg-contact-card-background - Card background (default `--wg-color-surface`).
 * @cssproperty --wg-contact-card-border - Card border colour (default `--wg-color-border`).
 * @cssproperty --wg-contact-card-radius - Corner radius (default `--wg-radius`).
 * @cssproperty --wg-contact-card-photo-size - Photo width and height (default `4.5rem`).
 *
 * @example
 * ```html
 * <wg-contact-card
 *   card='{"gridId":"g-03","community":{"name":"老军营社区","phone":"0351-4045678"},
 *          "worker":{"name":"李明","mobile":"13800138000"}}'
 * ></wg-contact-card>
 * ```
 */
export class WgContactCard extends WanggeElement {
  /** @internal Theme with `--wg-*` custom properties and `::part()` instead. */
  static override styles = [themeStyles, contactCardStyles];

  /**
   * The card to show: a contact card object (property), or its JSON text (attribute `card`).
   * Phone numbers may be written as people write them; they are validated and normalised.
   */
  @property({ attribute: 'card' }) card: unknown;

  /** Shows the worker's full mobile number and a link to call it. Masked when absent. */
  @property({ type: Boolean, attribute: 'reveal-phone' }) revealPhone = false;

  /** The heading level (1–6) of the card's title within the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private result: ParseResult<ContactCard> | undefined;
  @state() private photoFailed = false;
  @state() private hasActions = false;

  /** The validated card, or `undefined` when no card is set or the data is invalid. */
  get value(): ContactCard | undefined {
    return this.result?.success ? this.result.data : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('card')) {
      this.result = readCard(this.card);
      this.photoFailed = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('card') && this.result && !this.result.success) {
      this.dispatchEvent(new WgErrorEvent(this.result.error));
    }
  }

  protected override render(): TemplateResult {
    const result = this.result;
    if (!result) {
      return html`<div part="base" class="card empty">
        ${this.localize.term('contactCard.empty')}
      </div>`;
    }
    if (!result.success) return this.renderError(result.error.issues);
    return this.renderCard(result.data);
  }

  private heading(text: string, id: string): TemplateResult {
    const level = Number.isInteger(this.headingLevel)
      ? Math.min(6, Math.max(1, this.headingLevel))
      : 3;
    return html`<div role="heading" aria-level=${level} part="title" class="title" id=${id}>
      ${text}
    </div>`;
  }

  private renderCard(card: ContactCard): TemplateResult {
    const t = this.localize;
    const worker = card.worker;
    const mobile = this.revealPhone ? worker.mobile : maskPhone(worker.mobile);
    const communityTel = telUri(card.community.phone);
    const workerTel = this.revealPhone ? telUri(worker.mobile) : undefined;
    return html`
      <article part="base" class="card" aria-labelledby="title">
        <header part="header" class="header">
          ${this.heading(t.term('contactCard.title'), 'title')}
          ${card.gridName ? html`<span part="grid" class="grid">${card.gridName}</span>` : nothing}
        </header>
        <div class="body">
          ${
            worker.photoUrl && !this.photoFailed
              ? html`<img
                  part="photo"
                  class="photo"
                  src=${worker.photoUrl}
                  alt=${t.term('contactCard.photoAlt', worker.name)}
                  referrerpolicy="no-referrer"
                  loading="lazy"
                  @error=${this.onPhotoError}
                />`
              : html`<span part="photo" class="photo placeholder" aria-hidden="true">
                  ${Array.from(worker.name)[0]}
                </span>`
          }
          <dl part="details" class="details">
            <dt>${t.term('contactCard.worker')}</dt>
            <dd part="worker-name">${worker.name}</dd>
            <dt>${t.term('contactCard.mobile')}</dt>
            <dd part="worker-mobile">
              ${
                workerTel
                  ? html`<a
                      part="call-link"
                      href=${workerTel}
                      aria-label=${t.term('contactCard.call', `${worker.name} ${mobile}`)}
                      >${mobile}</a
                    >`
                  : html`<span class="masked"
                      >${mobile}<span class="visually-hidden"
                        >(${t.term('contactCard.masked')})</span
                      ></span
                    >`
              }
            </dd>
            <dt>${t.term('contactCard.community')}</dt>
            <dd part="community-name">${card.community.name}</dd>
            <dt>${t.term('contactCard.communityPhone')}</dt>
            <dd part="community-phone">
              <a
                part="call-link"
                href=${communityTel ?? nothing}
                aria-label=${t.term(
                  'contactCard.call',
                  `${card.community.name} ${card.community.phone}`,
                )}
                >${card.community.phone}</a
              >
            </dd>
          </dl>
        </div>
        <div part="actions" class="actions" ?hidden=${!this.hasActions}>
          <slot name="actions" @slotchange=${this.onActionsChange}></slot>
        </div>
      </article>
    `;
  }

  private renderError(issues: readonly ValidationIssue[]): TemplateResult {
    const locale = this.localize.locale();
    return html`
      <div part="base error" class="card error" role="alert">
        <p class="error-title">${this.localize.term('error.title')}</p>
        <ul>
          ${issues.map(
            (issue) =>
              html`<li>
                ${issue.message[locale]}
                <span class="path">${this.localize.term('error.at', formatPath(issue.path))}</span>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private onActionsChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasActions = slot.assignedNodes({ flatten: true }).length > 0;
  }

  private onPhotoError(): void {
    this.photoFailed = true;
  }
}

function readCard(input: unknown): ParseResult<ContactCard> | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  return typeof input === 'string' ? parseContactCardJson(input) : parseContactCard(input);
}
