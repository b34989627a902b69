import type { AreaGeometry } from '../geo/grid-layer.js';

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;

/**
 * An equirectangular projection to metres around a grid's centre: `x` east, `y` north. Over a
 * grid a few kilometres across its scale is off by less than 0.1 % (the cosine of the latitude
 * changes by `tan φ · Δφ`: 0.04 % for 3 km at Taiyuan's 37.9° N), and it maps straight lines of
 * longitude and latitude to straight lines, so a point interpolated on a segment in degrees lies
 * on the projected segment.
 *
 * @internal
 */
export interface LocalProjection {
  readonly lon0: number;
  readonly lat0: number;
  /** Metres per degree of longitude and of latitude. */
  readonly kx: number;
  readonly ky: number;
}

/** The projection centred on a box. @internal */
export function projectionAround(
  west: number,
  south: number,
  east: number,
  north: number,
): LocalProjection {
  const lat0 = (south + north) / 2;
  return {
    lon0: (west + east) / 2,
    lat0,
    kx: METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180),
    ky: METRES_PER_DEGREE,
  };
}

/**
 * A grid's area in local metres, for the questions a patrol asks of it: is a point inside
 * (even-odd within each polygon, so holes are holes; the union over the polygons of a
 * MultiPolygon), where does a horizontal line run inside it, what part of a segment lies inside.
 * Edges are bucketed into horizontal bands, so each question reads only the edges at its height.
 *
 * @internal
 */
export class PlanarArea {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  /** The number of polygons. */
  readonly polygons: number;
  readonly #edges: Float64Array;
  readonly #polygonOf: Int32Array;
  readonly #bandStart: Int32Array;
  readonly #bandEdges: Int32Array;
  readonly #bands: number;
  readonly #bandHeight: number;
  readonly #parity: Uint8Array;
  readonly #seen: Int32Array;
  #stamp = 0;

  constructor(geometry: AreaGeometry, projection: LocalProjection) {
    const { lon0, lat0, kx, ky } = projection;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const edges: number[] = [];
    const owners: number[] = [];
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [p, polygon] of polygons.entries()) {
      for (const ring of polygon) {
        const n = ring.length;
        for (let i = 0; i < n; i += 1) {
          const a = ring[i];
          // Every ring is taken as closed, whether or not it repeats its first position.
          const b = ring[(i + 1) % n];
          if (a === undefined || b === undefined) continue;
          const x1 = (a[0] - lon0) * kx;
          const y1 = (a[1] - lat0) * ky;
          const x2 = (b[0] - lon0) * kx;
          const y2 = (b[1] - lat0) * ky;
          minX = Math.min(minX, x1);
          maxX = Math.max(maxX, x1);
          minY = Math.min(minY, y1);
          maxY = Math.max(maxY, y1);
          if (x1 === x2 && y1 === y2) continue;
          edges.push(x1, y1, x2, y2);
          owners.push(p);
        }
      }
    }
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
    this.polygons = polygons.length;
    this.#edges = Float64Array.from(edges);
    this.#polygonOf = Int32Array.from(owners);
    const count = owners.length;
    this.#bands = Math.max(1, Math.min(1024, Math.ceil(count / 4)));
    this.#bandHeight = maxY > minY ? (maxY - minY) / this.#bands : 1;
    const counts = new Int32Array(this.#bands + 1);
    for (let e = 0; e < count; e += 1) {
      const [lo, hi] = this.#bandRange(e);
      for (let b = lo; b <= hi; b += 1) counts[b + 1] = (counts[b + 1] ?? 0) + 1;
    }
    for (let b = 0; b < this.#bands; b += 1)
      counts[b + 1] = (counts[b + 1] ?? 0) + (counts[b] ?? 0);
    this.#bandStart = counts.slice();
    const fill = counts.slice();
    this.#bandEdges = new Int32Array(counts[this.#bands] ?? 0);
    for (let e = 0; e < count; e += 1) {
      const [lo, hi] = this.#bandRange(e);
      for (let b = lo; b <= hi; b += 1) {
        const at = fill[b] ?? 0;
        this.#bandEdges[at] = e;
        fill[b] = at + 1;
      }
    }
    this.#parity = new Uint8Array(this.polygons);
    this.#seen = new Int32Array(count);
  }

  /** The number of edges, over every ring. */
  get edges(): number {
    return this.#polygonOf.length;
  }

  /** Whether the point is inside (boundaries follow the half-open crossing rule). */
  contains(x: number, y: number): boolean {
    if (y < this.minY || y > this.maxY || x < this.minX || x > this.maxX) return false;
    const e4 = this.#edges;
    const parity = this.#parity;
    parity.fill(0);
    const band = this.#bandOf(y);
    const start = this.#bandStart[band] ?? 0;
    const end = this.#bandStart[band + 1] ?? 0;
    for (let k = start; k < end; k += 1) {
      const e = this.#bandEdges[k] ?? 0;
      const y1 = e4[4 * e + 1] ?? 0;
      const y2 = e4[4 * e + 3] ?? 0;
      if (y1 > y === y2 > y) continue;
      const x1 = e4[4 * e] ?? 0;
      const x2 = e4[4 * e + 2] ?? 0;
      if (x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) {
        const p = this.#polygonOf[e] ?? 0;
        parity[p] = (parity[p] ?? 0) ^ 1;
      }
    }
    return parity.includes(1);
  }

  /**
   * Where the horizontal line at `y` runs inside the area: sorted, disjoint intervals
   * `[x0, x1, x2, x3, …]`.
   */
  rowIntervals(y: number): Float64Array {
    if (y < this.minY || y > this.maxY) return new Float64Array(0);
    const e4 = this.#edges;
    const band = this.#bandOf(y);
    const start = this.#bandStart[band] ?? 0;
    const end = this.#bandStart[band + 1] ?? 0;
    const xs: number[] = [];
    const owners: number[] = [];
    for (let k = start; k < end; k += 1) {
      const e = this.#bandEdges[k] ?? 0;
      const y1 = e4[4 * e + 1] ?? 0;
      const y2 = e4[4 * e + 3] ?? 0;
      if (y1 > y === y2 > y) continue;
      const x1 = e4[4 * e] ?? 0;
      const x2 = e4[4 * e + 2] ?? 0;
      xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      owners.push(this.#polygonOf[e] ?? 0);
    }
    const order = xs.map((_, i) => i).sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0));
    const parity = this.#parity;
    parity.fill(0);
    let odd = 0;
    const out: number[] = [];
    for (const i of order) {
      const p = owners[i] ?? 0;
      const was = odd;
      parity[p] = (parity[p] ?? 0) ^ 1;
      odd += parity[p] === 1 ? 1 : -1;
      const x = xs[i] ?? 0;
      if (was === 0 && odd > 0) out.push(x);
      else if (was > 0 && odd === 0) {
        // A zero-length interval (a touching vertex) adds nothing.
        if (out[out.length - 1] === x) out.pop();
        else out.push(x);
      }
    }
    return Float64Array.from(out);
  }

