import {
  COORDINATE_SYSTEMS,
  GridIndex,
  Id,
  Location,
  categoryTree,
  parseInput,
  type CategoryNode,
  type CoordinateSystem,
  type DepartmentNode,
  type GridLayer,
  type LoadedDistrict,
  type Locale,
} from '@wangge/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DistrictConsumer } from '../shared/district-consumer.js';
import { WgErrorEvent } from '../shared/error-event.js';
import type { WgPointPickEvent } from '../shared/point-pick-event.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import {
  MAX_DESCRIPTION,
  MAX_PHOTOS,
  REPORTER_KINDS,
  checkDraft,
  kindOfReporter,
  draftLocation,
  emptyDraft,
  takesContact,
  type DraftCheck,
  type FieldKey,
  type FieldProblem,
  type ReportDraft,
  type ReporterKind,
} from './report-draft.js';
import { WgReportEvent, type ReportFields } from './report-event.js';
import { reportFormStyles } from './report-form.styles.js';
import { renderSummary } from './report-summary.js';
import { placeNames, statusOf, unitsUnder, withGrid, type PlaceStatus } from './report-places.js';

const kindOf = (value: string): ReporterKind => kindOfReporter(value) ?? 'grid-worker';
const systemOf = (value: string): CoordinateSystem =>
  (COORDINATE_SYSTEMS as readonly string[]).includes(value) ? (value as CoordinateSystem) : 'WGS84';
// About 0.1 m: finer digits of a map pick are noise, and they would crowd the inputs.
const degrees = (value: number): string => String(Math.round(value * 1e6) / 1e6);
const pointKey = (draft: ReportDraft): string =>
  `${draft.longitude}|${draft.latitude}|${draft.coordinateSystem}`;
