import type { Location } from '../schema/geo-point.js';
import type { CoordinateSystem } from '../schema/geo-point.js';
import { convertPosition } from './coordinate-system.js';
import type { AreaGeometry, GridLayer, Position } from './grid-layer.js';
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
// The top bit of a candidate: this unit covers the whole cell, no test needed.
const COVERS = 0x80000000;
const OUTSIDE = -1;
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
 * **How.** Vertices live in flat `Float64Array`s. A uniform bucket grid covers the layer: a cell
 * that no edge touches is answered at build time (most points need no polygon test at all); for
 * the other cells, the candidate units are tested with only the edges of the point's row band.
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
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly boxes: Float64Array;
  /** Per unit: where its row-band slots start, minus its first row (slot = offset + row). */
  private readonly slotOffset: Int32Array;
  private readonly slotRow0: Int32Array;
  private readonly slotRow1: Int32Array;
  private readonly rowStart: Uint32Array;
  private readonly rowEdges: Uint32Array;
  private readonly x0: number;
  private readonly y0: number;
  private readonly x1: number;
  private readonly y1: number;
  private readonly nx: number;
  private readonly ny: number;
  private readonly invW: number;
  private readonly invH: number;
  /** Per cell: the unit (≥ 0) or outside (-1) for a settled cell, else -(start + 2) in `items`. */
  private readonly cellInfo: Int32Array;
  /** For each unsettled cell: a count, then its candidates in priority order (top bit: covers the cell). */
  private readonly items: Uint32Array;
  private readonly toleranceMetres: number;

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
    features.forEach((feature, i) => {
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
        if (features[f]?.properties.kind === 'exclusive') {
          exclusive[i] = 1;
          break;
        }
        f = parentOf[f] ?? -1;
      }
    }
    const order: number[] = [];
    for (const wanted of [1, 0]) {
      for (let i = 0; i < featureCount; i += 1)
        if (!hasChildren[i] && exclusive[i] === wanted) order.push(i);
    }
    const count = order.length;
    this.size = count;
    this.leafFeature = Uint32Array.from(order);
    this.results = new Array<LocateInside | undefined>(count);

    // Flat vertex arrays; every ring explicitly closed, so an edge is "vertex e to vertex e+1".
    let vertexCount = 0;
    for (const f of order) {
      forEachRing(features[f]?.geometry, (ring) => {
        vertexCount += ring.length + 1;
      });
    }
    const xs = new Float64Array(vertexCount);
    const ys = new Float64Array(vertexCount);
    const isEdge = new Uint8Array(vertexCount);
    const boxes = new Float64Array(count * 4);
    const leafVertexStart = new Uint32Array(count + 1);
    let v = 0;
    for (let l = 0; l < count; l += 1) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      leafVertexStart[l] = v;
      forEachRing(features[order[l] ?? 0]?.geometry, (ring) => {
        const first = v;
        for (const position of ring) {
          const x = position[0];
          const y = position[1];
          xs[v] = x;
          ys[v] = y;
          v += 1;
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
        if (xs[v - 1] !== xs[first] || ys[v - 1] !== ys[first]) {
          xs[v] = xs[first] ?? 0;
          ys[v] = ys[first] ?? 0;
          v += 1;
        }
        isEdge.fill(1, first, v - 1);
      });
      boxes[l * 4] = minX;
      boxes[l * 4 + 1] = minY;
      boxes[l * 4 + 2] = maxX;
      boxes[l * 4 + 3] = maxY;
    }
    leafVertexStart[count] = v;
    this.xs = xs;
    this.ys = ys;
    this.boxes = boxes;

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
    this.x0 = gx0;
    this.y0 = gy0;
    this.x1 = gx1;
    this.y1 = gy1;
    this.nx = nx;
    this.ny = ny;
    this.invW = nx / width;
    this.invH = ny / height;

    // Row bands: for every unit, the edges that cross each row of the bucket grid it spans.
    const slotOffset = new Int32Array(count);
    const slotRow0 = new Int32Array(count);
    const slotRow1 = new Int32Array(count);
    let slots = 0;
    for (let l = 0; l < count; l += 1) {
      const r0 = this.rowOf(boxes[l * 4 + 1] ?? 0);
      const r1 = this.rowOf(boxes[l * 4 + 3] ?? 0);
      slotRow0[l] = r0;
      slotRow1[l] = r1;
      slotOffset[l] = slots - r0;
      slots += r1 - r0 + 1;
    }
    const rowStart = new Uint32Array(slots + 1);
    const eachEdgeRow = (visit: (slot: number, e: number) => void) => {
      for (let l = 0; l < count; l += 1) {
        const offset = slotOffset[l] ?? 0;
        for (let e = leafVertexStart[l] ?? 0; e < (leafVertexStart[l + 1] ?? 0); e += 1) {
          if (!isEdge[e]) continue;
          const ya = ys[e] ?? 0;
          const yb = ys[e + 1] ?? 0;
          const a = this.rowOf(ya < yb ? ya : yb);
          const b = this.rowOf(ya < yb ? yb : ya);
          for (let r = a; r <= b; r += 1) visit(offset + r, e);
        }
      }
    };
    eachEdgeRow((slot) => {
      rowStart[slot + 1] = (rowStart[slot + 1] ?? 0) + 1;
    });
    for (let s = 0; s < slots; s += 1)
      rowStart[s + 1] = (rowStart[s + 1] ?? 0) + (rowStart[s] ?? 0);
    const rowEdges = new Uint32Array(rowStart[slots] ?? 0);
    const fill = rowStart.slice(0, slots);
    eachEdgeRow((slot, e) => {
      rowEdges[fill[slot] ?? 0] = e;
      fill[slot] = (fill[slot] ?? 0) + 1;
    });
    this.slotOffset = slotOffset;
    this.slotRow0 = slotRow0;
    this.slotRow1 = slotRow1;
    this.rowStart = rowStart;
    this.rowEdges = rowEdges;

    // Which cells each unit really meets: those its edges touch (boundary), and those whose
    // centre it contains while none of its edges touch them (covered whole).
    const cellCount = nx * ny;
    const touched = new Uint8Array(cellCount);
    const stamp = new Int32Array(cellCount).fill(-1);
    const cellW = width / nx;
    const cellH = height / ny;
    let pairCells = new Uint32Array(Math.max(16, count * 8));
    let pairItems = new Uint32Array(pairCells.length);
    let pairs = 0;
    const push = (cell: number, item: number) => {
      if (pairs === pairCells.length) {
        const grow = (a: Uint32Array) => {
          const b = new Uint32Array(a.length * 2);
          b.set(a);
          return b;
        };
        pairCells = grow(pairCells);
        pairItems = grow(pairItems);
      }
      pairCells[pairs] = cell;
      pairItems[pairs] = item;
      pairs += 1;
    };
    for (let l = 0; l < count; l += 1) {
      for (let e = leafVertexStart[l] ?? 0; e < (leafVertexStart[l + 1] ?? 0); e += 1) {
        if (!isEdge[e]) continue;
        const ix0 = this.colOf(Math.min(xs[e] ?? 0, xs[e + 1] ?? 0));
        const ix1 = this.colOf(Math.max(xs[e] ?? 0, xs[e + 1] ?? 0));
        const iy0 = this.rowOf(Math.min(ys[e] ?? 0, ys[e + 1] ?? 0));
        const iy1 = this.rowOf(Math.max(ys[e] ?? 0, ys[e + 1] ?? 0));
        for (let iy = iy0; iy <= iy1; iy += 1) {
          for (let ix = ix0; ix <= ix1; ix += 1) {
            const cell = iy * nx + ix;
            touched[cell] = 1;
            if (stamp[cell] !== l) {
              stamp[cell] = l;
              push(cell, l);
            }
          }
        }
      }
      const cx0 = this.colOf(boxes[l * 4] ?? 0);
      const cy0 = this.rowOf(boxes[l * 4 + 1] ?? 0);
      const cx1 = this.colOf(boxes[l * 4 + 2] ?? 0);
      const cy1 = this.rowOf(boxes[l * 4 + 3] ?? 0);
      for (let iy = cy0; iy <= cy1; iy += 1) {
        for (let ix = cx0; ix <= cx1; ix += 1) {
          const cell = iy * nx + ix;
          if (stamp[cell] === l) continue;
          if (this.contains(l, gx0 + (ix + 0.5) * cellW, gy0 + (iy + 0.5) * cellH, iy)) {
            push(cell, (l | COVERS) >>> 0);
          }
        }
      }
    }

    // Counting sort of the (cell, unit) pairs by cell; units stay in priority order.
    const cellCountOf = new Uint32Array(cellCount + 1);
    for (let k = 0; k < pairs; k += 1) {
      const cell = pairCells[k] ?? 0;
      cellCountOf[cell + 1] = (cellCountOf[cell + 1] ?? 0) + 1;
    }
    for (let c = 0; c < cellCount; c += 1)
      cellCountOf[c + 1] = (cellCountOf[c + 1] ?? 0) + (cellCountOf[c] ?? 0);
    const sorted = new Uint32Array(pairs);
    const cursor = cellCountOf.slice(0, cellCount);
    for (let k = 0; k < pairs; k += 1) {
      const cell = pairCells[k] ?? 0;
      sorted[cursor[cell] ?? 0] = pairItems[k] ?? 0;
      cursor[cell] = (cursor[cell] ?? 0) + 1;
    }

    // A cell no edge touches is settled: its first covering unit, or outside. The others keep
    // their candidates, up to and including the first unit that covers the cell whole.
    const cellInfo = new Int32Array(cellCount);
    let itemCount = 0;
    for (let c = 0; c < cellCount; c += 1) {
      if (touched[c]) itemCount += 1 + (cellCountOf[c + 1] ?? 0) - (cellCountOf[c] ?? 0);
    }
    const items = new Uint32Array(itemCount);
    let at = 0;
    for (let c = 0; c < cellCount; c += 1) {
      const from = cellCountOf[c] ?? 0;
      const to = cellCountOf[c + 1] ?? 0;
      if (!touched[c]) {
        let owner = OUTSIDE;
        for (let k = from; k < to; k += 1) {
          const item = sorted[k] ?? 0;
          if (item & COVERS) {
            owner = item & ~COVERS;
            break;
          }
        }
        cellInfo[c] = owner;
        continue;
      }
      cellInfo[c] = -(at + 2);
      const head = at;
      at += 1;
      for (let k = from; k < to; k += 1) {
        const item = sorted[k] ?? 0;
        items[at] = item;
        at += 1;
        if (item & COVERS) break;
      }
      items[head] = at - head - 1;
    }
    this.cellInfo = cellInfo;
    this.items = items.subarray(0, at);
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
    const info = this.cellInfo[iy * this.nx + this.colOf(lon)] ?? OUTSIDE;
    if (info >= OUTSIDE) return info;
    const items = this.items;
    const head = -info - 2;
    const end = head + 1 + (items[head] ?? 0);
    for (let k = head + 1; k < end; k += 1) {
      const item = items[k] ?? 0;
      if (item & COVERS) return item & ~COVERS;
      if (this.contains(item, lon, lat, iy)) return item;
    }
    return OUTSIDE;
  }

  /** The memory held by the index's typed arrays, in bytes (the results' strings not counted). */
  get byteLength(): number {
    return [
      this.leafFeature,
      this.parentOf,
      this.xs,
      this.ys,
      this.boxes,
      this.slotOffset,
      this.slotRow0,
      this.slotRow1,
      this.rowStart,
      this.rowEdges,
      this.cellInfo,
      this.items,
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
    const c = Math.floor((x - this.x0) * this.invW);
    return c < 0 ? 0 : c >= this.nx ? this.nx - 1 : c;
  }

  private rowOf(y: number): number {
    const r = Math.floor((y - this.y0) * this.invH);
    return r < 0 ? 0 : r >= this.ny ? this.ny - 1 : r;
  }

  // Even-odd crossing test over the unit's edges in this row band only.
  private contains(l: number, x: number, y: number, row: number): boolean {
    const slot = (this.slotOffset[l] ?? 0) + row;
    const xs = this.xs;
    const ys = this.ys;
    const edges = this.rowEdges;
    let inside = false;
    for (let k = this.rowStart[slot] ?? 0, end = this.rowStart[slot + 1] ?? 0; k < end; k += 1) {
      const e = edges[k] ?? 0;
      const ya = ys[e] ?? 0;
      const yb = ys[e + 1] ?? 0;
      if (ya > y !== yb > y) {
        const xa = xs[e] ?? 0;
        if (x < (((xs[e + 1] ?? 0) - xa) * (y - ya)) / (yb - ya) + xa) inside = !inside;
      }
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
    const boxes = this.boxes;
    // Units whose box comes within the tolerance; few near any one point, so a scan of the
    // candidate cells' units would not pay for its bookkeeping.
    const seen = new Set<number>();
    for (let iy = this.rowOf(lat - dLat); iy <= this.rowOf(lat + dLat); iy += 1) {
      for (let ix = this.colOf(lon - dLon); ix <= this.colOf(lon + dLon); ix += 1) {
        const info = this.cellInfo[iy * this.nx + ix] ?? OUTSIDE;
        const list: number[] = [];
        if (info >= 0) list.push(info);
        else if (info < OUTSIDE) {
          const head = -info - 2;
          for (let k = head + 1; k <= head + (this.items[head] ?? 0); k += 1) {
            list.push((this.items[k] ?? 0) & ~COVERS);
          }
        }
        for (const l of list) {
          if (seen.has(l)) continue;
          seen.add(l);
          if (
            lon + dLon < (boxes[l * 4] ?? 0) ||
            lon - dLon > (boxes[l * 4 + 2] ?? 0) ||
            lat + dLat < (boxes[l * 4 + 1] ?? 0) ||
            lat - dLat > (boxes[l * 4 + 3] ?? 0)
          ) {
            continue;
          }
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

  private distanceMetres(l: number, lon: number, lat: number, cos: number): number {
    let best = Infinity;
    const xs = this.xs;
    const ys = this.ys;
    // Every edge of the unit appears in at least one of its row bands.
    const first = (this.slotOffset[l] ?? 0) + (this.slotRow0[l] ?? 0);
    const last = (this.slotOffset[l] ?? 0) + (this.slotRow1[l] ?? 0);
    for (let k = this.rowStart[first] ?? 0; k < (this.rowStart[last + 1] ?? 0); k += 1) {
      const e = this.rowEdges[k] ?? 0;
      // Local equirectangular metres: exact enough within a tolerance of metres to kilometres.
      const ax = ((xs[e] ?? 0) - lon) * cos * METRES_PER_DEGREE;
      const ay = ((ys[e] ?? 0) - lat) * METRES_PER_DEGREE;
      const bx = ((xs[e + 1] ?? 0) - lon) * cos * METRES_PER_DEGREE;
      const by = ((ys[e + 1] ?? 0) - lat) * METRES_PER_DEGREE;
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

function forEachRing(
  geometry: AreaGeometry | undefined,
  visit: (ring: readonly Position[]) => void,
): void {
  if (!geometry) return;
  if (geometry.type === 'Polygon') {
    for (const ring of geometry.coordinates) visit(ring);
  } else {
    for (const polygon of geometry.coordinates) for (const ring of polygon) visit(ring);
  }
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
