import type { AreaGeometry } from '@wangge/core';

type Ring = readonly (readonly number[])[];

function polygonsOf(geometry: AreaGeometry): readonly (readonly Ring[])[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

// Planar centroid of a polygon's outer ring (area-weighted), with its absolute area.
function centroidOf(ring: Ring): { x: number; y: number; area: number } | undefined {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = xj * yi - xi * yj;
    a += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (a === 0) return undefined;
  return { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a / 2) };
}

// The midpoints of the spans a horizontal line at `y` cuts through a polygon (even-odd), widest
// first.
function spanMidpoints(rings: readonly Ring[], y: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  const spans: { mid: number; width: number }[] = [];
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const a = xs[k] ?? 0;
    const b = xs[k + 1] ?? 0;
    spans.push({ mid: (a + b) / 2, width: b - a });
  }
  spans.sort((p, q) => q.width - p.width);
  return spans.map((span) => [span.mid, y]);
}

/**
 * A point inside a unit, for picking a unit chosen in the tree: the centroid of its largest
 * polygon when `accept` agrees that the centroid lies in the unit (a crescent's or an L's does
 * not), else the middle of the widest span cut by horizontal lines through the polygon, from
 * its middle outwards. `accept` is the judge (the grid index, so that a point inside an
 * exclusive grid, which wins over the ordinary one around it, is not taken for the ordinary
 * one). Undefined when no sample is accepted.
 */
export function interiorPoint(
  geometry: AreaGeometry,
  accept: (lon: number, lat: number) => boolean,
): [number, number] | undefined {
  const polygons = polygonsOf(geometry)
    .map((rings) => ({ rings, c: rings[0] ? centroidOf(rings[0]) : undefined }))
    .sort((p, q) => (q.c?.area ?? 0) - (p.c?.area ?? 0));
  for (const { rings, c } of polygons) {
    if (c && accept(c.x, c.y)) return [c.x, c.y];
    const outer = rings[0] ?? [];
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const p of outer) {
      y0 = Math.min(y0, p[1] ?? 0);
      y1 = Math.max(y1, p[1] ?? 0);
    }
    if (!(y1 > y0)) continue;
    for (const t of [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9, 0.05, 0.95, 0.43, 0.57, 0.27, 0.73]) {
      for (const [x, y] of spanMidpoints(rings, y0 + t * (y1 - y0))) {
        if (accept(x, y)) return [x, y];
      }
    }
  }
  return undefined;
}