const valueOf = (event: Event): string =>
  (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;

/** The field a control reports its problems on, by the control's id. */
function fieldOfControl(id: string): FieldKey | undefined {
  switch (id) {
    case 'category':
    case 'longitude':
    case 'latitude':
    case 'description':
      return id;
    case 'street':
    case 'community':
    case 'grid':
    case 'micro-grid':
      return 'grid';
    case 'reporter-kind':
      return 'reporterKind';
    case 'reporter-name':
      return 'reporterName';
    case 'reporter-mobile':
      return 'reporterMobile';
    default:
      return /^photo-\d+$/.test(id) ? (id as FieldKey) : undefined;
  }
}

/**
 * The report form (问题上报): a grid worker, a resident or a hotline operator reports a problem
 * with its category from the district's catalogue (事项目录), its place, a description, photos,
 * its priority and who reports it. The place is given in any of three ways: picked on a map
 * (a `wg-point-pick` event from the element in the `map` slot, or from the element whose id is
 * `map-id`), typed as coordinates (located in a grid with `GridIndex` when a grid layer is
 * known), or chosen in the grid tree (street → community → grid → micro-grid).
 *
 * Every field is checked with `@wangge/core`'s schemas when it loses focus and on submit; errors
 * are shown in the user's language under each field and in a summary, and focus moves to the
 * first invalid field. Nothing typed is lost on an error. A valid report is dispatched as a
 * `wg-report` event whose `report` becomes a `report` case command once the host adds
 * `type: 'report'`, `commandId`, `caseId`, `expectedVersion: 0` and `actorId`. The form then
 * shows what was sent, with the reporter's name and mobile masked (`王*`, `138****8000`).
 *
 * The district (catalogue and grid tree) and the grid layer come from the surrounding
 * `<wg-district>`, or from the `district` and `layer` properties, which win.
 *
 * | attribute / property | type | |
 * | --- | --- | --- |
 * | `district` (property) | `LoadedDistrict` | the catalogue and grid tree (default: `<wg-district>`'s) |
 * | `layer` (property) | GeoJSON grid layer | to locate typed coordinates (default: `<wg-district>`'s) |
 * | `disabled` | boolean | disables every control |
 * | `submit-label` / `submitLabel` | string | the submit button's text (or the `submit-label` slot) |
 * | `reporter-kind` / `reporterKind` | `grid-worker` \| `resident` \| `hotline` | the reporter kind chosen at first |
 * | `reporter-id` / `reporterId` | string | the person id of the grid worker reporting (`reporter.personId`) |
 * | `coordinate-system` / `coordinateSystem` | `WGS84` \| `GCJ02` \| `BD09` | the system of typed coordinates at first |
 * | `map-id` / `mapId` | string | the id of a map next to the form whose picks set the place |
 * | `lang` | string | `zh-CN` or `en` (default: the nearest ancestor's `lang` or the page's, else zh-CN) |
 * | `value` (read-only) | `ReportFields \| undefined` | the report as it would be sent, when valid |
 *
 * Methods: `reset()` empties the form and leaves the "submitted" summary; `showSubmitted(report)`
 * shows that summary for a report whose `wg-report` event the host cancelled while it sent the
 * report itself (e.g. to a server), once the host knows it was accepted.
 *
 * @summary Report a problem (问题上报): category, place by map, coordinates or grid tree, description, photos.
 *
 * @event {WgReportEvent} wg-report - A valid report was submitted; `event.report` holds its fields. Cancelable: `preventDefault()` keeps the form filled in.
 * @event {WgErrorEvent} wg-error - The `layer` property is not a valid grid layer.
 *
 * @slot map - A map to pick the place on (e.g. `<wg-grid-map>`); its `wg-point-pick` events set the coordinates and the grid.
 * @slot submit-label - The submit button's content, instead of the `submit-label` attribute.
 *
 * @csspart base - The form's outer box.
 * @csspart form - The `<form>`.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart field - Every field's box (label, control, hint, error).
 * @csspart label - Every field's label.
 * @csspart control - Every input, select and textarea.
 * @csspart hint - Every hint under a label.
 * @csspart field-error - Every field's error message.
 * @csspart group - Every fieldset (location, coordinates, grid tree, photos, priority, reporter).
 * @csspart map - The box around the `map` slot.
 * @csspart place-status - Where the typed or picked point was located.
 * @csspart counter - The description's character count.
 * @csspart add-photo - The button that adds a photo address.
 * @csspart remove-photo - Each photo address's remove button.
 * @csspart submit - The submit button.
 * @csspart summary - What was sent, after a successful submit.
 * @csspart summary-title - The summary's title.
 * @csspart new-report - The summary's button to report another problem.
 *
 * @cssproperty --wg-report-form-accent - Buttons, focus rings and choices (default `--wg-color-primary`).
 * @cssproperty --wg-report-form-background - The form's background (default `--wg-color-surface`).
 * @cssproperty --wg-report-form-field-background - Inputs' background (default `--wg-color-surface`).
 * @cssproperty --wg-report-form-border - Box and fieldset borders (default `--wg-color-border`).
 * @cssproperty --wg-report-form-control-border - Inputs' borders (default `--wg-color-muted`).
 * @cssproperty --wg-report-form-error - Error text and borders (default `--wg-color-danger`).
 * @cssproperty --wg-report-form-radius - Corner radius (default `--wg-radius`).
 *
 * @example
 * ```html
 * <wg-district src="/data/yingze.json" layer-src="/data/yingze-grids.geojson">
 *   <wg-report-form reporter-kind="resident" coordinate-system="GCJ02">
 *     <wg-grid-map slot="map" mode="pick"></wg-grid-map>
 *   </wg-report-form>
 * </wg-district>
 * ```
 */
export class WgReportForm extends WanggeElement {
  /** @internal Theme with `--wg-*` custom properties and `::part()` instead. */
  static override styles = [themeStyles, reportFormStyles];

  /** The district whose catalogue and grid tree the form offers; `<wg-district>`'s by default. */
  @property({ attribute: false }) district: LoadedDistrict | undefined;

  /**
   * The grid layer (GeoJSON with `coordinateSystem`) that typed coordinates are located in;
   * `<wg-district>`'s by default. It is read with `GridIndex.build`: an invalid layer is reported
   * with `wg-error` and coordinates are then not located.
   */
  @property({ attribute: false }) layer: unknown;

  /** Disables every control; map picks are ignored. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The submit button's text; the `submit-label` slot wins over it. */
  @property({ attribute: 'submit-label' }) submitLabel = '';

  /** The reporter kind chosen when the form is empty: `grid-worker`, `resident` or `hotline`. */
  @property({ attribute: 'reporter-kind' }) reporterKind = 'grid-worker';

  /** The person id of the grid worker using the form, sent as `reporter.personId`. */
  @property({ attribute: 'reporter-id' }) reporterId = '';

  /** The coordinate system of typed coordinates when the form is empty. */
  @property({ attribute: 'coordinate-system' }) coordinateSystem = 'WGS84';

  /** The id of a map element next to the form (same document or shadow root) to take picks from. */
  @property({ attribute: 'map-id' }) mapId = '';

  @state() private draft: ReportDraft = emptyDraft('grid-worker', 'WGS84');
  @state() private touched: ReadonlySet<FieldKey> = new Set();
  @state() private attempted = false;
  @state() private status: PlaceStatus | undefined;
  @state() private submitted: ReportFields | undefined;
  @state() private hasMap = false;

  readonly #context = new DistrictConsumer(this);
  #check: DraftCheck = { problems: new Map(), report: undefined };
  #treeFor: LoadedDistrict | undefined;
  #tree: readonly DepartmentNode[] = [];
  #indexFor: unknown;
  #index: GridIndex | undefined;
  /** The point last located, so that a submit does not locate it again. */
  #located = '';
  /** The grid that locating chose, so that a point moved outside clears only that choice. */
  #locatedGrid = '';
  #nextPhoto = 1;
  #root: Document | ShadowRoot | undefined;
  #pressingSubmit = false;

  constructor() {
    super();
    this.addEventListener('wg-point-pick', this.#onPick);
  }

  /** The report as it would be sent, when every field is valid; else `undefined`. */
  get value(): ReportFields | undefined {
    return this.#checkNow().report;
  }

  /** Empties the form (back to the `reporter-kind` and `coordinate-system` given) and its errors. */
  reset(): void {
    this.draft = emptyDraft(kindOf(this.reporterKind), systemOf(this.coordinateSystem));
    this.touched = new Set();
    this.attempted = false;
    this.status = undefined;
    this.submitted = undefined;
    this.#located = '';
    this.#locatedGrid = '';
  }

  /**
   * Shows the "submitted" summary (with the reporter masked) for a report the host has sent
   * itself: cancel the `wg-report` event to keep the form filled in while the request runs, then
   * call this once it succeeds (or leave the form as it is, to let the user try again).
   *
   * @example
   * ```ts
   * const form = document.querySelector('wg-report-form');
   * form?.addEventListener('wg-report', (event) => {
   *   event.preventDefault();
   *   const body = JSON.stringify(event.report);
   *   void fetch('/api/reports', { method: 'POST', body }).then((response) => {
   *     if (response.ok) form.showSubmitted(event.report);
   *   });
   * });
   * ```
   */
  showSubmitted(report: ReportFields): void {
    this.submitted = report;
    void this.updateComplete.then(() => {
      this.focusControl('summary-title');
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) {
      this.#root = root;
      root.addEventListener('wg-point-pick', this.#onRootPick);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#root?.removeEventListener('wg-point-pick', this.#onRootPick);
    this.#root = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const draft = this.draft;
    if (changed.has('reporterKind') && !this.touched.has('reporterKind')) {
      this.draft = { ...this.draft, reporterKind: kindOf(this.reporterKind) };
    }
    if (changed.has('coordinateSystem') && draft.longitude === '' && draft.latitude === '') {
      this.draft = { ...this.draft, coordinateSystem: systemOf(this.coordinateSystem) };
    }
    this.#check = this.#checkNow();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // An invalid own layer is reported at once, not at the first located point.
    if (changed.has('layer') && this.layer !== undefined) this.#gridIndex();
  }

  private get districtValue(): LoadedDistrict | undefined {
    return this.#context.district(this.district);
  }

  #checkNow(): DraftCheck {
    const district = this.districtValue;
    return checkDraft(this.draft, {
      reporterId: this.reporterId,
      hasCategory: (code) => district?.categories.has(code) ?? false,
    });
  }

  #categoryTree(): readonly DepartmentNode[] {
    const district = this.districtValue;
    if (district !== this.#treeFor) {
      this.#treeFor = district;
      this.#tree = district ? categoryTree(district) : [];
    }
    return this.#tree;
  }

  #gridIndex(): GridIndex | undefined {
    const own = this.layer;
    const source: unknown = own ?? this.#context.layer();
    if (source === this.#indexFor) return this.#index;
    this.#indexFor = source;
    this.#index = undefined;
    if (own !== undefined) {
      const built = GridIndex.build(own);
      if (built.success) this.#index = built.data;
      else this.dispatchEvent(new WgErrorEvent(built.error));
    } else if (source !== undefined) {
      // <wg-district> has parsed its layer already.
      this.#index = GridIndex.fromLayer(source as GridLayer);
    }
    return this.#index;
  }

  private set(patch: Partial<ReportDraft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  private touch(...keys: FieldKey[]): void {
    this.touched = new Set([...this.touched, ...keys]);
  }

  // ── locating ────────────────────────────────────────────────────────────────────────────

  /** Locates the typed point in the layer and sets the grid tree to its grid. */
  private locate(): void {
    const typed = draftLocation(this.draft);
    this.#located = pointKey(this.draft);
    const location = typed ? parseInput(Location, typed, 'location') : undefined;
    if (!location?.success) {
      // Out-of-range coordinates are already shown on their fields.
      this.status = undefined;
      return;
    }
    const index = this.#gridIndex();
    if (!index) {
      this.status = { kind: 'no-layer' };
      return;
    }
    this.applyStatus(statusOf(index.locate(location.data), this.districtValue));
  }

  private applyStatus(status: PlaceStatus): void {
    this.status = status;
    if (status.kind === 'located') {
      this.draft = withGrid(this.draft, this.districtValue, status.gridId, status.microGridId);
      this.#locatedGrid = status.gridId;
    } else if (this.#locatedGrid !== '' && this.draft.gridId === this.#locatedGrid) {
      this.draft = withGrid(this.draft, this.districtValue, '', '');
      this.#locatedGrid = '';
    }
  }

  #onPick = (event: Event): void => {
    if (this.disabled || this.submitted) return;
    const pick = event as Partial<WgPointPickEvent>;
    const location = parseInput(Location, pick.location, 'location');
    if (!location.success) return;
    const [longitude, latitude] = location.data.point.coordinates;
    this.set({
      longitude: degrees(longitude),
      latitude: degrees(latitude),
      coordinateSystem: location.data.coordinateSystem,
    });
    this.#located = pointKey(this.draft);
    const id = (value: unknown): string =>
      typeof value === 'string' && parseInput(Id, value, 'id').success ? value : '';
    const gridId = id(pick.gridId);
    const index = gridId ? undefined : this.#gridIndex();
    this.applyStatus(
      gridId
        ? { kind: 'located', gridId, microGridId: id(pick.microGridId) }
        : index
          ? statusOf(index.locate(location.data), this.districtValue)
          : { kind: 'outside' },
    );
    this.touch('longitude', 'latitude', 'grid');
  };

  #onRootPick = (event: Event): void => {
    if (!this.mapId) return;
    const path = event.composedPath();
    // Picks from inside the form reach it directly (see the constructor).
    if (path.includes(this)) return;
    if (path.some((node) => node instanceof Element && node.id === this.mapId)) this.#onPick(event);
  };

  // ── events ──────────────────────────────────────────────────────────────────────────────

  private onFocusOut(event: FocusEvent): void {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    // Pressing the submit button: an error shown now would move the button away from under the
    // pointer between press and release, and the click would be lost; the submit shows it.
    if (this.#pressingSubmit && event.relatedTarget === this.shadowRoot?.getElementById('submit')) {
      return;
    }
    const key = fieldOfControl(target.id);
    // The grid tree is one field: moving down it (street → community → grid) is not leaving it.
    const next = event.relatedTarget;
    if (key === 'grid' && next instanceof HTMLElement && fieldOfControl(next.id) === 'grid') return;
    if (key && !this.touched.has(key)) this.touch(key);
  }

  private onCategory(event: Event): void {
    this.set({ categoryCode: valueOf(event) });
  }

  private onLongitude(event: Event): void {
    this.set({ longitude: valueOf(event) });
  }

  private onLatitude(event: Event): void {
    this.set({ latitude: valueOf(event) });
  }

  private onSystem(event: Event): void {
    this.set({ coordinateSystem: systemOf(valueOf(event)) });
    this.locate();
  }

  private onStreet(event: Event): void {
    this.set({ streetId: valueOf(event), communityId: '', gridId: '', microGridId: '' });
  }

  private onCommunity(event: Event): void {
    this.set({ communityId: valueOf(event), gridId: '', microGridId: '' });
  }

  private onGrid(event: Event): void {
    this.set({ gridId: valueOf(event), microGridId: '' });
  }

  private onMicroGrid(event: Event): void {
    this.set({ microGridId: valueOf(event) });
  }

  private onDescription(event: Event): void {
    this.set({ description: valueOf(event) });
  }

  private onPriority(event: Event): void {
    this.set({ priority: valueOf(event) === 'urgent' ? 'urgent' : 'normal' });
  }

  private onReporterKind(event: Event): void {
    this.set({ reporterKind: kindOf(valueOf(event)) });
  }

  private onReporterName(event: Event): void {
    this.set({ reporterName: valueOf(event) });
  }

  private onReporterMobile(event: Event): void {
    this.set({ reporterMobile: valueOf(event) });
  }

  private onPhoto(event: Event): void {
    const key = Number((event.target as HTMLElement).dataset.key);
    const url = valueOf(event);
    this.set({ photos: this.draft.photos.map((p) => (p.key === key ? { key, url } : p)) });
  }

  private onAddPhoto(): void {
    if (this.draft.photos.length >= MAX_PHOTOS) return;
    const key = this.#nextPhoto++;
    this.set({ photos: [...this.draft.photos, { key, url: '' }] });
    void this.updateComplete.then(() => {
      this.focusControl(`photo-${key}`);
    });
  }

  private onRemovePhoto(event: Event): void {
    const key = Number((event.currentTarget as HTMLElement).dataset.key);
    const photos = this.draft.photos;
    const at = photos.findIndex((p) => p.key === key);
    const next = photos[at + 1] ?? photos[at - 1];
    this.set({ photos: photos.filter((p) => p.key !== key) });
    const touched = new Set(this.touched);
    touched.delete(`photo-${key}`);
    this.touched = touched;
    void this.updateComplete.then(() => {
      this.focusControl(next ? `photo-${next.key}` : 'add-photo');
    });
  }

  private onSubmitPress(): void {
    this.#pressingSubmit = true;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#pressingSubmit = false;
    if (this.disabled || this.submitted) return;
    // Enter in a coordinate field submits before its change event: locate what was typed.
    if (pointKey(this.draft) !== this.#located) this.locate();
    this.attempted = true;
    const check = this.#checkNow();
    if (!check.report) {
      void this.updateComplete.then(() => {
        this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    const report = new WgReportEvent(check.report);
    this.dispatchEvent(report);
    if (!report.defaultPrevented) this.showSubmitted(check.report);
  }

  private onNewReport(): void {
    this.reset();
    void this.updateComplete.then(() => {
      this.focusControl('category');
    });
  }

  private onMapChange(event: Event): void {
    this.hasMap = (event.target as HTMLSlotElement).assignedElements({ flatten: true }).length > 0;
  }

  private focusControl(id: string): void {
    this.shadowRoot?.getElementById(id)?.focus();
  }

  private onSummaryLink(event: Event): void {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).dataset.target;
    if (id) this.focusControl(id);
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────

  private problem(key: FieldKey): FieldProblem | undefined {
    if (!this.attempted && !this.touched.has(key)) return undefined;
    return this.#check.problems.get(key);
  }

  private message(key: FieldKey, problem: FieldProblem): string {
    if (problem.kind === 'issue') return problem.issue.message[this.localize.locale()];
    const t = this.localize;
    switch (key) {
      case 'category':
        return t.term('reportForm.required.category');
      case 'longitude':
        return t.term('reportForm.required.longitude');
      case 'latitude':
        return t.term('reportForm.required.latitude');
      case 'grid':
        return t.term('reportForm.required.grid');
      default:
        return t.term('reportForm.required.description');
    }
  }

  /** The control that shows a field's problem and receives focus for it. */
  private controlOf(key: FieldKey): string {
    switch (key) {
      case 'grid': {
        const d = this.draft;
        if (this.problem('grid')?.kind === 'required') {
          if (d.streetId === '' && this.streetOptions().length > 0) return 'street';
          if (d.communityId === '' && d.streetId !== '') return 'community';
        }
        return 'grid';
      }
      case 'reporterKind':
        return 'reporter-kind';
      case 'reporterName':
        return 'reporter-name';
      case 'reporterMobile':
        return 'reporter-mobile';
      default:
        return key;
    }
  }

  private label(key: FieldKey): string {
    const t = this.localize;
    switch (key) {
      case 'category':
        return t.term('reportForm.category');
      case 'longitude':
        return t.term('reportForm.longitude');
      case 'latitude':
        return t.term('reportForm.latitude');
      case 'grid':
        return t.term('reportForm.gridTree');
      case 'description':
        return t.term('reportForm.description');
      case 'reporterKind':
        return t.term('reportForm.reporterKind');
      case 'reporterName':
        return t.term('reportForm.reporterName');
      case 'reporterMobile':
        return t.term('reportForm.reporterMobile');
      default: {
        const at = this.draft.photos.findIndex((p) => `photo-${p.key}` === key);
        return t.term('reportForm.photoUrl', at + 1);
      }
    }
  }

  /** `aria-invalid` of a control. */
  private invalid(control: string, key: FieldKey): 'true' | 'false' {
    return this.problem(key) && this.controlOf(key) === control ? 'true' : 'false';
  }

  /** `aria-describedby` of a control: its hints, and its field's error when it shows it. */
  private describedBy(
    control: string,
    key: FieldKey | undefined,
    ...hints: string[]
  ): string | typeof nothing {
    const ids = [...hints];
    if (key && this.problem(key) && this.controlOf(key) === control) ids.push(`${key}-error`);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  private fieldError(key: FieldKey): TemplateResult | typeof nothing {
    const problem = this.problem(key);
    if (!problem) return nothing;
    return html`<p id="${key}-error" part="field-error" class="field-error">
      ${this.message(key, problem)}
    </p>`;
  }

  protected override render(): TemplateResult {
    const submitted = this.submitted;
    return html`<div part="base" class="base">
      ${
        submitted
          ? renderSummary({
              report: submitted,
              district: this.districtValue,
              localize: this.localize,
              disabled: this.disabled,
              onNewReport: () => {
                this.onNewReport();
              },
            })
          : this.renderForm()
      }
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.localize;
    return html`<form
      part="form"
      novalidate
      aria-label=${t.term('reportForm.title')}
      @submit=${this.onSubmit}
      @focusout=${this.onFocusOut}
    >
      ${this.renderErrorSummary()} ${this.renderCategory()} ${this.renderLocation()}
      ${this.renderDescription()} ${this.renderPhotos()} ${this.renderPriority()}
      ${this.renderReporter()}
      <button
        type="submit"
        id="submit"
        part="submit"
        class="primary"
        ?disabled=${this.disabled}
        @pointerdown=${this.onSubmitPress}
      >
        <slot name="submit-label">${this.submitLabel || t.term('reportForm.submit')}</slot>
      </button>
    </form>`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.attempted) return nothing;
    const problems = [...this.#check.problems];
    if (problems.length === 0) return nothing;
    const t = this.localize;
    return html`<div part="error-summary" class="error-summary" role="alert">
      <p>${t.term('reportForm.errorSummary', problems.length)}</p>
      <ul>
        ${problems.map(
          ([key, problem]) =>
            html`<li>
              <a
                href="#${this.controlOf(key)}"
                data-target=${this.controlOf(key)}
                @click=${this.onSummaryLink}
                >${t.term('reportForm.fieldError', this.label(key), this.message(key, problem))}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCategory(): TemplateResult {
    const t = this.localize;
    const locale = t.locale();
    const tree = this.#categoryTree();
    const code = this.draft.categoryCode;
    return html`<div part="field" class="field">
      <label part="label" for="category">${t.term('reportForm.category')}</label>
      ${
        tree.length === 0
          ? html`<p id="category-hint" part="hint" class="hint">
              ${t.term('reportForm.noCatalogue')}
            </p>`
          : nothing
      }
      <select
        id="category"
        part="control"
        required
        ?disabled=${this.disabled}
        aria-invalid=${this.invalid('category', 'category')}
        aria-describedby=${this.describedBy(
          'category',
          'category',
          ...(tree.length === 0 ? ['category-hint'] : []),
        )}
        @change=${this.onCategory}
      >
        <option value="" .selected=${live(code === '')}>
          ${t.term('reportForm.categoryPlaceholder')}
        </option>
        ${tree
          .filter((node) => node.categories.length > 0)
          .map(
            ({ department, categories }) =>
              html`<optgroup label=${locale === 'en' ? department.name.en : department.name.zh}>
                ${categories.flatMap((node) => this.categoryOptions(node, undefined, locale))}
              </optgroup>`,
          )}
      </select>
      ${this.fieldError('category')}
    </div>`;
  }

  private categoryOptions(
    node: CategoryNode,
    parent: string | undefined,
    locale: Locale,
  ): TemplateResult[] {
    const own = locale === 'en' ? node.category.name.en : node.category.name.zh;
    const text =
      parent === undefined ? own : this.localize.term('reportForm.subcategory', parent, own);
    return [
      html`<option
        value=${node.category.code}
        .selected=${live(this.draft.categoryCode === node.category.code)}
      >
        ${text}
      </option>`,
      ...node.children.flatMap((child) => this.categoryOptions(child, text, locale)),
    ];
  }

  private streetOptions(): ReturnType<typeof unitsUnder> {
    const district = this.districtValue;
    return unitsUnder(
      district,
      district?.bundle.district.id ?? '',
      'street',
      this.localize.locale(),
    );
  }

  private renderLocation(): TemplateResult {
    const t = this.localize;
    const d = this.draft;
    const showMap = this.hasMap || this.mapId !== '';
    return html`<fieldset part="group" class="group" aria-describedby="location-hint">
      <legend>${t.term('reportForm.location')}</legend>
      <p id="location-hint" part="hint" class="hint">
        ${showMap ? `${t.term('reportForm.mapHint')} ` : ''}${t.term('reportForm.locationHint')}
      </p>
      <div part="map" class="map" ?hidden=${!this.hasMap}>
        <slot name="map" @slotchange=${this.onMapChange}></slot>
      </div>
      <fieldset part="group" class="group">
        <legend>${t.term('reportForm.coordinates')}</legend>
        <div class="row">
          ${this.renderCoordinate('longitude', d.longitude, this.onLongitude)}
          ${this.renderCoordinate('latitude', d.latitude, this.onLatitude)}
          <div part="field" class="field">
            <label part="label" for="coordinate-system">
              ${t.term('reportForm.coordinateSystem')}
            </label>
            <select
              id="coordinate-system"
              part="control"
              ?disabled=${this.disabled}
              @change=${this.onSystem}
            >
              ${COORDINATE_SYSTEMS.map(
                (system) =>
                  html`<option value=${system} .selected=${live(d.coordinateSystem === system)}>
                    ${t.term(`reportForm.system.${system}`)}
                  </option>`,
              )}
            </select>
          </div>
        </div>
        <p id="place-status" part="place-status" class="status" role="status">
          ${this.statusText()}
        </p>
      </fieldset>
      ${this.renderGridTree()}
    </fieldset>`;
  }

  private renderCoordinate(
    key: 'longitude' | 'latitude',
    value: string,
    onInput: (event: Event) => void,
  ): TemplateResult {
    return html`<div part="field" class="field">
      <label part="label" for=${key}>${this.localize.term(`reportForm.${key}`)}</label>
      <input
        id=${key}
        part="control"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        spellcheck="false"
        required
        ?disabled=${this.disabled}
        .value=${live(value)}
        aria-invalid=${this.invalid(key, key)}
        aria-describedby=${this.describedBy(key, key, 'place-status')}
        @input=${onInput}
        @change=${this.locate}
      />
      ${this.fieldError(key)}
    </div>`;
  }

  private statusText(): string {
    const status = this.status;
    const t = this.localize;
    if (!status) return '';
    switch (status.kind) {
      case 'located': {
        const names = placeNames(this.districtValue, status.gridId, status.microGridId, t.locale());
        return t.term('reportForm.located', names.join(t.term('reportForm.placeSeparator')));
      }
      case 'outside':
        return t.term('reportForm.outside');
      case 'no-layer':
        return t.term('reportForm.noLayer');
      case 'invalid':
        return status.issue.message[t.locale()];
    }
  }

  private renderGridTree(): TemplateResult {
    const t = this.localize;
    const locale = t.locale();
    const district = this.districtValue;
    const d = this.draft;
    const levels = [
      {
        id: 'street',
        label: t.term('reportForm.street'),
        value: d.streetId,
        options: this.streetOptions(),
        onChange: this.onStreet,
      },
      {
        id: 'community',
        label: t.term('reportForm.community'),
        value: d.communityId,
        options: unitsUnder(district, d.streetId, 'community', locale),
        onChange: this.onCommunity,
      },
      {
        id: 'grid',
        label: t.term('reportForm.grid'),
        value: d.gridId,
        options: unitsUnder(district, d.communityId, 'grid', locale),
        onChange: this.onGrid,
      },
      {
        id: 'micro-grid',
        label: t.term('reportForm.microGrid'),
        value: d.microGridId,
        options: unitsUnder(district, d.gridId, 'micro-grid', locale),
        onChange: this.onMicroGrid,
      },
    ];
    return html`<fieldset part="group" class="group">
      <legend>${t.term('reportForm.gridTree')}</legend>
      <div class="row">
        ${levels.map(
          (level) =>
            html`<div part="field" class="field">
              <label part="label" for=${level.id}>${level.label}</label>
              <select
                id=${level.id}
                part="control"
                ?required=${level.id !== 'micro-grid'}
                ?disabled=${this.disabled || level.options.length === 0}
                aria-invalid=${this.invalid(level.id, 'grid')}
                aria-describedby=${this.describedBy(level.id, 'grid')}
                @change=${level.onChange}
              >
                <option value="" .selected=${live(level.value === '')}>
                  ${
                    level.id === 'micro-grid'
                      ? t.term('reportForm.noMicroGrid')
                      : t.term('reportForm.choose')
                  }
                </option>
                ${level.options.map(
                  (option) =>
                    html`<option value=${option.id} .selected=${live(level.value === option.id)}>
                      ${option.name}
                    </option>`,
                )}
              </select>
            </div>`,
        )}
      </div>
      ${this.fieldError('grid')}
    </fieldset>`;
  }

  private renderDescription(): TemplateResult {
    const t = this.localize;
    const count = this.draft.description.trim().length;
    return html`<div part="field" class="field">
      <label part="label" for="description">${t.term('reportForm.description')}</label>
      <p id="description-hint" part="hint" class="hint">${t.term('reportForm.descriptionHint')}</p>
      <textarea
        id="description"
        part="control"
        rows="4"
        required
        ?disabled=${this.disabled}
        .value=${live(this.draft.description)}
        aria-invalid=${this.invalid('description', 'description')}
        aria-describedby=${this.describedBy(
          'description',
          'description',
          'description-hint',
          'description-count',
        )}
        @input=${this.onDescription}
      ></textarea>
      <p
        id="description-count"
        part="counter"
        class="counter ${count > MAX_DESCRIPTION ? 'over' : ''}"
      >
        ${t.term('reportForm.count', count, MAX_DESCRIPTION)}
      </p>
      ${this.fieldError('description')}
    </div>`;
  }

  private renderPhotos(): TemplateResult {
    const t = this.localize;
    const photos = this.draft.photos;
    return html`<fieldset part="group" class="group" aria-describedby="photos-hint">
      <legend>${t.term('reportForm.photos')}</legend>
      <p id="photos-hint" part="hint" class="hint">
        ${t.term('reportForm.photosHint', MAX_PHOTOS)}
      </p>
      ${
        photos.length > 0
          ? html`<ul class="photo-list">
              ${photos.map((photo, i) => {
                const key: FieldKey = `photo-${photo.key}`;
                return html`<li part="field" class="field photo">
                  <div class="field">
                    <label part="label" for=${key}>${t.term('reportForm.photoUrl', i + 1)}</label>
                    <input
                      id=${key}
                      part="control"
                      type="url"
                      autocomplete="off"
                      spellcheck="false"
                      data-key=${photo.key}
                      ?disabled=${this.disabled}
                      .value=${live(photo.url)}
                      aria-invalid=${this.invalid(key, key)}
                      aria-describedby=${this.describedBy(key, key)}
                      @input=${this.onPhoto}
                    />
                  </div>
                  <button
                    type="button"
                    part="remove-photo"
                    class="secondary"
                    data-key=${photo.key}
                    ?disabled=${this.disabled}
                    @click=${this.onRemovePhoto}
                  >
                    ${t.term('reportForm.removePhoto', i + 1)}
                  </button>
                  ${this.fieldError(key)}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <button
        type="button"
        id="add-photo"
        part="add-photo"
        class="secondary"
        ?disabled=${this.disabled || photos.length >= MAX_PHOTOS}
        @click=${this.onAddPhoto}
      >
        ${t.term('reportForm.addPhoto')}
      </button>
    </fieldset>`;
  }

  private renderPriority(): TemplateResult {
    const t = this.localize;
    const priority = this.draft.priority;
    return html`<fieldset part="group" class="group">
      <legend>${t.term('reportForm.priority')}</legend>
      <div class="choices">
        ${(['normal', 'urgent'] as const).map(
          (value) =>
            html`<div class="choice">
              <input
                type="radio"
                id="priority-${value}"
                name="priority"
                value=${value}
                ?disabled=${this.disabled}
                .checked=${live(priority === value)}
                @change=${this.onPriority}
              />
              <label part="label" for="priority-${value}">
                ${t.term(`reportForm.priority.${value}`)}
              </label>
            </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderReporter(): TemplateResult {
    const t = this.localize;
    const d = this.draft;
    const contact = takesContact(d.reporterKind);
    return html`<fieldset part="group" class="group">
      <legend>${t.term('reportForm.reporter')}</legend>
      <div class="row">
        <div part="field" class="field">
          <label part="label" for="reporter-kind">${t.term('reportForm.reporterKind')}</label>
          <select
            id="reporter-kind"
            part="control"
            ?disabled=${this.disabled}
            aria-invalid=${this.invalid('reporter-kind', 'reporterKind')}
            aria-describedby=${this.describedBy('reporter-kind', 'reporterKind')}
            @change=${this.onReporterKind}
          >
            ${REPORTER_KINDS.map(
              (kind) =>
                html`<option value=${kind} .selected=${live(d.reporterKind === kind)}>
                  ${t.term(`reportForm.kind.${kind}`)}
                </option>`,
            )}
          </select>
          ${this.fieldError('reporterKind')}
        </div>
        ${
          contact
            ? html`${this.renderContact(
                'reporter-name',
                'reporterName',
                'text',
                'name',
                d.reporterName,
                this.onReporterName,
              )}
              ${this.renderContact(
                'reporter-mobile',
                'reporterMobile',
                'tel',
                'tel',
                d.reporterMobile,
                this.onReporterMobile,
              )}`
            : nothing
        }
      </div>
      ${
        contact
          ? html`<p id="privacy-hint" part="hint" class="hint">
              ${t.term('reportForm.privacyHint')}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderContact(
    id: string,
    key: 'reporterName' | 'reporterMobile',
    type: 'text' | 'tel',
    autocomplete: string,
    value: string,
    onInput: (event: Event) => void,
  ): TemplateResult {
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${this.label(key)}</label>
      <input
        id=${id}
        part="control"
        type=${type}
        autocomplete=${autocomplete}
        ?disabled=${this.disabled}
        .value=${live(value)}
        aria-invalid=${this.invalid(id, key)}
        aria-describedby=${this.describedBy(id, key, 'privacy-hint')}
        @input=${onInput}
      />
      ${this.fieldError(key)}
    </div>`;
  }
}
