import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import {
  WanggeValidationError,
  formatPath,
  type CaseStep,
  type CaseSummary,
  type HandlingLevel,
  type LoadedDistrict,
  type Locale,
  type ParseResult,
  type ValidationIssue,
} from '@wangge/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WgCaseSelectEvent } from '../shared/case-select-event.js';
import { DistrictConsumer } from '../shared/district-consumer.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { formatDateTime } from '../shared/format-time.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import {
  CaseIndex,
  sameRows,
  type CaseFilter,
  type CaseListSort,
  type CaseStatusFilter,
} from './case-filter.js';
import { renderFilterBar } from './case-filter-bar.js';
import { caseListStyles } from './case-list.styles.js';
import { renderCaseRow, type RowContext } from './case-row.js';
import { CASE_LIST_SUBJECT, readCases } from './read-cases.js';
import { inputIssues, isTimeZone, readNow } from './list-inputs.js';

const LAYOUT = flow();
const keyOf = (row: CaseSummary): string => row.id;
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });
const SHOWN_ISSUES = 10;
const DEFAULT_ZONE = 'Asia/Shanghai';
const FILTER_KEYS = ['status', 'level', 'step', 'overdue', 'grid', 'unit', 'sort'] as const;

/**
 * A list of cases (案件列表) for a command centre or a grid worker's desk: thousands of cases,
 * virtualised so that only the rows in view are in the DOM. Each row shows the case's category,
 * its place (community · grid), its step of the six-step closed loop (闭环管理) with its position,
 * its handling level (四级处置), its due time with the overdue (超期) state, and who handles it.
 * Rows are `CaseSummary` objects, which carry no personal data; `CaseRecord`s are summarised.
 *
 * Attributes and properties: `cases` (property: `CaseSummary[]` or `CaseRecord[]`; attribute:
 * their JSON), `district` (property), `selected`, `status`, `level`, `step`, `overdue`, `grid`,
 * `unit`, `sort`, `now`, `time-zone`, `no-filters`, `label`, `lang`; read-only `value` and
 * `results`. The filters are also in a built-in filter bar (hidden by `no-filters`); `grid` and
 * `unit`, usually set by the host (from the map), show as removable chips.
 *
 * The list is a listbox with roving focus: Up/Down, PageUp/PageDown, Home/End move, the
 * virtualizer scrolls the focused row into view, and Enter, Space or a click selects the case
 * (`selected` is set, `wg-case-select` dispatched). A live region announces the number of
 * results after each filter change. Invalid `cases` are shown as a localised error state and
 * reported with `wg-error`; an invalid `now`, filter, `sort` or `time-zone` is ignored (its
 * default applies) and reported with `wg-error`. The element never throws into the page.
 *
 * @summary Virtualised, filterable list of cases with keyboard selection.
 *
 * @event {WgCaseSelectEvent} wg-case-select - The user chose a case; `event.caseId` says which.
 * @event {WgErrorEvent} wg-error - `cases` (or `now`, a filter, `sort`, `time-zone`) is invalid; `event.error.issues` says what and where.
 *
 * @slot empty - Replaces the message shown when there are no cases at all.
 *
 * @csspart base - The list's outer box.
 * @csspart filters - The filter bar.
 * @csspart filter - Each select and checkbox of the filter bar.
 * @csspart filter-chip - The removable `grid` and `unit` filters.
 * @csspart count - The number of results (a live region).
 * @csspart list - The scrolling listbox.
 * @csspart row - Each case (an option of the listbox).
 * @csspart row-selected - The selected case's row (with `row`).
 * @csspart row-overdue - The row of an overdue case (with `row`).
 * @csspart category - The case's category.
 * @csspart place - Its community and grid.
 * @csspart step - Its step of the closed loop, with the six-step position.
 * @csspart due - Its due time.
 * @csspart assignee - The worker, department or unit handling it.
 * @csspart badge - Each badge (level, priority, overdue, suspended).
 * @csspart level - The level badge; also `level-grid`, `level-community`, `level-street`, `level-district`.
 * @csspart level-grid - The level badge at the grid level.
 * @csspart level-community - The level badge at the community level.
 * @csspart level-street - The level badge at the street/town level.
 * @csspart level-district - The level badge at the district level.
 * @csspart priority - The urgent or alarm badge.
 * @csspart overdue - The overdue badge.
 * @csspart suspended - The suspended badge.
 * @csspart empty - The empty state (no cases, or no matches).
 * @csspart clear-filters - The button that clears the filters when nothing matches.
 * @csspart error - The error state.
 *
 * @cssproperty --wg-case-list-height - The element's height (default `30rem`); or set `height` on it.
 * @cssproperty --wg-case-list-accent - Focus, selection and step colour (default `--wg-color-primary`).
 * @cssproperty --wg-case-list-background - Background (default `--wg-color-surface`).
 * @cssproperty --wg-case-list-border - Border and row separator colour (default `--wg-color-border`).
 * @cssproperty --wg-case-list-radius - Corner radius (default `--wg-radius`).
 * @cssproperty --wg-case-list-space - Padding (default `--wg-space`).
 * @cssproperty --wg-case-list-overdue - Colour of overdue due times and badges (default `--wg-color-danger`).
 * @cssproperty --wg-case-list-selected-background - The selected row's background (default: the accent mixed into the background).
 *
 * @example
 * ```html
 * <wg-district src="/data/yingze.json" theme="dark">
 *   <wg-case-list status="open" overdue sort="due-asc"></wg-case-list>
 * </wg-district>
 * <script type="module">
 *   const list = document.querySelector('wg-case-list');
 *   list.cases = await (await fetch('/api/cases')).json(); // CaseSummary[]
 *   list.addEventListener('wg-case-select', (event) => openCase(event.caseId));
 * </script>
 * ```
 */
