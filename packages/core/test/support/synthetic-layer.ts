import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { GridFeature, GridLayer, Position } from '../../src/index.js';

export interface SyntheticLayerOptions {
  readonly seed: number;
  readonly cols: number;
  readonly rows: number;
  /** One exclusive grid (a small square with one micro-grid) every `exclusiveEvery` cells. */
  readonly exclusiveEvery?: number;
  /** Cut a hole in one cell out of `holeEvery` (the hole is not part of the cell). */
  readonly holeEvery?: number;
  /** Wind every other cell clockwise, as many real layers do. */
  readonly mixedWinding?: boolean;
}

const X0 = 112.5;
const Y0 = 37.78;
const WIDTH = 0.14;
const HEIGHT = 0.12;

/**
 * A seeded layer of irregular micro-grids that tile a rectangle near Taiyuan: a lattice whose
 * corners and edge midpoints are jittered, so every cell is an 8-gon sharing its border vertices
 * exactly with its neighbours. Cells are grouped 2×2 into grids under one community.
 */
export function syntheticLayer(options: SyntheticLayerOptions): GridLayer {
  const rng = xoroshiro128plus(options.seed);
  const jitter = (scale: number) => ((uniformInt(rng, -1000, 1000) / 1000) * scale) / 3;
  const { cols, rows } = options;
  const w = WIDTH / cols;
  const h = HEIGHT / rows;
  const corner: Position[][] = [];
  for (let j = 0; j <= rows; j += 1) {
    const line: Position[] = [];
    for (let i = 0; i <= cols; i += 1) {
      const edge = i === 0 || j === 0 || i === cols || j === rows;
      line.push([X0 + i * w + (edge ? 0 : jitter(w)), Y0 + j * h + (edge ? 0 : jitter(h))]);
    }
    corner.push(line);
  }
  const at = (j: number, i: number): Position => corner[j]?.[i] ?? [0, 0];
  const mid = (a: Position, b: Position, border: boolean, vertical: boolean): Position => {
    const x = (a[0] + b[0]) / 2 + (border || vertical ? 0 : 0);
    const y = (a[1] + b[1]) / 2;
    if (border) return [x, y];
    return vertical ? [x + jitter(w), y] : [x, y + jitter(h)];
  };
  // Midpoints are drawn once per lattice edge so that both neighbours share them.
  const horizontal: Position[][] = [];
  for (let j = 0; j <= rows; j += 1) {
    const line: Position[] = [];
    for (let i = 0; i < cols; i += 1)
      line.push(mid(at(j, i), at(j, i + 1), j === 0 || j === rows, false));
    horizontal.push(line);
  }
  const vertical: Position[][] = [];
  for (let j = 0; j < rows; j += 1) {
    const line: Position[] = [];
    for (let i = 0; i <= cols; i += 1)
      line.push(mid(at(j, i), at(j + 1, i), i === 0 || i === cols, true));
    vertical.push(line);
  }
  const features: GridFeature[] = [
    feature('c-1', 'community', undefined, undefined, [
      [
        [X0, Y0],
        [X0 + WIDTH, Y0],
        [X0 + WIDTH, Y0 + HEIGHT],
        [X0, Y0 + HEIGHT],
        [X0, Y0],
      ],
    ]),
  ];
  const gridId = (i: number, j: number) => `g-${Math.floor(j / 2)}-${Math.floor(i / 2)}`;
  const grids = new Set<string>();
  let n = 0;
  for (let j = 0; j < rows; j += 1) {
    for (let i = 0; i < cols; i += 1) {
      const ring: Position[] = [
        at(j, i),
        horizontal[j]?.[i] ?? [0, 0],
        at(j, i + 1),
        vertical[j]?.[i + 1] ?? [0, 0],
        at(j + 1, i + 1),
        horizontal[j + 1]?.[i] ?? [0, 0],
        at(j + 1, i),
        vertical[j]?.[i] ?? [0, 0],
        at(j, i),
      ];
      const shell = options.mixedWinding && n % 2 === 1 ? ring.slice().reverse() : ring;
      const rings: Position[][] = [shell];
      const cx = X0 + (i + 0.5) * w;
      const cy = Y0 + (j + 0.5) * h;
      if (options.holeEvery && n % options.holeEvery === 0)
        rings.push(square(cx, cy, w / 10, h / 10));
      const grid = gridId(i, j);
      if (!grids.has(grid)) {
        grids.add(grid);
        features.push(feature(grid, 'grid', 'c-1', 'ordinary', [square(cx, cy, w, h)]));
      }
      features.push(feature(`m-${j}-${i}`, 'micro-grid', grid, undefined, rings));
      if (options.exclusiveEvery && n % options.exclusiveEvery === 0) {
        const x = `x-${j}-${i}`;
        const block = [square(cx + w / 6, cy + h / 6, w / 4, h / 4)];
        features.push(feature(x, 'grid', 'c-1', 'exclusive', block));
        features.push(feature(`${x}-m1`, 'micro-grid', x, undefined, block));
      }
      n += 1;
    }
  }
  return { type: 'FeatureCollection', coordinateSystem: 'GCJ02', features };
}

function square(cx: number, cy: number, w: number, h: number): Position[] {
  return [
    [cx - w / 2, cy - h / 2],
    [cx + w / 2, cy - h / 2],
    [cx + w / 2, cy + h / 2],
    [cx - w / 2, cy + h / 2],
    [cx - w / 2, cy - h / 2],
  ];
}

function feature(
  id: string,
  level: 'community' | 'grid' | 'micro-grid',
  parentId: string | undefined,
  kind: 'ordinary' | 'exclusive' | undefined,
  rings: Position[][],
): GridFeature {
  return {
    type: 'Feature',
    properties: {
      id,
      level,
      ...(parentId === undefined ? {} : { parentId }),
      ...(kind === undefined ? {} : { kind }),
    },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

/**
 * The reference answer, written plainly: the first of the layer's finest units, exclusive ones
 * first, whose rings (even-odd, half-open) contain the point. The index must agree with it on
 * every point.
 */
export function bruteForceLocate(layer: GridLayer, x: number, y: number): string | undefined {
  const parents = new Set(layer.features.map((f) => f.properties.parentId));
  const byId = new Map(layer.features.map((f) => [f.properties.id, f]));
  const exclusive = (f: GridFeature): boolean => {
    for (let cur: GridFeature | undefined = f; cur;) {
      if (cur.properties.kind === 'exclusive') return true;
      cur = cur.properties.parentId === undefined ? undefined : byId.get(cur.properties.parentId);
    }
    return false;
  };
  const leaves = layer.features
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !parents.has(f.properties.id))
    .sort((a, b) => Number(exclusive(b.f)) - Number(exclusive(a.f)) || a.i - b.i);
  for (const { f } of leaves) {
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let inside = false;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let k = 0; k < ring.length; k += 1) {
          const a = ring[k] ?? [0, 0];
          const b = ring[(k + 1) % ring.length] ?? [0, 0];
          if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
            inside = !inside;
          }
        }
      }
    }
    if (inside) return f.properties.id;
  }
  return undefined;
}