  /** The fraction (0–1) of the segment from `a` to `b` that lies inside the area. */
  insideFraction(ax: number, ay: number, bx: number, by: number): number {
    if (
      Math.max(ax, bx) < this.minX ||
      Math.min(ax, bx) > this.maxX ||
      Math.max(ay, by) < this.minY ||
      Math.min(ay, by) > this.maxY
    ) {
      return 0;
    }
    if (ax === bx && ay === by) return this.contains(ax, ay) ? 1 : 0;
    const cuts = [0, 1];
    const e4 = this.#edges;
    const stamp = (this.#stamp += 1);
    const lo = this.#bandOf(Math.min(ay, by));
    const hi = this.#bandOf(Math.max(ay, by));
    const dx = bx - ax;
    const dy = by - ay;
    for (let band = lo; band <= hi; band += 1) {
      const start = this.#bandStart[band] ?? 0;
      const end = this.#bandStart[band + 1] ?? 0;
      for (let k = start; k < end; k += 1) {
        const e = this.#bandEdges[k] ?? 0;
        if (this.#seen[e] === stamp) continue;
        this.#seen[e] = stamp;
        const x1 = e4[4 * e] ?? 0;
        const y1 = e4[4 * e + 1] ?? 0;
        const ex = (e4[4 * e + 2] ?? 0) - x1;
        const ey = (e4[4 * e + 3] ?? 0) - y1;
        const denominator = dx * ey - dy * ex;
        if (denominator === 0) continue;
        const t = ((x1 - ax) * ey - (y1 - ay) * ex) / denominator;
        const u = ((x1 - ax) * dy - (y1 - ay) * dx) / denominator;
        if (t > 0 && t < 1 && u >= 0 && u <= 1) cuts.push(t);
      }
    }
    cuts.sort((a, b) => a - b);
    let inside = 0;
    for (let i = 1; i < cuts.length; i += 1) {
      const t0 = cuts[i - 1] ?? 0;
      const t1 = cuts[i] ?? 0;
      if (t1 <= t0) continue;
      const tm = (t0 + t1) / 2;
      if (this.contains(ax + tm * dx, ay + tm * dy)) inside += t1 - t0;
    }
    return Math.min(1, inside);
  }

  #bandOf(y: number): number {
    const b = Math.floor((y - this.minY) / this.#bandHeight);
    return b < 0 ? 0 : b >= this.#bands ? this.#bands - 1 : b;
  }

  #bandRange(e: number): [number, number] {
    const y1 = this.#edges[4 * e + 1] ?? 0;
    const y2 = this.#edges[4 * e + 3] ?? 0;
    return [this.#bandOf(Math.min(y1, y2)), this.#bandOf(Math.max(y1, y2))];
  }
}
