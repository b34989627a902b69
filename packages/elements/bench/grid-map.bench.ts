// <wg-grid-map>, first frame and recolouring, against the obvious alternative in the same run:
// a plain Lit `svg` template of every path, computed with d3-geo's geoPath on each render,
// without caching or a canvas. Layers: the full demo district (Yingze, 2,568 micro-grids, on its
// real boundary) and a synthetic city of 20,000 square grids with 10,000 case markers.
//
// Two clocks. "first frame": from setting the data to the next animation frame (`updateComplete`,
// then one requestAnimationFrame), as the component's goals are stated. Runs follow one another
// at once, so each starts inside the previous run's animation-frame callback, and the frame
// whose callbacks end the run comes after the new element's style, layout and paint: they are in
// this clock too (a trace of the runs shows them back to back: the element's script, then that
// frame's style, layout and paint, then the next frame's callbacks). "painted": the same, then a
// task after that frame, so that runs start outside a frame. Each run mounts a new element, so
// nothing is cached between runs; the previous element is removed first.
//
// What is compared. The naive template validates nothing: it draws whatever it is given. The map
// never draws data it has not validated. "layer from <wg-district>" is like for like with the
// naive template: the provider validated the layer once, before the runs, as a page reads its
// district once for every element inside it. "own layer" is the map given the layer as a
// property, which it validates with parseGridLayer in its first frame (for 2,568 polygons, much
// of that case's time, and none of the naive template's); its like for like is the naive
// template held to the same rule, "naive, validating first".
import { parseGridLayer, type GridLayer } from '@wangge/core';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '@wangge/core/demo';
import { geoIdentity, geoPath, type ExtendedFeature, type ExtendedFeatureCollection } from 'd3-geo';
import { render, svg } from 'lit';
import { bench, describe } from 'vitest';
import '../src/district/district.js';
import type { WgDistrict } from '../src/district/district.component.js';
import '../src/grid-map/grid-map.js';
import type { WgGridMap } from '../src/grid-map/grid-map.component.js';
import { spreadMarkers, squareLayer } from '../src/grid-map/grid-map.fixtures.js';
import type { UnitCaseCounts } from '../src/grid-map/map-colors.js';
import type { GridMapMarker } from '../src/grid-map/marker-clusters.js';

const WIDTH = 1200;
const HEIGHT = 640;

const yingze: GridLayer = generateDemoGeometry(generateDemoDistrict(), YINGZE_BOUNDARY);
const microGrids = yingze.features.filter((f) => f.properties.level === 'micro-grid');
// 2 streets × 25 communities × 400 grids = 20,000 grids (20,052 units).
const city = squareLayer({ side: 20, communities: 5, streets: 2 });
const cityGrids = city.features.filter((f) => f.properties.level === 'grid');
const cityMarkers = spreadMarkers(city, 10_000);

if (microGrids.length !== 2568 || cityGrids.length !== 20_000) throw new Error('unexpected data');
if (!parseGridLayer(yingze).success || !parseGridLayer(city).success) throw new Error('invalid');

type Clock = 'first frame' | 'painted';
let clock: Clock = 'first frame';
const nextFrame = async () => {
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });
  if (clock === 'painted') await new Promise((resolve) => setTimeout(resolve, 0));
};

function stage(): HTMLElement {
  const box = document.createElement('div');
  box.style.setProperty('width', `${WIDTH}px`);
  box.style.setProperty('--wg-grid-map-height', `${HEIGHT}px`);
  document.body.append(box);
  return box;
}

// A provider per layer, read once: the map receives an already validated layer from it.
function provider(layer: GridLayer): WgDistrict {
  const district = document.createElement('wg-district');
  district.layer = layer;
  stage().append(district);
  return district;
}
const yingzeProvider = provider(yingze);
const cityProvider = provider(city);

let current: Element | undefined;
function replace(next: Element, parent: Element): void {
  current?.remove();
  current = next;
  parent.append(next);
}

async function firstFrame(
  parent: Element,
  levels: string,
  data: { layer?: GridLayer; markers?: readonly GridMapMarker[] },
): Promise<WgGridMap> {
  const el = document.createElement('wg-grid-map');
  el.setAttribute('levels', levels);
  if (data.layer) el.layer = data.layer;
  if (data.markers) el.markers = data.markers;
  replace(el, parent);
  await el.updateComplete;
  await nextFrame();
  return el;
}

// The obvious alternative: every path computed by d3 on every render.
function naiveTemplate(
  layer: GridLayer,
  level: string,
  fills: ReadonlyMap<string, string>,
  markers: readonly GridMapMarker[] = [],
) {
  // wangge's GeoJSON types are stricter than d3's; the objects are the same.
  const features = layer.features.filter(
    (f) => f.properties.level === level,
  ) as unknown as (ExtendedFeature & { properties: { id: string } })[];
  const collection: ExtendedFeatureCollection = { type: 'FeatureCollection', features };
  const projection = geoIdentity().reflectY(true).fitSize([WIDTH, HEIGHT], collection);
  const path = geoPath(projection);
  return svg`<svg xmlns="http://www.w3.org/2000/svg" width=${WIDTH} height=${HEIGHT}>
    ${features.map(
      (f) =>
        svg`<path d=${path(f) ?? ''} fill=${fills.get(f.properties.id) ?? '#fff'} stroke="#59636e"></path>`,
    )}
    ${markers.map((m) => {
      const [x = 0, y = 0] = projection(m.location.point.coordinates as [number, number]) ?? [];
      return svg`<circle cx=${x} cy=${y} r="6" fill=${m.overdue === true ? '#a40e26' : '#1f2328'}></circle>`;
    })}
  </svg>`;
}

