import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GridLayer, type GridFeature, type Position } from '../../src/geo/grid-layer.js';
import type { LayerIssue } from '../../src/geo/layer-issue.js';
import { validateGridLayer } from '../../src/geo/validate-grid-layer.js';
import type { LayerIssueCode } from '../../src/i18n/layer-messages.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/geo/', import.meta.url));
const IN = join(FIXTURES, 'validation', 'in');
const OUT = join(FIXTURES, 'validation', 'out');
const REGEN = process.env.REGEN === '1';

function readLayer(file: string): GridLayer {
  const parsed = GridLayer.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a GridLayer`);
  return parsed.data;
}

/** Issues as they would be saved: plain JSON. */
function plain(issues: readonly LayerIssue[]): unknown {
  return JSON.parse(JSON.stringify(issues));
}

/**
 * Deep equality, except that `areaSquareMetres` is compared with a relative tolerance and
 * `location` with an absolute one (1e-9°, a tenth of a millimetre): clipping arithmetic may move
 * the last bits, which must not fail the golden files.
 */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = where.endsWith('areaSquareMetres')
      ? 1e-6 * Math.max(1, Math.abs(expected))
      : where.includes('location')
        ? 1e-9
        : 0;
    expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(tolerance);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), where).toBe(true);
    const list = actual as unknown[];
    expect(list.length, `${where}.length`).toBe(expected.length);
    expected.forEach((item, i) => {
      expectClose(list[i], item, `${where}[${i}]`);
    });
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual, where).toBeTypeOf('object');
    const record = actual as Record<string, unknown>;
    const keys = Object.keys(expected);
    expect(Object.keys(record).sort(), `${where} keys`).toEqual([...keys].sort());
    for (const key of keys) {
      expectClose(record[key], (expected as Record<string, unknown>)[key], `${where}.${key}`);
    }
    return;
  }
  expect(actual, where).toEqual(expected);
}

// What each hand-made fixture is about, asserted beside the golden file so that a careless
// REGEN=1 cannot bless a wrong answer.
const EXPECTED_CODES: Readonly<Record<string, readonly LayerIssueCode[]>> = {
  'bow-tie': ['self_intersection'],
  clean: [],
  'degenerate-ring': ['degenerate_ring'],
  'duplicate-id': ['duplicate_feature_id'],
  'exclusive-exclusive-overlap': ['overlap'],
  'exclusive-overlap': [],
  gap: ['gap'],
  hierarchy: ['unknown_parent', 'wrong_parent_level'],
  'hole-outside-shell': ['hole_outside_shell'],
  'micro-grid-outside': ['outside_parent'],
  overlap: ['overlap'],
  'sliver-below-threshold': [],
  'unclosed-ring': ['unclosed_ring'],
};

describe('validateGridLayer: golden fixtures (test/fixtures/geo/validation, REGEN=1 rewrites out)', () => {
  const files = readdirSync(IN)
    .filter((f) => f.endsWith('.geojson'))
    .sort();

  it('has an expectation for every fixture', () => {
    expect(files.map((f) => basename(f, '.geojson'))).toEqual(Object.keys(EXPECTED_CODES).sort());
  });

  for (const file of files) {
    const name = basename(file, '.geojson');
    it(name, () => {
      const issues = validateGridLayer(readLayer(join(IN, file)));
      expect(issues.map((i) => i.code)).toEqual(EXPECTED_CODES[name]);
      const out = join(OUT, `${name}.json`);
      if (REGEN) writeFileSync(out, `${JSON.stringify(plain(issues), null, 2)}\n`);
      expectClose(plain(issues), JSON.parse(readFileSync(out, 'utf8')), name);
    });
  }
});

describe('validateGridLayer: what the fixtures mean', () => {
  it('puts the bow-tie crossing at its centre, on the first crossing edge', () => {
    const [issue] = validateGridLayer(readLayer(join(IN, 'bow-tie.geojson')));
    expect(issue?.path).toEqual(['features', 0, 'geometry', 'coordinates', 0, 0]);
    expect(issue?.location?.[0]).toBeCloseTo(112.5505, 9);
    expect(issue?.location?.[1]).toBeCloseTo(37.8505, 9);
  });

  it('measures the gap (0.001° × 0.001° at 37.85° N ≈ 9,780 m²) and locates it inside', () => {
    const [issue] = validateGridLayer(readLayer(join(IN, 'gap.geojson')));
    expect(issue?.path).toEqual(['features', 0]);
    expect(issue?.featureIds).toEqual(['c-1']);
    expect(issue?.areaSquareMetres).toBeGreaterThan(9700);
    expect(issue?.areaSquareMetres).toBeLessThan(9850);
    const [x = 0, y = 0] = issue?.location ?? [];
    expect(x > 112.551 && x < 112.552 && y > 37.85 && y < 37.851).toBe(true);
  });

  it('reports an overlap under the threshold only when the threshold is lowered', () => {
    const layer = readLayer(join(IN, 'sliver-below-threshold.geojson'));
    const issues = validateGridLayer(layer, { minAreaSquareMetres: 0.1 });
    expect(issues.map((i) => i.code)).toEqual(['overlap']);
    expect(issues[0]?.areaSquareMetres).toBeGreaterThan(0.3);
    expect(issues[0]?.areaSquareMetres).toBeLessThan(0.7);
  });

  it('stops at maxIssues with one too_many_issues', () => {
    // Five unclosed squares side by side, all with the same id: nine issues in all.
    const features: GridFeature[] = Array.from({ length: 5 }, (_, i) => ({
      type: 'Feature',
      properties: { id: 'same', level: 'grid' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [2 * i, 0],
            [2 * i + 1, 0],
            [2 * i + 1, 1],
            [2 * i, 1],
          ],
        ],
      },
    }));
    const issues = validateGridLayer(
      { type: 'FeatureCollection', coordinateSystem: 'WGS84', features },
      { maxIssues: 3 },
    );
    expect(issues.map((i) => i.code)).toEqual([
      'unclosed_ring',
      'duplicate_feature_id',
      'unclosed_ring',
      'too_many_issues',
    ]);
    expect(issues.at(-1)?.message.en).toContain('first 3');
  });

  it('returns nothing for an empty layer', () => {
    const issues = validateGridLayer({
      type: 'FeatureCollection',
      coordinateSystem: 'GCJ02',
      features: [],
    });
    issues satisfies LayerIssue[];
    expect(issues).toEqual([]);
  });
});

describe('validateGridLayer: Taiyuan districts (GCJ-02, clockwise rings, shared borders)', () => {
  interface DistrictCollection {
    features: { properties: { adcode: number }; geometry: GridFeature['geometry'] }[];
  }
  const source = JSON.parse(
    readFileSync(join(FIXTURES, 'taiyuan-districts.geojson'), 'utf8'),
  ) as DistrictCollection;
  const taiyuan = (shift: (adcode: number) => number = () => 0): GridLayer =>
    GridLayer.parse({
      type: 'FeatureCollection',
      coordinateSystem: 'GCJ02',
      features: source.features.map((f) => {
        const dx = shift(f.properties.adcode);
        const move = (p: number[]) => [(p[0] ?? 0) + dx, p[1] ?? 0];
        return {
          type: 'Feature',
          properties: { id: String(f.properties.adcode), level: 'district' },
          geometry:
            f.geometry.type === 'Polygon'
              ? { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => r.map(move)) }
              : {
                  type: 'MultiPolygon',
                  coordinates: f.geometry.coordinates.map((p) => p.map((r) => r.map(move))),
                },
        };
      }),
    });

  it('finds nothing, even with no area threshold', () => {
    // The ten districts share their border vertices exactly, so neighbours intersect only along
    // lines: the clipper returns no area at all, and there are no slivers for the threshold to
    // hide (minAreaSquareMetres: 0 gives the same empty answer). Clockwise winding is accepted,
    // and the districts have no parent, so there is no gap or containment to check.
    expect(validateGridLayer(taiyuan())).toEqual([]);
    expect(validateGridLayer(taiyuan(), { minAreaSquareMetres: 0 })).toEqual([]);
  });

  it('reports the overlaps when Yingze (140106) is moved 100 m east', () => {
    const issues = validateGridLayer(taiyuan((adcode) => (adcode === 140106 ? 0.001 : 0)));
    expect(issues.every((i) => i.code === 'overlap')).toBe(true);
    const pairs = issues.map((i) => [...i.featureIds].sort().join('/'));
    // Its neighbours: Xiaodian (140105) to the south, Xinghualing (140107) to the north.
    expect(pairs).toContain('140105/140106');
    expect(pairs).toContain('140106/140107');
    for (const issue of issues) expect(issue.areaSquareMetres).toBeGreaterThan(1);
  });
});

/**
 * A Yingze-size layer (1 district, 7 streets, 112 communities, 1,232 ordinary grids, 112 exclusive
 * grids, 2,464 micro-grids: 3,928 features) cut from one warped lattice, so that neighbours share
 * their border vertices exactly, as in real layers, while their boxes overlap.
 */
function yingzeSizeLayer(): GridFeature[] {
  const A = 2;
  const B = 2;
  const NX = 7 * 11 * A;
  const NY = 16 * 2 * B;
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const node: [number, number][][] = [];
  for (let i = 0; i <= NX; i++) {
    const column: [number, number][] = [];
    for (let j = 0; j <= NY; j++) {
      const jx = (next() - 0.5) * 0.6;
      const jy = (next() - 0.5) * 0.6;
      column.push([
        Number((112.5 + ((i + jx) * 0.2) / NX).toFixed(7)),
        Number((37.8 + ((j + jy) * 0.1) / NY).toFixed(7)),
      ]);
    }
    node.push(column);
  }
  const at = (i: number, j: number) => node[i]![j]!;
  const ring = (i0: number, j0: number, i1: number, j1: number) => {
    const r: [number, number][] = [];
    for (let i = i0; i < i1; i++) r.push(at(i, j0));
    for (let j = j0; j < j1; j++) r.push(at(i1, j));
    for (let i = i1; i > i0; i--) r.push(at(i, j1));
    for (let j = j1; j > j0; j--) r.push(at(i0, j));
    r.push(at(i0, j0));
    return [r];
  };
  const features: GridFeature[] = [];
  const add = (
    id: string,
    level: GridFeature['properties']['level'],
    [i0, j0, i1, j1]: [number, number, number, number],
    parentId?: string,
    kind?: 'exclusive',
  ) =>
    features.push({
      type: 'Feature',
      properties: { id, level, ...(parentId ? { parentId } : {}), ...(kind ? { kind } : {}) },
      geometry: { type: 'Polygon', coordinates: ring(i0, j0, i1, j1) },
    });
  add('d', 'district', [0, 0, NX, NY]);
  for (let s = 0; s < 7; s++) {
    const sx = s * 11 * A;
    add(`s${s}`, 'street', [sx, 0, sx + 11 * A, NY], 'd');
    for (let c = 0; c < 16; c++) {
      const cy = c * 2 * B;
      const community = `s${s}c${c}`;
      add(community, 'community', [sx, cy, sx + 11 * A, cy + 2 * B], `s${s}`);
      for (let g = 0; g < 11; g++) {
        const gx = sx + g * A;
        const grid = `${community}g${g}`;
        add(grid, 'grid', [gx, cy, gx + A, cy + 2 * B], community);
        for (let m = 0; m < 2; m++) {
          add(`${grid}m${m}`, 'micro-grid', [gx, cy + m * B, gx + A, cy + (m + 1) * B], grid);
        }
      }
      // An exclusive grid across two ordinary grids: allowed.
      add(`${community}x`, 'grid', [sx + 1, cy + 1, sx + 3, cy + 2], community, 'exclusive');
    }
  }
  return features;
}

describe('validateGridLayer: a Yingze-size layer', () => {
  const layer: GridLayer = {
    type: 'FeatureCollection',
    coordinateSystem: 'GCJ02',
    features: yingzeSizeLayer(),
  };

  // Timing is measured by hand (0.3–0.5 s here, see the package README), never asserted.
  it('finds nothing in a clean tiling of ~4,000 features', () => {
    expect(layer.features).toHaveLength(3928);
    expect(validateGridLayer(layer)).toEqual([]);
  }, 30_000);

  it('finds a micro-grid moved out of place: overlap, outside_parent and gap', () => {
    const index = layer.features.findIndex((f) => f.properties.id === 's3c7g5m0');
    const moved = layer.features[index]!;
    const shift = (p: Position): Position => [p[0] + 0.0005, p[1] + 0.0002];
    const features = layer.features.map((f, i) =>
      i === index && moved.geometry.type === 'Polygon'
        ? {
            ...moved,
            geometry: {
              ...moved.geometry,
              coordinates: moved.geometry.coordinates.map((r) => r.map(shift)),
            },
          }
        : f,
    );
    const issues = validateGridLayer({ ...layer, features });
    // By feature (the grid comes before its micro-grids), then by code.
    expect(issues.map((i) => `${i.code} ${i.featureIds.join('/')}`)).toEqual([
      'gap s3c7g5',
      'overlap s3c7g5m0/s3c7g5m1',
      'outside_parent s3c7g5m0/s3c7g5',
    ]);
    for (const issue of issues) expect(issue.areaSquareMetres).toBeGreaterThan(1000);
  });

  it('reports identical and nested siblings, which share no crossing edge', () => {
    const square = (d: number): GridFeature['geometry'] => ({
      type: 'Polygon',
      coordinates: [
        [
          [112.5 + d, 37.8 + d],
          [112.51 - d, 37.8 + d],
          [112.51 - d, 37.81 - d],
          [112.5 + d, 37.81 - d],
          [112.5 + d, 37.8 + d],
        ],
      ],
    });
    const features: GridFeature[] = [
      { type: 'Feature', properties: { id: 'a', level: 'grid' }, geometry: square(0) },
      { type: 'Feature', properties: { id: 'b', level: 'grid' }, geometry: square(0) },
      { type: 'Feature', properties: { id: 'c', level: 'grid' }, geometry: square(0.002) },
    ];
    const issues = validateGridLayer({
      type: 'FeatureCollection',
      coordinateSystem: 'WGS84',
      features,
    });
    expect(issues.map((i) => i.featureIds.join('/'))).toEqual(['a/b', 'a/c', 'b/c']);
  });
});
