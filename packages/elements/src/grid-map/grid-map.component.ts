import {
  convertPosition,
  type CoordinateSystem,
  type LoadedDistrict,
  type Location,
} from '@wangge/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { WgCaseSelectEvent } from '../shared/case-select-event.js';
import { DistrictConsumer } from '../shared/district-consumer.js';
import { formatDecimal, formatPercent } from '../shared/format-number.js';
import { unitName } from '../shared/district-names.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { WgGridSelectEvent } from '../shared/grid-select-event.js';
import { WgPointPickEvent } from '../shared/point-pick-event.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import { GridMapModel, type LevelColors } from './grid-map-model.js';
import { gridMapStyles } from './grid-map.styles.js';
import {
  errorTemplate,
  highlightsTemplate,
  legendTemplate,
  toolbarTemplate,
  valueLegendTemplate,
} from './grid-map.templates.js';
import { GridTreeView } from './grid-tree-view.js';
import {
  valueLegendRanges,
  type ColorBy,
  type GridMapCounts,
  type GridMapValues,
  type UnitCaseCounts,
  type ValueDirection,
  type ValueFormat,
} from './map-colors.js';
import { MapController } from './map-controller.js';
import { pathScale, type MapGeometry, type MapLevel, type MapUnit } from './map-geometry.js';
import type { GridMapMarker } from './marker-clusters.js';

/** Layers with this many units or more are painted on a canvas (`renderer="auto"`). */
export const CANVAS_UNITS = 10_000;
/** … and so are maps with this many markers or more. */
export const CANVAS_MARKERS = 5_000;
const SYSTEMS = new Set<string>(['WGS84', 'GCJ02', 'BD09']);
const ZERO: UnitCaseCounts = { open: 0, overdue: 0 };

