// Reading grid layers from untrusted GeoJSON: every way real files go wrong gets a typed,
// localised issue at the exact path, and nothing ever throws.
import { describe, expect, it } from 'vitest';
import { WanggeValidationError, type ValidationIssue } from '../../src/errors/validation-error.js';
import type { GridLayer } from '../../src/geo/grid-layer.js';
import { parseGridLayer, parseGridLayerJson } from '../../src/geo/parse-grid-layer.js';
import { GEO_MESSAGES } from '../../src/i18n/geo-messages.js';
import type { ParseResult } from '../../src/validation/parse-result.js';
import { fc } from '../support/fast-check.js';
import { taiyuanLayer } from '../support/taiyuan-layer.js';

type Json = Record<string, unknown>;
type Rings = number[][][];

/** The item at `index`, which the test knows is there. */
function at<T>(items: readonly T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

/** Taiyuan's ten districts (GCJ-02 MultiPolygons) as a grid layer, as plain mutable JSON. */
function taiyuanJson(): Json & { features: (Json & { geometry: Json })[] } {
  return structuredClone(taiyuanLayer());
}

/** A small layer of five Polygon grids around Yingze District, for hand-made breakage. */
function smallLayer(): Json & { features: (Json & { geometry: Json & { coordinates: Rings } })[] } {
  const square = (x: number): Rings => [
    [
      [112.55 + x, 37.85],
      [112.551 + x, 37.85],
      [112.552 + x, 37.851],
      [112.552 + x, 37.852],
      [112.551 + x, 37.852],
      [112.55 + x, 37.852],
      [112.55 + x, 37.85],
    ],
  ];
  return {
    type: 'FeatureCollection',
    coordinateSystem: 'GCJ02',
    features: [0, 1, 2, 3, 4].map((i) => ({
      type: 'Feature',
      properties: { id: `g-${i}`, level: 'grid', parentId: 'c-1', kind: 'ordinary' },
      geometry: { type: 'Polygon', coordinates: square(i * 0.01) },
    })),
  };
}

function issuesOf(result: ParseResult<GridLayer>): readonly ValidationIssue[] {
  expect(result.success).toBe(false);
  if (result.success) return [];
  expect(result.error).toBeInstanceOf(WanggeValidationError);
  return result.error.issues;
}

/** Exactly one issue, with this code at this path, in both languages. */
function expectOnly(result: ParseResult<GridLayer>, code: string, path: readonly PropertyKey[]) {
  const issues = issuesOf(result);
  expect(issues.map((issue) => ({ code: issue.code, path: issue.path }))).toEqual([{ code, path }]);
  const [issue] = issues;
  expect(issue?.message['zh-CN']).not.toBe('');
  expect(issue?.message.en).not.toBe('');
  expect(issue?.expected.en).not.toBe('');
}

describe('parseGridLayer: valid layers', () => {
  it('reads the real boundaries of Taiyuan’s districts', () => {
    const result = parseGridLayer(taiyuanJson());
    expect(result.success).toBe(true);
    if (!result.success) return;
    result.data satisfies GridLayer;
    expect(result.data.coordinateSystem).toBe('GCJ02');
    expect(result.data.features).toHaveLength(10);
    expect(result.data.features.map((f) => f.properties.id)).toContain('140106');
    expect(result.data.features.find((f) => f.properties.id === '140106')?.properties.name).toBe(
      '迎泽区',
    );
  });

  it('reads the same layer from GeoJSON text', () => {
    const result = parseGridLayerJson(JSON.stringify(taiyuanJson()));
    expect(result.success).toBe(true);
  });

  it('accepts positions with an altitude', () => {
    const layer = smallLayer();
    const ring = layer.features[0]?.geometry.coordinates[0] ?? [];
    for (const position of ring) position.push(780);
    expect(parseGridLayer(layer).success).toBe(true);
  });
});

describe('parseGridLayer: malformed GeoJSON', () => {
  it('reports anything but an object as not_feature_collection at the root', () => {
    for (const input of [null, undefined, 42, 'FeatureCollection', [], [taiyuanJson()]]) {
      expectOnly(parseGridLayer(input), 'not_feature_collection', []);
    }
  });

  it('reports a Feature or a bare geometry as not_feature_collection at type', () => {
    const feature = smallLayer().features[0];
    expectOnly(parseGridLayer(feature), 'not_feature_collection', ['type']);
    expectOnly(parseGridLayer(feature?.geometry), 'not_feature_collection', ['type']);
    expectOnly(parseGridLayer({ features: [] }), 'not_feature_collection', ['type']);
  });

  it('reports a missing coordinateSystem', () => {
    const layer = taiyuanJson();
    delete layer.coordinateSystem;
    expectOnly(parseGridLayer(layer), 'missing_coordinate_system', ['coordinateSystem']);
    expectOnly(
      parseGridLayer({ ...smallLayer(), coordinateSystem: null }),
      'missing_coordinate_system',
      ['coordinateSystem'],
    );
  });

  it('reports an unknown coordinateSystem', () => {
    expectOnly(
      parseGridLayer({ ...smallLayer(), coordinateSystem: 'EPSG:4326' }),
      'invalid_coordinate_system',
      ['coordinateSystem'],
    );
  });

  it('reports a feature without geometry at that feature', () => {
    const layer = taiyuanJson();
    delete (layer.features[3] as Json).geometry;
    expectOnly(parseGridLayer(layer), 'missing_geometry', ['features', 3, 'geometry']);
    const nullGeometry = smallLayer();
    (nullGeometry.features[1] as Json).geometry = null;
    expectOnly(parseGridLayer(nullGeometry), 'missing_geometry', ['features', 1, 'geometry']);
  });

  it('reports a Point, a LineString or a GeometryCollection where an area is expected', () => {
    const geometries = [
      { type: 'Point', coordinates: [112.55, 37.85] },
      {
        type: 'LineString',
        coordinates: [
          [112.55, 37.85],
          [112.56, 37.86],
        ],
      },
      { type: 'GeometryCollection', geometries: [] },
      { coordinates: [] },
    ];
    for (const geometry of geometries) {
      const layer = smallLayer();
      (layer.features[2] as Json).geometry = geometry;
      expectOnly(parseGridLayer(layer), 'not_area_geometry', ['features', 2, 'geometry', 'type']);
    }
  });
});

describe('parseGridLayer: coordinates', () => {
  it('reports NaN at the exact coordinate', () => {
    const layer = smallLayer();
    const ring = layer.features[3]?.geometry.coordinates[0] ?? [];
    at(ring, 5)[1] = NaN;
    expectOnly(parseGridLayer(layer), 'non_finite_coordinate', [
      'features',
      3,
      'geometry',
      'coordinates',
      0,
      5,
      1,
    ]);
  });

  it('reports ±Infinity, and an infinite altitude', () => {
    for (const [axis, value] of [
      [0, Infinity],
      [1, -Infinity],
      [2, Infinity],
    ] as const) {
      const layer = smallLayer();
      const position = layer.features[0]?.geometry.coordinates[0]?.[2] ?? [];
      position[2] = 0;
      position[axis] = value;
      expectOnly(parseGridLayer(layer), 'non_finite_coordinate', [
        'features',
        0,
        'geometry',
        'coordinates',
        0,
        2,
        axis,
      ]);
    }
  });

  it('reports out-of-range longitudes and latitudes in a MultiPolygon', () => {
    const layer = taiyuanJson();
    const rings = layer.features[1]?.geometry.coordinates as number[][][][];
    at(at(at(rings, 0), 0), 7)[0] = 181;
    at(at(at(rings, 0), 0), 9)[1] = -90.5;
    const issues = issuesOf(parseGridLayer(layer));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['longitude_out_of_range', ['features', 1, 'geometry', 'coordinates', 0, 0, 7, 0]],
      ['latitude_out_of_range', ['features', 1, 'geometry', 'coordinates', 0, 0, 9, 1]],
    ]);
  });

  it('reports swapped longitude and latitude at every latitude', () => {
    const layer = smallLayer();
    const ring = layer.features[0]?.geometry.coordinates[0] ?? [];
    for (const position of ring) position.reverse();
    const issues = issuesOf(parseGridLayer(layer));
    expect(issues).toHaveLength(ring.length);
    issues.forEach((issue, p) => {
      expect(issue.code).toBe('latitude_out_of_range');
      expect(issue.path).toEqual(['features', 0, 'geometry', 'coordinates', 0, p, 1]);
    });
  });

  it('reports a ring of fewer than 4 positions', () => {
    const layer = smallLayer();
    const polygon = layer.features[4]?.geometry.coordinates ?? [];
    polygon.push([
      [112.55, 37.85],
      [112.551, 37.85],
      [112.55, 37.85],
    ]);
    expectOnly(parseGridLayer(layer), 'ring_too_short', [
      'features',
      4,
      'geometry',
      'coordinates',
      1,
    ]);
  });

  it('reports positions that are not two or three numbers', () => {
    const cases: [unknown, readonly PropertyKey[]][] = [
      [[112.55], []],
      [[112.55, 37.85, 0, 0], []],
      ['112.55,37.85', []],
      [['112.55', 37.85], [0]],
      [[112.55, null], [1]],
    ];
    for (const [bad, rest] of cases) {
      const layer = smallLayer();
      const ring = layer.features[1]?.geometry.coordinates[0] as unknown[];
      ring[3] = bad;
      expectOnly(parseGridLayer(layer), 'invalid_position', [
        'features',
        1,
        'geometry',
        'coordinates',
        0,
        3,
        ...rest,
      ]);
    }
  });
});

