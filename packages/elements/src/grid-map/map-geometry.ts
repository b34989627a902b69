import type { AreaGeometry, CoordinateSystem, GridFeature, GridLayer } from '@wangge/core';

/** The levels of a grid layer, from the root down. */
export type MapLevel = 'district' | 'street' | 'community' | 'grid' | 'micro-grid';

/** The levels the map can show, coarse to fine (the district is only an outline). */
export const SHOWN_LEVELS = ['street', 'community', 'grid', 'micro-grid'] as const;

/** One unit of the layer as the map draws it. */
export interface MapUnit {
  /** Position in `MapGeometry.units` (layer order). */
  readonly index: number;
  readonly id: string;
  readonly level: MapLevel;
  readonly parentId: string | undefined;
  /** Its name in the layer, if the layer has one. */
  readonly name: string | undefined;
  /** Inside an exclusive grid (专属网格): drawn after, so over, the ordinary units it overlaps. */
  readonly exclusive: boolean;
  readonly geometry: AreaGeometry;
}

/**
 * A unit projected into the base frame: vertices x, y adjacent, and where each ring starts
 * (`starts` has one more entry than there are rings).
 */
export interface UnitShape {
  readonly coords: Float64Array;
  readonly starts: Uint32Array;
  /** `[x0, y0, x1, y1]` in the base frame. */
  readonly box: readonly [number, number, number, number];
}

/** Longest side of the layer in the base frame. About a CSS pixel per unit on a typical map. */
export const BASE_SIZE = 1024;

const DEG = Math.PI / 180;

/** How much larger path coordinates are than base-frame ones, at a precision. */
export function pathScale(decimals: number): number {
  return 10 ** decimals;
}

/** Web-Mercator x of a longitude, in [0, 1] over the world (the XYZ tile convention). */
export function worldX(lon: number): number {
  return (lon + 180) / 360;
}

/** Web-Mercator y of a latitude, 0 at the north edge of the tiled world and 1 at the south. */
export function worldY(lat: number): number {
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + (clamped * DEG) / 2)) / (2 * Math.PI);
}

function lonOf(x: number): number {
  return x * 360 - 180;
}

function latOf(y: number): number {
  return Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) / DEG;
}

function ringsOf(geometry: AreaGeometry): readonly (readonly (readonly number[])[])[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * The geometry of a grid layer as the map draws it.
 *
 * Units are projected with the spherical Web-Mercator formulas, by hand rather than through
 * d3-geo: a district never crosses the antimeridian or a pole, so d3's spherical clipping and
 * adaptive resampling would cost time on every vertex and bytes in the bundle for nothing; and
 * the same formulas place XYZ raster tiles exactly. The base frame is the layer's bounding box
 * in Web-Mercator, scaled so that its longest side is {@link BASE_SIZE}; it does not depend on
 * the element's size, so a path computed once stays valid through resizes, pans and zooms (the
 * view is a transform on top).
 *
 * Shapes and path strings are computed lazily, for the levels actually shown, and cached.
 */
export class MapGeometry {
  readonly units: readonly MapUnit[];
  readonly byId: ReadonlyMap<string, MapUnit>;
  readonly children: ReadonlyMap<string, readonly MapUnit[]>;
  readonly coordinateSystem: CoordinateSystem;
  /** The levels present in the layer that the map can show, coarse to fine. */
  readonly levels: readonly MapLevel[];
  /** The base frame's width and height. */
  readonly width: number;
  readonly height: number;
  /** How many features the layer has (all levels). */
  readonly size: number;

  readonly #x0: number;
  readonly #y0: number;
  readonly #scale: number;
  readonly #byLevel = new Map<MapLevel, readonly MapUnit[]>();
  readonly #shapes: (UnitShape | undefined)[];
  readonly #paths = new Map<string, readonly string[]>();

