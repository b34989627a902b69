// Conversions between WGS-84, GCJ-02 and BD-09: against gcoord itself, against published
// reference values, and as properties (round trips inside China, identity, outside China).
import gcoordModule from 'gcoord';
import { describe, expect, it } from 'vitest';
import { WanggeError } from '../../src/errors/wangge-error.js';
import {
  convertGeometry,
  convertLayer,
  convertLocation,
  convertPosition,
} from '../../src/geo/coordinate-system.js';
import type {
  AreaGeometry,
  GridLayer,
  PolygonGeometry,
  Position,
} from '../../src/geo/grid-layer.js';
import type { CoordinateSystem, Location } from '../../src/schema/geo-point.js';
import { fc } from '../support/fast-check.js';
import { taiyuanLayer } from '../support/taiyuan-layer.js';

// Same interop as in src: the typings say `.default`, the runtime hands over the object.
const gcoord = gcoordModule as unknown as (typeof gcoordModule)['default'];
const SYSTEMS: readonly CoordinateSystem[] = ['WGS84', 'GCJ02', 'BD09'];

/** The item at `index`, which the test knows is there. */
function at<T>(items: readonly T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

/** Great-circle distance in metres (haversine), to state offsets in a unit people know. */
function metres(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const [lng1 = 0, lat1 = 0] = a;
  const [lng2 = 0, lat2 = 0] = b;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    expect(Math.abs((actual[i] ?? NaN) - value)).toBeLessThanOrEqual(tolerance);
  });
}

// Tiananmen area, the point used by the widely copied reference implementation
// wandergis/coordtransform (test/app.js); its published outputs are the values below.
const BEIJING: [number, number] = [116.404, 39.915];
// A point in Yingze District (迎泽区), Taiyuan.
const YINGZE: [number, number] = [112.5492, 37.857];

describe('convertPosition: reference values', () => {
  it('WGS-84 → GCJ-02 matches the published coordtransform value', () => {
    expectClose(
      convertPosition(BEIJING, 'WGS84', 'GCJ02'),
      [116.41024449916938, 39.91640428150164],
      1e-9,
    );
  });

  it('GCJ-02 → BD-09 and BD-09 → GCJ-02 match the published coordtransform values', () => {
    expectClose(
      convertPosition(BEIJING, 'GCJ02', 'BD09'),
      [116.41036949371029, 39.92133699351021],
      1e-9,
    );
    expectClose(
      convertPosition(BEIJING, 'BD09', 'GCJ02'),
      [116.39762729119315, 39.90865673957631],
      1e-9,
    );
  });

  it('the WGS-84 → GCJ-02 offset in Taiyuan and Beijing is a few hundred metres', () => {
    for (const point of [BEIJING, YINGZE]) {
      const offset = metres(point, convertPosition(point, 'WGS84', 'GCJ02'));
      expect(offset).toBeGreaterThan(100);
      expect(offset).toBeLessThan(1000);
    }
  });

  it('BD-09 lies a further few hundred metres from GCJ-02', () => {
    const gcj = convertPosition(YINGZE, 'WGS84', 'GCJ02');
    const offset = metres(gcj, convertPosition(YINGZE, 'WGS84', 'BD09'));
    expect(offset).toBeGreaterThan(300);
    expect(offset).toBeLessThan(1500);
  });

  it('round trips through GCJ-02 and BD-09 come back within 1e-5 degrees', () => {
    for (const point of [BEIJING, YINGZE]) {
      for (const via of ['GCJ02', 'BD09'] as const) {
        const there = convertPosition(point, 'WGS84', via);
        expectClose(convertPosition(there, via, 'WGS84'), point, 1e-5);
      }
      expectClose(
        convertPosition(convertPosition(point, 'GCJ02', 'BD09'), 'BD09', 'GCJ02'),
        point,
        1e-5,
      );
    }
  });
});

describe('convertPosition: against gcoord itself', () => {
  it('gives gcoord.transform’s result for every pair of systems', () => {
    for (const from of SYSTEMS) {
      for (const to of SYSTEMS) {
        if (from === to) continue;
        for (const point of [BEIJING, YINGZE]) {
          expect(convertPosition(point, from, to)).toEqual(
            gcoord.transform<[number, number]>([...point], gcoord[from], gcoord[to]),
          );
        }
      }
    }
  });
});

