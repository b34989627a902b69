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

/**
 * The units of a level projected into the base frame, packed in a few typed arrays rather than
 * a pair per unit (thousands of small typed arrays cost twice the projection itself). Unit `i`
 * is `units[i]` (`unitsAt` order); its rings are `unitRings[i]` to `unitRings[i + 1]`, ring `r`
 * has the vertices `rings[r]` to `rings[r + 1]`, vertex `v` is at `coords[2v]`, `coords[2v + 1]`,
 * and its box is `boxes[4i]` to `boxes[4i + 3]` (`x0, y0, x1, y1`).
 */
export interface LevelShapes {
  readonly units: readonly MapUnit[];
  readonly coords: Float64Array;
  readonly rings: Uint32Array;
  readonly unitRings: Uint32Array;
  readonly boxes: Float64Array;
}

/** Longest side of the layer in the base frame. About a CSS pixel per unit on a typical map. */
export const BASE_SIZE = 1024;

const DEG = Math.PI / 180;
/** Web-Mercator's latitude limit: the tiled world is a square. */
const MAX_LAT = 85.05112878;
const NO_AREA: AreaGeometry = { type: 'Polygon', coordinates: [] };

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
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
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
 * The SVG path data of unit `i` of a level, its coordinates multiplied by `m` and rounded:
 * an absolute move to the first vertex of each ring, then relative integer line-tos (exact, as
 * integers do not drift, and about a third shorter to print and to parse than absolute ones).
 * A vertex that rounds to the previous one is dropped, and so is the closing vertex that
 * repeats the first (`z` draws that side); a ring left with fewer than three vertices (its
 * closing one counted) is below a pixel at this precision, and is dropped whole.
 */
