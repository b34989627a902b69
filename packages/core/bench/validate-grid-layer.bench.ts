// Checking a grid layer for overlaps between siblings: validateGridLayer (every check, with fast
// paths that prove most neighbours disjoint without clipping) against the obvious alternative,
// clipping every pair of ordinary siblings whose boxes meet with polyclip-ts and measuring the
// intersection with @turf/area. Both on the Yingze demo layer (the real boundary tessellated into
// 7 streets, 110 communities, 1,198 grids and 2,568 micro-grids).
import { area } from '@turf/area';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import * as polyclip from 'polyclip-ts';
import { bench, describe } from 'vitest';
import type { GridLayer } from '../src/index.js';
import { validateGridLayer } from '../src/layers.js';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '../src/demo/index.js';

const layer: GridLayer = generateDemoGeometry(generateDemoDistrict(), YINGZE_BOUNDARY);

type Geom = Polygon | MultiPolygon;
const rings = (g: Geom) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

function naiveOverlaps(input: GridLayer): number {
  const ordinary = input.features.filter((f) => f.properties.kind !== 'exclusive');
  const tree = new Flatbush(ordinary.length);
  const boxes = ordinary.map((f) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of rings(f.geometry as Geom)) {
      for (const ring of polygon) {
        for (const [x = 0, y = 0] of ring) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x);
          y1 = Math.max(y1, y);
        }
      }
    }
    tree.add(x0, y0, x1, y1);
    return [x0, y0, x1, y1] as const;
  });
  tree.finish();
  let overlaps = 0;
  ordinary.forEach((a, i) => {
    const [x0, y0, x1, y1] = boxes[i] ?? [0, 0, 0, 0];
    for (const j of tree.search(x0, y0, x1, y1)) {
      const b = ordinary[j];
      if (j <= i || !b || b.properties.parentId !== a.properties.parentId) continue;
      const pieces = polyclip.intersection(
        rings(a.geometry as Geom) as polyclip.Geom,
        rings(b.geometry as Geom) as polyclip.Geom,
      );
      const squareMetres = area({ type: 'MultiPolygon', coordinates: pieces });
      if (squareMetres > 1) overlaps += 1;
    }
  });
  return overlaps;
}

describe(`check the Yingze demo layer (${layer.features.length} units) for overlaps between siblings`, () => {
  bench(
    'wangge validateGridLayer (all checks)',
    () => {
      if (validateGridLayer(layer).length !== 0) throw new Error('the demo layer has issues');
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'polyclip-ts intersection of every pair of siblings whose boxes meet (overlaps only)',
    () => {
      if (naiveOverlaps(layer) !== 0) throw new Error('the demo layer has overlaps');
    },
    { iterations: 1, warmupIterations: 0 },
  );
});