describe('convertPosition: shape and errors', () => {
  it('keeps the altitude and does not change its input', () => {
    const input: [number, number, number] = [112.5492, 37.857, 780];
    const result = convertPosition(input, 'WGS84', 'BD09');
    result satisfies [number, number, number];
    expect(result[2]).toBe(780);
    expect(input).toEqual([112.5492, 37.857, 780]);
    expectClose(result.slice(0, 2), convertPosition([112.5492, 37.857], 'WGS84', 'BD09'), 0);
  });

  it('returns a 2-D position for a 2-D input', () => {
    const result = convertPosition(YINGZE, 'GCJ02', 'WGS84');
    result satisfies [number, number];
    expect(result).toHaveLength(2);
  });

  it('returns an equal copy for a conversion to the same system', () => {
    for (const system of SYSTEMS) {
      const input: [number, number, number] = [112.5492, 37.857, 12];
      const result = convertPosition(input, system, system);
      expect(result).toEqual(input);
      expect(result).not.toBe(input);
    }
  });

  it('refuses NaN and Infinity with a WanggeError that does not quote the position', () => {
    for (const bad of [
      [NaN, 37.857],
      [112.5492, Infinity],
      [-Infinity, 37.857],
    ] as [number, number][]) {
      let caught: unknown;
      try {
        convertPosition(bad, 'WGS84', 'GCJ02');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(WanggeError);
      expect((caught as WanggeError).code).toBe('non_finite_coordinate');
      expect((caught as WanggeError).message).not.toMatch(/112|37\.8/);
    }
  });
});

describe('convertPosition: properties', () => {
  const china = fc.tuple(
    fc.double({ min: 73, max: 135, noNaN: true }),
    fc.double({ min: 18, max: 53, noNaN: true }),
  );
  const system = fc.constantFrom(...SYSTEMS);

  it('round trips between any two systems inside China within 1e-5 degrees', () => {
    fc.assert(
      fc.property(china, system, system, (point, from, to) => {
        const back = convertPosition(convertPosition(point, from, to), to, from);
        expect(Math.abs(back[0] - point[0])).toBeLessThanOrEqual(1e-5);
        expect(Math.abs(back[1] - point[1])).toBeLessThanOrEqual(1e-5);
      }),
    );
  });

  it('moves a point inside China by less than 2 km', () => {
    fc.assert(
      fc.property(china, system, system, (point, from, to) => {
        expect(metres(point, convertPosition(point, from, to))).toBeLessThan(2000);
      }),
    );
  });

  it('is the identity from a system to itself, altitude included', () => {
    const anywhere = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(anywhere, system, (point, same) => {
        expect(convertPosition(point, same, same)).toEqual(point);
        expect(convertPosition([point[0], point[1]], same, same)).toEqual([point[0], point[1]]);
      }),
    );
  });

  it('leaves points outside China unchanged between WGS-84 and GCJ-02', () => {
    // Outside gcoord's rough box of China (lng 72.004–137.8347, lat 0.8293–55.8271).
    const outside = fc.oneof(
      fc.tuple(
        fc.double({ min: -180, max: 72, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
      fc.tuple(
        fc.double({ min: 138, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
      fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 56, max: 90, noNaN: true }),
      ),
      fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 0.8, noNaN: true }),
      ),
    );
    fc.assert(
      fc.property(outside, (point) => {
        expect(convertPosition(point, 'WGS84', 'GCJ02')).toEqual(point);
        expect(convertPosition(point, 'GCJ02', 'WGS84')).toEqual(point);
      }),
    );
  });

  it('still applies the Baidu offset outside China (as documented)', () => {
    const paris: [number, number] = [2.3522, 48.8566];
    expect(convertPosition(paris, 'WGS84', 'GCJ02')).toEqual(paris);
    expect(convertPosition(paris, 'WGS84', 'BD09')).not.toEqual(paris);
  });
});

describe('convertLocation', () => {
  it('converts the point and states the new system', () => {
    const fix: Location = {
      point: { type: 'Point', coordinates: [112.5492, 37.857, 780] },
      coordinateSystem: 'WGS84',
    };
    const copy = structuredClone(fix);
    const result = convertLocation(fix, 'GCJ02');
    expect(result).toEqual({
      point: {
        type: 'Point',
        coordinates: convertPosition([112.5492, 37.857, 780], 'WGS84', 'GCJ02'),
      },
      coordinateSystem: 'GCJ02',
    });
    expect(fix).toEqual(copy);
    expect(convertLocation(fix, 'WGS84')).toEqual(fix);
  });
});

