import { cleanRing, polygonsOf } from './clip-geometry.js';
import type { GridFeature, Position } from './grid-layer.js';
import { layerIssue, type LayerIssue } from './layer-issue.js';

type Point = readonly [number, number];

// Stands in for an index that the loop bounds already keep in range.
const NOWHERE: Point = [0, 0];

/**
 * Checks every ring of a feature on its own: closed, not degenerate, not crossing or touching
 * itself, and each hole inside its shell. Pushes what it finds to `out`.
 *
 * @internal
 */
export function checkRings(feature: GridFeature, index: number, out: LayerIssue[]): void {
  const featureIds = [feature.properties.id];
  const multi = feature.geometry.type === 'MultiPolygon';
  for (const [p, polygon] of polygonsOf(feature.geometry).entries()) {
    let shell: [number, number][] | undefined;
    for (const [r, ring] of polygon.entries()) {
      const ringPath = ['features', index, 'geometry', 'coordinates', ...(multi ? [p] : []), r];
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        out.push(
          layerIssue('unclosed_ring', [...ringPath, ring.length - 1], {
            featureIds,
            location: [last[0], last[1]],
          }),
        );
      }
      const source: number[] = [];
      const points = cleanRing(ring, source);
      if (points.length < 3 || isFlat(points)) {
        out.push(
          layerIssue('degenerate_ring', ringPath, {
            featureIds,
            ...(first ? { location: [first[0], first[1]] as const } : {}),
          }),
        );
        continue;
      }
      for (const crossing of selfIntersections(points, source)) {
        out.push(
          layerIssue('self_intersection', [...ringPath, crossing.vertex], {
            featureIds,
            location: crossing.point,
          }),
        );
      }
      if (r === 0) shell = points;
      else if (shell) {
        const outside = firstVertexOutside(ring, shell);
        if (outside !== undefined) {
          const vertex = ring[outside];
          out.push(
            layerIssue('hole_outside_shell', [...ringPath, outside], {
              featureIds,
              ...(vertex ? { location: [vertex[0], vertex[1]] as const } : {}),
            }),
          );
        }
      }
    }
  }
}

function orient(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/**
 * Whether a ring encloses no area: all its positions on one line. Not the signed area, which is
 * zero for a symmetric bow-tie although the ring does enclose two lobes.
 */
function isFlat(points: readonly Point[]): boolean {
  const a = points[0];
  const b = points[1];
  if (!a || !b) return true;
  const ab = Math.hypot(b[0] - a[0], b[1] - a[1]);
  for (const c of points) {
    // Relative to the lengths involved, so that rounding at 112° does not count as a bend.
    const tolerance = 1e-12 * ab * Math.hypot(c[0] - a[0], c[1] - a[1]);
    if (Math.abs(orient(a, b, c)) > tolerance) return false;
  }
  return true;
}

function within(a: Point, b: Point, c: Point): boolean {
  return (
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1])
  );
}

/** Where segments a–b and c–d meet (a crossing point or a touching end), if they do. */
function meet(a: Point, b: Point, c: Point, d: Point): Point | undefined {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  if (d1 === 0 && within(c, d, a)) return a;
  if (d2 === 0 && within(c, d, b)) return b;
  if (d3 === 0 && within(a, b, c)) return c;
  if (d4 === 0 && within(a, b, d)) return d;
  return undefined;
}

/**
 * The points where a ring crosses or touches itself, each once, with the index (in the original
 * ring) of the vertex that starts the first edge concerned. Edges are swept in order of their
 * west end, so that only edges whose boxes overlap are compared: near-linear on real boundaries
 * (Taiyuan's rings have up to ~600 vertices), quadratic only for pathological rings.
 */
function selfIntersections(
  points: readonly Point[],
  source: readonly number[],
): { vertex: number; point: [number, number] }[] {
  const n = points.length;
  const found = new Map<string, { vertex: number; point: [number, number] }>();
  const report = (edge: number, point: Point) => {
    const key = `${point[0]},${point[1]}`;
    const vertex = source[edge] ?? edge;
    const known = found.get(key);
    if (!known || vertex < known.vertex) found.set(key, { vertex, point: [point[0], point[1]] });
  };
  const start = (i: number) => points[i] ?? NOWHERE;
  const end = (i: number) => points[(i + 1) % n] ?? NOWHERE;

  // A spike: the ring goes out and straight back along the same line.
  for (let i = 0; i < n; i++) {
    const prev = start((i + n - 1) % n);
    const here = start(i);
    const next = end(i);
    const dot =
      (here[0] - prev[0]) * (next[0] - here[0]) + (here[1] - prev[1]) * (next[1] - here[1]);
    if (orient(prev, here, next) === 0 && dot < 0) report((i + n - 1) % n, here);
  }

  const minX = new Float64Array(n);
  const maxX = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    minX[i] = Math.min(start(i)[0], end(i)[0]);
    maxX[i] = Math.max(start(i)[0], end(i)[0]);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (minX[a] ?? 0) - (minX[b] ?? 0) || a - b,
  );
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    const a = start(i);
    const b = end(i);
    const iMaxX = maxX[i] ?? 0;
    const iMinY = Math.min(a[1], b[1]);
    const iMaxY = Math.max(a[1], b[1]);
    for (let m = k + 1; m < n; m++) {
      const j = order[m] ?? 0;
      if ((minX[j] ?? 0) > iMaxX) break;
      const gap = Math.abs(i - j);
      if (gap === 1 || gap === n - 1) continue;
      const c = start(j);
      const d = end(j);
      if (Math.max(c[1], d[1]) < iMinY || Math.min(c[1], d[1]) > iMaxY) continue;
      const point = meet(a, b, c, d);
      if (point) report(Math.min(i, j), point);
    }
  }
  return [...found.values()].sort(
    (p, q) => p.vertex - q.vertex || p.point[0] - q.point[0] || p.point[1] - q.point[1],
  );
}

/** Whether p is on the boundary of, or inside (even-odd), a ring given without closing vertex. */
function locate(p: Point, ring: readonly Point[]): 'inside' | 'outside' | 'boundary' {
  let inside = false;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i] ?? NOWHERE;
    const b = ring[(i + 1) % n] ?? NOWHERE;
    if (orient(a, b, p) === 0 && within(a, b, p)) return 'boundary';
    if (a[1] > p[1] !== b[1] > p[1]) {
      const x = a[0] + ((p[1] - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
      if (p[0] < x) inside = !inside;
    }
  }
  return inside ? 'inside' : 'outside';
}

/** The index of the first vertex of a hole that lies outside the shell, if any. */
function firstVertexOutside(
  hole: readonly Position[],
  shell: readonly Point[],
): number | undefined {
  for (const [i, v] of hole.entries()) {
    if (locate([v[0], v[1]], shell) === 'outside') return i;
  }
  return undefined;
}