async function naiveFirstFrame(
  input: GridLayer,
  level: string,
  markers?: readonly GridMapMarker[],
  validate = false,
): Promise<void> {
  const box = document.createElement('div');
  replace(box, document.body);
  const parsed = validate ? parseGridLayer(input) : undefined;
  if (parsed && !parsed.success) throw new Error('invalid');
  const layer = parsed ? parsed.data : input;
  render(naiveTemplate(layer, level, new Map(), markers), box);
  await nextFrame();
}

const slow = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };
const fast = { iterations: 20, warmupIterations: 3, time: 0, warmupTime: 0 };

// Two sets of counts over every micro-grid, alternated, so that each run changes every fill.
function countsFor(round: number): Record<string, UnitCaseCounts> {
  const counts: Record<string, { open: number; overdue: number }> = {};
  microGrids.forEach((f, i) => {
    const open = (i * 7 + round * 3) % 13;
    counts[f.properties.id] = { open, overdue: open % 4 };
  });
  return counts;
}
const countSets = [countsFor(0), countsFor(1)];
// Two sets of values (an on-time rate, say) over every micro-grid, a tenth without data,
// alternated: each run changes every unit's shade, and some units between a value and none.
function valuesFor(round: number): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  microGrids.forEach((f, i) => {
    values[f.properties.id] = (i + round) % 10 === 0 ? null : ((i * 37 + round * 11) % 100) / 100;
  });
  return values;
}
const valueSets = [valuesFor(0), valuesFor(1)];
const naiveValueFills = valueSets.map((values) => {
  const fills = new Map<string, string>();
  for (const [id, v] of Object.entries(values)) {
    fills.set(id, v === null ? '#eee' : `hsl(0 80% ${String(95 - v * 50)}%)`);
  }
  return fills;
});
const naiveFills = countSets.map((counts) => {
  const fills = new Map<string, string>();
  for (const [id, c] of Object.entries(counts)) {
    fills.set(id, `hsl(40 90% ${String(100 - c.open * 5)}%)`);
  }
  return fills;
});

for (const c of ['first frame', 'painted'] as const) {
  describe(`${c}: Yingze, 2,568 micro-grids (SVG)`, () => {
    bench(
      'wg-grid-map, layer from <wg-district>',
      async () => {
        clock = c;
        await firstFrame(yingzeProvider, 'micro-grid', {});
      },
      fast,
    );
    bench(
      'wg-grid-map, own layer (parseGridLayer included)',
      async () => {
        clock = c;
        await firstFrame(document.body, 'micro-grid', { layer: yingze });
      },
      fast,
    );
    bench(
      'naive: lit svg + d3 geoPath per render',
      async () => {
        clock = c;
        await naiveFirstFrame(yingze, 'micro-grid');
      },
      fast,
    );
    bench(
      'naive, validating first (parseGridLayer included)',
      async () => {
        clock = c;
        await naiveFirstFrame(yingze, 'micro-grid', undefined, true);
      },
      fast,
    );
  });

  describe(`${c}: 20,000 grids + 10,000 markers (canvas)`, () => {
    bench(
      'wg-grid-map, layer from <wg-district>',
      async () => {
        clock = c;
        const el = await firstFrame(cityProvider, 'grid', { markers: cityMarkers });
        if (!el.usesCanvas) throw new Error('expected a canvas');
      },
      slow,
    );
    bench(
      'wg-grid-map, own layer (parseGridLayer included)',
      async () => {
        clock = c;
        await firstFrame(document.body, 'grid', { layer: city, markers: cityMarkers });
      },
      slow,
    );
    bench(
      'naive: lit svg + d3 geoPath per render',
      async () => {
        clock = c;
        await naiveFirstFrame(city, 'grid', cityMarkers);
      },
      slow,
    );
  });

  describe(`${c}: recolouring 2,568 micro-grids after a data change`, () => {
    let map: WgGridMap | undefined;
    let round = 0;
    bench(
      'wg-grid-map (same elements, paths regrouped)',
      async () => {
        clock = c;
        if (!map?.isConnected) map = await firstFrame(yingzeProvider, 'micro-grid', {});
        round += 1;
        map.counts = countSets[round % 2];
        await map.updateComplete;
        await nextFrame();
      },
      fast,
    );
    let box: HTMLElement | undefined;
    bench(
      'naive: lit svg + d3 geoPath per render',
      async () => {
        clock = c;
        if (!box?.isConnected) {
          box = document.createElement('div');
          replace(box, document.body);
        }
        round += 1;
        render(naiveTemplate(yingze, 'micro-grid', naiveFills[round % 2] ?? new Map()), box);
        await nextFrame();
      },
      fast,
    );
  });

  describe(`${c}: recolouring 2,568 micro-grids by value (color-by="value")`, () => {
    let map: WgGridMap | undefined;
    let round = 0;
    bench(
      'wg-grid-map (same elements, paths regrouped)',
      async () => {
        clock = c;
        if (!map?.isConnected) {
          map = await firstFrame(yingzeProvider, 'micro-grid', {});
          map.colorBy = 'value';
          map.valueFormat = 'percent';
        }
        round += 1;
        map.values = valueSets[round % 2];
        await map.updateComplete;
        await nextFrame();
      },
      fast,
    );
    let box: HTMLElement | undefined;
    bench(
      'naive: lit svg + d3 geoPath per render',
      async () => {
        clock = c;
        if (!box?.isConnected) {
          box = document.createElement('div');
          replace(box, document.body);
        }
        round += 1;
        render(naiveTemplate(yingze, 'micro-grid', naiveValueFills[round % 2] ?? new Map()), box);
        await nextFrame();
      },
      fast,
    );
  });
}