function pathOf(shapes: LevelShapes, i: number, m: number): string {
  const { coords, rings, unitRings } = shapes;
  const last = unitRings[i + 1] ?? 0;
  let d = '';
  for (let r = unitRings[i] ?? 0; r < last; r += 1) {
    const from = rings[r] ?? 0;
    const to = rings[r + 1] ?? 0;
    if (to <= from) continue;
    const fx = Math.round((coords[2 * from] ?? 0) * m);
    const fy = Math.round((coords[2 * from + 1] ?? 0) * m);
    let ring = `M${String(fx)} ${String(fy)}`;
    let kept = 1;
    let px = fx;
    let py = fy;
    for (let v = from + 1; v < to; v += 1) {
      const x = Math.round((coords[2 * v] ?? 0) * m);
      const y = Math.round((coords[2 * v + 1] ?? 0) * m);
      const dx = x - px;
      const dy = y - py;
      if (dx === 0 && dy === 0) continue;
      kept += 1;
      px = x;
      py = y;
      if (v === to - 1 && x === fx && y === fy) break;
      // A minus sign separates numbers by itself.
      ring += `${kept === 2 ? 'l' : dx < 0 ? '' : ' '}${String(dx)}${dy < 0 ? '' : ' '}${String(dy)}`;
    }
    if (kept >= 3) d += `${ring}z`;
  }
  return d;
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
  readonly #levelShapes = new Map<MapLevel, LevelShapes>();
  /** Each unit's position in `unitsAt(unit.level)`, once that list is made. */
  readonly #positions: Uint32Array;
  readonly #shapes: (UnitShape | undefined)[];
  readonly #paths = new Map<string, readonly string[]>();

  private constructor(layer: GridLayer) {
    this.coordinateSystem = layer.coordinateSystem;
    const features = layer.features;
    this.size = features.length;
    // The first feature of each id is its unit (as in the grid index).
    const firsts: GridFeature[] = [];
    const indexOf = new Map<string, number>();
    for (const feature of features) {
      const id = feature.properties.id;
      if (indexOf.has(id)) continue;
      indexOf.set(id, firsts.length);
      firsts.push(feature);
    }
    const parentOf = new Int32Array(firsts.length);
    const ownExclusive = new Uint8Array(firsts.length);
    firsts.forEach((feature, i) => {
      const { parentId, kind } = feature.properties;
      parentOf[i] = parentId === undefined ? -1 : (indexOf.get(parentId) ?? -1);
      ownExclusive[i] = kind === 'exclusive' ? 1 : 0;
    });
    // Exclusive itself or below an exclusive unit, looking at most 8 up: a malformed layer
    // could link parents in a cycle.
    const exclusive = (i: number): boolean => {
      for (let f = i, depth = 0; f >= 0 && depth < 8; f = parentOf[f] ?? -1, depth += 1) {
        if (ownExclusive[f] === 1) return true;
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
    for (let i = 0; i < firsts.length; i += 1) {
      const feature = firsts[i];
      if (!feature) continue;
      const { id, level, parentId, name } = feature.properties;
      const unit: MapUnit = {
        index: units.length,
        id,
        level,
        parentId: parentId !== undefined && parentId !== id ? parentId : undefined,
        name,
        exclusive: exclusive(i),
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
    this.#positions = new Uint32Array(units.length);
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
      list.forEach((unit, i) => {
        this.#positions[unit.index] = i;
      });
      this.#byLevel.set(level, list);
    }
    return list;
  }

  /** The units of a level projected into the base frame (on first use, the whole level). */
  shapesAt(level: MapLevel): LevelShapes {
    let shapes = this.#levelShapes.get(level);
    if (!shapes) {
      shapes = this.#project(this.unitsAt(level));
      this.#levelShapes.set(level, shapes);
    }
    return shapes;
  }

  /** A unit's shape in the base frame (its level is projected on first use). */
  shape(unit: MapUnit): UnitShape {
    let shape = this.#shapes[unit.index];
    if (!shape) {
      const shapes = this.shapesAt(unit.level);
      const i = this.#positions[unit.index] ?? 0;
      const { coords, rings, unitRings, boxes } = shapes;
      const r0 = unitRings[i] ?? 0;
      const r1 = unitRings[i + 1] ?? 0;
      const v0 = rings[r0] ?? 0;
      const starts = rings.slice(r0, r1 + 1).map((v) => v - v0);
      shape = {
        coords: coords.slice(2 * v0, 2 * (rings[r1] ?? v0)),
        starts,
        box: [
          boxes[4 * i] ?? 0,
          boxes[4 * i + 1] ?? 0,
          boxes[4 * i + 2] ?? 0,
          boxes[4 * i + 3] ?? 0,
        ],
      };
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
    const key = `${level}/${String(decimals)}`;
    let paths = this.#paths.get(key);
    if (!paths) {
      const shapes = this.shapesAt(level);
      const m = pathScale(decimals);
      const list = new Array<string>(shapes.units.length);
      for (let i = 0; i < list.length; i += 1) list[i] = pathOf(shapes, i, m);
      paths = list;
      this.#paths.set(key, paths);
    }
    return paths;
  }

  /** The SVG path data of one unit, in units of 10^-`decimals` of the base frame. */
  path(unit: MapUnit, decimals: number): string {
    const shapes = this.shapesAt(unit.level);
    return pathOf(shapes, this.#positions[unit.index] ?? 0, pathScale(decimals));
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

  #project(units: readonly MapUnit[]): LevelShapes {
    let vertexCount = 0;
    let ringCount = 0;
    for (const unit of units) {
      for (const ring of ringsOf(unit.geometry)) {
        vertexCount += ring.length;
        ringCount += 1;
      }
    }
    const coords = new Float64Array(vertexCount * 2);
    const rings = new Uint32Array(ringCount + 1);
    const unitRings = new Uint32Array(units.length + 1);
    const boxes = new Float64Array(units.length * 4);
    // toBase and worldY, inlined: a closure call and a pair allocated per vertex cost more
    // than the arithmetic.
    const x0 = this.#x0;
    const y0 = this.#y0;
    const scale = this.#scale;
    let v = 0;
    let r = 0;
    for (let i = 0; i < units.length; i += 1) {
      unitRings[i] = r;
      let bx0 = Infinity;
      let by0 = Infinity;
      let bx1 = -Infinity;
      let by1 = -Infinity;
      for (const ring of ringsOf(units[i]?.geometry ?? NO_AREA)) {
        rings[r] = v;
        r += 1;
        for (const position of ring) {
          const lon = position[0] ?? 0;
          const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, position[1] ?? 0));
          const x = ((lon + 180) / 360 - x0) * scale;
          const wy = 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / (2 * Math.PI);
          const y = (wy - y0) * scale;
          coords[2 * v] = x;
          coords[2 * v + 1] = y;
          v += 1;
          if (x < bx0) bx0 = x;
          if (x > bx1) bx1 = x;
          if (y < by0) by0 = y;
          if (y > by1) by1 = y;
        }
      }
      boxes[4 * i] = bx0;
      boxes[4 * i + 1] = by0;
      boxes[4 * i + 2] = bx1;
      boxes[4 * i + 3] = by1;
    }
    rings[r] = v;
    unitRings[units.length] = r;
    return { units, coords, rings, unitRings, boxes };
  }
}
