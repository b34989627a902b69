import type { Location } from '../schema/geo-point.js';
import type { CoordinateSystem } from '../schema/geo-point.js';
import { convertPosition } from './coordinate-system.js';
import {
  BANDED,
  UNIT,
  OUTSIDE,
  SLOT,
  SLOT_ITEMS,
  colIn,
  rowIn,
  type BucketGrid,
} from './grid-index-layout.js';
import { packUnits, buildBands, cellCandidates } from './grid-index-build.js';
import type { GridLayer } from './grid-layer.js';
import type { LocateInside, LocateOutside, LocateResult } from './locate-result.js';
import { parseGridLayer } from './parse-grid-layer.js';
import type { ParseResult } from '../validation/parse-result.js';

/**
 * Options of {@link GridIndex}.
 *
 * @example
 * ```ts
 * import type { GridIndexOptions } from '@wangge/core';
 * const options: GridIndexOptions = { toleranceMetres: 100 };
 * ```
 */
export interface GridIndexOptions {
  /** How far outside the layer the nearest unit is still reported (default 50 m). */
  readonly toleranceMetres?: number;
  /** Bucket cells per unit: more cells answer more points without a polygon test (default 4). */
  readonly cellsPerUnit?: number;
}

const METRES_PER_DEGREE = 111_320;
const ON_BOUNDARY_METRES = 1e-6;

const INVALID_POSITION: LocateResult = Object.freeze({
  status: 'invalid',
  issue: Object.freeze({
    code: 'invalid_position',
    path: Object.freeze([]),
    expected: Object.freeze({
      'zh-CN': '经度 −180…180、纬度 −90…90 的有限数值',
      en: 'finite numbers, longitude −180…180 and latitude −90…90',
    }),
    message: Object.freeze({
      'zh-CN': '坐标无效：经纬度必须是有限数值且在取值范围内。',
      en: 'Invalid position: longitude and latitude must be finite numbers within range.',
    }),
  }),
});

/**
 * Which grid holds a point (网格定位): a static index over a grid layer that answers in a few
 * hundred nanoseconds, for a district's 2,568 micro-grids as for a city's 100,000 grids.
 *
 * **The rule.** Only the finest units of the layer (those without children, usually micro-grids)
 * are indexed. Units inside an exclusive grid (专属网格) come first, then the others, each group
 * in layer order; a point belongs to the first unit that contains it. Containment is the even-odd
 * crossing test with the half-open convention (an edge owns the points of its lower end and those
 * to its left), so that a point exactly on a border shared by two units, or on a shared vertex,
 * belongs to exactly one of them, whichever way the rings are wound. A point on the outer
 * boundary of the layer (within a micrometre) belongs to the unit whose edge it lies on.
 *
 * **How.** A uniform bucket grid covers the layer: a cell that no edge touches is answered at
 * build time; the other cells keep their candidate units in priority order. Each cell is one
 * 16-byte slot (its state and first candidates), and each unit's vertices are adjacent in one
 * interleaved `Float64Array`, so a point costs about one memory access for its cell and one per
 * candidate tested. Units with many edges (district borders) are tested with only the edges of
 * the point's row band.
 *
 * @example
 * ```ts
 * import { GridIndex, type GridLayer } from '@wangge/core';
 * declare const layer: GridLayer; // e.g. parsed with parseGridLayer
 * const index = GridIndex.fromLayer(layer);
 * const result = index.locate({
 *   point: { type: 'Point', coordinates: [112.5705, 37.8652] },
 *   coordinateSystem: 'WGS84',
 * });
 * if (result.status === 'inside') console.log(result.gridId, result.microGridId, result.chain);
 * ```
 */
export class GridIndex {
  /** The coordinate system of the layer; points in another system are converted first. */
  readonly coordinateSystem: CoordinateSystem;
  /** How many units the index holds (the finest units of the layer). */
  readonly size: number;