export class WgCaseList extends WanggeElement {
  /** @internal Theme with `--wg-*` custom properties and `::part()` instead. */
  static override styles = [themeStyles, caseListStyles];

  /**
   * The cases: `CaseSummary` rows or `CaseRecord`s (property), or their JSON text (attribute
   * `cases`). Ids must be unique.
   */
  @property({ attribute: 'cases' }) cases: unknown;

  /** The district, for names; the surrounding `<wg-district>`'s when not set. */
  @property({ attribute: false }) district: LoadedDistrict | undefined;

  /** The id of the selected case, highlighted; set when the user selects one. */
  @property() selected = '';

  /** `open` (not archived) or `closed` (archived, 结案归档); empty for both. */
  @property() status: CaseStatusFilter | '' = '';

  /** Only the cases at this handling level (`grid`, `community`, `street`, `district`). */
  @property() level: HandlingLevel | '' = '';

  /** Only the cases at this step of the closed loop (`reported` … `archived`). */
  @property() step: CaseStep | '' = '';

  /** Only the cases overdue (超期) at `now`. */
  @property({ type: Boolean }) overdue = false;

  /** Only the cases located in this micro-grid, grid, community or street (its id). */
  @property() grid = '';

  /** Only the cases this unit or department is responsible for (its id). */
  @property() unit = '';

  /** `due-asc` (default: earliest due first), `due-desc`, or `updated` (most recent first). */
  @property() sort: CaseListSort = 'due-asc';

  /**
   * The current time, for the overdue state: epoch milliseconds or ISO 8601 text. When not set,
   * the clock is read once per render.
   */
  @property() now: number | string | undefined;

  /** The IANA time zone due times are shown in: China Standard Time unless the host says. */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_ZONE;

  /** Hides the built-in filter bar (the filters still apply). */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** The list's accessible name; a localised "Cases" when empty. */
  @property() label = '';

  @state() private result: ParseResult<readonly CaseSummary[]> | undefined;
  @state() private activeIndex = 0;
  @state() private activeInRange = true;

