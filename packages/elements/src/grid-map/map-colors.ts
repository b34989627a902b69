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

/**
 * What the fill of a unit shows: its `open` or `overdue` cases (`counts`), or any figure the
 * host gives per unit (`value`, from `values`: a KPI, say).
 */
export type ColorBy = 'open' | 'overdue' | 'value';

/**
 * A figure per unit id, as a record or a map, for `color-by="value"`; `null` (or no entry) is
 * "no data", which is not the same as 0.
 *
 * @example
 * ```ts
 * import type { GridMapValues } from '@wangge/elements';
 * const onTime: GridMapValues = { 'st-yingze-c01-g001': 0.92, 'st-yingze-c01-g002': null };
 * ```
 */
export type GridMapValues =
  Readonly<Record<string, number | null>> | ReadonlyMap<string, number | null>;

/** Whether a larger value is better (`higher-better`) or worse (`lower-better`). */
export type ValueDirection = 'higher-better' | 'lower-better';

/** How values are written: as percentages of shares 0…1 (`percent`) or as numbers. */
export type ValueFormat = 'percent' | 'number';

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
  colorBy: Exclude<ColorBy, 'value'>,
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

/**
 * Reads the host's values once per change: finite numbers are kept, anything else (`null`, a
 * string, `NaN`) is no data.
 */
export function readValues(values: GridMapValues | undefined): ReadonlyMap<string, number> {
  const read = new Map<string, number>();
  if (!values || typeof values !== 'object') return read;
  const entries: Iterable<[string, unknown]> =
    values instanceof Map ? values.entries() : Object.entries(values);
  for (const [id, value] of entries) {
    if (typeof value === 'number' && Number.isFinite(value)) read.set(id, value);
  }
  return read;
}

/**
 * The bucket of each unit of a level by its value: 0 for no data (drawn hatched), else 1 (best)
 * to {@link BUCKETS} (worst), in four equal intervals of the level's own range, so that the
 * worst units stand out whatever the spread. Which end is the best is `direction`'s. When every
 * value is the same, every unit with one is in bucket 1.
 */
export function valueBucketsOf(
  units: readonly MapUnit[],
  values: ReadonlyMap<string, number>,
  direction: ValueDirection,
): { buckets: Uint8Array; min: number; max: number } {
  const buckets = new Uint8Array(units.length);
  let min = Infinity;
  let max = -Infinity;
  for (const unit of units) {
    const v = values.get(unit.id);
    if (v === undefined) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { buckets, min: 0, max: 0 };
  const span = max - min;
  units.forEach((unit, i) => {
    const v = values.get(unit.id);
    if (v === undefined) return;
    const t = span > 0 ? (v - min) / span : direction === 'higher-better' ? 1 : 0;
    const badness = direction === 'higher-better' ? 1 - t : t;
    buckets[i] = 1 + Math.min(BUCKETS - 1, Math.floor(badness * BUCKETS));
  });
  return { buckets, min, max };
}

/**
 * The values each bucket of {@link valueBucketsOf} holds, best first, for the legend: one entry
 * when every value is the same, none without values.
 */
export function valueLegendRanges(
  min: number,
  max: number,
  direction: ValueDirection,
  any: boolean,
): { bucket: number; from: number; to: number }[] {
  if (!any) return [];
  if (max <= min) return [{ bucket: 1, from: min, to: max }];
  const step = (max - min) / BUCKETS;
  const ranges: { bucket: number; from: number; to: number }[] = [];
  for (let b = 1; b <= BUCKETS; b += 1) {
    // Bucket b holds the b-th quarter of badness: from the top of the range down when higher
    // is better, from the bottom up when lower is.
    const k = direction === 'higher-better' ? BUCKETS - b : b - 1;
    ranges.push({
      bucket: b,
      from: min + k * step,
      to: k === BUCKETS - 1 ? max : min + (k + 1) * step,
    });
  }
  return ranges;
}
