import type { MapGeometry, MapLevel } from './map-geometry.js';

/**
 * What the map shows: the zoom `k` (1 = the whole layer fits the viewport) and the base-frame
 * point at the centre of the viewport. Independent of the viewport's size, so a resize keeps
 * the same place in the middle.
 */
export interface MapView {
  readonly k: number;
  readonly cx: number;
  readonly cy: number;
}

/** The viewport's size in CSS pixels. */
export interface MapViewport {
  readonly width: number;
  readonly height: number;
}

/** The view as an affine map from the base frame to viewport pixels: `p = b * s + t`. */
export interface MapTransform {
  readonly s: number;
  readonly tx: number;
  readonly ty: number;
}

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 512;
/** Share of the viewport the whole layer takes at zoom 1. */
const FIT_PADDING = 0.92;

/**
 * A level is shown once its units are at least this many CSS pixels across on average,
 * measured as √(layer extent ÷ number of units) × scale; the finest such level wins.
 */
export const LEVEL_MIN_PIXELS = 80;

/** The view that fits the whole layer. */
export function homeView(geometry: MapGeometry): MapView {
  return { k: 1, cx: geometry.width / 2, cy: geometry.height / 2 };
}

/** Pixels per base unit at zoom 1. */
export function fitScale(geometry: MapGeometry, viewport: MapViewport): number {
  const f = Math.min(viewport.width / geometry.width, viewport.height / geometry.height);
  return Number.isFinite(f) && f > 0 ? f * FIT_PADDING : 1;
}

export function transformOf(
  view: MapView,
  geometry: MapGeometry,
  viewport: MapViewport,
): MapTransform {
  const s = fitScale(geometry, viewport) * view.k;
  return { s, tx: viewport.width / 2 - view.cx * s, ty: viewport.height / 2 - view.cy * s };
}

/** The base-frame point under a viewport pixel. */
export function toBase(transform: MapTransform, px: number, py: number): [number, number] {
  return [(px - transform.tx) / transform.s, (py - transform.ty) / transform.s];
}

/** Keeps the centre within the layer's extent and the zoom within its limits. */
export function clampView(view: MapView, geometry: MapGeometry): MapView {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k));
  return {
    k,
    cx: Math.min(geometry.width, Math.max(0, view.cx)),
    cy: Math.min(geometry.height, Math.max(0, view.cy)),
  };
}

/** Zooms by `factor`, keeping the base point under viewport pixel (px, py) where it is. */
export function zoomAround(
  view: MapView,
  factor: number,
  px: number,
  py: number,
  geometry: MapGeometry,
  viewport: MapViewport,
): MapView {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const before = transformOf(view, geometry, viewport);
  const [bx, by] = toBase(before, px, py);
  const s = before.s * (k / view.k);
  // Solve for the centre that puts (bx, by) back under (px, py) at the new scale.
  const cx = bx + (viewport.width / 2 - px) / s;
  const cy = by + (viewport.height / 2 - py) / s;
  return clampView({ k, cx, cy }, geometry);
}

/** Moves the map by (dx, dy) viewport pixels: the content follows the pointer. */
export function panBy(
  view: MapView,
  dx: number,
  dy: number,
  geometry: MapGeometry,
  viewport: MapViewport,
): MapView {
  const s = fitScale(geometry, viewport) * view.k;
  return clampView({ k: view.k, cx: view.cx - dx / s, cy: view.cy - dy / s }, geometry);
}

/** The view that frames a base-frame box in about 60 % of the viewport. */
export function frameBox(
  box: readonly [number, number, number, number],
  geometry: MapGeometry,
  viewport: MapViewport,
): MapView {
  const [x0, y0, x1, y1] = box;
  const f = fitScale(geometry, viewport);
  const k = Math.min(
    (0.6 * viewport.width) / (Math.max(x1 - x0, 1e-6) * f),
    (0.6 * viewport.height) / (Math.max(y1 - y0, 1e-6) * f),
  );
  return clampView({ k, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 }, geometry);
}

/**
 * The level to show at a scale (pixels per base unit): the finest of `allowed` whose units are
 * on average at least {@link LEVEL_MIN_PIXELS} across, else the coarsest allowed.
 */
export function levelAt(
  geometry: MapGeometry,
  scale: number,
  allowed: readonly MapLevel[],
): MapLevel | undefined {
  const extent = geometry.width * geometry.height;
  let chosen: MapLevel | undefined;
  for (const level of allowed) {
    const count = geometry.unitsAt(level).length;
    if (count === 0) continue;
    chosen ??= level;
    if (Math.sqrt(extent / count) * scale >= LEVEL_MIN_PIXELS) chosen = level;
  }
  return chosen;
}

/**
 * Decimals of path coordinates at a scale (see `MapGeometry.paths`): rounding moves a vertex by
 * at most a fifth of a screen pixel.
 */
export function decimalsAt(scale: number): number {
  return scale < 4 ? 1 : scale < 40 ? 2 : 3;
}