  readonly #districts = new DistrictConsumer(this);
  readonly #zones = new Map<string, boolean>();
  #index: CaseIndex | undefined;
  #view: readonly CaseSummary[] = [];
  #nowMs = 0;
  #locale: Locale = 'zh-CN';
  #range = { first: 0, last: -1 };
  #page = 10;
  #parking = false;
  #pending = { scrollTop: false, reveal: false, focus: false };
  #inputError: WanggeValidationError | undefined;
  #inputErrorKey = '';
  #inputErrorChanged = false;

  /** The cases as read, or `undefined` when none are set or they are invalid. */
  get value(): readonly CaseSummary[] | undefined {
    return this.result?.success ? this.result.data : undefined;
  }

  /** The cases that pass the filters, in the list's order. */
  get results(): readonly CaseSummary[] {
    return this.#view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const casesChanged = changed.has('cases');
    if (casesChanged) {
      this.result = readCases(this.cases);
      this.#index = this.result?.success ? new CaseIndex(this.result.data) : undefined;
    }
    const now = readNow(this.now);
    const nowMs = now ?? Date.now();
    const { filter, sort, issues } = inputIssues(this, now === null, this.#validZone);
    this.#noteInputIssues(issues);

    const filterChanged = FILTER_KEYS.some((key) => changed.has(key));
    const nowMoved = nowMs !== this.#nowMs;
    this.#nowMs = nowMs;
    const hadRows = this.#view.length > 0;
    if (casesChanged || filterChanged || (filter.overdue && nowMoved)) {
      this.#updateView(filter, sort, filterChanged && !casesChanged);
    }
    // A selection set before the cases arrive applies once they do.
    const rowsArrived = !hadRows && this.#view.length > 0;
    if ((changed.has('selected') || rowsArrived) && this.selected) {
      const i = this.#view.findIndex((row) => row.id === this.selected);
      if (i >= 0 && i !== this.activeIndex) {
        this.activeIndex = i;
        this.#pending.reveal = true;
      }
    }
    this.#checkActiveInRange();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('cases') && this.result && !this.result.success) {
      this.dispatchEvent(new WgErrorEvent(this.result.error));
    }
    if (this.#inputErrorChanged && this.#inputError) {
      this.dispatchEvent(new WgErrorEvent(this.#inputError));
    }
    this.#inputErrorChanged = false;
    const list = this.#list;
    const pending = this.#pending;
    this.#pending = { scrollTop: false, reveal: false, focus: false };
    if (!list) return;
    if (pending.scrollTop) list.scrollTop = 0;
    if (pending.reveal || pending.focus) void this.#reveal(this.activeIndex, pending.focus);
  }

  protected override render(): TemplateResult {
    this.#locale = this.localize.locale();
    const result = this.result;
    if (result && !result.success) return this.#renderError(result.error.issues);
    const total = result?.data.length ?? 0;
    return html`<div part="base" class="base">
      ${this.noFilters || total === 0 ? nothing : this.#renderFilters()}
      <div part="count" class="count" role="status">${this.#countText(total)}</div>
      ${
        total === 0
          ? html`<div part="empty" class="empty">
              <slot name="empty">${this.localize.term('caseList.empty')}</slot>
            </div>`
          : this.#view.length === 0
            ? html`<div part="empty" class="empty">
                <span>${this.localize.term('caseList.noMatches')}</span>
                <button type="button" part="clear-filters" @click=${this.#clearFilters}>
                  ${this.localize.term('caseList.clearFilters')}
                </button>
              </div>`
            : this.#renderList()
      }
    </div>`;
  }

  #renderList(): TemplateResult {
    const ctx: RowContext = {
      localize: this.localize,
      locale: this.#locale,
      district: this.#districts.district(this.district),
      nowMs: this.#nowMs,
      selected: this.selected,
      activeIndex: this.activeIndex,
      total: this.#view.length,
      formatDue: this.#formatDue,
    };
    // The virtualizer positions its rows through the CSSOM (element.style), which a CSP
    // without 'unsafe-inline' allows; nothing here writes a style attribute.
    return html`<div
      part="list"
      class="list"
      role="listbox"
      aria-label=${this.label || this.localize.term('caseList.label')}
      tabindex=${this.activeInRange ? '-1' : '0'}
      @rangeChanged=${this.#onRangeChanged}
      @visibilityChanged=${this.#onVisibilityChanged}
      @keydown=${this.#onKeyDown}
      @click=${this.#onClick}
      @focus=${this.#onListFocus}
    >
      ${virtualize({
        items: this.#view as CaseSummary[],
        keyFunction: keyOf,
        renderItem: (row: CaseSummary, index: number) => renderCaseRow(row, index, ctx),
        scroller: true,
        layout: LAYOUT,
      })}
    </div>`;
  }

  #renderFilters(): TemplateResult {
    return renderFilterBar({
      localize: this.localize,
      locale: this.#locale,
      district: this.#districts.district(this.district),
      status: this.status,
      level: this.level,
      step: this.step,
      sort: this.sort,
      overdue: this.overdue,
      grid: this.grid,
      unit: this.unit,
      onChange: this.#onFilterChange,
      onClearGrid: this.#clearGrid,
      onClearUnit: this.#clearUnit,
    });
  }

  #renderError(issues: readonly ValidationIssue[]): TemplateResult {
    const locale = this.#locale;
    const more = issues.length - SHOWN_ISSUES;
    return html`<div part="base error" class="base error" role="alert">
      <p class="error-title">${this.localize.term('error.title')}</p>
      <ul>
        ${issues.slice(0, SHOWN_ISSUES).map(
          (issue) =>
            html`<li>
              ${issue.message[locale]}
              <span class="path">${this.localize.term('error.at', formatPath(issue.path))}</span>
            </li>`,
        )}
        ${more > 0 ? html`<li>${this.localize.term('caseList.moreIssues', more)}</li>` : nothing}
      </ul>
    </div>`;
  }

