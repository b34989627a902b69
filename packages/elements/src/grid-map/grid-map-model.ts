import { GridIndex, parseGridLayer, type GridLayer, type ParseResult } from '@wangge/core';
import { buildTree, type GridTree } from './grid-tree.js';
import { interiorPoint } from './interior-point.js';
import {
  bucketsOf,
  readValues,
  totalsOf,
  valueBucketsOf,
  type ColorBy,
  type GridMapCounts,
  type GridMapValues,
  type UnitCaseCounts,
  type ValueDirection,
} from './map-colors.js';
import { MapGeometry, type MapLevel, type MapUnit } from './map-geometry.js';
import { placeMarkers, type GridMapMarker, type PlacedMarker } from './marker-clusters.js';

/**
 * The colour buckets of a level's units (in `unitsAt` order), and the largest value; by value
 * (`byValue`), also the smallest, and whether any unit of the level has a value.
 */
export interface LevelColors {
  readonly buckets: Uint8Array;
  readonly max: number;
  readonly byValue?: { readonly min: number; readonly any: boolean };
}

/**
 * What `<wg-grid-map>` derives from its data, each piece recomputed only when what it depends
 * on changes: the validated layer and its geometry, tree and index; the case counts by unit; the
 * markers placed in the base frame; the colours of the level shown.
 */
export class GridMapModel {
  result: ParseResult<GridLayer> | undefined;
  geometry: MapGeometry | undefined;
  tree: GridTree | undefined;
  totals: ReadonlyMap<string, UnitCaseCounts> = new Map();
  /** The host's values (`color-by="value"`), finite numbers only: a unit without one has none. */
  values: ReadonlyMap<string, number> = new Map();
  placed: readonly PlacedMarker[] = [];
  colors: LevelColors | undefined;

  #input: unknown;
  #index: GridIndex | undefined;
  #colorsKey: readonly unknown[] = [];

  /**
   * Reads the layer: the element's own (validated with `parseGridLayer`, since it comes from the
   * page) or the provider's (already validated by `<wg-district>`). True when it changed.
   */
  setLayer(own: unknown, provided: GridLayer | undefined): boolean {
    const input = own ?? provided;
    if (input === this.#input) return false;
    this.#input = input;
    this.result =
      input === undefined
        ? undefined
        : input === provided
          ? { success: true, data: provided }
          : parseGridLayer(input);
    const layer = this.result?.success ? this.result.data : undefined;
    this.geometry = layer ? MapGeometry.fromLayer(layer) : undefined;
    this.tree = this.geometry ? buildTree(this.geometry) : undefined;
    this.#index = undefined;
    this.#colorsKey = [];
    return true;
  }

  setCounts(counts: GridMapCounts | undefined): void {
    if (this.geometry) this.totals = totalsOf(this.geometry, counts);
  }

  setValues(values: GridMapValues | undefined): void {
    this.values = readValues(values);
  }

  setMarkers(markers: readonly GridMapMarker[] | undefined): void {
    if (this.geometry) this.placed = placeMarkers(markers, this.geometry);
  }

  /**
   * The colours of a level; the same object until the level, the counts or values, `colorBy`
   * or (by value) the direction change.
   */
  colorsOf(
    level: MapLevel | undefined,
    colorBy: ColorBy,
    direction: ValueDirection = 'higher-better',
  ): LevelColors | undefined {
    const geometry = this.geometry;
    if (!geometry || !level) return undefined;
    const units = geometry.unitsAt(level);
    const byValue = colorBy === 'value';
    const key = [
      geometry,
      units,
      colorBy,
      byValue ? this.values : this.totals,
      byValue && direction,
    ];
    if (key.some((k, i) => k !== this.#colorsKey[i])) {
      if (colorBy === 'value') {
        const { buckets, min, max } = valueBucketsOf(units, this.values, direction);
        this.colors = { buckets, max, byValue: { min, any: buckets.some((b) => b > 0) } };
      } else {
        const { buckets, max } = bucketsOf(units, this.totals, colorBy);
        this.colors = { buckets, max };
      }
      this.#colorsKey = key;
    }
    return this.colors;
  }

  /**
   * The grid index of the layer, built on first use: tens of milliseconds for a large layer,
   * which the first frame should not pay.
   */
  index(): GridIndex | undefined {
    const layer = this.result?.success ? this.result.data : undefined;
    if (!layer) return undefined;
    this.#index ??= GridIndex.fromLayer(layer);
    return this.#index;
  }

  /** The unit of `level` holding a position of the layer's coordinate system. */
  unitAt(lon: number, lat: number, level: MapLevel | undefined): MapUnit | undefined {
    const geometry = this.geometry;
    const located = this.index()?.locatePosition(lon, lat);
    if (!geometry || located?.status !== 'inside') return undefined;
    const chain = located.chain.map((id) => geometry.byId.get(id));
    return chain.find((unit) => unit?.level === level) ?? chain[0];
  }

  /** A position inside a unit, as the index sees it (see `interiorPoint`). */
  interiorOf(unit: MapUnit): [number, number] | undefined {
    const index = this.index();
    return interiorPoint(unit.geometry, (lon, lat) => {
      const located = index?.locatePosition(lon, lat);
      return located?.status === 'inside' && located.chain.includes(unit.id);
    });
  }
}
