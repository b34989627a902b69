import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GridIndex, convertPosition, type GridLayer } from '../../src/index.js';
import { fc } from '../support/fast-check.js';
import { bruteForceLocate, syntheticLayer } from '../support/synthetic-layer.js';
import { taiyuanLayer } from '../support/taiyuan-layer.js';

const taiyuan = taiyuanLayer();
const taiyuanIndex = GridIndex.fromLayer(taiyuan);

function vertices(layer: GridLayer): [number, number][] {
  const out: [number, number][] = [];
  for (const f of layer.features) {
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon) for (const p of ring) out.push([p[0], p[1]]);
  }
  return out;
}

function idAt(index: GridIndex, x: number, y: number): string | undefined {
  const i = index.indexOf(x, y);
  return i < 0 ? undefined : index.unitAt(i)?.unitId;
}

describe('GridIndex on the real Taiyuan district borders', () => {
  it('indexes the ten districts', () => {
    expect(taiyuanIndex.size).toBe(10);
    expect(taiyuanIndex.coordinateSystem).toBe('GCJ02');
  });

  it('gives every border vertex exactly one district, the same as the reference test', () => {
    const points = vertices(taiyuan);
    expect(points.length).toBeGreaterThan(2000);
    let shared = 0;
    for (const [x, y] of points) {
      const owners = taiyuan.features.filter((f) =>
        bruteForceLocate({ ...taiyuan, features: [f] }, x, y),
      );
      expect(owners.length).toBeLessThanOrEqual(1);
      if (owners.length === 1) shared += 1;
      const result = taiyuanIndex.locatePosition(x, y);
      // Every vertex is on some border: inside one district, or on the outer boundary (distance 0).
      expect(result.status).toBe('inside');
      if (owners.length === 1) expect(idAt(taiyuanIndex, x, y)).toBe(owners[0]?.properties.id);
    }
    expect(shared).toBeGreaterThan(1000);
  });

  it('agrees with the reference test on random points (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 111.9, max: 113.2, noNaN: true }),
        fc.double({ min: 37.4, max: 38.3, noNaN: true }),
        (x, y) => idAt(taiyuanIndex, x, y) === bruteForceLocate(taiyuan, x, y),
      ),
      { numRuns: 2000 },
    );
  });

  it('matches the golden answers (test/fixtures/geo/locate; REGEN=1 rewrites them)', () => {
    const input = new URL('../fixtures/geo/locate/taiyuan-points.in.json', import.meta.url);
    const output = new URL('../fixtures/geo/locate/taiyuan-points.out.json', import.meta.url);
    const points = JSON.parse(readFileSync(input, 'utf8')) as {
      name: string;
      position: [number, number];
    }[];
    const answers = points.map(({ name, position }) => {
      const r = taiyuanIndex.locatePosition(position[0], position[1]);
      return {
        name,
        status: r.status,
        unitId:
          r.status === 'inside'
            ? r.unitId
            : ((r.status === 'outside' ? r.nearest?.unitId : undefined) ?? null),
        distanceMetres:
          r.status === 'outside' && r.nearest
            ? Math.round(r.nearest.distanceMetres * 10) / 10
            : null,
      };
    });
    if (process.env.REGEN === '1' || !existsSync(output)) {
      writeFileSync(output, `${JSON.stringify(answers, null, 2)}\n`);
    }
    expect(answers).toEqual(JSON.parse(readFileSync(output, 'utf8')));
  });
});

