import { Delaunay } from 'd3-delaunay';
import Flatbush from 'flatbush';
import { difference, intersection } from 'polyclip-ts';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { WanggeError } from '../errors/wangge-error.js';
import type { AreaGeometry, GridFeature, GridFeatureProperties } from './grid-layer.js';

/**
 * The plan of a tessellation (剖分方案): a tree of units, each with its id, level, optional kind
 * and name, and its children. The root stands for the whole boundary; the ordinary children of a
 * unit tile it, and each exclusive child (专属网格, `kind: 'exclusive'`) is a small block placed
 * inside one of its ordinary siblings, which it wins over.
 *
 * @example
 * ```ts
 * import type { TessellationPlan } from '@wangge/core/layers';
 * const grid = (id: string): TessellationPlan => ({ id, level: 'grid', kind: 'ordinary' });
 * const plan: TessellationPlan = {
 *   id: 'c-1',
 *   level: 'community',
 *   children: [grid('c-1-g1'), grid('c-1-g2'), { id: 'c-1-x1', level: 'grid', kind: 'exclusive' }],
 * };
 * ```
 */
export interface TessellationPlan {
  /** The unit's id, unique in the plan; it becomes the feature's `properties.id`. */
  readonly id: string;
  /** `district`, `street`, `community`, `grid` or `micro-grid`. */
  readonly level: GridFeatureProperties['level'];
  /** `exclusive` places the unit inside an ordinary sibling instead of tiling; default ordinary. */
  readonly kind?: 'ordinary' | 'exclusive';
  /** The unit's name, copied to `properties.name`. */
  readonly name?: string;
  /** The units that share this one's area. */
  readonly children?: readonly TessellationPlan[];
}

/**
 * Options of {@link tessellate}.
 *
 * @example
 * ```ts
 * import type { TessellateOptions } from '@wangge/core/layers';
 * const options: TessellateOptions = { seed: 42 };
 * ```
 */
export interface TessellateOptions {
  /** Seed of the PRNG: the same boundary, plan and seed always give the same features. */
  readonly seed: number;
}

type Pt = [number, number];
type Ring = Pt[];
type Multi = Pt[][][];
type Rand = () => number;
type Box = Record<'minX' | 'minY' | 'maxX' | 'maxY', number>;
interface Unit {
  plan: TessellationPlan;
  parentId: string | undefined;
  area: Multi;
}

const LLOYD_ROUNDS = 2;
const SAMPLES_PER_SITE = 40;
const MAX_DRAWS = 20_000;
const PLACEMENT_TRIES = 240;
// Vertices closer than this (degrees, about 0.1 mm) are one vertex: the clipper computes the
// point where a shared border crosses the parent's once for each neighbour, and the two results
// may differ in the last bits.
const SNAP = 1e-9;
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320;

function failure(id: string, en: string, zh: string): WanggeError {
  return new WanggeError('tessellation_failed', {
    'zh-CN': `无法剖分单元 ${id}：${zh}`,
    en: `Cannot tessellate unit ${id}: ${en}`,
  });
}

/** One PRNG stream per unit, so that editing one branch of a plan leaves the others as they were. */
function streamOf(seed: number, id: string): Rand {
  let h = Math.imul(seed | 0, 0x9e3779b1) ^ Math.floor(seed / 2 ** 32);
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  const rng = xoroshiro128plus(h | 0);
  return () => uniformFloat64(rng);
}