  private readonly layer: GridLayer;
  private readonly leafFeature: Uint32Array;
  private readonly parentOf: Int32Array;
  private readonly results: (LocateInside | undefined)[];
  /**
   * Vertices, x and y adjacent, unit after unit; every ring explicitly closed, so an edge is
   * "vertex v to vertex v+1". Rings of one unit are separated by a NaN vertex: an edge that
   * touches it gives NaN as its crossing abscissa, and `x < NaN` is false, so it never counts.
   */
  private readonly coords: Float64Array;
  /** Per unit: its first vertex; the unit's vertices end where the next unit's start. */
  private readonly vertexStart: Uint32Array;
  /** Per banded unit: where its row-band slots start, minus its first row (slot = offset + row). */
  private readonly slotOffset: Int32Array;
  private readonly rowStart: Uint32Array;
  /** The edges (their first vertex) of each row-band slot. */
  private readonly rowEdges: Uint32Array;
  private readonly x0: number;
  private readonly y0: number;
  private readonly x1: number;
  private readonly y1: number;
  private readonly nx: number;
  private readonly ny: number;
  /**
   * Per cell, a slot of four words. The first: the unit (≥ 0) or outside (-1) for a settled cell,
   * else -(n + 2) for n candidates. Then the candidates in priority order (the unit, with the top
   * bit when it covers the cell and the next bit when it is banded): all of them when n ≤ 3, else
   * the first two and, in the last word, where the others start in `more`. One slot, one cache
   * line: the point's cell and its first candidates come in a single memory access.
   */
  private readonly cells: Int32Array;
  /** The candidates of the cells with more than three, after their first two. */
  private readonly more: Int32Array;
  private readonly toleranceMetres: number;
  /** The bucket grid, mapped exactly as during the build (see `colIn`, `rowIn`). */
  private readonly grid: BucketGrid;

  private constructor(layer: GridLayer, options: GridIndexOptions) {
    this.layer = layer;
    this.coordinateSystem = layer.coordinateSystem;
    this.toleranceMetres = options.toleranceMetres ?? 50;
    const features = layer.features;
    const featureCount = features.length;
    const byId = new Map<string, number>();
    features.forEach((feature, i) => {
      if (!byId.has(feature.properties.id)) byId.set(feature.properties.id, i);
    });
    const parentOf = new Int32Array(featureCount).fill(-1);
    const hasChildren = new Uint8Array(featureCount);
    // Read once here, so that the walk up the ancestors below stays in typed arrays rather than
    // chasing feature objects scattered over the heap.
    const exclusiveKind = new Uint8Array(featureCount);
    features.forEach((feature, i) => {
      if (feature.properties.kind === 'exclusive') exclusiveKind[i] = 1;
      const parent = feature.properties.parentId;
      const p = parent === undefined ? undefined : byId.get(parent);
      if (p !== undefined && p !== i) {
        parentOf[i] = p;
        hasChildren[p] = 1;
      }
    });
    this.parentOf = parentOf;

    // The finest units, exclusive ones first: a unit's index is its priority.
    const exclusive = new Uint8Array(featureCount);
    for (let i = 0; i < featureCount; i += 1) {
      let f = i;
      for (let depth = 0; f >= 0 && depth < 16; depth += 1) {
        if (exclusiveKind[f]) {
          exclusive[i] = 1;
          break;
        }
        f = parentOf[f] ?? -1;
      }
    }
    let count = 0;
    for (let i = 0; i < featureCount; i += 1) if (!hasChildren[i]) count += 1;
    const order = new Uint32Array(count);
    let next = 0;
    for (const wanted of [1, 0]) {
      for (let i = 0; i < featureCount; i += 1)
        if (!hasChildren[i] && exclusive[i] === wanted) order[(next += 1) - 1] = i;
    }
    this.size = count;
    this.leafFeature = order;
    this.results = new Array<LocateInside | undefined>(count);

    // Interleaved vertices: a closing vertex where a ring lacks one, a NaN between rings.
    const { coords, vertexStart, boxes } = packUnits(features, order);
    this.coords = coords;
    this.vertexStart = vertexStart;

    // The bucket grid over the layer's extent.
    let gx0 = Infinity;
    let gy0 = Infinity;
    let gx1 = -Infinity;
    let gy1 = -Infinity;
    for (let l = 0; l < count; l += 1) {
      gx0 = Math.min(gx0, boxes[l * 4] ?? Infinity);
      gy0 = Math.min(gy0, boxes[l * 4 + 1] ?? Infinity);
      gx1 = Math.max(gx1, boxes[l * 4 + 2] ?? -Infinity);
      gy1 = Math.max(gy1, boxes[l * 4 + 3] ?? -Infinity);
    }
    if (count === 0) {
      gx0 = gy0 = 0;
      gx1 = gy1 = 1;
    }
    const width = Math.max(gx1 - gx0, 1e-9);
    const height = Math.max(gy1 - gy0, 1e-9);
    const cells = Math.min(Math.max(1, Math.ceil(count * (options.cellsPerUnit ?? 4))), 1 << 23);
    const nx = Math.max(1, Math.round(Math.sqrt((cells * width) / height)));
    const ny = Math.max(1, Math.ceil(cells / nx));
    const grid: BucketGrid = {
      x0: gx0,
      y0: gy0,
      nx,
      ny,
      invW: nx / width,
      invH: ny / height,
      cellW: width / nx,
      cellH: height / ny,
    };
    this.grid = grid;
    this.x0 = gx0;
    this.y0 = gy0;
    this.x1 = gx1;
    this.y1 = gy1;
    this.nx = nx;
    this.ny = ny;

    const bands = buildBands(grid, coords, vertexStart, boxes);
    this.slotOffset = bands.slotOffset;
    this.rowStart = bands.rowStart;
    this.rowEdges = bands.rowEdges;
    const { cells: slots, more } = cellCandidates(
      grid,
      coords,
      vertexStart,
      boxes,
      bands.banded,
      (item, x, y, row) => this.contains(item, x, y, row),
    );
    this.cells = slots;
    this.more = more;
  }