describe('parseGridLayer: empty layers and other problems', () => {
  it('reports a layer without features as one empty_layer issue', () => {
    const layer = { type: 'FeatureCollection', coordinateSystem: 'WGS84', features: [] };
    expectOnly(parseGridLayer(layer), 'empty_layer', ['features']);
    expectOnly(parseGridLayerJson(JSON.stringify(layer)), 'empty_layer', ['features']);
  });

  it('keeps the schema’s issues elsewhere, sorted in input order', () => {
    const layer = smallLayer();
    delete layer.coordinateSystem;
    (layer.features[1]?.properties as Json).id = '';
    (layer.features[0] as Json).geometry = { type: 'Point', coordinates: [0, 0] };
    at(at(layer.features[2]?.geometry.coordinates, 0), 1)[0] = -200;
    const issues = issuesOf(parseGridLayer(layer));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['missing_coordinate_system', ['coordinateSystem']],
      ['not_area_geometry', ['features', 0, 'geometry', 'type']],
      ['invalid_format', ['features', 1, 'properties', 'id']],
      ['longitude_out_of_range', ['features', 2, 'geometry', 'coordinates', 0, 1, 0]],
    ]);
  });

  it('reports malformed JSON text as invalid_json', () => {
    expectOnly(parseGridLayerJson('{"type":"FeatureCollection",'), 'invalid_json', []);
  });

  it('never quotes a coordinate in its messages', () => {
    const layer = smallLayer();
    at(at(layer.features[0]?.geometry.coordinates, 0), 1)[1] = 137.8512;
    const result = parseGridLayer(layer);
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = `${result.error.format(locale)}\n${result.error.messageIn(locale)}`;
      expect(text).not.toContain('137.85');
      expect(text).not.toContain('112.55');
    }
    expect(result.error.format('en')).toContain('features[0].geometry.coordinates[0][1][1]');
  });

  it('has a message in both languages for every geo code', () => {
    for (const entry of Object.values(GEO_MESSAGES)) {
      for (const text of [entry.expected, entry.message]) {
        expect(text['zh-CN']).toMatch(/\S/);
        expect(text.en).toMatch(/\S/);
      }
    }
  });
});

