import {
  CASE_STEPS,
  formatPath,
  isOverdue,
  summarizeCase,
  type CaseSummary,
  type LoadedDistrict,
  type ParseResult,
  type ValidationIssue,
} from '@wangge/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WgCaseSelectEvent } from '../shared/case-select-event.js';
import { DistrictConsumer } from '../shared/district-consumer.js';
import {
  categoryName,
  departmentName,
  levelName,
  reporterLabel,
  staffName,
  stepName,
  unitName,
} from '../shared/district-names.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { formatDateTime, instantOf } from '../shared/format-time.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import { caseCardStyles } from './case-card.styles.js';
import { readCase, type CaseLike } from './read-case.js';

/**
 * A case (案件) at a glance: its category, where it is (the grid, community and street), the step
 * of the six-step closed loop as a progress indicator, its handling level, the due time with an
 * overdue state, who handles it, and (for a whole record) who reported it and what.
 *
 * The reporter's name is personal data: masked (`王*`) unless the host sets
 * `reveal-personal-data`; a resident's mobile is never shown. Invalid data is shown as a
 * localised error state and reported with a `wg-error` event; the element never throws into the
 * page. Choosing the card's title dispatches `wg-case-select`: the host opens the case.
 *
 * @summary A case at a glance: category, place, step, level, due time, handler.
 *
 * @event {WgCaseSelectEvent} wg-case-select - The user chose the case; `event.caseId` says which.
 * @event {WgErrorEvent} wg-error - The `record` data is invalid; `event.error.issues` says what and where.
 *
 * @slot actions - Host actions under the card (buttons that turn into commands).
 *
 * @csspart base - The card's outer box (with class `overdue` when overdue).
 * @csspart header - The header with the title and the badges.
 * @csspart title - The category, a button that selects the case.
 * @csspart level - The handling level badge.
 * @csspart priority - The urgent or alarm badge.
 * @csspart progress - The six steps, as a list.
 * @csspart step - Each step of the progress list.
 * @csspart details - The list of facts.
 * @csspart place - The grid, community and street.
 * @csspart due - The due time.
 * @csspart assignee - The unit, department and worker handling it.
 * @csspart reporter - Who reported it (masked).
 * @csspart description - What was reported.
 * @csspart actions - The box around the `actions` slot.
 * @csspart error - The error state.
 *
 * @cssproperty --wg-case-card-accent - Progress and edge colour (default `--wg-color-primary`).
 * @cssproperty --wg-case-card-overdue - Colour of the overdue state (default `--wg-color-danger`).
 * @cssproperty --wg-case-card-background - Card background (default `--wg-color-surface`).
 * @cssproperty --wg-case-card-border - Card border colour (default `--wg-color-border`).
 * @cssproperty --wg-case-card-radius - Corner radius (default `--wg-radius`).
 *
 * @example
 * ```html
 * <wg-district src="/data/yingze.json">
 *   <wg-case-card id="card"></wg-case-card>
 * </wg-district>
 * <script type="module">
 *   document.querySelector('#card').record = await (await fetch('/cases/c-17')).json();
 * </script>
 * ```
 */
export class WgCaseCard extends WanggeElement {
  /** @internal Theme with `--wg-*` custom properties and `::part()` instead. */
  static override styles = [themeStyles, caseCardStyles];

  /** The case: a `CaseRecord` or a `CaseSummary` (property), or a record's JSON (attribute). */
  @property({ attribute: 'record' }) record: unknown;

  /** The district, for names; the surrounding `<wg-district>`'s when not set. */
  @property({ attribute: false }) district: LoadedDistrict | undefined;

  /** The instant the overdue state is judged at (epoch ms or ISO text); now when not set. */
  @property() now: number | string | undefined;

  /** The time zone of the times shown (default China Standard Time). */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Shanghai';

  /** Shows the reporter's full name instead of the masked one. */
  @property({ type: Boolean, attribute: 'reveal-personal-data' }) revealPersonalData = false;