  /**
   * Reads a grid layer from untrusted GeoJSON (see `parseGridLayer`) and builds its index. Never
   * throws: malformed GeoJSON, NaN or out-of-range coordinates and an empty layer come back as
   * typed issues in zh-CN and en.
   */
  static build(input: unknown, options: GridIndexOptions = {}): ParseResult<GridIndex> {
    const layer = parseGridLayer(input);
    if (!layer.success) return layer;
    return { success: true, data: new GridIndex(layer.data, options) };
  }

  /**
   * Builds the index of a parsed grid layer (see `parseGridLayer`). Never throws on a parsed
   * layer; an empty one gives an index where every point is outside.
   */
  static fromLayer(layer: GridLayer, options: GridIndexOptions = {}): GridIndex {
    return new GridIndex(layer, options);
  }

  /**
   * The index of the unit holding a point given in the layer's coordinate system, or `-1` when
   * no unit holds it. The fastest way in: no conversion, no allocation. `unitAt` turns the
   * number into a result.
   */
  indexOf(lon: number, lat: number): number {
    if (!(lon >= this.x0 && lon <= this.x1 && lat >= this.y0 && lat <= this.y1)) return OUTSIDE;
    const iy = this.rowOf(lat);
    const cells = this.cells;
    const base = (iy * this.nx + this.colOf(lon)) * SLOT;
    const info = cells[base] ?? OUTSIDE;
    if (info >= OUTSIDE) return info;
    const n = -info - 2;
    // A covering candidate has the top bit, so it reads as negative.
    const inline = n > SLOT_ITEMS ? SLOT_ITEMS - 1 : n;
    for (let k = base + 1; k <= base + inline; k += 1) {
      const item = cells[k] ?? 0;
      if (item < 0 || this.contains(item, lon, lat, iy)) return item & UNIT;
    }
    if (n > SLOT_ITEMS) {
      const more = this.more;
      const from = cells[base + SLOT_ITEMS] ?? 0;
      for (let k = from, end = from + n - inline; k < end; k += 1) {
        const item = more[k] ?? 0;
        if (item < 0 || this.contains(item, lon, lat, iy)) return item & UNIT;
      }
    }
    return OUTSIDE;
  }

  /** The memory held by the index's typed arrays, in bytes (the results' strings not counted). */
  get byteLength(): number {
    return [
      this.leafFeature,
      this.parentOf,
      this.coords,
      this.vertexStart,
      this.slotOffset,
      this.rowStart,
      this.rowEdges,
      this.cells,
      this.more,
    ].reduce((sum, array) => sum + array.byteLength, 0);
  }