/**
 * The grid map (网格地图): a district's streets, communities, grids and micro-grids, coloured by
 * their open or overdue cases, with the cases as clustered markers. Users pan and zoom with a
 * mouse, a finger or the keyboard, select a unit (`wg-grid-select`) or, in `pick` mode, pick a
 * point (`wg-point-pick`) located in its grid and micro-grid. A tree of the same units beside the
 * map does everything the map does, for keyboard and screen-reader users.
 *
 * **Levels.** The map shows one level at a time, the finest whose units are on average at least
 * 80 CSS pixels across at the current zoom: streets when zoomed out, then communities, grids
 * and micro-grids as one zooms in. `levels` restricts the choice (one level forces it). Street
 * and district boundaries are drawn over finer levels.
 *
 * **Rendering.** SVG: each unit's path data is computed once per layer, level and precision,
 * and the units are drawn colour by colour, 32 to a path (thousands of elements would cost the
 * first frame more than everything else); pans and zooms only change a transform, and
 * recolouring regroups the units and rewrites the paths that changed, on the same elements.
 * Layers of 10,000 units or more, or 5,000 markers or more, are painted on a `<canvas>`
 * instead, with the same behaviour (`renderer` forces either). Hit-testing uses
 * `@wangge/core`'s `GridIndex` in both cases. No tiles are needed: `tile-url` adds an XYZ
 * raster layer underneath when the district has a tile server (offline intranets usually do
 * not).
 *
 * **Colouring by any figure.** `color-by="value"` colours the units by `values` (unit id →
 * number or `null`; a KPI per unit, say, from `kpiValues`) in four shades of the level's own
 * range, the strongest for the worst: `value-direction` says which end that is
 * (`higher-better`, the default, or `lower-better`), `value-format` how the legend and the tree
 * write the values (`percent` of shares 0…1, or `number`), `value-label` what they measure. A
 * unit without a value (`null`, or no entry) is hatched and counted as "no data" in the legend,
 * never as 0. Values are not summed over children: give them for every level the map may show
 * (or force one with `levels`).
 *
 * **Accessibility.** The map is `role="application"` with a role description and instructions:
 * it has keyboard commands of its own that a screen reader must let through (arrows pan, `+`/`-`
 * zoom, `0` resets, Enter or Space act at the crosshair in the middle), and what lies under the
 * crosshair is announced. The drawing itself is hidden from assistive technology, because a
 * picture of 2,568 polygons cannot be described usefully; the tree is the real alternative.
 *
 * @summary Grid map (网格地图): units coloured by cases, case markers, selection and point picking.
 *
 * @event {WgGridSelectEvent} wg-grid-select - A unit was selected, on the map or in the tree.
 * @event {WgPointPickEvent} wg-point-pick - In `pick` mode, a point was picked (map or tree).
 * @event {WgCaseSelectEvent} wg-case-select - A single case marker was activated.
 * @event {WgErrorEvent} wg-error - The `layer` given is invalid; `event.error.issues` says where.
 *
 * @slot toolbar - Host controls shown with the zoom buttons.
 * @slot legend - Replaces the default legend of case colours.
 * @slot attribution - Credits of the tile layer, shown in the map's corner.
 *
 * @csspart base - The whole element (map pane and tree).
 * @csspart map - The map's focusable viewport.
 * @csspart toolbar - The zoom buttons and the `toolbar` slot.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart reset - The reset button.
 * @csspart status - The line that names the unit under the pointer or crosshair.
 * @csspart legend - The legend.
 * @csspart tree-panel - The scrolling box around the tree.
 * @csspart tree - The tree (`role="tree"`).
 * @csspart tree-item - Each row of the tree.
 * @csspart tree-item-selected - The selected row.
 * @csspart tree-more - The "show more" row of a long list.
 * @csspart message - The empty and loading states.
 * @csspart error - The error state.
 *
 * @cssproperty --wg-grid-map-height - Height of the map (default `28rem`).
 * @cssproperty --wg-grid-map-tree-width - Width of the tree beside the map (default `16rem`).
 * @cssproperty --wg-grid-map-background - Behind the units (default `--wg-color-surface-alt`).
 * @cssproperty --wg-grid-map-stroke - Borders of units (default `--wg-color-muted`).
 * @cssproperty --wg-grid-map-outline - Street and district boundaries (default `--wg-color-text`).
 * @cssproperty --wg-grid-map-selected - Selected unit, pin and focus (default `--wg-color-primary`).
 * @cssproperty --wg-grid-map-marker - Case markers and badges (default `--wg-color-text`).
 * @cssproperty --wg-grid-map-open-color - Colour scale of open cases (default `--wg-color-warning`).
 * @cssproperty --wg-grid-map-overdue-color - Overdue cases and their scale (default `--wg-color-danger`).
 * @cssproperty --wg-grid-map-bucket-0 - Fill of units without cases (default `--wg-color-surface`).
 * @cssproperty --wg-grid-map-bucket-1 - Fill of the lowest quarter (… `-bucket-4` the highest; by value, the best … the worst); by default mixed from the scale colour and the surface.
 * @cssproperty --wg-grid-map-value-color - The scale of `color-by="value"`, towards the worst (default `--wg-color-danger`).
 * @cssproperty --wg-grid-map-no-data - Background of the hatching of units without a value (default `--wg-color-surface`).
 * @cssproperty --wg-grid-map-no-data-line - Lines of that hatching (default `--wg-color-muted`).
 *
 * @example
 * ```html
 * <wg-district src="/data/yingze.json" layer-src="/data/yingze-grids.geojson">
 *   <wg-grid-map color-by="overdue"></wg-grid-map>
 * </wg-district>
 * <script type="module">
 *   const map = document.querySelector('wg-grid-map');
 *   map.counts = { 'st-yingze-c01-g001': { open: 4, overdue: 1 } };
 *   map.addEventListener('wg-grid-select', (event) => console.log(event.unitId, event.level));
 * </script>
 * ```
 */
export class WgGridMap extends WanggeElement {
  /** @internal */
  static override styles = [themeStyles, gridMapStyles];

  /**
   * The grid layer (GeoJSON FeatureCollection with `coordinateSystem`), validated with
   * `parseGridLayer`. When unset, the layer of the surrounding `<wg-district>`.
   */
  @property({ attribute: false }) layer: unknown;

  /** The district, for the units' names. When unset, the surrounding `<wg-district>`'s. */
  @property({ attribute: false }) district: LoadedDistrict | undefined;

  /** Case markers: `{ id, location, overdue?, label? }`, or any records with those members. */
  @property({ attribute: false }) markers: readonly GridMapMarker[] | undefined;

  /** Open and overdue cases by unit id (record or `Map`); a unit without an entry sums its children. */
  @property({ attribute: false }) counts: GridMapCounts | undefined;

  /**
   * A figure per unit id (record or `Map`), for `color-by="value"`: numbers, `null` for no data.
   * Not summed over children.
   */
  @property({ attribute: false }) values: GridMapValues | undefined;

  /** What `values` measure (按期结案率, say), for the legend and the tree; "指标值" by default. */
  @property({ attribute: 'value-label' }) valueLabel = '';

