import { area } from '@turf/area';
import type { AreaGeometry, Position } from './grid-layer.js';

/** A 2-D polygon as the clipper takes it: rings of `[x, y]`. @internal */
export type ClipPolygon = [number, number][][];
/** A 2-D multipolygon as the clipper returns it. @internal */
export type ClipMultiPolygon = ClipPolygon[];
/** `[minX, minY, maxX, maxY]` in degrees. @internal */
export type BBox = readonly [number, number, number, number];

/** The polygons of an area geometry, whatever its type. @internal */
export function polygonsOf(geometry: AreaGeometry): readonly (readonly Position[][])[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The geometry as the clipper wants it: 2-D, closed rings, without rings that have fewer than
 * three distinct positions (the clipper may throw on those, and the ring checks report them).
 * Winding is left as it is: the clipper ignores it, and real layers (Taiyuan's) wind clockwise.
 *
 * @internal
 */
export function toClipMultiPolygon(geometry: AreaGeometry): ClipMultiPolygon {
  const out: ClipMultiPolygon = [];
  for (const polygon of polygonsOf(geometry)) {
    const rings: [number, number][][] = [];
    for (const [r, ring] of polygon.entries()) {
      const clean = cleanRing(ring);
      if (clean.length < 3) {
        // Without its shell a polygon's holes mean nothing.
        if (r === 0) break;
        continue;
      }
      const first = clean[0];
      if (first) clean.push([first[0], first[1]]);
      rings.push(clean);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

/**
 * The ring's positions in 2-D without consecutive repeats and without the closing position: what
 * every check reasons about. `source` gives each kept position's index in the original ring.
 *
 * @internal
 */
export function cleanRing(ring: readonly Position[], source?: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [i, p] of ring.entries()) {
    const last = out[out.length - 1];
    if (last?.[0] === p[0] && last[1] === p[1]) continue;
    out.push([p[0], p[1]]);
    source?.push(i);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last?.[0] === first[0] && last[1] === first[1]) {
    out.pop();
    source?.pop();
  }
  return out;
}

/** The bounding box of a geometry's positions. @internal */
export function bboxOf(geometry: AreaGeometry): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const p of ring) {
        if (p[0] < minX) minX = p[0];
        if (p[0] > maxX) maxX = p[0];
        if (p[1] < minY) minY = p[1];
        if (p[1] > maxY) maxY = p[1];
      }
    }
  }
  return [minX, minY, maxX, maxY];
}

/** Earth radius used by `@turf/area` (WGS-84 semi-major axis), in metres. */
const EARTH_RADIUS = 6378137;

/**
 * An upper bound of the geodesic area of anything inside the intersection of two boxes, in m²:
 * the area of the longitude/latitude rectangle on the sphere that `@turf/area` assumes, with a
 * margin. Lets the checks skip the clipper for pairs that could not exceed the threshold.
 *
 * @internal
 */
export function boxOverlapBound(a: BBox, b: BBox): number {
  const minX = Math.max(a[0], b[0]);
  const minY = Math.max(a[1], b[1]);
  const maxX = Math.min(a[2], b[2]);
  const maxY = Math.min(a[3], b[3]);
  if (minX >= maxX || minY >= maxY) return 0;
  const rad = Math.PI / 180;
  const rectangle =
    EARTH_RADIUS ** 2 * (maxX - minX) * rad * Math.abs(Math.sin(maxY * rad) - Math.sin(minY * rad));
  return rectangle * 1.01;
}

/**
 * The planar area of a clipper multipolygon in square degrees (shells minus holes), which, unlike
 * the geodesic area, adds up exactly when a polygon is cut into pieces along straight lines: the
 * gap check relies on that to prove "no gap" without the clipper.
 *
 * @internal
 */
export function planarArea(multi: ClipMultiPolygon): number {
  let total = 0;
  for (const polygon of multi) {
    for (const [r, ring] of polygon.entries()) {
      const origin = ring[0];
      if (!origin) continue;
      let twice = 0;
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] ?? origin;
        const b = ring[i + 1] ?? origin;
        // Relative to the first vertex, so that degrees around 112° do not swamp the sum.
        twice += (a[0] - origin[0]) * (b[1] - origin[1]) - (b[0] - origin[0]) * (a[1] - origin[1]);
      }
      total += (r === 0 ? 1 : -1) * Math.abs(twice / 2);
    }
  }
  return total;
}

/**
 * An upper bound of the m² in one square degree anywhere in a box, with a margin: turns a planar
 * area bound into a geodesic one.
 *
 * @internal
 */
export function squareMetresPerSquareDegree(bbox: BBox): number {
  const rad = Math.PI / 180;
  const nearestToEquator =
    bbox[1] <= 0 && bbox[3] >= 0 ? 0 : Math.min(Math.abs(bbox[1]), Math.abs(bbox[3]));
  return (EARTH_RADIUS * rad) ** 2 * Math.cos(nearestToEquator * rad) * 1.01;
}

/** The planar area of the intersection of two boxes, in square degrees. @internal */
export function boxOverlapPlanar(a: BBox, b: BBox): number {
  const width = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const height = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The geodesic area of a clipper polygon, in m². @internal */
export function polygonArea(polygon: ClipPolygon): number {
  return area({ type: 'Polygon', coordinates: polygon });
}

/**
 * The pieces of a clipper result with their areas, largest first (ties keep the clipper's order,
 * which is deterministic for a given input).
 *
 * @internal
 */
export function piecesBySize(
  multi: ClipMultiPolygon,
): { polygon: ClipPolygon; areaSquareMetres: number }[] {
  return multi
    .map((polygon) => ({ polygon, areaSquareMetres: polygonArea(polygon) }))
    .sort((a, b) => b.areaSquareMetres - a.areaSquareMetres);
}

/**
 * A point strictly inside a polygon (not in a hole), for a GIS user to zoom to. A centroid can lie
 * outside a crescent-shaped sliver, so this takes the horizontal line through the middle of the
 * shell's box and returns the middle of the widest stretch of that line inside the polygon.
 *
 * @internal
 */
export function interiorPoint(polygon: ClipPolygon): [number, number] {
  const shell = polygon[0] ?? [];
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of shell) {
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  }
  const y = (minY + maxY) / 2;
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (!a || !b) continue;
      // Half-open rule: a vertex on the line counts for one of its two edges only.
      if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
    }
  }
  xs.sort((p, q) => p - q);
  let best: [number, number] | undefined;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const x0 = xs[i] ?? 0;
    const x1 = xs[i + 1] ?? 0;
    if (x1 - x0 > width) {
      width = x1 - x0;
      best = [(x0 + x1) / 2, y];
    }
  }
  const first = shell[0];
  return best ?? (first ? [first[0], first[1]] : [0, 0]);
}