describe('convertGeometry', () => {
  const polygon: PolygonGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [112.55, 37.85],
        [112.56, 37.85],
        [112.56, 37.86],
        [112.55, 37.85],
      ],
    ],
    bbox: [112.55, 37.85, 112.56, 37.86],
  };

  it('converts every position into new arrays and leaves the input untouched', () => {
    const copy = structuredClone(polygon);
    const result = convertGeometry(polygon, 'GCJ02', 'WGS84');
    expect(polygon).toEqual(copy);
    expect(result.type).toBe('Polygon');
    const ring = result.coordinates[0] as Position[];
    expect(ring).not.toBe(polygon.coordinates[0]);
    ring.forEach((position, i) => {
      const original = at(at(polygon.coordinates, 0), i);
      expect(position).toEqual(convertPosition(original, 'GCJ02', 'WGS84'));
      expect(position).not.toBe(original);
    });
  });

  it('recomputes the bbox from the converted positions', () => {
    const result = convertGeometry(polygon, 'GCJ02', 'BD09');
    const ring = result.coordinates[0] as Position[];
    const lngs = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    expect(result.bbox).toEqual([
      Math.min(...lngs),
      Math.min(...lats),
      Math.max(...lngs),
      Math.max(...lats),
    ]);
    expect(convertGeometry({ ...polygon, bbox: undefined }, 'GCJ02', 'BD09')).not.toHaveProperty(
      'bbox',
    );
  });

  it('converts MultiPolygons, and is an equal copy for the same system', () => {
    const multi: AreaGeometry = { type: 'MultiPolygon', coordinates: [polygon.coordinates] };
    const result = convertGeometry(multi, 'WGS84', 'GCJ02');
    expect(result.type).toBe('MultiPolygon');
    expect(result.coordinates).toEqual([
      polygon.coordinates.map((ring) =>
        ring.map((position) => convertPosition(position, 'WGS84', 'GCJ02')),
      ),
    ]);
    const same = convertGeometry(multi, 'WGS84', 'WGS84');
    expect(same).toEqual(multi);
    expect(same.coordinates).not.toBe(multi.coordinates);
  });
});

describe('convertLayer', () => {
  it('converts Taiyuan’s districts from GCJ-02 to WGS-84 and back', () => {
    const layer = taiyuanLayer();
    const copy = structuredClone(layer);
    const wgs84 = convertLayer(layer, 'WGS84');
    expect(layer).toEqual(copy);
    expect(wgs84.coordinateSystem).toBe('WGS84');
    expect(wgs84.features.map((f) => f.properties)).toEqual(
      layer.features.map((f) => f.properties),
    );
    const first = wgs84.features[0]?.geometry.coordinates[0]?.[0]?.[0] as Position;
    const original = layer.features[0]?.geometry.coordinates[0]?.[0]?.[0] as Position;
    const offset = metres(original, first);
    expect(offset).toBeGreaterThan(100);
    expect(offset).toBeLessThan(1000);

    const back = convertLayer(wgs84, 'GCJ02');
    back.features.forEach((feature, f) => {
      const positions = (feature.geometry.coordinates as Position[][][]).flat(2);
      const expected = (layer.features[f]?.geometry.coordinates as Position[][][]).flat(2);
      expect(positions).toHaveLength(expected.length);
      positions.forEach((position, i) => {
        expectClose(position, expected[i] ?? [], 1e-5);
      });
    });
  });

  it('recomputes feature and layer bboxes, and copies the layer for the same system', () => {
    const layer = taiyuanLayer();
    const boxed: GridLayer = {
      ...layer,
      bbox: [0, 0, 0, 0],
      features: layer.features.map((feature) => ({ ...feature, bbox: [0, 0, 0, 0] })),
    };
    const result = convertLayer(boxed, 'BD09');
    const all = result.features.flatMap((f) => (f.geometry.coordinates as Position[][][]).flat(2));
    const [west, south, east, north] = result.bbox ?? [];
    expect(west).toBe(Math.min(...all.map((p) => p[0])));
    expect(south).toBe(Math.min(...all.map((p) => p[1])));
    expect(east).toBe(Math.max(...all.map((p) => p[0])));
    expect(north).toBe(Math.max(...all.map((p) => p[1])));
    for (const feature of result.features) {
      expect(feature.bbox).toHaveLength(4);
      expect(feature.bbox?.[0]).toBeGreaterThan(111);
    }
    const same = convertLayer(layer, 'GCJ02');
    expect(same).toEqual(layer);
    expect(same.features).not.toBe(layer.features);
  });
});