function boxOf(points: readonly Pt[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** Calls `visit` with each edge of each ring (rings may be closed or not). */
function forEachEdge(area: Multi, visit: (a: Pt, b: Pt) => boolean | undefined): boolean {
  for (const ring of area.flat()) {
    let prev = ring[ring.length - 1];
    for (const cur of ring) {
      if (prev && visit(prev, cur) === true) return true;
      prev = cur;
    }
  }
  return false;
}

/** Even-odd rule over every ring: holes and separate parts need no special case. */
function contains(area: Multi, x: number, y: number): boolean {
  let inside = false;
  forEachEdge(area, (p, q) => {
    if (q[1] > y !== p[1] > y && x < p[0] + ((y - p[1]) * (q[0] - p[0])) / (q[1] - p[1])) {
      inside = !inside;
    }
    return false;
  });
  return inside;
}

const orient = (a: Pt, b: Pt, c: Pt): number =>
  Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/**
 * Whether a ring lies inside an area, tested in floating point: then it needs no clipping, which
 * spares the exact (and slow) clipper most of its work. Touching and collinear edges count as
 * crossing, so that a doubtful ring is clipped.
 */
function liesInside(ring: Ring, area: Multi): boolean {
  if (!ring.every(([x, y]) => contains(area, x, y))) return false;
  const box = boxOf(ring);
  const crosses = forEachEdge(
    area,
    (a, b) =>
      overlaps(box, boxOf([a, b])) &&
      forEachEdge(
        [[ring]],
        (c, d) => orient(a, b, c) * orient(a, b, d) <= 0 && orient(c, d, a) * orient(c, d, b) <= 0,
      ),
  );
  return !crosses;
}

function drawInside(area: Multi, box: Box, rand: Rand, id: string): Pt {
  for (let draw = 0; draw < MAX_DRAWS; draw += 1) {
    const x = box.minX + rand() * (box.maxX - box.minX);
    const y = box.minY + rand() * (box.maxY - box.minY);
    if (contains(area, x, y)) return [x, y];
  }
  throw failure(id, 'its area is too thin to draw points in', '其区域过窄，无法取点');
}

/** Moves each site to the mean of the samples nearest to it (Lloyd's step, estimated by sampling). */
function relax(sites: Pt[], samples: readonly Pt[], inside: (p: Pt) => boolean): Pt[] {
  const delaunay = Delaunay.from(sites);
  const sums = sites.map((): [number, number, number] => [0, 0, 0]);
  let hint = 0;
  for (const [x, y] of samples) {
    hint = delaunay.find(x, y, hint);
    const sum = sums[hint];
    if (sum) [sum[0], sum[1], sum[2]] = [sum[0] + x, sum[1] + y, sum[2] + 1];
  }
  const seen = new Set<string>();
  return sites.map((site, i) => {
    const [sx, sy, count] = sums[i] ?? [0, 0, 0];
    const mean: Pt = [sx / count, sy / count];
    // In a concave parent the mean can fall outside it, and two sites must never coincide.
    const next = count > 0 && inside(mean) && !seen.has(String(mean)) ? mean : site;
    seen.add(String(next));
    return next;
  });
}

/** Splits `area` into `n` parts: Voronoi cells of seeded sites, clipped to the area. */
function tile(area: Multi, n: number, rand: Rand, id: string): Multi[] {
  if (n === 1) return [area];
  const box = boxOf(area.flat(2));
  // The diagram is drawn where a degree of longitude is as long as a degree of latitude, so that
  // cells are not stretched east–west; cell vertices come back through one function, so a vertex
  // shared by two cells comes back as the same numbers for both.
  const k = Math.cos((((box.minY + box.maxY) / 2) * Math.PI) / 180);
  const fwd = ([x, y]: Pt): Pt => [(x - box.minX) * k, y - box.minY];
  const back = ([x, y]: Pt): Pt => [x / k + box.minX, y + box.minY];
  const draw = () => fwd(drawInside(area, box, rand, id));
  let sites = Array.from({ length: n }, draw);
  const samples = Array.from({ length: n * SAMPLES_PER_SITE }, draw);
  const inside = (p: Pt) => contains(area, ...back(p));
  for (let round = 0; round < LLOYD_ROUNDS; round += 1) sites = relax(sites, samples, inside);
  const [w, h] = [(box.maxX - box.minX) * k, box.maxY - box.minY];
  const voronoi = Delaunay.from(sites).voronoi([-w, -h, 2 * w, 2 * h]);
  return sites.map((_, i) => {
    // d3 returns null for a site that coincides with another, whatever its types say.
    const cell = voronoi.cellPolygon(i) as Delaunay.Polygon | null;
    const ring = cell?.map(back);
    const clipped = !ring ? [] : liesInside(ring, area) ? [[ring]] : intersection([ring], area);
    if (clipped.length === 0) throw failure(id, 'a Voronoi cell is empty', '有空的 Voronoi 单元');
    return clipped;
  });
}

/**
 * Places an exclusive unit: a block of 100–250 m a side inside the ordinary sibling under a
 * random point of the parent (so that bigger siblings get more), clear of the blocks placed
 * before it. Blocks that do not fit are shrunk, and in the end clipped to fit.
 */
function place(area: Multi, hosts: Multi[], taken: Multi[], rand: Rand, id: string): Multi {
  const box = boxOf(area.flat(2));
  const mPerDegLon = M_PER_DEG_LON * Math.cos((((box.minY + box.maxY) / 2) * Math.PI) / 180);
  const takenBoxes = taken.map((block) => boxOf(block.flat(2)));
  for (let attempt = 0; attempt < PLACEMENT_TRIES; attempt += 1) {
    const [x, y] = drawInside(area, box, rand, id);
    const host = hosts.find((candidate) => contains(candidate, x, y)) ?? area;
    const side = (100 + 150 * rand()) * 0.85 ** Math.floor(attempt / 25);
    const aspect = Math.sqrt(0.8 + 0.45 * rand());
    const [dx, dy] = [(side * aspect) / 2 / mPerDegLon, side / aspect / 2 / M_PER_DEG_LAT];
    const [x0, y0, x1, y1] = [x - dx, y - dy, x + dx, y + dy];
    // South-west, south-east, north-east, north-west, south-west.
    const ring = [x0, x1, x1, x0, x0].map((bx, c): Pt => [bx, c === 2 || c === 3 ? y1 : y0]);
    if (attempt < PLACEMENT_TRIES - 40) {
      const clear = !takenBoxes.some((b) => overlaps(b, boxOf(ring)));
      if (clear && liesInside(ring, host)) return [[ring]];
      continue;
    }
    const inHost = intersection([ring], host);
    const clipped = inHost.length > 0 && taken.length > 0 ? difference(inHost, ...taken) : inHost;
    if (clipped.length > 0) return clipped;
  }
  throw failure(id, 'no room for an exclusive unit', '没有放置专属单元的空间');
}

function split(plan: TessellationPlan, area: Multi, seed: number, out: Unit[], parent?: string) {
  out.push({ plan, parentId: parent, area });
  const children = plan.children ?? [];
  if (children.length === 0) return;
  const rand = streamOf(seed, plan.id);
  const ordinary = children.filter((child) => child.kind !== 'exclusive');
  const tiles = ordinary.length > 0 ? tile(area, ordinary.length, rand, plan.id) : [];
  const areas = new Map(ordinary.map((child, i) => [child, tiles[i] ?? area]));
  const taken: Multi[] = [];
  for (const child of children) {
    if (child.kind !== 'exclusive') continue;
    const block = place(area, tiles, taken, rand, child.id);
    taken.push(block);
    areas.set(child, block);
  }
  for (const child of children) split(child, areas.get(child) ?? area, seed, out, plan.id);
}

/** Twice the signed area: positive for a counter-clockwise ring. */
const signedArea = (ring: Ring): number =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length] ?? [x, y];
    return sum + x * ny - nx * y;
  }, 0);

