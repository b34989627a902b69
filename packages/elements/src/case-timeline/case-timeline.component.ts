import {
  WanggeError,
  WanggeValidationError,
  caseHistory,
  deadlineText,
  formatPath,
  upcastCaseEvent,
  type CaseEvent,
  type CaseHistoryEntry,
  type LoadedDistrict,
  type ParseResult,
  type ValidationIssue,
} from '@wangge/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DistrictConsumer } from '../shared/district-consumer.js';
import {
  departmentName,
  levelName,
  reporterLabel,
  staffName,
  stepName,
  unitName,
} from '../shared/district-names.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { formatDateTime } from '../shared/format-time.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import { caseTimelineStyles } from './case-timeline.styles.js';

function readEvents(input: unknown): ParseResult<CaseHistoryEntry[]> | undefined {
  if (input === undefined || input === null) return undefined;
  const items: unknown = typeof input === 'string' ? safeJson(input) : input;
  if (!Array.isArray(items)) {
    return {
      success: false,
      error: new WanggeValidationError('CaseEvent[]', [
        {
          code: 'invalid_list',
          path: [],
          expected: { 'zh-CN': '事件列表', en: 'a list of events' },
          message: {
            'zh-CN': '办理记录应为事件列表（JSON 数组）。',
            en: 'The history must be a list of events (a JSON array).',
          },
        },
      ]),
    };
  }
  const events: CaseEvent[] = [];
  for (const [index, item] of (items as unknown[]).entries()) {
    const result = upcastCaseEvent(item);
    if (!result.success) {
      return {
        success: false,
        error: new WanggeValidationError(
          'CaseEvent[]',
          result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
        ),
      };
    }
    events.push(result.data);
  }
  try {
    return { success: true, data: caseHistory(events) };
  } catch (error) {
    if (!(error instanceof WanggeError)) throw error;
    return {
      success: false,
      error: new WanggeValidationError('CaseEvent[]', [
        {
          code: 'broken_log',
          path: [],
          expected: { 'zh-CN': '一个案件连续的事件', en: 'one case’s events, in order' },
          message: error.messages,
        },
      ]),
    };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const hours = (ms: number) => (Math.round((ms / 3_600_000) * 10) / 10).toString();

/**
 * A case's history (办理经过) from its event log, oldest first: each step of the closed loop with
 * who did it and when; level changes with their handover sheets (问题交接单: why, what was tried,
 * attachments) and whether the deadline forced them; rework loops (返工) with their reasons;
 * suspensions (缓办) with the time left on the stopped clock, extensions (延期), reopenings and
 * merged duplicates.
 *
 * Give it the case's events (`events`, as read from the store or its JSON; checked with the
 * event schema, older formats upcast) or an already computed `history` (`caseHistory`).
 * Residents' names are masked unless the host sets `reveal-personal-data`.
 *
 * @summary A case's history: steps, levels and handovers, rework, suspensions, who and when.
 *
 * @event {WgErrorEvent} wg-error - The events are invalid; `event.error.issues` says which and where.
 *
 * @csspart base - The outer box.
 * @csspart list - The ordered list of entries.
 * @csspart entry - One entry (with the event type as a class, e.g. `case-escalated`).
 * @csspart time - When it happened.
 * @csspart title - What happened.
 * @csspart actor - Who did it.
 * @csspart state - The step and level after it.
 * @csspart details - The details (handover sheet, reasons, times).
 * @csspart handover - The handover sheet of an escalation.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --wg-case-timeline-accent - The line and the dots (default `--wg-color-primary`).
 * @cssproperty --wg-case-timeline-escalation - Entries that change the level (default `--wg-color-warning`).
 * @cssproperty --wg-case-timeline-rework - Rework and missed deadlines (default `--wg-color-danger`).
 *
 * @example
 * ```html
 * <wg-case-timeline id="history"></wg-case-timeline>
 * <script type="module">
 *   document.querySelector('#history').events = await (await fetch('/cases/c-17/events')).json();
 * </script>
 * ```
 */
export class WgCaseTimeline extends WanggeElement {
  /** @internal Theme with `--wg-*` custom properties and `::part()` instead. */
  static override styles = [themeStyles, caseTimelineStyles];

  /** The case's events (property), or their JSON (attribute `events`). */
  @property({ attribute: 'events' }) events: unknown;

  /** The history already computed with `caseHistory` (used when `events` is not set). */
  @property({ attribute: false }) history: readonly CaseHistoryEntry[] | undefined;

  /** The district, for names; the surrounding `<wg-district>`'s when not set. */
  @property({ attribute: false }) district: LoadedDistrict | undefined;

  /** The time zone of the times shown (default China Standard Time). */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Shanghai';

  /** Shows residents' full names instead of the masked ones. */
  @property({ type: Boolean, attribute: 'reveal-personal-data' }) revealPersonalData = false;

  @state() private result: ParseResult<CaseHistoryEntry[]> | undefined;

  private readonly districtData = new DistrictConsumer(this);

  /** The entries shown. */
  get entries(): readonly CaseHistoryEntry[] {
    return this.result?.success ? this.result.data : (this.history ?? []);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) this.result = readEvents(this.events);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('events') && this.result && !this.result.success) {
      this.dispatchEvent(new WgErrorEvent(this.result.error));
    }
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    if (this.result && !this.result.success) return this.renderError(this.result.error.issues);
    const entries = this.entries;
    if (entries.length === 0) {
      return html`<p part="base empty" class="empty">${t.term('caseTimeline.empty')}</p>`;
    }
    return html`<div part="base" class="timeline">
      <ol part="list" class="list" aria-label=${t.term('caseTimeline.label')}>
        ${entries.map((entry) => this.renderEntry(entry))}
      </ol>
    </div>`;
  }

  private renderEntry(entry: CaseHistoryEntry): TemplateResult {
    const t = this.localize;
    const locale = t.locale();
    const district = this.districtData.district(this.district);
    const actor =
      entry.event.actor.kind === 'system'
        ? t.term('caseTimeline.system')
        : staffName(district, entry.event.actor.personId);
    const kind =
      entry.fromLevel !== undefined
        ? 'level'
        : entry.event.type === 'verification-failed' || entry.event.type === 'deadline-missed'
          ? 'alert'
          : '';
    return html`<li part="entry" class="entry ${entry.event.type} ${kind}">
      <time part="time" class="time" datetime=${entry.at}>
        ${formatDateTime(locale, entry.at, this.timeZone)}
      </time>
      <span part="title" class="title">${entry.title[locale]}</span>
      <span part="actor" class="actor">${t.term('caseTimeline.by', actor)}</span>
      <span part="state" class="state">
        ${t.term(
          'caseTimeline.stepLevel',
          stepName(entry.step, locale),
          entry.fromLevel === undefined
            ? levelName(entry.level, locale)
            : t.term(
                'caseTimeline.levelChange',
                levelName(entry.fromLevel, locale),
                levelName(entry.level, locale),
              ),
        )}
      </span>
      ${this.renderDetails(entry, district)}
    </li>`;
  }

  private renderDetails(
    entry: CaseHistoryEntry,
    district: LoadedDistrict | undefined,
  ): TemplateResult | typeof nothing {
    const t = this.localize;
    const locale = t.locale();
    const time = (iso: string) => formatDateTime(locale, iso, this.timeZone);
    const line = (label: string, value: string | undefined) =>
      value === undefined || value === ''
        ? nothing
        : html`<div class="line"><span class="label">${label}</span> ${value}</div>`;
    const note = (value: string | undefined) => line(t.term('caseTimeline.note'), value);
    const due = (iso: string) =>
      html`<div class="line">${t.term('caseTimeline.dueAt', time(iso))}</div>`;
    const event = entry.event;
    let body: unknown;
    switch (event.type) {
      case 'case-reported': {
        const who = reporterLabel(district, event.data.reporter, this.revealPersonalData);
        body = html`${line(t.term('caseTimeline.reporter'), who)}${due(event.data.dueAt)}`;
        break;
      }
      case 'case-filed':
        body = html`${note(event.data.note)}${event.data.dueAt ? due(event.data.dueAt) : nothing}`;
        break;
      case 'case-rejected':
        body = html`${line(
          t.term('caseTimeline.reason'),
          event.data.duplicateOf
            ? t.term('caseTimeline.duplicateOf', event.data.duplicateOf)
            : event.data.referredTo
              ? t.term('caseTimeline.referredTo', event.data.referredTo)
              : undefined,
        )}${note(event.data.note)}`;
        break;
      case 'case-assigned':
        body = html`<div class="line">
            ${[
              unitName(district, event.data.unitId, locale),
              event.data.departmentId && departmentName(district, event.data.departmentId, locale),
              event.data.workerId && staffName(district, event.data.workerId),
            ]
              .filter(Boolean)
              .join(' / ')}
          </div>
          ${note(event.data.note)}`;
        break;
      case 'case-resolved':
        body = html`${line(t.term('caseTimeline.resolution'), event.data.resolution)}
          <div class="line">
            ${t.term(
              'caseTimeline.feedback',
              t.term(`caseTimeline.channel.${event.data.feedback.channel}`),
            )}
          </div>
          ${note(event.data.feedback.note)}`;
        break;
      case 'verification-failed':
        body = html`<div class="line rework">
            ${t.term('caseTimeline.rework', entry.reworkCount)}
          </div>
          ${line(t.term('caseTimeline.reason'), event.data.reason)}`;
        break;
      case 'case-escalated': {
        const sheet = event.data.handover;
        body = html`${
            event.data.trigger === 'deadline'
              ? html`<div class="line">${t.term('caseTimeline.byDeadline')}</div>`
              : nothing
          }
          <div
            part="handover"
            class="handover"
            role="group"
            aria-label=${t.term('caseTimeline.handover')}
          >
            <div class="handover-title">${t.term('caseTimeline.handover')}</div>
            ${line(t.term('caseTimeline.handoverReason'), sheet.reason)}
            ${line(t.term('caseTimeline.handoverTried'), sheet.tried)}
            ${
              sheet.attachments.length === 0
                ? nothing
                : html`<div class="line">
                    <span class="label">${t.term('caseTimeline.attachments')}</span>
                    ${sheet.attachments.map(
                      (url, index) =>
                        html`<a href=${url} rel="noopener noreferrer" target="_blank"
                          >${t.term('caseTimeline.attachment', index + 1)}</a
                        > `,
                    )}
                  </div>`
            }
          </div>
          ${line(
            '',
            [
              unitName(district, event.data.unitId, locale),
              event.data.departmentId && departmentName(district, event.data.departmentId, locale),
            ]
              .filter(Boolean)
              .join(' / '),
          )}${due(event.data.dueAt)}`;
        break;
      }
      case 'case-deescalated':
        body = html`${line(t.term('caseTimeline.reason'), event.data.reason)}${due(event.data.dueAt)}`;
        break;
      case 'suspension-requested':
        body = html`${line(t.term('caseTimeline.reason'), event.data.reason)}${
          event.data.resumeAt
            ? html`<div class="line">
                ${t.term('caseTimeline.resumeAt', time(event.data.resumeAt))}
              </div>`
            : nothing
        }`;
        break;
      case 'extension-requested':
        body = html`${line(t.term('caseTimeline.reason'), event.data.reason)}
          <div class="line">${deadlineText(event.data.extendBy)[locale]}</div>`;
        break;
      case 'request-declined':
        body = line(t.term('caseTimeline.reason'), event.data.reason);
        break;
      case 'case-suspended': {
        const left = event.data.workingTime
          ? t.term('caseTimeline.workingHours', hours(event.data.remainingMs))
          : t.term('caseTimeline.hours', hours(event.data.remainingMs));
        body = html`<div class="line">${t.term('caseTimeline.suspendedLeft', left)}</div>
          ${
            event.data.resumeAt
              ? html`<div class="line">
                  ${t.term('caseTimeline.resumeAt', time(event.data.resumeAt))}
                </div>`
              : nothing
          }
          ${note(event.data.note)}`;
        break;
      }
      case 'deadline-extended':
        body = html`<div class="line">
            ${t.term('caseTimeline.extended', time(event.data.from), time(event.data.to))}
          </div>
          ${note(event.data.note)}`;
        break;
      case 'case-resumed':
        body = html`${due(event.data.dueAt)}${note(event.data.note)}`;
        break;
      case 'case-reopened':
        body = html`${line(t.term('caseTimeline.complaint'), event.data.complaint)}${due(event.data.dueAt)}`;
        break;
      case 'deadline-missed':
        body = due(event.data.dueAt);
        break;
      case 'duplicate-linked':
        body = html`<div class="line">${t.term('caseTimeline.linked', event.data.caseId)}</div>
          ${note(event.data.note)}`;
        break;
      default:
        // investigation-started, verification-passed, case-archived: a note at most.
        body = note(event.data.note);
    }
    return html`<div part="details" class="details">${body}</div>`;
  }

  private renderError(issues: readonly ValidationIssue[]): TemplateResult {
    const locale = this.localize.locale();
    return html`<div part="base error" class="error" role="alert">
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
    </div>`;
  }
}