  /** `higher-better` (default) or `lower-better`: which end of the values is shaded worst. */
  @property({ attribute: 'value-direction' }) valueDirection: ValueDirection = 'higher-better';

  /** `number` (default) or `percent` (values are shares, 0…1, written as percentages). */
  @property({ attribute: 'value-format' }) valueFormat: ValueFormat = 'number';

  /** `browse` (select units) or `pick` (pick a point). */
  @property({ reflect: true }) mode: 'browse' | 'pick' = 'browse';

  /** Levels the map may show, space-separated (`street community grid micro-grid`); one forces it. */
  @property() levels = '';

  /** What the fills show: `open` or `overdue` cases (`counts`), or `value` (`values`). */
  @property({ attribute: 'color-by', reflect: true }) colorBy: ColorBy = 'open';

  /** XYZ template of a raster tile layer under the units, e.g. `/tiles/{z}/{x}/{y}.png`. */
  @property({ attribute: 'tile-url' }) tileUrl = '';

  /** The coordinate system of the tiles (`WGS84`, `GCJ02`) when it is not the layer's. */
  @property({ attribute: 'tile-coordinate-system' }) tileCoordinateSystem = '';

  /** `auto` (SVG, or a canvas for very large data), `svg` or `canvas`. */
  @property() renderer: 'auto' | 'svg' | 'canvas' = 'auto';

  /** The id of the selected unit, highlighted on the map and in the tree. */
  @property() selected = '';

  /** The picked point, shown as a pin; set by picking, or by the host. */
  @property({ attribute: false }) pin: Location | undefined;

  /** Hides the tree: only for pages that offer another accessible way to every unit. */
  @property({ type: Boolean, attribute: 'hide-tree' }) hideTree = false;

  /** The map's accessible name; by default "网格地图" with the district's name. */
  @property() label = '';

  @state() private level: MapLevel | undefined;
  @state() private decimals = 1;
  @state() private hovered: MapUnit | undefined;
  @state() private statusText = '';
  @state() private announcement = '';