/**
 * Makes the rings of all units agree: vertices within {@link SNAP} of each other become one
 * (the first seen, so a parent's vertices win over its children's), and every vertex that lies on
 * another unit's edge is inserted into that edge. Neighbours then share their border vertex for
 * vertex, bit for bit, also across parents (two grids of two communities), which the grid index
 * needs to give every border point exactly one owner.
 */
function weld(units: readonly Unit[]): Ring[][][] {
  const box = boxOf(units.flatMap((unit) => unit.area.flat(2)));
  const cell = Math.max(1e-8, (box.maxX - box.minX) / 2 ** 24, (box.maxY - box.minY) / 2 ** 24);
  const stride = Math.ceil((box.maxY - box.minY) / cell) + 3;
  const buckets = new Map<number, Pt[]>();
  const vertices: Pt[] = [];
  const snap = ([x, y]: Pt): Pt => {
    const ix = Math.floor((x - box.minX) / cell) + 1;
    const iy = Math.floor((y - box.minY) / cell) + 1;
    for (let d = 0; d < 9; d += 1) {
      const bucket = buckets.get((ix + (d % 3) - 1) * stride + iy + Math.floor(d / 3) - 1) ?? [];
      const near = bucket.find((p) => Math.abs(p[0] - x) <= SNAP && Math.abs(p[1] - y) <= SNAP);
      if (near) return near;
    }
    const p: Pt = [x, y];
    buckets.set(ix * stride + iy, [...(buckets.get(ix * stride + iy) ?? []), p]);
    vertices.push(p);
    return p;
  };
  const snapped = units.map((unit) =>
    unit.area
      .map((poly) =>
        poly.map((ring) => {
          const out: Ring = [];
          for (const p of ring.map(snap)) if (out.at(-1) !== p) out.push(p);
          while (out.length > 1 && out[0] === out.at(-1)) out.pop();
          return out;
        }),
      )
      .filter((poly) => (poly[0]?.length ?? 0) >= 3)
      .map((poly) => poly.filter((ring) => ring.length >= 3)),
  );

  const index = new Flatbush(vertices.length);
  for (const [x, y] of vertices) index.add(x, y, x, y);
  index.finish();
  const node = (a: Pt, b: Pt): Pt[] => {
    const [ex, ey] = [b[0] - a[0], b[1] - a[1]];
    const len2 = ex * ex + ey * ey;
    const { minX, minY, maxX, maxY } = boxOf([a, b]);
    return index
      .search(minX - SNAP, minY - SNAP, maxX + SNAP, maxY + SNAP)
      .flatMap((hit): [number, Pt][] => {
        const p = vertices[hit];
        if (!p || p === a || p === b || len2 === 0) return [];
        const t = ((p[0] - a[0]) * ex + (p[1] - a[1]) * ey) / len2;
        const off = Math.hypot(a[0] + t * ex - p[0], a[1] + t * ey - p[1]);
        return t > 0 && t < 1 && off <= SNAP ? [[t, p]] : [];
      })
      .sort((u, v) => u[0] - v[0])
      .map(([, p]) => p);
  };
  return snapped.map((polys) =>
    polys.map((poly) =>
      poly.map((ring, r) => {
        const out = ring.flatMap((a, i) => [a, ...node(a, ring[(i + 1) % ring.length] ?? a)]);
        // RFC 7946: exterior rings counter-clockwise, holes clockwise, first position repeated;
        // copies, so that no two features share an array.
        if (signedArea(out) > 0 === r > 0) out.reverse();
        return [...out, ...out.slice(0, 1)].map(([x, y]): Pt => [x, y]);
      }),
    ),
  );
}

