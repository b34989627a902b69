import type { PlanarArea } from './planar-area.js';

/**
 * How the coverage was integrated: the share of the area, the scan lines used and their spacing.
 *
 * @internal
 */
export interface CoverageResult {
  readonly share: number;
  readonly rows: number;
  readonly rowSpacing: number;
}

/**
 * The share of `area` within `radius` of the track's segments (the capsule of each segment: the
 * points within `radius` of some point of it), integrated over horizontal scan lines.
 *
 * **Method.** The area's height is cut into `rows` equal strips (as many as `maxRows` allows,
 * none thinner than `minSpacing`); on the centre line of each strip, the part inside the area is
 * a set of intervals (even-odd crossings), and so is the part within `radius` of each segment
 * (the chord of the capsule: exact, from the two end discs and the band between them). The
 * covered length of a line is the length of the union of the segments' chords intersected with
 * the area's intervals; the share is the sum of covered lengths over the sum of inside lengths.
 * This is exact across each line and the midpoint rule along the height, so its error comes
 * from the strips alone (at most one strip's height along each edge of the covered region that
 * runs parallel to the lines, far less for slanted ones), and it never depends on the radius:
 * the same lines measure every radius, so coverage grows with the radius and with the path.
 *
 * Each segment visits only the lines within `radius` of it, and each line keeps its covered
 * stretches as sorted, disjoint intervals into which each chord is merged as it comes.
 *
 * `usable[i]` says whether the segment from fix `i` to fix `i + 1` counts (gaps do not).
 *
 * @internal
 */
export function coverageOf(
  area: PlanarArea,
  xs: Float64Array,
  ys: Float64Array,
  usable: Uint8Array,
  radius: number,
  maxRows: number,
  minSpacing: number,
): CoverageResult {
  const height = area.maxY - area.minY;
  const rows = Math.max(1, Math.ceil(height / Math.max(minSpacing, height / maxRows)));
  const dy = height / rows || 1;
  const result = (share: number): CoverageResult => ({ share, rows, rowSpacing: dy });
  const { minX, maxX, minY } = area;
  const covered: number[][] = Array.from({ length: rows }, () => []);
  const r2 = radius * radius;
  let any = false;
  for (let i = 0; i + 1 < xs.length; i += 1) {
    if (usable[i] !== 1) continue;
    const ax = xs[i] ?? 0;
    const ay = ys[i] ?? 0;
    const bx = xs[i + 1] ?? 0;
    const by = ys[i + 1] ?? 0;
    if (Math.max(ax, bx) + radius < minX || Math.min(ax, bx) - radius > maxX) continue;
    const first = Math.max(0, Math.ceil((Math.min(ay, by) - radius - minY) / dy - 0.5));
    const last = Math.min(rows - 1, Math.floor((Math.max(ay, by) + radius - minY) / dy - 0.5));
    if (first > last) continue;
    const length = Math.hypot(bx - ax, by - ay);
    const ux = length > 0 ? (bx - ax) / length : 0;
    const uy = length > 0 ? (by - ay) / length : 0;
    for (let k = first; k <= last; k += 1) {
      const y = minY + (k + 0.5) * dy;
      let lo = Infinity;
      let hi = -Infinity;
      // The two end discs.
      const da = r2 - (y - ay) * (y - ay);
      if (da >= 0) {
        const h = Math.sqrt(da);
        lo = Math.min(lo, ax - h);
        hi = Math.max(hi, ax + h);
      }
      const db = r2 - (y - by) * (y - by);
      if (db >= 0) {
        const h = Math.sqrt(db);
        lo = Math.min(lo, bx - h);
        hi = Math.max(hi, bx + h);
      }
      // The band between them: 0 ≤ (p − a)·u ≤ length and |(p − a)·n| ≤ radius, n = (−uy, ux).
      if (length > 0) {
        const Y = y - ay;
        let bandLo = -Infinity;
        let bandHi = Infinity;
        if (ux !== 0) {
          const s0 = (0 - Y * uy) / ux;
          const s1 = (length - Y * uy) / ux;
          bandLo = Math.max(bandLo, Math.min(s0, s1));
          bandHi = Math.min(bandHi, Math.max(s0, s1));
        } else if (Y * uy < 0 || Y * uy > length) {
          bandHi = -Infinity;
        }
        if (uy !== 0) {
          const q0 = (Y * ux - radius) / uy;
          const q1 = (Y * ux + radius) / uy;
          bandLo = Math.max(bandLo, Math.min(q0, q1));
          bandHi = Math.min(bandHi, Math.max(q0, q1));
        } else if (Math.abs(Y * ux) > radius) {
          bandHi = -Infinity;
        }
        if (bandLo <= bandHi) {
          lo = Math.min(lo, ax + bandLo);
          hi = Math.max(hi, ax + bandHi);
        }
      }
      if (lo < minX) lo = minX;
      if (hi > maxX) hi = maxX;
      if (!(lo <= hi)) continue;
      any = true;
      const row = covered[k];
      if (row !== undefined) insert(row, lo, hi);
    }
  }
  let inside = 0;
  let total = 0;
  for (let k = 0; k < rows; k += 1) {
    const interior = area.rowIntervals(minY + (k + 0.5) * dy);
    for (let j = 0; j + 1 < interior.length; j += 2) {
      inside += (interior[j + 1] ?? 0) - (interior[j] ?? 0);
    }
    const row = covered[k];
    if (!any || row === undefined || row.length === 0) continue;
    total += overlap(row, interior);
  }
  if (!(inside > 0)) return result(0);
  return result(Math.min(1, total / inside));
}

/**
 * Adds `[lo, hi]` to a row's sorted, disjoint intervals `[a0, b0, a1, b1, …]`, merging what it
 * overlaps. A row stays as short as its covered stretches are few, and an interval already
 * covered (most of them, on a track that walks the same lanes all day) costs a binary search.
 */
function insert(row: number[], lo: number, hi: number): void {
  const n = row.length / 2;
  // The first interval that ends at or after lo.
  let a = 0;
  let b = n;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((row[2 * mid + 1] ?? 0) < lo) a = mid + 1;
    else b = mid;
  }
  const first = a;
  if (first === n || (row[2 * first] ?? 0) > hi) {
    row.splice(2 * first, 0, lo, hi);
    return;
  }
  const firstLo = row[2 * first] ?? 0;
  if (firstLo <= lo && (row[2 * first + 1] ?? 0) >= hi) return;
  let last = first;
  while (last + 1 < n && (row[2 * (last + 1)] ?? 0) <= hi) last += 1;
  const mergedLo = Math.min(lo, firstLo);
  const mergedHi = Math.max(hi, row[2 * last + 1] ?? 0);
  row.splice(2 * first, 2 * (last - first + 1), mergedLo, mergedHi);
}

/** The total length of the intersection of two sorted, disjoint interval lists. */
function overlap(a: readonly number[], b: Float64Array): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i + 1 < a.length && j + 1 < b.length) {
    const lo = Math.max(a[i] ?? 0, b[j] ?? 0);
    const aHi = a[i + 1] ?? 0;
    const bHi = b[j + 1] ?? 0;
    const hi = Math.min(aHi, bHi);
    if (hi > lo) total += hi - lo;
    if (aHi < bHi) i += 2;
    else j += 2;
  }
  return total;
}
