import { convertPosition, type CoordinateSystem } from '@wangge/core';
import type { MapGeometry } from './map-geometry.js';
import { toBase, type MapTransform, type MapViewport } from './map-view.js';
import { worldX, worldY } from './map-geometry.js';

/** One raster tile placed in the base frame. */
export interface MapTile {
  readonly key: string;
  readonly href: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

const TILE_PIXELS = 256;
const MAX_TILE_ZOOM = 20;
const MAX_TILES = 96;

/**
 * The address of one tile from an XYZ template (`/tiles/{z}/{x}/{y}.png`). Only the three
 * numbers are substituted; a template that is not a relative or http(s) address gives nothing,
 * so an attribute cannot turn into a `javascript:` or `data:` URL. A protocol-relative template
 * (`//host/…`) is refused too, as photo addresses are: the scheme is always written out.
 */
export function tileHref(template: string, z: number, x: number, y: number): string | undefined {
  const trimmed = template.trim();
  if (!/^(https?:\/\/|\/(?!\/)|\.{1,2}\/)/i.test(trimmed)) return undefined;
  return trimmed
    .replaceAll('{z}', String(z))
    .replaceAll('{x}', String(x))
    .replaceAll('{y}', String(y));
}

/**
 * How far the tiles' coordinate system is shifted from the layer's, in Web-Mercator world units,
 * measured at the layer's centre: GCJ-02 and WGS-84 differ by a few hundred metres, nearly the
 * same across a district (within metres), so one translation aligns, say, OpenStreetMap (WGS-84)
 * tiles with a GCJ-02 layer.
 */
export function tileOffset(
  geometry: MapGeometry,
  tileSystem: CoordinateSystem | undefined,
): [number, number] {
  if (!tileSystem || tileSystem === geometry.coordinateSystem) return [0, 0];
  const [lon, lat] = geometry.toLonLat(geometry.width / 2, geometry.height / 2);
  const [tLon, tLat] = convertPosition([lon, lat], geometry.coordinateSystem, tileSystem);
  return [worldX(tLon) - worldX(lon), worldY(tLat) - worldY(lat)];
}

/** The tiles that cover the viewport, at the tile zoom closest to the view's scale. */
export function visibleTiles(
  template: string,
  geometry: MapGeometry,
  transform: MapTransform,
  viewport: MapViewport,
  offset: readonly [number, number],
): MapTile[] {
  if (!template || viewport.width <= 0 || viewport.height <= 0) return [];
  const worldPixels = transform.s * geometry.worldScale;
  const z = Math.max(0, Math.min(MAX_TILE_ZOOM, Math.round(Math.log2(worldPixels / TILE_PIXELS))));
  const n = 2 ** z;
  const [bx0, by0] = toBase(transform, 0, 0);
  const [bx1, by1] = toBase(transform, viewport.width, viewport.height);
  const [wx0, wy0] = geometry.baseToWorld(bx0, by0);
  const [wx1, wy1] = geometry.baseToWorld(bx1, by1);
  const [ox, oy] = offset;
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, v));
  const tx0 = clamp(Math.floor((wx0 + ox) * n));
  const tx1 = clamp(Math.floor((wx1 + ox) * n));
  const ty0 = clamp(Math.floor((wy0 + oy) * n));
  const ty1 = clamp(Math.floor((wy1 + oy) * n));
  const tiles: MapTile[] = [];
  // Half a screen pixel of overlap hides the seams anti-aliasing leaves between tiles.
  const overlap = 0.5 / transform.s;
  for (let ty = ty0; ty <= ty1; ty += 1) {
    for (let tx = tx0; tx <= tx1; tx += 1) {
      if (tiles.length >= MAX_TILES) return tiles;
      const href = tileHref(template, z, tx, ty);
      if (href === undefined) return [];
      const [x, y] = geometry.worldToBase(tx / n - ox, ty / n - oy);
      const size = geometry.worldScale / n;
      tiles.push({ key: `${z}/${tx}/${ty}`, href, x, y, size: size + overlap });
    }
  }
  return tiles;
}