  /** The shared result of the unit at an index returned by `indexOf` or `locateAll`. */
  unitAt(index: number): LocateInside | undefined {
    if (index < 0 || index >= this.size) return undefined;
    let result = this.results[index];
    if (!result) {
      result = insideResult(this.layer, this.leafFeature[index] ?? 0, this.parentOf);
      this.results[index] = result;
    }
    return result;
  }

  /**
   * Locates a position given in the layer's coordinate system: the unit holding it, or
   * `outside` with the nearest unit within the tolerance, or `invalid` for NaN or out-of-range
   * input.
   */
  locatePosition(lon: number, lat: number): LocateResult {
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return INVALID_POSITION;
    const index = this.indexOf(lon, lat);
    if (index >= 0) return this.unitAt(index) ?? outside(undefined);
    return this.nearest(lon, lat);
  }

  /** Locates a point in any coordinate system: it is converted to the layer's first. */
  locate(location: Location): LocateResult {
    const [lon, lat] = location.point.coordinates;
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return INVALID_POSITION;
    if (location.coordinateSystem === this.coordinateSystem) return this.locatePosition(lon, lat);
    const [x, y] = convertPosition([lon, lat], location.coordinateSystem, this.coordinateSystem);
    return this.locatePosition(x, y);
  }

  /**
   * Locates many positions (in the layer's coordinate system) at once: for each, the index of
   * its unit (see `unitAt`) or `-1`.
   */
  locateAll(lons: ArrayLike<number>, lats: ArrayLike<number>): Int32Array {
    const out = new Int32Array(Math.min(lons.length, lats.length));
    for (let i = 0; i < out.length; i += 1) out[i] = this.indexOf(lons[i] ?? NaN, lats[i] ?? NaN);
    return out;
  }

  private colOf(x: number): number {
    return colIn(this.grid, x);
  }

  private rowOf(y: number): number {
    return rowIn(this.grid, y);
  }

  // Even-odd crossing test of a candidate (a unit, with its banded bit): over all its edges, or
  // for a banded unit over those of this row band only.
  private contains(item: number, x: number, y: number, row: number): boolean {
    const coords = this.coords;
    let inside = false;
    if (item & BANDED) {
      const slot = (this.slotOffset[item & UNIT] ?? 0) + row;
      const edges = this.rowEdges;
      for (let k = this.rowStart[slot] ?? 0, end = this.rowStart[slot + 1] ?? 0; k < end; k += 1) {
        const e = 2 * (edges[k] ?? 0);
        const ya = coords[e + 1] ?? 0;
        const yb = coords[e + 3] ?? 0;
        if (ya > y !== yb > y) {
          const xa = coords[e] ?? 0;
          if (x < (((coords[e + 2] ?? 0) - xa) * (y - ya)) / (yb - ya) + xa) inside = !inside;
        }
      }
      return inside;
    }
    const end = 2 * (this.vertexStart[item + 1] ?? 0) - 2;
    let k = 2 * (this.vertexStart[item] ?? 0);
    let xa = coords[k] ?? 0;
    let ya = coords[k + 1] ?? 0;
    for (; k < end; k += 2) {
      const xb = coords[k + 2] ?? 0;
      const yb = coords[k + 3] ?? 0;
      if (ya > y !== yb > y && x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) inside = !inside;
      xa = xb;
      ya = yb;
    }
    return inside;
  }

