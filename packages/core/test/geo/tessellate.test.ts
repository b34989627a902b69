import { area as turfArea } from '@turf/area';
import { difference, intersection, type Geom } from 'polyclip-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoGeometry } from '../../src/demo/demo-geometry.js';
import { generateDemoDistrict } from '../../src/demo/generate-demo-district.js';
import { YINGZE_BOUNDARY } from '../../src/demo/yingze-boundary.js';
import { tessellate, type TessellationPlan } from '../../src/geo/tessellate.js';
import { GridLayer, WanggeError } from '../../src/index.js';
import type { AreaGeometry, DistrictBundle, GridFeature } from '../../src/index.js';

type Pt = [number, number];

// A concave boundary (notched in the north-east) in a clockwise ring, as Chinese providers
// publish them.
const L_BOUNDARY: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 37.8],
      [112.5, 37.84],
      [112.52, 37.84],
      [112.52, 37.82],
      [112.53, 37.815],
      [112.54, 37.82],
      [112.54, 37.8],
      [112.5, 37.8],
    ],
  ],
};

/** A rectangular ring, counter-clockwise or (for a hole) clockwise. */
const rect = (x0: number, y0: number, x1: number, y1: number, hole = false): Pt[] => {
  const ring: Pt[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  return hole ? ring.reverse() : ring;
};
// Two parts, one with a hole (an enclave of another district).
const TWO_PARTS: AreaGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [rect(112.5, 37.8, 112.53, 37.83), rect(112.51, 37.81, 112.515, 37.815, true)],
    [rect(112.54, 37.8, 112.55, 37.81)],
  ],
};

