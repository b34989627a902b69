// Which grid holds a point: wangge's GridIndex against the obvious alternative, a flatbush bbox
// index with turf's point-in-polygon test, on seeded layers of irregular polygons that share
// their borders (2,568 micro-grids as in Yingze, and 100,000 as in a large city), 10⁶ seeded
// random points each. Before timing, every point's answer is checked to be the same in both.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { bench, describe } from 'vitest';
import { GridIndex, type GridLayer } from '../src/index.js';
import { bboxOf } from '../src/geo/clip-geometry.js';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '../src/demo/index.js';
import { syntheticLayer } from '../test/support/synthetic-layer.js';

const POINTS = 1_000_000;

function points(seed: number, layer: GridLayer): { xs: Float64Array; ys: Float64Array } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of layer.features) {
    const [x0, y0, x1, y1] = bboxOf(f.geometry);
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  }
  const rng = xoroshiro128plus(seed);
  const xs = new Float64Array(POINTS);
  const ys = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i += 1) {
    xs[i] = minX + uniformFloat64(rng) * (maxX - minX);
    ys[i] = minY + uniformFloat64(rng) * (maxY - minY);
  }
  return { xs, ys };
}

// The same rule as the index: the finest units, those inside an exclusive grid first.
function baseline(layer: GridLayer) {
  const parents = new Set(layer.features.map((f) => f.properties.parentId));
  const byId = new Map(layer.features.map((f) => [f.properties.id, f]));
  const exclusive = (f: GridLayer['features'][number]) =>
    f.properties.kind === 'exclusive' ||
    byId.get(f.properties.parentId ?? '')?.properties.kind === 'exclusive';
  const finest = layer.features.filter((f) => !parents.has(f.properties.id));
  const leaves = [...finest.filter(exclusive), ...finest.filter((f) => !exclusive(f))];
  const tree = new Flatbush(leaves.length);
  for (const leaf of leaves) {
    tree.add(...bboxOf(leaf.geometry));
  }
  tree.finish();
  return (x: number, y: number): string | undefined => {
    const hits = tree.search(x, y, x, y).sort((a, b) => a - b);
    for (const i of hits) {
      const leaf = leaves[i];
      if (leaf && booleanPointInPolygon([x, y], leaf.geometry as Polygon | MultiPolygon)) {
        return leaf.properties.id;
      }
    }
    return undefined;
  };
}

const layers: [string, GridLayer][] = [
  [
    'the 2,568 micro-grids of the Yingze demo (real boundary, tessellated)',
    generateDemoGeometry(generateDemoDistrict(), YINGZE_BOUNDARY),
  ],
  ['100,172 irregular micro-grids', syntheticLayer({ seed: 20261126, cols: 316, rows: 317 })],
];

for (const [label, layer] of layers) {
  const { xs, ys } = points(7, layer);
  const index = GridIndex.fromLayer(layer);
  const turf = baseline(layer);
  for (let i = 0; i < POINTS; i += 1) {
    const x = xs[i] ?? 0;
    const y = ys[i] ?? 0;
    const mine = index.unitAt(index.indexOf(x, y))?.unitId;
    if (mine !== turf(x, y)) throw new Error(`${label}: answers differ at (${x}, ${y})`);
  }
  let sink = 0;
  describe(`locate 10⁶ random points among ${label} (${index.size} units, ${(index.byteLength / 1e6).toFixed(1)} MB)`, () => {
    bench(
      'wangge GridIndex.indexOf',
      () => {
        for (let i = 0; i < POINTS; i += 1) sink += index.indexOf(xs[i] ?? 0, ys[i] ?? 0);
      },
      { iterations: 3, warmupIterations: 1 },
    );
    bench(
      'flatbush bbox index + turf booleanPointInPolygon',
      () => {
        for (let i = 0; i < POINTS; i += 1) sink += turf(xs[i] ?? 0, ys[i] ?? 0)?.length ?? 0;
      },
      { iterations: 1, warmupIterations: 0 },
    );
  });
  describe(`build the index of ${label}`, () => {
    bench(
      'wangge GridIndex.fromLayer',
      () => {
        sink += GridIndex.fromLayer(layer).size;
      },
      { iterations: 3, warmupIterations: 1 },
    );
  });
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
}
