import type { MapGeometry, MapUnit } from './map-geometry.js';

/**
 * The cases of a unit the map colours it by: how many are open, and how many of those are
 * overdue.
 *
 * @example
 * ```ts
 * import type { UnitCaseCounts } from '@wangge/elements';
 * const counts: Record<string, UnitCaseCounts> = { 'st-yingze-c01-g001': { open: 4, overdue: 1 } };
 * ```
 */
export interface UnitCaseCounts {
  readonly open: number;
  readonly overdue: number;
}

/** Case counts by unit id, as a record or a map. */
export type GridMapCounts =
  Readonly<Record<string, UnitCaseCounts>> | ReadonlyMap<string, UnitCaseCounts>;

/** What the fill of a unit shows. */
export type ColorBy = 'open' | 'overdue';

/** Number of colour buckets above "none". */
export const BUCKETS = 4;

const read = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

function entryOf(counts: GridMapCounts, id: string): UnitCaseCounts | undefined {
  if (counts instanceof Map) return (counts as ReadonlyMap<string, UnitCaseCounts>).get(id);
  return Object.hasOwn(counts, id) ? (counts as Record<string, UnitCaseCounts>)[id] : undefined;
}

/**
 * The counts of every unit: its own entry when the host gave one, else the sum of its
 * children's (so a host that counts per grid sees its streets and communities coloured too).
 * Nothing else is derived: which cases are open or overdue is the host's (core's) business.
 */
export function totalsOf(
  geometry: MapGeometry,
  counts: GridMapCounts | undefined,
): ReadonlyMap<string, UnitCaseCounts> {
  const totals = new Map<string, UnitCaseCounts>();
  if (!counts || typeof counts !== 'object') return totals;
  const visit = (unit: MapUnit, depth: number): UnitCaseCounts => {
    const known = totals.get(unit.id);
    if (known) return known;
    const own = entryOf(counts, unit.id);
    let total: UnitCaseCounts;
    if (own) {
      total = { open: read(own.open), overdue: read(own.overdue) };
    } else {
      let open = 0;
      let overdue = 0;
      // A malformed layer could make a cycle of parents; the depth stops it.
      if (depth < 8) {
        for (const child of geometry.children.get(unit.id) ?? []) {
          const c = visit(child, depth + 1);
          open += c.open;
          overdue += c.overdue;
        }
      }
      total = { open, overdue };
    }
    totals.set(unit.id, total);
    return total;
  };
  for (const unit of geometry.units) visit(unit, 0);
  return totals;
}

/**
 * The bucket (0 = none, 1…{@link BUCKETS}) of each unit of a level, by its share of the level's
 * largest value: quarters of the maximum, so that streets (large sums) and micro-grids (a few
 * cases) both spread over the whole scale.
 */
export function bucketsOf(
  units: readonly MapUnit[],
  totals: ReadonlyMap<string, UnitCaseCounts>,
  colorBy: ColorBy,
): { buckets: Uint8Array; max: number } {
  const values = units.map((unit) => totals.get(unit.id)?.[colorBy] ?? 0);
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const buckets = new Uint8Array(units.length);
  if (max > 0) {
    values.forEach((v, i) => {
      buckets[i] = v <= 0 ? 0 : Math.min(BUCKETS, Math.ceil((BUCKETS * v) / max));
    });
  }
  return { buckets, max };
}

/** The values each non-empty bucket holds, for the legend. */
export function legendRanges(max: number): { bucket: number; from: number; to: number }[] {
  const ranges: { bucket: number; from: number; to: number }[] = [];
  if (max <= 0) return ranges;
  for (let b = 1; b <= BUCKETS; b += 1) {
    // Integers v with (b-1)·max/4 < v ≤ b·max/4.
    const from = Math.floor(((b - 1) * max) / BUCKETS) + 1;
    const to = Math.floor((b * max) / BUCKETS);
    if (from <= to) ranges.push({ bucket: b, from, to });
  }
  return ranges;
}
