// Test and benchmark data only (not exported by the package): synthetic layers of square cells.
import type { GridFeature, GridLayer, Location } from '@wangge/core';
import type { GridMapMarker } from './marker-clusters.js';

export interface SquareLayerOptions {
  /** Grids per side of a community (a community is `side × side` grids). */
  readonly side: number;
  /** Communities per side of a street. */
  readonly communities: number;
  /** Streets in a row. */
  readonly streets: number;
  /** Width of a grid in degrees (default 0.001, about 90 m near Taiyuan). */
  readonly cell?: number;
}

const X0 = 112.5;
const Y0 = 37.8;

function square(x: number, y: number, w: number, h: number): GridFeature['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
        [x, y],
      ],
    ],
  };
}

/**
 * A GCJ-02 layer of square grids near Taiyuan: `streets` streets side by side, each a square of
 * `communities²` communities, each a square of `side²` grids; every unit has its rectangle, so
 * the levels tile one another exactly. Grid ids are `g-<street>-<community>-<row>-<col>`.
 */
export function squareLayer(options: SquareLayerOptions): GridLayer {
  const { side, communities, streets } = options;
  const cell = options.cell ?? 0.001;
  const features: GridFeature[] = [];
  const communitySize = side * cell;
  const streetSize = communities * communitySize;
  for (let s = 0; s < streets; s += 1) {
    const sx = X0 + s * streetSize;
    const street = `st-${s}`;
    features.push({
      type: 'Feature',
      properties: { id: street, level: 'street', name: `第${s + 1}街道` },
      geometry: square(sx, Y0, streetSize, streetSize),
    });
    for (let c = 0; c < communities * communities; c += 1) {
      const cx = sx + (c % communities) * communitySize;
      const cy = Y0 + Math.floor(c / communities) * communitySize;
      const community = `${street}-c${c}`;
      features.push({
        type: 'Feature',
        properties: { id: community, level: 'community', parentId: street, name: `社区${s}-${c}` },
        geometry: square(cx, cy, communitySize, communitySize),
      });
      for (let r = 0; r < side; r += 1) {
        for (let q = 0; q < side; q += 1) {
          features.push({
            type: 'Feature',
            properties: {
              id: `g-${s}-${c}-${r}-${q}`,
              level: 'grid',
              parentId: community,
              kind: 'ordinary',
              name: `网格${s}-${c}-${r}-${q}`,
            },
            geometry: square(cx + q * cell, cy + r * cell, cell, cell),
          });
        }
      }
    }
  }
  return { type: 'FeatureCollection', coordinateSystem: 'GCJ02', features };
}

/** `count` markers spread evenly over a square layer, one overdue in seven. */
export function spreadMarkers(layer: GridLayer, count: number): GridMapMarker[] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const f of layer.features) {
    if (f.geometry.type !== 'Polygon') continue;
    for (const [x = 0, y = 0] of f.geometry.coordinates[0] ?? []) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  const markers: GridMapMarker[] = [];
  // A low-discrepancy sequence: evenly spread, and the same every run.
  for (let i = 0; i < count; i += 1) {
    const u = (i * 0.6180339887498949) % 1;
    const v = (i + 0.5) / count;
    const location: Location = {
      point: { type: 'Point', coordinates: [x0 + u * (x1 - x0), y0 + v * (y1 - y0)] },
      coordinateSystem: layer.coordinateSystem,
    };
    markers.push({ id: `case-${i}`, location, overdue: i % 7 === 0, label: `案件 ${i}` });
  }
  return markers;
}