describe('parseGridLayer: properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseGridLayer(input);
        expect(typeof result.success).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseGridLayerJson(text).success).toBe('boolean');
      }),
    );
  });

  it('never throws on a layer with any value at any coordinate', () => {
    const layer = smallLayer();
    fc.assert(
      fc.property(
        fc.nat({ max: 4 }),
        fc.nat({ max: 6 }),
        fc.nat({ max: 1 }),
        fc.anything(),
        (f, p, axis, value) => {
          const copy = structuredClone(layer);
          const ring = copy.features[f]?.geometry.coordinates[0] as unknown[][];
          at(ring, p)[axis] = value;
          expect(typeof parseGridLayer(copy).success).toBe('boolean');
        },
      ),
    );
  });

  it('reports one bad coordinate of the real layer at its exact path', () => {
    const layer = taiyuanJson();
    const bad = fc.oneof(
      fc.constant<[number, string]>([NaN, 'non_finite_coordinate']),
      fc.constant<[number, string]>([Infinity, 'non_finite_coordinate']),
      fc.constant<[number, string]>([-Infinity, 'non_finite_coordinate']),
      fc
        .double({ min: 180.000001, max: 1e6, noNaN: true })
        .map((v): [number, string] => [v, 'out_of_range']),
      fc
        .double({ min: -1e6, max: -180.000001, noNaN: true })
        .map((v): [number, string] => [v, 'out_of_range']),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: 9 }),
        fc.nat(),
        fc.nat({ max: 1 }),
        bad,
        (f, index, axis, [value, kind]) => {
          const copy = structuredClone(layer);
          const ring = (copy.features[f]?.geometry.coordinates as number[][][][])[0]?.[0] ?? [];
          const p = index % ring.length;
          at(ring, p)[axis] = value;
          const code =
            kind === 'non_finite_coordinate'
              ? kind
              : axis === 0
                ? 'longitude_out_of_range'
                : 'latitude_out_of_range';
          expectOnly(parseGridLayer(copy), code, [
            'features',
            f,
            'geometry',
            'coordinates',
            0,
            0,
            p,
            axis,
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