  #countText(total: number): string {
    const t = this.localize;
    const filtered =
      this.status || this.level || this.step || this.overdue || this.grid || this.unit;
    return filtered
      ? t.term('caseList.countFiltered', t.number(this.#view.length), t.number(total))
      : t.term('caseList.count', t.number(total));
  }

  #updateView(filter: CaseFilter, sort: CaseListSort, filterChanged: boolean): void {
    const previous = this.#view;
    const activeId = previous[this.activeIndex]?.id;
    let next: readonly CaseSummary[] = this.#index?.query(filter, sort, this.#nowMs) ?? [];
    // Keep the same array when nothing moved, so that the virtualizer does not lay out again.
    if (sameRows(previous, next)) next = previous;
    if (next === previous) return;
    this.#view = next;
    const focusWithin = this.#list?.matches(':focus-within') ?? false;
    if (filterChanged && !focusWithin) {
      this.activeIndex = 0;
      this.#pending.scrollTop = true;
      return;
    }
    const kept = activeId === undefined ? -1 : next.findIndex((row) => row.id === activeId);
    this.activeIndex = kept >= 0 ? kept : Math.max(0, Math.min(this.activeIndex, next.length - 1));
    if (focusWithin) this.#pending.focus = true;
  }

  #noteInputIssues(issues: readonly ValidationIssue[]): void {
    const key = issues.map((issue) => `${issue.code}@${formatPath(issue.path)}`).join(',');
    if (key === this.#inputErrorKey) return;
    this.#inputErrorKey = key;
    this.#inputError =
      issues.length > 0 ? new WanggeValidationError(CASE_LIST_SUBJECT, issues) : undefined;
    this.#inputErrorChanged = true;
  }

  #formatDue = (row: CaseSummary): string => {
    const zone = this.timeZone && this.#validZone(this.timeZone) ? this.timeZone : DEFAULT_ZONE;
    return formatDateTime(this.#locale, row.dueAtMs, zone);
  };