describe('GridIndex on irregular layers', () => {
  const cases = [
    ['plain', syntheticLayer({ seed: 1, cols: 12, rows: 10 })],
    [
      'with holes and mixed winding',
      syntheticLayer({ seed: 2, cols: 9, rows: 11, holeEvery: 3, mixedWinding: true }),
    ],
    ['with exclusive grids', syntheticLayer({ seed: 3, cols: 10, rows: 10, exclusiveEvery: 4 })],
  ] as const;

  it.each(cases)('agrees with the reference test everywhere (%s)', (_name, layer) => {
    const index = GridIndex.fromLayer(layer, { cellsPerUnit: 4 });
    fc.assert(
      fc.property(
        fc.double({ min: 112.49, max: 112.65, noNaN: true }),
        fc.double({ min: 37.77, max: 37.91, noNaN: true }),
        (x, y) => idAt(index, x, y) === bruteForceLocate(layer, x, y),
      ),
      { numRuns: 3000 },
    );
  });

  it.each(cases)('gives every vertex of every micro-grid exactly one unit (%s)', (_name, layer) => {
    const index = GridIndex.fromLayer(layer);
    const leaves = layer.features.filter((f) => f.properties.level === 'micro-grid');
    for (const [x, y] of vertices({ ...layer, features: leaves })) {
      expect(index.locatePosition(x, y).status).toBe('inside');
      const expected = bruteForceLocate(layer, x, y);
      if (expected !== undefined) expect(idAt(index, x, y)).toBe(expected);
    }
  });

  it('lets an exclusive grid win over the ordinary micro-grid around it', () => {
    const layer = syntheticLayer({ seed: 3, cols: 4, rows: 4, exclusiveEvery: 1 });
    const index = GridIndex.fromLayer(layer);
    const exclusive = layer.features.find((f) => f.properties.id === 'x-0-0-m1');
    const ring =
      exclusive?.geometry.type === 'Polygon' ? exclusive.geometry.coordinates[0] : undefined;
    const [a, , c] = ring ?? [];
    const x = ((a?.[0] ?? 0) + (c?.[0] ?? 0)) / 2;
    const y = ((a?.[1] ?? 0) + (c?.[1] ?? 0)) / 2;
    const result = index.locatePosition(x, y);
    expect(result).toMatchObject({
      status: 'inside',
      unitId: 'x-0-0-m1',
      microGridId: 'x-0-0-m1',
      gridId: 'x-0-0',
      chain: ['x-0-0-m1', 'x-0-0', 'c-1'],
    });
  });

  it('does not place a point in a hole of a unit', () => {
    const layer = syntheticLayer({ seed: 4, cols: 3, rows: 3, holeEvery: 1 });
    const index = GridIndex.fromLayer(layer);
    const cell = layer.features.find((f) => f.properties.id === 'm-1-1');
    const hole = cell?.geometry.type === 'Polygon' ? cell.geometry.coordinates[1] : undefined;
    const [a, , c] = hole ?? [];
    const r = index.locatePosition(
      ((a?.[0] ?? 0) + (c?.[0] ?? 0)) / 2,
      ((a?.[1] ?? 0) + (c?.[1] ?? 0)) / 2,
    );
    expect(r.status).toBe('outside');
  });

  it('batch-locates like one by one', () => {
    const layer = syntheticLayer({ seed: 5, cols: 20, rows: 20 });
    const index = GridIndex.fromLayer(layer);
    const xs = Float64Array.from({ length: 500 }, (_, i) => 112.49 + ((i * 7919) % 500) * 0.00034);
    const ys = Float64Array.from({ length: 500 }, (_, i) => 37.77 + ((i * 104729) % 500) * 0.00028);
    const batch = index.locateAll(xs, ys);
    expect(Array.from(batch)).toEqual(Array.from(xs, (x, i) => index.indexOf(x, ys[i] ?? 0)));
  });
});

describe('GridIndex answers for points outside and for bad input', () => {
  it('reports a point outside, with the nearest unit within the tolerance', () => {
    const layer = syntheticLayer({ seed: 6, cols: 4, rows: 4 });
    const index = GridIndex.fromLayer(layer, { toleranceMetres: 100 });
    // 0.0005° west of the layer's western edge at 37.8°N: about 44 m.
    const near = index.locatePosition(112.5 - 0.0005, 37.8);
    expect(near.status).toBe('outside');
    if (near.status === 'outside') {
      expect(near.nearest?.unitId).toBe('m-0-0');
      expect(near.nearest?.distanceMetres).toBeCloseTo(
        0.0005 * 111_320 * Math.cos((37.8 * Math.PI) / 180),
        0,
      );
    }
    expect(index.locatePosition(112.4, 37.8)).toEqual({ status: 'outside', nearest: undefined });
  });

  it.each([
    [NaN, 37.8],
    [112.5, Infinity],
    [181, 37.8],
    [112.5, -91],
  ])('refuses (%s, %s) with a typed result instead of an exception', (x, y) => {
    const r = taiyuanIndex.locatePosition(x, y);
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') {
      expect(r.issue.code).toBe('invalid_position');
      expect(r.issue.message['zh-CN']).toContain('坐标无效');
    }
    expect(taiyuanIndex.indexOf(x, y)).toBe(-1);
  });

  it('refuses a broken layer with typed issues instead of building a wrong index', () => {
    const empty = GridIndex.build({
      type: 'FeatureCollection',
      coordinateSystem: 'GCJ02',
      features: [],
    });
    expect(empty.success).toBe(false);
    if (!empty.success) expect(empty.error.issues[0]?.code).toBe('empty_layer');
    const nan = GridIndex.build({
      type: 'FeatureCollection',
      coordinateSystem: 'GCJ02',
      features: [
        {
          type: 'Feature',
          properties: { id: 'g-1', level: 'grid' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [NaN, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
    });
    expect(nan.success).toBe(false);
    if (!nan.success)
      expect(nan.error.issues.map((i) => i.code)).toContain('non_finite_coordinate');
    const built = GridIndex.build(taiyuan);
    expect(built.success && built.data.size).toBe(10);
  });

  it('answers outside for every point of an empty layer', () => {
    const index = GridIndex.fromLayer({
      type: 'FeatureCollection',
      coordinateSystem: 'WGS84',
      features: [],
    });
    expect(index.size).toBe(0);
    expect(index.locatePosition(112.5, 37.8)).toEqual({ status: 'outside', nearest: undefined });
  });

  it('converts a point to the layer’s coordinate system before locating it', () => {
    // A GPS (WGS-84) point: on a GCJ-02 layer it must first move by a few hundred metres.
    const gcj: [number, number] = [112.5705, 37.8652];
    const wgs = convertPosition(gcj, 'GCJ02', 'WGS84');
    const direct = taiyuanIndex.locatePosition(gcj[0], gcj[1]);
    const converted = taiyuanIndex.locate({
      point: { type: 'Point', coordinates: [wgs[0], wgs[1]] },
      coordinateSystem: 'WGS84',
    });
    expect(direct.status).toBe('inside');
    expect(converted).toBe(direct);
  });
});
