import Flatbush from 'flatbush';
import type { BBox, ClipMultiPolygon } from './clip-geometry.js';

/**
 * Distance (degrees, about 1 µm) under which a point counts as on an edge. Shared borders are
 * stored with the same vertices on both sides, but midpoints computed along them are rounded.
 */
const TOL = 1e-11;

/**
 * The edges of a (multi)polygon's rings with a bbox index over them, for the fast relation tests
 * that spare the (slow, arbitrary-precision) clipper the pairs whose answer is obvious.
 *
 * @internal
 */
export interface EdgeSet {
  readonly coords: Float64Array;
  readonly index: Flatbush;
  readonly bbox: BBox;
}

/** Builds the edge set of a clipper multipolygon (rings are closed). @internal */
export function edgeSet(multi: ClipMultiPolygon, bbox: BBox): EdgeSet | undefined {
  const coords: number[] = [];
  for (const polygon of multi) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (a && b) coords.push(a[0], a[1], b[0], b[1]);
      }
    }
  }
  const count = coords.length / 4;
  if (count === 0) return undefined;
  const index = new Flatbush(count);
  for (let e = 0; e < count; e++) {
    const ax = coords[e * 4] ?? 0;
    const ay = coords[e * 4 + 1] ?? 0;
    const bx = coords[e * 4 + 2] ?? 0;
    const by = coords[e * 4 + 3] ?? 0;
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  return { coords: Float64Array.from(coords), index, bbox };
}

function distanceToSegment(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Where a point is relative to a polygon (even-odd over all its rings). */
function locate(x: number, y: number, b: EdgeSet): 'inside' | 'outside' | 'boundary' {
  const c = b.coords;
  let inside = false;
  for (const e of b.index.search(x - TOL, y - TOL, b.bbox[2] + TOL, y + TOL)) {
    const ax = c[e * 4] ?? 0;
    const ay = c[e * 4 + 1] ?? 0;
    const bx = c[e * 4 + 2] ?? 0;
    const by = c[e * 4 + 3] ?? 0;
    if (distanceToSegment(x, y, ax, ay, bx, by) <= TOL) return 'boundary';
    if (ay > y !== by > y && x < ax + ((y - ay) / (by - ay)) * (bx - ax)) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

/**
 * Relates the boundary of `a` to the polygon `b`: fails (returns undefined) as soon as an edge of
 * `a` properly crosses an edge of `b` or a piece of `a`'s boundary lies in the `forbidden` region
 * of `b`; otherwise says whether some of it lies outside `b`. Each edge of `a` is cut at the
 * vertices of `b` on it, so that each piece lies wholly inside, outside or on `b`, and its
 * midpoint tells which.
 *
 * @internal
 */
export function relateBoundary(
  a: EdgeSet,
  b: EdgeSet,
  forbidden: 'inside' | 'outside',
): { someOutside: boolean } | undefined {
  const ca = a.coords;
  const cb = b.coords;
  const [bMinX, bMinY, bMaxX, bMaxY] = b.bbox;
  let someOutside = false;
  const cuts: number[] = [];
  for (let e = 0; e * 4 < ca.length; e++) {
    const px = ca[e * 4] ?? 0;
    const py = ca[e * 4 + 1] ?? 0;
    const qx = ca[e * 4 + 2] ?? 0;
    const qy = ca[e * 4 + 3] ?? 0;
    const minX = Math.min(px, qx) - TOL;
    const minY = Math.min(py, qy) - TOL;
    const maxX = Math.max(px, qx) + TOL;
    const maxY = Math.max(py, qy) + TOL;
    if (maxX < bMinX || minX > bMaxX || maxY < bMinY || minY > bMaxY) {
      if (forbidden === 'outside') return undefined;
      someOutside = true;
      continue;
    }
    const length = Math.hypot(qx - px, qy - py);
    if (length === 0) continue;
    cuts.length = 0;
    cuts.push(0, 1);
    for (const f of b.index.search(minX, minY, maxX, maxY)) {
      const cx = cb[f * 4] ?? 0;
      const cy = cb[f * 4 + 1] ?? 0;
      const dx = cb[f * 4 + 2] ?? 0;
      const dy = cb[f * 4 + 3] ?? 0;
      const cdLength = Math.hypot(dx - cx, dy - cy);
      // Signed distances of c, d from line pq and of p, q from line cd.
      const d1 = ((qx - px) * (cy - py) - (qy - py) * (cx - px)) / length;
      const d2 = ((qx - px) * (dy - py) - (qy - py) * (dx - px)) / length;
      const d3 = cdLength === 0 ? 0 : ((dx - cx) * (py - cy) - (dy - cy) * (px - cx)) / cdLength;
      const d4 = cdLength === 0 ? 0 : ((dx - cx) * (qy - cy) - (dy - cy) * (qx - cx)) / cdLength;
      const apart = (u: number, v: number) => (u > TOL && v < -TOL) || (u < -TOL && v > TOL);
      if (apart(d1, d2) && apart(d3, d4)) return undefined;
      for (const [x, y, d] of [
        [cx, cy, d1],
        [dx, dy, d2],
      ] as const) {
        if (Math.abs(d) > TOL) continue;
        const t = ((x - px) * (qx - px) + (y - py) * (qy - py)) / (length * length);
        if (t > 0 && t < 1) cuts.push(t);
      }
    }
    cuts.sort((u, v) => u - v);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const t0 = cuts[k] ?? 0;
      const t1 = cuts[k + 1] ?? 0;
      if (t1 - t0 < 1e-12) continue;
      const t = (t0 + t1) / 2;
      const where = locate(px + t * (qx - px), py + t * (qy - py), b);
      if (where === forbidden) return undefined;
      if (where === 'outside') someOutside = true;
    }
  }
  return { someOutside };
}