  #validZone = (zone: string): boolean => {
    let valid = this.#zones.get(zone);
    if (valid === undefined) {
      valid = isTimeZone(zone);
      this.#zones.set(zone, valid);
    }
    return valid;
  };

  get #list(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector<HTMLElement>('.list');
  }

  #row(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.list > [data-index="${index}"]`);
  }

  #checkActiveInRange(): void {
    const inRange = this.activeIndex >= this.#range.first && this.activeIndex <= this.#range.last;
    if (inRange !== this.activeInRange) this.activeInRange = inRange;
  }

  /** Scrolls a row into view (rendering it first if it is not) and focuses it if asked. */
  async #reveal(index: number, focus: boolean): Promise<void> {
    const list = this.#list;
    if (!list) return;
    let row = this.#row(index);
    if (row) {
      // Scroll the list only, not the page around it.
      const outer = list.getBoundingClientRect();
      const inner = row.getBoundingClientRect();
      if (inner.top < outer.top) list.scrollTop -= outer.top - inner.top;
      else if (inner.bottom > outer.bottom) list.scrollTop += inner.bottom - outer.bottom;
    } else {
      list[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
      for (let frame = 0; frame < 20 && !row; frame++) {
        await nextFrame();
        row = this.#row(index);
      }
    }
    if (focus && row && index === this.activeIndex) row.focus({ preventScroll: true });
  }

  #select(index: number): void {
    const row = this.#view[index];
    if (!row) return;
    this.selected = row.id;
    this.dispatchEvent(new WgCaseSelectEvent(row.id));
  }

  #move(index: number): void {
    const last = this.#view.length - 1;
    const next = Math.max(0, Math.min(last, index));
    this.activeIndex = next;
    void this.updateComplete.then(() => this.#reveal(next, true));
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || this.#view.length === 0) return;
    const active = this.activeIndex;
    switch (event.key) {
      case 'ArrowDown':
        this.#move(active + 1);
        break;
      case 'ArrowUp':
        this.#move(active - 1);
        break;
      case 'PageDown':
        this.#move(active + this.#page);
        break;
      case 'PageUp':
        this.#move(active - this.#page);
        break;
      case 'Home':
        this.#move(0);
        break;
      case 'End':
        this.#move(this.#view.length - 1);
        break;
      case 'Enter':
      case ' ':
        this.#select(active);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  #onClick(event: MouseEvent): void {
    const row = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (!row) return;
    const index = Number(row.dataset.index);
    this.activeIndex = index;
    this.#select(index);
  }

  #onListFocus(): void {
    if (this.#parking) {
      this.#parking = false;
      return;
    }
    // Tabbing in while the active row is scrolled away: bring it back and focus it.
    if (this.#list?.matches(':focus-visible')) void this.#reveal(this.activeIndex, true);
  }

  #onRangeChanged(event: RangeChangedEvent): void {
    this.#range = { first: event.first, last: event.last };
    const active = this.activeIndex;
    if (active < event.first || active > event.last) {
      // The focused row is about to leave the DOM: keep the focus in the list instead of
      // letting it fall back to the page.
      const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
      if (focused instanceof HTMLElement && focused.dataset.index === String(active)) {
        this.#parking = true;
        this.#list?.focus({ preventScroll: true });
      }
    }
    this.#checkActiveInRange();
  }

  #onVisibilityChanged(event: VisibilityChangedEvent): void {
    this.#page = Math.max(1, event.last - event.first);
  }

  #onFilterChange(event: Event): void {
    const control = event.target as HTMLSelectElement | HTMLInputElement;
    switch (control.name) {
      case 'status':
        this.status = control.value as CaseStatusFilter | '';
        break;
      case 'level':
        this.level = control.value as HandlingLevel | '';
        break;
      case 'step':
        this.step = control.value as CaseStep | '';
        break;
      case 'sort':
        this.sort = control.value as CaseListSort;
        break;
      case 'overdue':
        this.overdue = (control as HTMLInputElement).checked;
        break;
    }
  }

  #clearGrid(): void {
    this.grid = '';
  }

  #clearUnit(): void {
    this.unit = '';
  }

  #clearFilters(): void {
    this.status = '';
    this.level = '';
    this.step = '';
    this.overdue = false;
    this.grid = '';
    this.unit = '';
  }
}