/**
 * Tessellates a boundary (剖分辖区) along a plan: the root gets the boundary, and each unit's
 * ordinary children tile it as the Voronoi cells of seeded sites drawn inside it (relaxed by two
 * Lloyd steps so that they come out of similar size), clipped to it with `polyclip-ts`; each
 * exclusive unit (专属网格) is a block of about 100–250 m a side inside one of its ordinary
 * siblings, tiled in turn by its own children. Siblings leave no gap and do not overlap, every
 * unit lies inside its parent, and neighbours share their border vertices exactly (the same
 * numbers), also across parents.
 *
 * Returns one feature per unit, parents before children, with `properties` `{ id, level,
 * parentId, kind, name }` (`kind` for grids and for units that set it); rings are closed,
 * exteriors counter-clockwise (RFC 7946). Coordinates keep full precision: rounding them would
 * break the exact sharing of borders. The same boundary, plan and seed give the same features.
 *
 * @throws {WanggeError} `invalid_tessellation_plan` when two units share an id,
 * `invalid_tessellation_options` when the seed is not an integer,
 * `tessellation_failed` when a unit is too thin to hold its children.
 *
 * @example
 * ```ts
 * import { type AreaGeometry } from '@wangge/core';
 * import { tessellate, type TessellationPlan } from '@wangge/core/layers';
 *
 * const boundary: AreaGeometry = {
 *   type: 'Polygon',
 *   coordinates: [[[112.55, 37.85], [112.57, 37.85], [112.57, 37.87], [112.55, 37.87], [112.55, 37.85]]],
 * };
 * const plan: TessellationPlan = {
 *   id: 'c-1',
 *   level: 'community',
 *   children: [
 *     { id: 'c-1-g1', level: 'grid', children: [{ id: 'c-1-g1-m1', level: 'micro-grid' }] },
 *     { id: 'c-1-g2', level: 'grid' },
 *     { id: 'c-1-x1', level: 'grid', kind: 'exclusive' },
 *   ],
 * };
 * const features = tessellate(boundary, plan, { seed: 1 });
 * features.map((feature) => feature.properties.id); // ['c-1', 'c-1-g1', 'c-1-g1-m1', 'c-1-g2', 'c-1-x1']
 * ```
 */
export function tessellate(
  boundary: AreaGeometry,
  plan: TessellationPlan,
  options: TessellateOptions,
): GridFeature[] {
  if (!Number.isSafeInteger(options.seed)) {
    throw new WanggeError('invalid_tessellation_options', {
      'zh-CN': '剖分参数无效：seed 必须是整数',
      en: 'Invalid tessellation options: seed must be an integer',
    });
  }
  const units: Unit[] = [];
  const parts = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  const area = parts.map((poly) => poly.map((ring) => ring.map(([x, y]): Pt => [x, y])));
  split(plan, area, options.seed, units);
  const ids = new Set<string>();
  for (const {
    plan: { id },
  } of units) {
    if (ids.has(id)) {
      throw new WanggeError('invalid_tessellation_plan', {
        'zh-CN': `剖分方案无效：单元 id ${id} 重复`,
        en: `Invalid tessellation plan: unit id ${id} appears more than once`,
      });
    }
    ids.add(id);
  }
  const welded = weld(units);
  return units.map(({ plan: unit, parentId }, i): GridFeature => {
    const polys = welded[i] ?? [];
    const [only] = polys;
    if (!only) throw failure(unit.id, 'its area vanished', '其区域为空');
    const kind = unit.kind ?? (unit.level === 'grid' ? 'ordinary' : undefined);
    return {
      type: 'Feature',
      properties: {
        id: unit.id,
        level: unit.level,
        ...(parentId === undefined ? {} : { parentId }),
        ...(kind === undefined ? {} : { kind }),
        ...(unit.name === undefined ? {} : { name: unit.name }),
      },
      geometry:
        polys.length === 1
          ? { type: 'Polygon', coordinates: only }
          : { type: 'MultiPolygon', coordinates: polys },
    };
  });
}