  /** The heading level (1–6) of the card's title within the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private result: ParseResult<CaseLike> | undefined;
  @state() private hasActions = false;

  private readonly districtData = new DistrictConsumer(this);

  /** The case as read, or `undefined` when none is set or the data is invalid. */
  get value(): CaseLike | undefined {
    return this.result?.success ? this.result.data : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record')) this.result = readCase(this.record);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('record') && this.result && !this.result.success) {
      this.dispatchEvent(new WgErrorEvent(this.result.error));
    }
  }

  protected override render(): TemplateResult {
    const result = this.result;
    if (!result) {
      return html`<div part="base" class="card empty">
        ${this.localize.term('caseCard.empty')}
      </div>`;
    }
    if (!result.success) return this.renderError(result.error.issues);
    return this.renderCase(result.data);
  }

  private renderCase(data: CaseLike): TemplateResult {
    const t = this.localize;
    const locale = t.locale();
    const district = this.districtData.district(this.district);
    const summary: CaseSummary = 'reporter' in data ? summarizeCase(data) : data;
    const nowMs = instantOf(this.now) ?? Date.now();
    const overdue = isOverdue(summary, nowMs);
    const category = categoryName(district, summary.categoryCode, locale);
    const level = Number.isInteger(this.headingLevel)
      ? Math.min(6, Math.max(1, this.headingLevel))
      : 3;
    const stepIndex = CASE_STEPS.indexOf(summary.step);
    const place = [summary.microGridId, summary.gridId, summary.communityId, summary.streetId]
      .filter((id): id is string => id !== undefined)
      .map((id) => unitName(district, id, locale))
      .join(' · ');
    const assignee = [
      unitName(district, summary.unitId, locale),
      summary.departmentId === undefined
        ? undefined
        : departmentName(district, summary.departmentId, locale),
      summary.workerId === undefined ? undefined : staffName(district, summary.workerId),
    ]
      .filter((part): part is string => part !== undefined)
      .join(' / ');
    const reporter =
      'reporter' in data
        ? reporterLabel(district, data.reporter, this.revealPersonalData)
        : undefined;
    const archived = summary.step === 'archived';
    return html`
      <article
        part="base"
        class="card ${overdue ? 'overdue' : ''}"
        aria-labelledby="title"
        aria-describedby="status"
      >
        <header part="header" class="header">
          <div role="heading" aria-level=${level} class="heading">
            <button
              part="title"
              id="title"
              class="title"
              type="button"
              aria-label=${t.term('caseCard.open', category)}
              @click=${this.select}
            >
              ${category}
            </button>
          </div>
          ${
            summary.priority === 'normal'
              ? nothing
              : html`<span part="priority" class="badge ${summary.priority}"
                  >${t.term(`caseCard.priority.${summary.priority}`)}</span
                >`
          }
          <span part="level" class="badge level">${levelName(summary.level, locale)}</span>
        </header>
        <ol part="progress" class="progress" aria-label=${t.term('caseCard.progress')}>
          ${CASE_STEPS.map(
            (step, index) =>
              html`<li
                part="step"
                class=${index < stepIndex ? 'done' : index === stepIndex ? 'current' : 'todo'}
                aria-current=${index === stepIndex ? 'step' : nothing}
              >
                ${stepName(step, locale)}
              </li>`,
          )}
        </ol>
        <p id="status" class="visually-hidden">
          ${t.term(
            'caseCard.stepOf',
            archived && summary.outcome && summary.outcome !== 'resolved'
              ? t.term(`caseCard.outcome.${summary.outcome}`)
              : stepName(summary.step, locale),
            stepIndex + 1,
            CASE_STEPS.length,
          )}${overdue ? `, ${t.term('caseCard.overdue')}` : ''}
        </p>
        <dl part="details" class="details">
          <dt>${t.term('caseCard.place')}</dt>
          <dd part="place">${place}</dd>
          ${
            archived
              ? nothing
              : html`<dt>${t.term('caseCard.due')}</dt>
                  <dd part="due" class="due ${overdue ? 'overdue' : ''}">
                    ${formatDateTime(locale, summary.dueAt, this.timeZone)}
                    ${overdue ? html`<span class="badge overdue">${t.term('caseCard.overdue')}</span>` : nothing}
                    ${summary.suspended ? html`<span class="badge">${t.term('caseCard.suspended')}</span>` : nothing}
                  </dd>`
          }
          <dt>${t.term('caseCard.assignee')}</dt>
          <dd part="assignee">${assignee}</dd>
          ${
            reporter === undefined
              ? nothing
              : html`<dt>${t.term('caseCard.reporter')}</dt>
                  <dd part="reporter">${reporter}</dd>`
          }
        </dl>
        ${'description' in data ? html`<p part="description" class="description">${data.description}</p>` : nothing}
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
        <p>${this.localize.term('error.title')}</p>
        <ul>
          ${issues.map(
            (issue) =>
              html`<li>
                ${issue.message[locale]}
                <span>${this.localize.term('error.at', formatPath(issue.path))}</span>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private select(): void {
    const id = this.value?.id;
    if (id !== undefined) this.dispatchEvent(new WgCaseSelectEvent(id));
  }

  private onActionsChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasActions = slot.assignedNodes({ flatten: true }).length > 0;
  }
}