const micro = (gridId: string, n: number): TessellationPlan[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${gridId}-m${i + 1}`, level: 'micro-grid' }));
const SMALL_PLAN: TessellationPlan = {
  id: 'd',
  level: 'district',
  name: '示例区',
  children: ['s1', 's2'].map((s) => ({
    id: s,
    level: 'street',
    children: [1, 2, 3].map((c) => ({
      id: `${s}-c${c}`,
      level: 'community',
      children: [
        ...[1, 2, 3, 4].map((g) => ({
          id: `${s}-c${c}-g${g}`,
          level: 'grid' as const,
          children: micro(`${s}-c${c}-g${g}`, g % 3 === 0 ? 1 : 3),
        })),
        ...[1, 2].map((x) => ({
          id: `${s}-c${c}-x${x}`,
          level: 'grid' as const,
          kind: 'exclusive' as const,
          children: micro(`${s}-c${c}-x${x}`, x),
        })),
      ],
    })),
  })),
};

const planIds = (plan: TessellationPlan): string[] => [
  plan.id,
  ...(plan.children ?? []).flatMap(planIds),
];
const polys = (geometry: AreaGeometry): Pt[][][] =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((poly) =>
    poly.map((ring) => ring.map(([x, y]): Pt => [x, y])),
  );
const areaOf = (geom: Geom): number =>
  geom.length === 0 ? 0 : turfArea({ type: 'MultiPolygon', coordinates: geom as Pt[][][] });
/** Geodesic area in m² (turf), of a feature or a geometry. */
const area = (unit: GridFeature | AreaGeometry): number =>
  areaOf(polys('geometry' in unit ? unit.geometry : unit));
const boxes = new WeakMap<GridFeature, [number, number, number, number]>();
const boxOf = (feature: GridFeature): [number, number, number, number] => {
  const known = boxes.get(feature);
  if (known) return known;
  const points = polys(feature.geometry).flat(2);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box: [number, number, number, number] = [
    Math.min(...xs),
    Math.min(...ys),
    Math.max(...xs),
    Math.max(...ys),
  ];
  boxes.set(feature, box);
  return box;
};
const boxesMeet = (a: GridFeature, b: GridFeature): boolean => {
  const [ax0, ay0, ax1, ay1] = boxOf(a);
  const [bx0, by0, bx1, by1] = boxOf(b);
  return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;
};
const signedArea = (ring: Pt[]): number =>
  ring.reduce((sum, p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    return sum + (p[0] * q[1] - q[0] * p[1]) / 2;
  }, 0);
/** Every n-th item, so that the slow checks of the full district stay fast. */
const sample = <T>(items: T[], max: number): T[] =>
  items.filter((_, i) => i % Math.max(1, Math.ceil(items.length / max)) === 0);

function onSegment(p: Pt, a: Pt, b: Pt): boolean {
  const [ex, ey] = [b[0] - a[0], b[1] - a[1]];
  const len2 = ex * ex + ey * ey;
  if (len2 === 0) return false;
  const t = ((p[0] - a[0]) * ex + (p[1] - a[1]) * ey) / len2;
  const off = Math.hypot(a[0] + t * ex - p[0], a[1] + t * ey - p[1]);
  return t >= 0 && t <= 1 && off < 1e-10;
}

/**
 * Vertices of `a` that lie on the boundary of `b`, and how many of them are not, bit for bit,
 * vertices of `b` (a shared border must be the same numbers on both sides).
 */
function borderCheck(a: GridFeature, b: GridFeature): { shared: number; unmatched: number } {
  const bRings = polys(b.geometry).flat();
  const bVertices = new Set(bRings.flat().map(String));
  let shared = 0;
  let unmatched = 0;
  for (const p of new Set(polys(a.geometry).flat(2).map(String))) {
    const point = p.split(',').map(Number) as Pt;
    const on = bRings.some((ring) => ring.some((q, i) => onSegment(point, q, ring[i + 1] ?? q)));
    if (!on) continue;
    shared += 1;
    if (!bVertices.has(p)) unmatched += 1;
  }
  return { shared, unmatched };
}

function byId(features: GridFeature[]): Map<string, GridFeature> {
  return new Map(features.map((feature) => [feature.properties.id, feature]));
}
function childrenOf(features: GridFeature[]): Map<string, GridFeature[]> {
  const children = new Map<string, GridFeature[]>();
  for (const feature of features) {
    const parent = feature.properties.parentId;
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), feature]);
  }
  return children;
}
const isExclusive = (feature: GridFeature) => feature.properties.kind === 'exclusive';
const geom = (feature: GridFeature): Geom => polys(feature.geometry);

/** The invariants of a tessellation, checked on `max` items at most where clipping is slow. */
function checkTessellation(features: GridFeature[], expectedIds: string[], max: number) {
  const ids = features.map((feature) => feature.properties.id);
  expect(ids.slice().sort()).toEqual(expectedIds.slice().sort());
  expect(
    GridLayer.safeParse({ type: 'FeatureCollection', coordinateSystem: 'GCJ02', features }),
  ).toMatchObject({ success: true });

  for (const feature of features) {
    for (const poly of polys(feature.geometry)) {
      poly.forEach((ring, r) => {
        expect(ring[0]).toEqual(ring.at(-1));
        // RFC 7946: exteriors counter-clockwise, holes clockwise.
        expect(Math.sign(signedArea(ring))).toBe(r === 0 ? 1 : -1);
      });
    }
  }

  const index = byId(features);
  const children = childrenOf(features);
  const overlapPairs: [GridFeature, GridFeature][] = [];
  for (const [parentId, kids] of children) {
    const parent = index.get(parentId)!;
    const ordinary = kids.filter((kid) => !isExclusive(kid));
    const total = ordinary.reduce((sum, kid) => sum + area(kid), 0);
    expect(Math.abs(total - area(parent)) / area(parent)).toBeLessThan(0.001);
    ordinary.forEach((a, i) => {
      for (const b of ordinary.slice(i + 1)) if (boxesMeet(a, b)) overlapPairs.push([a, b]);
    });
  }
  expect(overlapPairs.length).toBeGreaterThan(0);
  for (const [a, b] of sample(overlapPairs, max)) {
    expect(areaOf(intersection(geom(a), geom(b)))).toBeLessThan(0.01);
  }

  for (const child of sample(features.slice(1), max)) {
    const parent = index.get(child.properties.parentId!)!;
    expect(areaOf(difference(geom(child), geom(parent)))).toBeLessThan(0.01);
  }
}

describe('tessellate a small plan', () => {
  const features = tessellate(L_BOUNDARY, SMALL_PLAN, { seed: 7 });

  it('tiles every unit by its ordinary children, each inside its parent', () => {
    checkTessellation(features, planIds(SMALL_PLAN), Infinity);
    const root = features[0]!;
    expect(root.properties).toEqual({ id: 'd', level: 'district', name: '示例区' });
    // Not bit for bit: vertices inserted along the edges change turf's spherical sum a little.
    expect(area(root) / area(L_BOUNDARY)).toBeCloseTo(1, 6);
  });

  it('tiles a boundary of two parts, one with a hole', () => {
    const parts = tessellate(TWO_PARTS, SMALL_PLAN, { seed: 2 });
    checkTessellation(parts, planIds(SMALL_PLAN), Infinity);
    expect(area(parts[0]!) / area(TWO_PARTS)).toBeCloseTo(1, 6);
    const holes = parts.filter((f) => polys(f.geometry).some((poly) => poly.length > 1));
    expect(holes.length).toBeGreaterThan(1);
  });

  it('gives each unit its level, parent and (for grids) kind', () => {
    const index = byId(features);
    expect(index.get('s1-c2')?.properties).toEqual({
      id: 's1-c2',
      level: 'community',
      parentId: 's1',
    });
    expect(index.get('s1-c2-g1')?.properties).toMatchObject({
      kind: 'ordinary',
      parentId: 's1-c2',
    });
    expect(index.get('s1-c2-x1')?.properties).toMatchObject({ kind: 'exclusive' });
    expect(index.get('s1-c2-x1-m1')?.properties).toEqual({
      id: 's1-c2-x1-m1',
      level: 'micro-grid',
      parentId: 's1-c2-x1',
    });
  });

  it('is deterministic in its seed', () => {
    expect(tessellate(L_BOUNDARY, SMALL_PLAN, { seed: 7 })).toEqual(features);
    expect(tessellate(L_BOUNDARY, SMALL_PLAN, { seed: 8 })).not.toEqual(features);
  });

  it('refuses a plan with a repeated id', () => {
    const plan: TessellationPlan = {
      id: 'd',
      level: 'district',
      children: [
        { id: 'a', level: 'street' },
        { id: 'a', level: 'street' },
      ],
    };
    expect(() => tessellate(L_BOUNDARY, plan, { seed: 1 })).toThrow(WanggeError);
  });
});

/** Checks that adjacent units of one level share their border vertices exactly. */
function checkSharedBorders(features: GridFeature[], level: string, max: number): void {
  const units = features.filter((f) => f.properties.level === level && !isExclusive(f));
  const pairs: [GridFeature, GridFeature][] = [];
  units.forEach((a, i) => {
    for (const b of units.slice(i + 1)) if (boxesMeet(a, b)) pairs.push([a, b]);
  });
  let adjacent = 0;
  let acrossParents = 0;
  for (const [a, b] of sample(pairs, max)) {
    const ab = borderCheck(a, b);
    const ba = borderCheck(b, a);
    expect({
      pair: [a.properties.id, b.properties.id],
      ab: ab.unmatched,
      ba: ba.unmatched,
    }).toEqual({ pair: [a.properties.id, b.properties.id], ab: 0, ba: 0 });
    if (ab.shared >= 2) {
      adjacent += 1;
      if (a.properties.parentId !== b.properties.parentId) acrossParents += 1;
    }
  }
  // The check must have something to check: many pairs share a border, some across parents.
  expect(adjacent).toBeGreaterThan(Math.min(pairs.length, max) / 4);
  if (level !== 'street') expect(acrossParents).toBeGreaterThan(0);
}

describe('shared borders of the small plan', () => {
  const features = tessellate(L_BOUNDARY, SMALL_PLAN, { seed: 3 });
  it.each(['street', 'community', 'grid', 'micro-grid'])(
    '%s neighbours share vertices',
    (level) => {
      checkSharedBorders(features, level, Infinity);
    },
  );

  it('keeps the exclusive grids inside an ordinary grid of their community, apart', () => {
    const index = byId(features);
    const children = childrenOf(features);
    for (const x of features.filter(isExclusive)) {
      const siblings = children.get(x.properties.parentId!)!;
      const hosts = siblings.filter(
        (g) => !isExclusive(g) && areaOf(difference(geom(x), geom(g))) < 0.01,
      );
      expect(hosts).toHaveLength(1);
      expect(areaOf(difference(geom(x), geom(index.get(x.properties.parentId!)!)))).toBeLessThan(
        0.01,
      );
      for (const y of siblings.filter((g) => isExclusive(g) && g !== x)) {
        expect(areaOf(intersection(geom(x), geom(y)))).toBeLessThan(0.01);
      }
    }
  });
});

describe('the demo geometry of Yingze', () => {
  const small = generateDemoDistrict({ scale: 0.1 });
  const smallLayer = generateDemoGeometry(small, YINGZE_BOUNDARY, { seed: 5 });
  const smallFeatures = smallLayer.features;
  const yingze = generateDemoDistrict();
  let full: GridLayer;
  beforeAll(() => {
    full = generateDemoGeometry(yingze, YINGZE_BOUNDARY);
  }, 60_000);

  it('at a tenth of the size, tiles every unit and is deterministic', () => {
    expect(smallLayer.coordinateSystem).toBe('GCJ02');
    const grid = smallFeatures.filter((f) => f.properties.level === 'grid');
    expect(grid).toHaveLength(small.grids.length);
    checkTessellation(smallFeatures, bundleIds(small), Infinity);
    expect(generateDemoGeometry(small, YINGZE_BOUNDARY, { seed: 5 })).toEqual(smallLayer);
    expect(generateDemoGeometry(small, YINGZE_BOUNDARY, { seed: 6 })).not.toEqual(smallLayer);
  });

  it('at a tenth of the size, neighbours share border vertices', () => {
    for (const level of ['street', 'community', 'grid', 'micro-grid']) {
      checkSharedBorders(smallFeatures, level, Infinity);
    }
  });

  it('at full size, has every unit of the report and keeps the invariants', () => {
    const count = (level: string, kind?: string) =>
      full.features.filter(
        (f) => f.properties.level === level && (kind === undefined || f.properties.kind === kind),
      ).length;
    expect([count('street'), count('community'), count('micro-grid')]).toEqual([7, 110, 2568]);
    expect([count('grid', 'ordinary'), count('grid', 'exclusive')]).toEqual([853, 345]);
    checkTessellation(full.features, bundleIds(yingze), 300);
    checkSharedBorders(full.features, 'grid', 400);
    checkSharedBorders(full.features, 'micro-grid', 400);
  }, 60_000);

  it('at full size, puts every point of the district in exactly one unit of each level', () => {
    const counts = owners(full.features, 2000);
    for (const level of ['street', 'community', 'grid', 'micro-grid']) {
      expect(new Set(counts.get(level))).toEqual(new Set([1]));
    }
    // Exclusive grids and their micro-grids cover some points, never one point twice.
    expect(new Set(counts.get('grid (exclusive)'))).toEqual(new Set([0, 1]));
    expect(new Set(counts.get('micro-grid (exclusive)'))).toEqual(new Set([0, 1]));
  });

  it('at full size, places exclusive grids of 100–250 m inside their community', () => {
    const index = byId(full.features);
    const exclusive = full.features.filter(isExclusive);
    for (const x of sample(exclusive, 120)) {
      const community = index.get(x.properties.parentId!)!;
      expect(community.properties.level).toBe('community');
      expect(areaOf(difference(geom(x), geom(community)))).toBeLessThan(0.01);
    }
    // Side of the square of the same area: a block of roughly 100–250 m.
    const sides = exclusive.map((x) => Math.sqrt(area(x))).sort((a, b) => a - b);
    expect(sides.filter((side) => side >= 90).length / sides.length).toBeGreaterThan(0.85);
    expect(sides.at(-1)).toBeLessThan(260);
  });
});

/** Even-odd point in polygon, independent of the clipper. */
function holds(feature: GridFeature, x: number, y: number): boolean {
  let inside = false;
  for (const ring of polys(feature.geometry).flat()) {
    ring.forEach((p, i) => {
      const q = ring[(i + 1) % ring.length]!;
      if (p[1] > y !== q[1] > y && x < p[0] + ((y - p[1]) * (q[0] - p[0])) / (q[1] - p[1])) {
        inside = !inside;
      }
    });
  }
  return inside;
}

/** How many units of each kind hold each of `n` seeded points of the root: there is no gap. */
function owners(features: GridFeature[], n: number): Map<string, number[]> {
  const [x0, y0, x1, y1] = boxOf(features[0]!);
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const exclusiveIds = new Set(features.filter(isExclusive).map((f) => f.properties.id));
  const groups = new Map<string, GridFeature[]>();
  for (const f of features.slice(1)) {
    const inExclusive = isExclusive(f) || exclusiveIds.has(f.properties.parentId ?? '');
    const key = `${f.properties.level}${inExclusive ? ' (exclusive)' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const counts = new Map<string, number[]>();
  for (let i = 0; i < n; i += 1) {
    const [x, y] = [x0 + next() * (x1 - x0), y0 + next() * (y1 - y0)];
    if (!holds(features[0]!, x, y)) continue;
    for (const [key, group] of groups) {
      const held = group.filter((f) => {
        const [bx0, by0, bx1, by1] = boxOf(f);
        return bx0 <= x && x <= bx1 && by0 <= y && y <= by1 && holds(f, x, y);
      }).length;
      counts.set(key, [...(counts.get(key) ?? []), held]);
    }
  }
  return counts;
}

/** The ids of every unit of a bundle's territory, which must each get one feature. */
function bundleIds(bundle: DistrictBundle): string[] {
  const { district, streets, communities, grids, microGrids } = bundle;
  return [district, ...streets, ...communities, ...grids, ...microGrids].map((unit) => unit.id);
}
