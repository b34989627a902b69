import { provide } from '@lit/context';
import {
  WanggeValidationError,
  loadDistrict,
  parseGridLayer,
  type LoadedDistrict,
} from '@wangge/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { districtContext, type DistrictData } from '../shared/district-context.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WanggeElement } from '../shared/wangge-element.js';
import { WgDistrictReadyEvent } from './district-ready-event.js';
import { districtStyles } from './district.styles.js';

const isLoaded = (value: unknown): value is LoadedDistrict =>
  typeof value === 'object' && value !== null && (value as LoadedDistrict).units instanceof Map;

function fetchFailed(subject: string): WanggeValidationError {
  return new WanggeValidationError(subject, [
    {
      code: 'fetch_failed',
      path: [],
      expected: { 'zh-CN': '可访问的 JSON 地址', en: 'a reachable JSON address' },
      message: {
        'zh-CN': '无法获取数据：请检查地址和网络。',
        en: 'The data could not be fetched: check the address and the network.',
      },
    },
  ]);
}

/**
 * The district a page shows (辖区数据): its configuration (units, people, catalogue) and its grid
 * layer, read once and given to every `wg-*` element inside it, so that cards, lists, the map and
 * the report form name units, categories and people without each being given the data. The data
 * comes from URLs of JSON (`src`, `layer-src`, fetched from the page's own origin under its CSP)
 * or from properties (`district`, `layer`). It also carries the theme: `theme="dark"` sets the
 * kit's dark tokens for everything inside.
 *
 * @summary Provides a district's data and the theme to the elements inside it.
 *
 * @event {WgDistrictReadyEvent} wg-district-ready - The district and layer are read and provided.
 * @event {WgErrorEvent} wg-error - The district or layer is invalid, or could not be fetched.
 *
 * @slot - The elements that show the district.
 *
 * @cssproperty --wg-color-text - Text colour of the kit (set for `theme="dark"`).
 * @cssproperty --wg-color-surface - Background of cards and panels.
 * @cssproperty --wg-color-primary - The accent colour.
 *
 * @example
 * ```html
 * <wg-district src="/data/yingze.json" layer-src="/data/yingze-grids.geojson" theme="dark">
 *   <wg-grid-map></wg-grid-map>
 *   <wg-case-list></wg-case-list>
 * </wg-district>
 * ```
 */
export class WgDistrict extends WanggeElement {
  /** @internal */
  static override styles = [themeStyles, districtStyles];

  /** The address of the district bundle (JSON), fetched when set. */
  @property() src = '';

  /** The address of the grid layer (GeoJSON with `coordinateSystem`), fetched when set. */
  @property({ attribute: 'layer-src' }) layerSrc = '';

  /** The district: a loaded district, or a bundle to read with `loadDistrict`. */
  @property({ attribute: false }) district: unknown;

  /** The grid layer: a GeoJSON FeatureCollection to read with `parseGridLayer`. */
  @property({ attribute: false }) layer: unknown;

  /** `dark` for the dark theme; anything else is the light one. */
  @property({ reflect: true }) theme = '';

  /** @internal */
  @provide({ context: districtContext })
  @state()
  protected data: DistrictData = {};

  @state() private loading = 0;
  @state() private failed = false;

  /** The district as read, if it is. */
  get value(): DistrictData {
    return this.data;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.fetch(this.src, 'district');
    if (changed.has('layerSrc') && this.layerSrc) void this.fetch(this.layerSrc, 'layer');
    if (changed.has('district') && this.district !== undefined)
      this.read('district', this.district);
    if (changed.has('layer') && this.layer !== undefined) this.read('layer', this.layer);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>${
        this.loading > 0
          ? html`<span class="status" role="status"
              >${this.localize.term('district.loading')}</span
            >`
          : this.failed
            ? html`<span class="status" role="alert"
                >${this.localize.term('district.failed')}</span
              >`
            : nothing
      }`;
  }

  private async fetch(url: string, what: 'district' | 'layer'): Promise<void> {
    this.loading++;
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      this.read(what, (await response.json()) as unknown);
    } catch {
      this.fail(fetchFailed(what === 'district' ? 'DistrictBundle' : 'GridLayer'));
    } finally {
      this.loading--;
    }
  }

  private read(what: 'district' | 'layer', input: unknown): void {
    if (what === 'district') {
      if (isLoaded(input)) {
        this.provideData({ ...this.data, district: input });
        return;
      }
      const result = loadDistrict(input);
      if (result.success) this.provideData({ ...this.data, district: result.data });
      else this.fail(result.error);
      return;
    }
    const result = parseGridLayer(input);
    if (result.success) this.provideData({ ...this.data, layer: result.data });
    else this.fail(result.error);
  }

  private provideData(data: DistrictData): void {
    this.failed = false;
    this.data = data;
    this.dispatchEvent(new WgDistrictReadyEvent(data.district, data.layer));
  }

  private fail(error: WanggeValidationError): void {
    this.failed = true;
    this.dispatchEvent(new WgErrorEvent(error));
  }
}