  readonly #consumer = new DistrictConsumer(this);
  readonly #model = new GridMapModel();
  readonly #map = new MapController(this, {
    model: this.#model,
    allowedLevels: (geometry) => this.#allowedLevels(geometry),
    frame: () => {
      const geometry = this.#model.geometry;
      const colors = this.#colors();
      const system = this.tileCoordinateSystem;
      return {
        pin: geometry && this.#pinBase(geometry),
        pathScale: pathScale(this.decimals),
        tileUrl: this.tileUrl,
        tileSystem: SYSTEMS.has(system) ? (system as CoordinateSystem) : undefined,
        svgUnits:
          geometry && !this.usesCanvas && this.level && colors
            ? {
                units: geometry.unitsAt(this.level),
                paths: geometry.paths(this.level, this.decimals),
                buckets: colors.buckets,
              }
            : undefined,
        canvas:
          this.usesCanvas && this.level && colors
            ? { level: this.level, colors, noData: this.colorBy === 'value' }
            : undefined,
      };
    },
    onLevel: (level, decimals, byUser) => {
      if (byUser && level !== this.level && level !== undefined) {
        const name = this.localize.term(`gridMap.level.${level}`);
        this.#announce(this.localize.term('gridMap.levelShown', name));
      }
      this.level = level;
      this.decimals = decimals;
    },
    onActivate: (x, y) => {
      this.#act(x, y);
    },
    onHover: (at) => {
      this.#hover(at);
    },
    onKeyboardMove: (x, y) => {
      const geometry = this.#model.geometry;
      if (!geometry) return;
      const text = this.#describe(geometry, x, y);
      this.statusText = text;
      this.#announce(this.localize.term('gridMap.center', text));
    },
  });
  readonly #tree = new GridTreeView(this, (unit) => {
    this.#chooseFromTree(unit);
  });
  #reported: unknown;

  /** The zoom: 1 when the whole layer fits. */
  get zoom(): number {
    return this.#map.view.k;
  }

  /** The level the map shows now. */
  get visibleLevel(): MapLevel | undefined {
    return this.level;
  }

  /** Whether the units are painted on a canvas rather than as SVG paths. */
  get usesCanvas(): boolean {
    const geometry = this.#model.geometry;
    if (!geometry || this.renderer === 'svg') return false;
    if (this.renderer === 'canvas') return true;
    return geometry.size >= CANVAS_UNITS || this.#model.placed.length >= CANVAS_MARKERS;
  }

  /** Zooms in by two about the middle. */
  zoomIn(): void {
    this.#map.zoomBy(2);
  }

  /** Zooms out by two about the middle. */
  zoomOut(): void {
    this.#map.zoomBy(0.5);
  }

  /** Shows the whole layer again. */
  resetView(): void {
    this.#map.reset();
  }

  /** Pans and zooms to frame a unit; false when the layer has no such unit. */
  frameUnit(id: string): boolean {
    const geometry = this.#model.geometry;
    const unit = geometry?.byId.get(id);
    if (!geometry || !unit) return false;
    this.#map.frame(geometry.shape(unit).box);
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const model = this.#model;
    const fresh = model.setLayer(this.layer, this.#consumer.layer());
    const geometry = model.geometry;
    if (fresh) {
      if (geometry) this.#map.home(geometry);
      this.hovered = undefined;
    }
    if (!geometry) return;
    if (fresh || changed.has('counts')) model.setCounts(this.counts);
    if (fresh || changed.has('values')) model.setValues(this.values);
    if (fresh || changed.has('markers')) model.setMarkers(this.markers);
    if (changed.has('selected') && this.selected) this.#tree.reveal(this.selected);
    this.#map.estimateSize();
    ({ level: this.level, decimals: this.decimals } = this.#map.levelOf(geometry));
  }

  protected override render(): TemplateResult {
    const { result, geometry, tree } = this.#model;
    const t = this.localize;
    if (!result) {
      const provided = this.#consumer.provided;
      const loading = provided !== undefined && !provided.district && !provided.layer;
      return html`<div part="message" class="message" role=${loading ? 'status' : nothing}>
        ${loading ? t.term('shared.loading') : t.term('gridMap.empty')}
      </div>`;
    }
    if (!result.success) return errorTemplate(t, result.error.issues);
    if (!geometry || !tree) return html``;
    const map = this.#map;
    const painter = map.painter;
    const colors = this.#colors();
    const byValue = this.colorBy === 'value';
    const selected = this.selected ? geometry.byId.get(this.selected) : undefined;
    const highlights = highlightsTemplate(
      geometry,
      this.level,
      this.decimals,
      selected,
      this.hovered,
    );
    const actions = {
      zoomIn: () => {
        this.zoomIn();
      },
      zoomOut: () => {
        this.zoomOut();
      },
      reset: () => {
        this.resetView();
      },
    };
    return html`<div part="base" class=${this.hideTree ? 'base no-tree' : 'base'}>
      <div class="pane">
        ${toolbarTemplate(t, actions)}
        <div
          ${ref(map.viewportRef)}
          part="map"
          class="viewport"
          tabindex="0"
          role="application"
          aria-roledescription=${t.term('gridMap.roleDescription')}
          aria-label=${this.#label()}
          aria-describedby="instructions"
          @keydown=${map.onKeyDown}
          @pointerdown=${map.gestures.onPointerDown}
          @pointermove=${map.gestures.onPointerMove}
          @pointerup=${map.gestures.onPointerUp}
          @pointercancel=${map.gestures.onPointerCancel}
          @pointerleave=${map.gestures.onPointerLeave}
          @pointerenter=${this.#warmUp}
          @focus=${this.#warmUp}
          @wheel=${map.wheel}
        >
          <svg class="layer" aria-hidden="true" focusable="false">
            <defs>
              <pattern
                ${ref(painter.hatch)}
                id="no-data"
                patternUnits="userSpaceOnUse"
                width="6"
                height="6"
              >
                <rect class="hatch-background" width="6" height="6"></rect>
                <path class="hatch-line" d="M-1 1L1-1M0 6L6 0M5 7L7 5"></path>
              </pattern>
            </defs>
            <g ${ref(painter.tiles)}></g>
            <g ${ref(painter.units)}></g>
          </svg>
          <canvas
            ${ref(painter.canvas)}
            class="layer"
            aria-hidden="true"
            ?hidden=${!this.usesCanvas}
          ></canvas>
          <svg class="layer" aria-hidden="true" focusable="false">
            <g ${ref(painter.highlights)}>${highlights}</g>
            <g ${ref(painter.overlay)}>
              <g class="markers"></g>
              <g class="pins"></g>
            </g>
          </svg>
          <div class="crosshair" aria-hidden="true"></div>
          <div part="status" class="status" aria-hidden="true" ?hidden=${!this.statusText}>
            ${this.statusText}
          </div>
          <div class="attribution"><slot name="attribution"></slot></div>
        </div>
        <div part="legend" class="legend">
          <slot name="legend"
            >${
              byValue
                ? this.#valueLegend(colors)
                : this.counts && colors
                  ? legendTemplate(t, this.colorBy, colors.max)
                  : nothing
            }</slot
          >
        </div>
      </div>
      <div part="tree-panel" class="tree-panel" ?hidden=${this.hideTree}>
        ${this.#tree.render({
          tree,
          label: t.term('gridMap.tree'),
          selected: this.selected || undefined,
          name: (unit) => this.#nameOf(unit),
          counts: (unit) => (this.counts ? (this.#model.totals.get(unit.id) ?? ZERO) : undefined),
          ...(byValue
            ? {
                value: (unit: MapUnit) => {
                  const text = this.#valueText(unit);
                  return { shown: text ?? '—', spoken: this.#valueSpoken(unit) };
                },
              }
            : {}),
          countsText: (c) => t.term('gridMap.counts', c.open, c.overdue),
          showMoreText: (n) => t.term('gridMap.showMore', n),
        })}
      </div>
      <div id="instructions" class="visually-hidden">
        ${t.term(this.mode === 'pick' ? 'gridMap.instructionsPick' : 'gridMap.instructions')}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <span ${ref(painter.probe)} class="probe" aria-hidden="true"></span>
    </div>`;
  }

  protected override updated(): void {
    const result = this.#model.result;
    if (result && !result.success && result !== this.#reported) {
      this.#reported = result;
      this.dispatchEvent(new WgErrorEvent(result.error));
    }
  }

  #direction(): ValueDirection {
    return this.valueDirection === 'lower-better' ? 'lower-better' : 'higher-better';
  }

  #colors(): LevelColors | undefined {
    return this.#model.colorsOf(this.level, this.colorBy, this.#direction());
  }

  #formatValue(value: number): string {
    const locale = this.localize.locale();
    return this.valueFormat === 'percent'
      ? formatPercent(locale, value)
      : formatDecimal(locale, value);
  }

  /** A unit's value as written, or undefined when it has none. */
  #valueText(unit: MapUnit): string | undefined {
    const value = this.#model.values.get(unit.id);
    return value === undefined ? undefined : this.#formatValue(value);
  }

  /** A unit's value with what it measures: "按期结案率：84.0%", or "… 无数据". */
  #valueSpoken(unit: MapUnit): string {
    const t = this.localize;
    const label = this.valueLabel || t.term('gridMap.value');
    return t.term('gridMap.valueOf', label, this.#valueText(unit) ?? t.term('gridMap.noData'));
  }

  #valueLegend(colors: LevelColors | undefined): TemplateResult {
    const t = this.localize;
    const byValue = colors?.byValue;
    const ranges = valueLegendRanges(
      byValue?.min ?? 0,
      colors?.max ?? 0,
      this.#direction(),
      byValue?.any ?? false,
    );
    return valueLegendTemplate(t, this.valueLabel || t.term('gridMap.value'), ranges, (v) =>
      this.#formatValue(v),
    );
  }

  #label(): string {
    if (this.label) return this.label;
    const district = this.#consumer.district(this.district);
    if (!district) return this.localize.term('gridMap.label');
    const name = unitName(district, district.bundle.district.id, this.localize.locale());
    return this.localize.term('gridMap.labelOf', name);
  }

  #nameOf(unit: MapUnit): string {
    const district = this.#consumer.district(this.district);
    if (district?.units.has(unit.id)) return unitName(district, unit.id, this.localize.locale());
    return unit.name ?? unit.id;
  }

  #allowedLevels(geometry: MapGeometry): readonly MapLevel[] {
    const asked = new Set(this.levels.split(/[\s,]+/).filter(Boolean));
    const allowed = geometry.levels.filter((level) => asked.has(level));
    return allowed.length > 0 ? allowed : geometry.levels;
  }

  // The grid index takes tens of milliseconds for a large layer: it is built when a pointer or
  // the focus first comes to the map, before a click needs it, rather than in the first frame.
  readonly #warmUp = (): void => {
    this.#model.index();
  };

  #pinBase(geometry: MapGeometry): [number, number] | undefined {
    const pin = this.pin;
    const coordinates = pin?.point.coordinates;
    if (!pin || !coordinates) return undefined;
    let [lon, lat] = coordinates;
    if (pin.coordinateSystem !== geometry.coordinateSystem) {
      [lon, lat] = convertPosition([lon, lat], pin.coordinateSystem, geometry.coordinateSystem);
    }
    return geometry.toBase(lon, lat);
  }

  #describe(geometry: MapGeometry, x: number, y: number): string {
    const t = this.localize;
    const cluster = this.#map.clusterAt(geometry, x, y);
    if (cluster && cluster.count > 1)
      return t.term('gridMap.cluster', cluster.count, cluster.overdue);
    if (cluster) {
      const { id, label, overdue } = cluster.first.marker;
      const text = typeof label === 'string' && label ? label : id;
      return t.term(overdue === true ? 'gridMap.caseOverdue' : 'gridMap.case', text);
    }
    const unit = this.#model.unitAt(...this.#map.lonLatAt(geometry, x, y), this.level);
    if (!unit) return t.term('gridMap.outside');
    const name = this.#nameOf(unit);
    if (this.colorBy === 'value') return `${name} · ${this.#valueSpoken(unit)}`;
    const counts = this.counts ? this.#model.totals.get(unit.id) : undefined;
    return counts ? `${name} · ${t.term('gridMap.counts', counts.open, counts.overdue)}` : name;
  }

  #hover(at: readonly [number, number] | undefined): void {
    const geometry = this.#model.geometry;
    if (!geometry || !at) {
      this.hovered = undefined;
      this.statusText = '';
      return;
    }
    const [x, y] = at;
    const onMarker = this.#map.clusterAt(geometry, x, y) !== undefined;
    this.hovered = onMarker
      ? undefined
      : this.#model.unitAt(...this.#map.lonLatAt(geometry, x, y), this.level);
    this.statusText = this.#describe(geometry, x, y);
  }

  /** A click, a tap, or Enter at the crosshair: pick, open a cluster, choose a case or a unit. */
  #act(x: number, y: number): void {
    const geometry = this.#model.geometry;
    if (!geometry) return;
    if (this.mode === 'pick') {
      this.#pick(geometry, ...this.#map.lonLatAt(geometry, x, y));
      return;
    }
    const cluster = this.#map.clusterAt(geometry, x, y);
    if (cluster && cluster.count > 1) {
      this.#announce(this.#describe(geometry, x, y));
      const k = this.#map.view.k;
      this.#map.frame(cluster.box);
      // At least twice closer, so that a tight cluster still comes apart.
      if (this.#map.view.k < 2 * k) this.#map.move(() => ({ ...this.#map.view, k: 2 * k }), true);
      return;
    }
    if (cluster) {
      this.dispatchEvent(new WgCaseSelectEvent(cluster.first.marker.id));
      return;
    }
    const unit = this.#model.unitAt(...this.#map.lonLatAt(geometry, x, y), this.level);
    if (unit) this.#select(unit);
  }

  #select(unit: MapUnit): void {
    this.selected = unit.id;
    this.#tree.reveal(unit.id);
    this.#announce(this.localize.term('gridMap.selected', this.#nameOf(unit)));
    this.dispatchEvent(new WgGridSelectEvent(unit.id, unit.level));
  }

  #pick(geometry: MapGeometry, lon: number, lat: number): void {
    // Seven decimals: about a centimetre, and the point located is the point reported.
    const round = (v: number) => Math.round(v * 1e7) / 1e7;
    const position: [number, number] = [round(lon), round(lat)];
    const location: Location = {
      point: { type: 'Point', coordinates: position },
      coordinateSystem: geometry.coordinateSystem,
    };
    const located = this.#model.index()?.locatePosition(...position);
    const inside = located?.status === 'inside' ? located : undefined;
    this.pin = location;
    const unit = this.#model.unitAt(...position, this.level);
    const where = unit ? this.#nameOf(unit) : this.localize.term('gridMap.outside');
    this.#announce(this.localize.term('gridMap.picked', where));
    this.dispatchEvent(new WgPointPickEvent(location, inside?.gridId, inside?.microGridId));
  }

  #chooseFromTree(unit: MapUnit): void {
    const geometry = this.#model.geometry;
    if (!geometry) return;
    if (this.mode === 'pick') {
      const point = this.#model.interiorOf(unit);
      if (point) this.#pick(geometry, ...point);
    } else {
      this.#select(unit);
    }
    this.frameUnit(unit.id);
  }

  #announce(text: string): void {
    // A live region speaks changes only: the same words again get a trailing no-break space.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }
}
