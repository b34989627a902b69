import { convertPosition, type CoordinateSystem, type Location } from '@wangge/core';
import type { MapGeometry } from './map-geometry.js';

/**
 * A case shown on the map: its id (given back in `wg-case-select`), where it was reported, and
 * whether it is overdue. Any record with these members will do (a case row with its location).
 *
 * @example
 * ```ts
 * import type { GridMapMarker } from '@wangge/elements';
 * const marker: GridMapMarker = {
 *   id: 'case-0001',
 *   location: { point: { type: 'Point', coordinates: [112.5636, 37.8618] }, coordinateSystem: 'GCJ02' },
 *   overdue: true,
 *   label: '占道经营',
 * };
 * ```
 */
export interface GridMapMarker {
  readonly id: string;
  readonly location: Location;
  readonly overdue?: boolean | undefined;
  readonly label?: string | undefined;
}

/** A marker placed in the base frame. */
export interface PlacedMarker {
  readonly marker: GridMapMarker;
  readonly x: number;
  readonly y: number;
}

/** Markers drawn as one: a single marker when `count` is 1, else a badge with the count. */
export interface MarkerCluster {
  /** Base-frame position: the mean of its markers'. */
  readonly x: number;
  readonly y: number;
  readonly count: number;
  readonly overdue: number;
  /** The first marker (the only one when `count` is 1). */
  readonly first: PlacedMarker;
  /** Base-frame box of its markers. */
  readonly box: readonly [number, number, number, number];
}

/** Side of a clustering cell in CSS pixels. */
export const CLUSTER_CELL_PIXELS = 48;

const SYSTEMS = new Set<string>(['WGS84', 'GCJ02', 'BD09']);

interface Loose {
  readonly id?: unknown;
  readonly location?: {
    readonly point?: { readonly coordinates?: unknown } | null;
    readonly coordinateSystem?: unknown;
  } | null;
}

/**
 * Places markers in the base frame, converting each location to the layer's coordinate system.
 * Markers whose location is malformed are left out rather than thrown on: they come from the
 * host page.
 */
export function placeMarkers(
  markers: readonly GridMapMarker[] | undefined,
  geometry: MapGeometry,
): PlacedMarker[] {
  const placed: PlacedMarker[] = [];
  if (!Array.isArray(markers)) return placed;
  const to: CoordinateSystem = geometry.coordinateSystem;
  for (const marker of markers as readonly unknown[]) {
    // The page's data, read without trusting its shape.
    const m = marker as Loose | null | undefined;
    const coordinates = m?.location?.point?.coordinates;
    const from = m?.location?.coordinateSystem;
    if (!m || typeof m.id !== 'string' || !Array.isArray(coordinates)) continue;
    const [x0, y0] = coordinates as readonly unknown[];
    if (typeof x0 !== 'number' || typeof y0 !== 'number') continue;
    let lon = x0;
    let lat = y0;
    if (typeof from !== 'string' || !SYSTEMS.has(from)) continue;
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) continue;
    if (from !== to) [lon, lat] = convertPosition([lon, lat], from as CoordinateSystem, to);
    const [x, y] = geometry.toBase(lon, lat);
    placed.push({ marker: m as GridMapMarker, x, y });
  }
  return placed;
}

/**
 * Groups markers that fall in the same cell of a grid of {@link CLUSTER_CELL_PIXELS}-pixel
 * squares at the current scale.
 *
 * A grid rather than distance-based clustering (supercluster's greedy merge over a k-d tree):
 * one pass and one hash lookup per marker, so 10,000 markers cluster in about a millisecond on
 * every zoom step; the same scale always gives the same clusters; and the cells are anchored in
 * the base frame, not on the screen, so panning never regroups anything, it only moves the
 * layer. The price is that two markers either side of a cell border stay apart however close
 * they are; at 48 px their badges still do not overlap much, which is what clustering is for.
 */
export function clusterMarkers(placed: readonly PlacedMarker[], scale: number): MarkerCluster[] {
  const cell = CLUSTER_CELL_PIXELS / scale;
  interface Acc {
    sx: number;
    sy: number;
    count: number;
    overdue: number;
    first: PlacedMarker;
    x0: number;
    y0: number;
    x1: number;
    y1: number;
  }
  const cells = new Map<number, Acc>();
  for (const p of placed) {
    // Two 26-bit cell numbers in one exact integer key: cheaper than a string per marker.
    const key = (Math.floor(p.x / cell) + 33554432) * 67108864 + Math.floor(p.y / cell) + 33554432;
    const acc = cells.get(key);
    const overdue = p.marker.overdue === true ? 1 : 0;
    if (acc) {
      acc.sx += p.x;
      acc.sy += p.y;
      acc.count += 1;
      acc.overdue += overdue;
      acc.x0 = Math.min(acc.x0, p.x);
      acc.y0 = Math.min(acc.y0, p.y);
      acc.x1 = Math.max(acc.x1, p.x);
      acc.y1 = Math.max(acc.y1, p.y);
    } else {
      cells.set(key, {
        sx: p.x,
        sy: p.y,
        count: 1,
        overdue,
        first: p,
        x0: p.x,
        y0: p.y,
        x1: p.x,
        y1: p.y,
      });
    }
  }
  const clusters: MarkerCluster[] = [];
  for (const acc of cells.values()) {
    clusters.push({
      x: acc.sx / acc.count,
      y: acc.sy / acc.count,
      count: acc.count,
      overdue: acc.overdue,
      first: acc.first,
      box: [acc.x0, acc.y0, acc.x1, acc.y1],
    });
  }
  return clusters;
}

/** Radius in CSS pixels of a cluster's badge (or a single marker). */
export function clusterRadius(count: number): number {
  return count <= 1 ? 7 : Math.min(24, 11 + 3 * Math.log10(count));
}

/** The cluster drawn under viewport pixel (px, py), if any: the nearest within its radius. */
export function clusterAt(
  clusters: readonly MarkerCluster[],
  px: number,
  py: number,
  transform: { readonly s: number; readonly tx: number; readonly ty: number },
): MarkerCluster | undefined {
  let best: MarkerCluster | undefined;
  let bestDistance = Infinity;
  for (const cluster of clusters) {
    const dx = cluster.x * transform.s + transform.tx - px;
    const dy = cluster.y * transform.s + transform.ty - py;
    const distance = Math.hypot(dx, dy);
    // A few pixels of slack around small markers for fingers.
    if (distance <= clusterRadius(cluster.count) + 4 && distance < bestDistance) {
      best = cluster;
      bestDistance = distance;
    }
  }
  return best;
}