  private nearest(lon: number, lat: number): LocateResult {
    const tolerance = this.toleranceMetres;
    const cos = Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
    const dLon = tolerance / (METRES_PER_DEGREE * cos);
    const dLat = tolerance / METRES_PER_DEGREE;
    if (
      lon + dLon < this.x0 ||
      lon - dLon > this.x1 ||
      lat + dLat < this.y0 ||
      lat - dLat > this.y1
    ) {
      return outside(undefined);
    }
    let best = Infinity;
    let bestLeaf = -1;
    // Units whose box comes within the tolerance; few near any one point, so a scan of the
    // candidate cells' units would not pay for its bookkeeping.
    const seen = new Set<number>();
    for (let iy = this.rowOf(lat - dLat); iy <= this.rowOf(lat + dLat); iy += 1) {
      for (let ix = this.colOf(lon - dLon); ix <= this.colOf(lon + dLon); ix += 1) {
        const list = this.candidatesOf(iy * this.nx + ix);
        for (const l of list) {
          if (seen.has(l)) continue;
          seen.add(l);
          if (!this.boxNear(l, lon, lat, dLon, dLat)) continue;
          const d = this.distanceMetres(l, lon, lat, cos);
          if (d < best) {
            best = d;
            bestLeaf = l;
          }
        }
      }
    }
    if (bestLeaf < 0 || best > tolerance) return outside(undefined);
    // On the outer boundary itself (within a micrometre of rounding): the half-open rule left the
    // point out, and the unit whose edge it lies on owns it.
    if (best <= ON_BOUNDARY_METRES) return this.unitAt(bestLeaf) ?? outside(undefined);
    return outside({ unitId: this.unitAt(bestLeaf)?.unitId ?? '', distanceMetres: best });
  }

  // The units of a cell: its settled unit, or its candidates.
  private candidatesOf(cell: number): number[] {
    const base = cell * SLOT;
    const info = this.cells[base] ?? OUTSIDE;
    if (info >= 0) return [info];
    const list: number[] = [];
    const n = -info - 2;
    for (let k = 0; k < n; k += 1) {
      const item =
        n <= SLOT_ITEMS || k < SLOT_ITEMS - 1
          ? (this.cells[base + 1 + k] ?? 0)
          : (this.more[(this.cells[base + SLOT_ITEMS] ?? 0) + k - (SLOT_ITEMS - 1)] ?? 0);
      list.push(item & UNIT);
    }
    return list;
  }

  // Whether the unit's box comes within (dLon, dLat) of the point. The box is not kept (it would
  // cost 32 bytes per unit for the rare point outside): it is read off the vertices, whose NaN
  // separators fail every comparison and so are skipped.
  private boxNear(l: number, lon: number, lat: number, dLon: number, dLat: number): boolean {
    const coords = this.coords;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let k = 2 * (this.vertexStart[l] ?? 0); k < 2 * (this.vertexStart[l + 1] ?? 0); k += 2) {
      const x = coords[k] ?? 0;
      const y = coords[k + 1] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return !(lon + dLon < minX || lon - dLon > maxX || lat + dLat < minY || lat - dLat > maxY);
  }

  private distanceMetres(l: number, lon: number, lat: number, cos: number): number {
    let best = Infinity;
    const coords = this.coords;
    // An edge touching a ring separator gives NaN, which never compares below `best`.
    for (
      let e = 2 * (this.vertexStart[l] ?? 0);
      e < 2 * (this.vertexStart[l + 1] ?? 0) - 2;
      e += 2
    ) {
      // Local equirectangular metres: exact enough within a tolerance of metres to kilometres.
      const ax = ((coords[e] ?? 0) - lon) * cos * METRES_PER_DEGREE;
      const ay = ((coords[e + 1] ?? 0) - lat) * METRES_PER_DEGREE;
      const bx = ((coords[e + 2] ?? 0) - lon) * cos * METRES_PER_DEGREE;
      const by = ((coords[e + 3] ?? 0) - lat) * METRES_PER_DEGREE;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t =
        lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d = Math.sqrt(px * px + py * py);
      if (d < best) best = d;
    }
    return best;
  }
}

function outside(nearest: LocateOutside['nearest']): LocateOutside {
  return { status: 'outside', nearest };
}

function insideResult(layer: GridLayer, index: number, parentOf: Int32Array): LocateInside {
  const chain: string[] = [];
  const levels: string[] = [];
  for (let f = index; f >= 0 && chain.length < 16; f = parentOf[f] ?? -1) {
    const feature = layer.features[f];
    if (!feature || chain.includes(feature.properties.id)) break;
    chain.push(feature.properties.id);
    levels.push(feature.properties.level);
  }
  const at = (level: string) => {
    const i = levels.indexOf(level);
    return i < 0 ? undefined : chain[i];
  };
  return Object.freeze({
    status: 'inside',
    unitId: chain[0] ?? '',
    level: levels[0] ?? '',
    gridId: at('grid'),
    microGridId: at('micro-grid'),
    chain: Object.freeze(chain),
  });
}