  private constructor(layer: GridLayer) {
    this.coordinateSystem = layer.coordinateSystem;
    const features = layer.features;
    this.size = features.length;
    const byFeature = new Map<string, GridFeature>();
    for (const feature of features) {
      if (!byFeature.has(feature.properties.id)) byFeature.set(feature.properties.id, feature);
    }
    const exclusive = (feature: GridFeature): boolean => {
      let f: GridFeature | undefined = feature;
      for (let depth = 0; f && depth < 8; depth += 1) {
        if (f.properties.kind === 'exclusive') return true;
        f = f.properties.parentId === undefined ? undefined : byFeature.get(f.properties.parentId);
      }
      return false;
    };
    const units: MapUnit[] = [];
    const byId = new Map<string, MapUnit>();
    const children = new Map<string, MapUnit[]>();
    let minLon = Infinity;
    let minLat = Infinity;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    for (const feature of features) {
      const { id, level, parentId, name } = feature.properties;
      if (byId.has(id)) continue;
      const unit: MapUnit = {
        index: units.length,
        id,
        level,
        parentId: parentId !== undefined && parentId !== id ? parentId : undefined,
        name,
        exclusive: exclusive(feature),
        geometry: feature.geometry,
      };
      units.push(unit);
      byId.set(id, unit);
      for (const ring of ringsOf(feature.geometry)) {
        for (const position of ring) {
          const lon = position[0] ?? 0;
          const lat = position[1] ?? 0;
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
    }
    for (const unit of units) {
      if (unit.parentId === undefined || !byId.has(unit.parentId)) continue;
      const list = children.get(unit.parentId);
      if (list) list.push(unit);
      else children.set(unit.parentId, [unit]);
    }
    this.units = units;
    this.byId = byId;
    this.children = children;
    if (units.length === 0) [minLon, minLat, maxLon, maxLat] = [0, 0, 0, 0];
    this.#x0 = worldX(minLon);
    this.#y0 = worldY(maxLat);
    const w = worldX(maxLon) - this.#x0;
    const h = worldY(minLat) - this.#y0;
    this.#scale = BASE_SIZE / Math.max(w, h, 1e-12);
    this.width = Math.max(w * this.#scale, 1);
    this.height = Math.max(h * this.#scale, 1);
    this.#shapes = new Array<UnitShape | undefined>(units.length);
    const present = new Set(units.map((unit) => unit.level));
    const shown = SHOWN_LEVELS.filter((level) => present.has(level));
    this.levels = shown.length > 0 ? shown : present.has('district') ? ['district'] : [];
  }

  /** The geometry of a parsed layer. */
  static fromLayer(layer: GridLayer): MapGeometry {
    return new MapGeometry(layer);
  }

  /** The units of a level, ordinary ones first and those inside exclusive grids after. */
  unitsAt(level: MapLevel): readonly MapUnit[] {
    let list = this.#byLevel.get(level);
    if (!list) {
      const atLevel = this.units.filter((unit) => unit.level === level);
      list = [...atLevel.filter((u) => !u.exclusive), ...atLevel.filter((u) => u.exclusive)];
      this.#byLevel.set(level, list);
    }
    return list;
  }

  /** A unit's shape in the base frame (projected on first use). */
  shape(unit: MapUnit): UnitShape {
    let shape = this.#shapes[unit.index];
    if (!shape) {
      shape = this.#project(unit.geometry);
      this.#shapes[unit.index] = shape;
    }
    return shape;
  }

  /**
   * The SVG path data of a level's units (in `unitsAt` order), with base-frame coordinates
   * multiplied by 10^`decimals` and rounded to integers: integers print faster and shorter than
   * decimals, and the group that holds the paths scales them back (see `pathScale`). Computed
   * once per level and precision; vertices that round to the previous one are dropped, so a
   * zoomed-out view carries fewer of them.
   */
  paths(level: MapLevel, decimals: number): readonly string[] {
    const key = `${level}/${decimals}`;
    let paths = this.#paths.get(key);
    if (!paths) {
      paths = this.unitsAt(level).map((unit) => this.path(unit, decimals));
      this.#paths.set(key, paths);
    }
    return paths;
  }

  /** The SVG path data of one unit, in units of 10^-`decimals` of the base frame. */
  path(unit: MapUnit, decimals: number): string {
    const { coords, starts } = this.shape(unit);
    const m = pathScale(decimals);
    let d = '';
    for (let r = 0; r + 1 < starts.length; r += 1) {
      const from = starts[r] ?? 0;
      const to = starts[r + 1] ?? 0;
      let ring = '';
      let kept = 0;
      let px = NaN;
      let py = NaN;
      for (let v = from; v < to; v += 1) {
        const x = Math.round((coords[2 * v] ?? 0) * m);
        const y = Math.round((coords[2 * v + 1] ?? 0) * m);
        if (x === px && y === py) continue;
        ring += `${kept === 0 ? 'M' : 'L'}${x} ${y}`;
        kept += 1;
        px = x;
        py = y;
      }
      // A ring that collapses to fewer than three points is below a pixel at this precision.
      if (kept >= 3) d += `${ring}Z`;
    }
    return d;
  }

  /** Base-frame point of a position in the layer's coordinate system. */
  toBase(lon: number, lat: number): [number, number] {
    return [(worldX(lon) - this.#x0) * this.#scale, (worldY(lat) - this.#y0) * this.#scale];
  }

  /** Position in the layer's coordinate system of a base-frame point. */
  toLonLat(x: number, y: number): [number, number] {
    return [lonOf(x / this.#scale + this.#x0), latOf(y / this.#scale + this.#y0)];
  }

  /** Base-frame point of a Web-Mercator world point. */
  worldToBase(wx: number, wy: number): [number, number] {
    return [(wx - this.#x0) * this.#scale, (wy - this.#y0) * this.#scale];
  }

  /** Web-Mercator world point of a base-frame point. */
  baseToWorld(x: number, y: number): [number, number] {
    return [x / this.#scale + this.#x0, y / this.#scale + this.#y0];
  }

  /** Base-frame units per Web-Mercator world unit. */
  get worldScale(): number {
    return this.#scale;
  }

  #project(geometry: AreaGeometry): UnitShape {
    const rings = ringsOf(geometry);
    let count = 0;
    for (const ring of rings) count += ring.length;
    const coords = new Float64Array(count * 2);
    const starts = new Uint32Array(rings.length + 1);
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let v = 0;
    rings.forEach((ring, r) => {
      starts[r] = v;
      for (const position of ring) {
        const [x, y] = this.toBase(position[0] ?? 0, position[1] ?? 0);
        coords[2 * v] = x;
        coords[2 * v + 1] = y;
        v += 1;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    });
    starts[rings.length] = v;
    return { coords, starts, box: [x0, y0, x1, y1] };
  }
}
