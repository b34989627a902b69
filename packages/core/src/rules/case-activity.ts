import { convertPosition } from '../geo/coordinate-system.js';
import type { CaseReporter } from '../schema/case-reporter.js';
import type { CaseStep } from '../schema/case-step.js';
import type { Location } from '../schema/geo-point.js';

/**
 * What {@link CaseActivity} needs to know of a case; a `CaseRecord` has it all.
 *
 * @example
 * ```ts
 * import type { ActivityCase } from '@wangge/core';
 * const open = (c: ActivityCase) => c.step !== 'archived';
 * ```
 */
export interface ActivityCase {
  readonly id: string;
  readonly categoryCode: string;
  readonly location: Location;
  readonly createdAt: string;
  readonly step: CaseStep;
  readonly workerId?: string | undefined;
  readonly reporter?: CaseReporter | undefined;
  readonly dueAt?: string | undefined;
}

/**
 * A case as the activity index keeps it.
 *
 * @example
 * ```ts
 * import type { ActivityEntry } from '@wangge/core';
 * const label = (entry: ActivityEntry) => `${entry.id} ${entry.categoryCode}`;
 * ```
 */
export interface ActivityEntry {
  readonly id: string;
  readonly categoryCode: string;
  /** GCJ-02 longitude and latitude. */
  readonly lon: number;
  readonly lat: number;
  readonly createdAtMs: number;
  readonly open: boolean;
  readonly workerId: string | undefined;
  readonly reporterKey: string | undefined;
  readonly dueAt: string | undefined;
}

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;
// Cells of 0.002° (about 220 m north–south): a radius query looks at the few around a point.
const CELL = 0.002;

/** The great-circle distance between two points, in metres (haversine). */
export function distanceMeters(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Who reported a case, as a key for continuity (the same person reporting again): their person
 * id, or their mobile. It is kept in memory only, never shown or stored.
 *
 * @example
 * ```ts
 * import { reporterKey } from '@wangge/core';
 * reporterKey({ kind: 'grid-worker', personId: 'p-1' }); // 'p:p-1'
 * ```
 */
export function reporterKey(reporter: CaseReporter | undefined): string | undefined {
  if (reporter?.personId !== undefined) return `p:${reporter.personId}`;
  if (reporter?.mobile !== undefined) return `m:${reporter.mobile}`;
  return undefined;
}

/**
 * What the rules need to know of the cases already in the system (案件态势): how many open
 * cases each worker has (least open cases first), who last handled a reporter's case
 * (continuity), and which cases were reported near a place lately (repeated reports,
 * duplicates). Kept up to date by the host with {@link CaseActivity.track} as cases change.
 *
 * @example
 * ```ts
 * import { CaseActivity, type CaseRecord } from '@wangge/core';
 * declare const records: readonly CaseRecord[];
 * const activity = new CaseActivity();
 * for (const record of records) activity.track(record);
 * activity.openCasesOf('p-1');
 * ```
 */
export class CaseActivity {
  readonly #entries = new Map<string, ActivityEntry>();
  readonly #cells = new Map<string, Set<string>>();
  readonly #open = new Map<string, number>();
  readonly #lastWorker = new Map<string, { readonly atMs: number; readonly workerId: string }>();

  /** The number of cases it knows. */
  get size(): number {
    return this.#entries.size;
  }

  /** Records a case as it stands now (what was known of it before is replaced). */
  track(record: ActivityCase): void {
    this.forget(record.id);
    const [lon, lat] =
      record.location.coordinateSystem === 'GCJ02'
        ? [record.location.point.coordinates[0], record.location.point.coordinates[1]]
        : convertPosition(
            [record.location.point.coordinates[0], record.location.point.coordinates[1]],
            record.location.coordinateSystem,
            'GCJ02',
          );
    const entry: ActivityEntry = {
      id: record.id,
      categoryCode: record.categoryCode,
      lon,
      lat,
      createdAtMs: Date.parse(record.createdAt),
      open: record.step !== 'archived',
      workerId: record.workerId,
      reporterKey: reporterKey(record.reporter),
      dueAt: record.dueAt,
    };
    this.#entries.set(entry.id, entry);
    const key = cellKey(Math.floor(lon / CELL), Math.floor(lat / CELL));
    const cell = this.#cells.get(key);
    if (cell) cell.add(entry.id);
    else this.#cells.set(key, new Set([entry.id]));
    if (entry.open && entry.workerId !== undefined) {
      this.#open.set(entry.workerId, (this.#open.get(entry.workerId) ?? 0) + 1);
    }
    if (entry.reporterKey !== undefined && entry.workerId !== undefined) {
      const last = this.#lastWorker.get(entry.reporterKey);
      if (!last || last.atMs <= entry.createdAtMs) {
        this.#lastWorker.set(entry.reporterKey, {
          atMs: entry.createdAtMs,
          workerId: entry.workerId,
        });
      }
    }
  }

  /** Forgets a case. */
  forget(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#entries.delete(id);
    this.#cells
      .get(cellKey(Math.floor(entry.lon / CELL), Math.floor(entry.lat / CELL)))
      ?.delete(id);
    if (entry.open && entry.workerId !== undefined) {
      const count = (this.#open.get(entry.workerId) ?? 1) - 1;
      if (count > 0) this.#open.set(entry.workerId, count);
      else this.#open.delete(entry.workerId);
    }
  }

  /** The open cases assigned to a worker. */
  openCasesOf(personId: string): number {
    return this.#open.get(personId) ?? 0;
  }

  /** The worker of the latest case of a reporter (see `reporterKey`), if any. */
  lastWorkerFor(key: string | undefined): string | undefined {
    return key === undefined ? undefined : this.#lastWorker.get(key)?.workerId;
  }

  /**
   * The cases reported within `radiusMeters` of a GCJ-02 point since `sinceMs`, nearest first.
   */
  near(lon: number, lat: number, radiusMeters: number, sinceMs: number): ActivityEntry[] {
    const found: { entry: ActivityEntry; distance: number }[] = [];
    const spanLat = Math.ceil(radiusMeters / (CELL * 111_320));
    const spanLon = Math.ceil(
      radiusMeters / (CELL * 111_320 * Math.max(0.01, Math.cos(lat * RAD))),
    );
    const cx = Math.floor(lon / CELL);
    const cy = Math.floor(lat / CELL);
    for (let dx = -spanLon; dx <= spanLon; dx++) {
      for (let dy = -spanLat; dy <= spanLat; dy++) {
        for (const id of this.#cells.get(cellKey(cx + dx, cy + dy)) ?? []) {
          const entry = this.#entries.get(id);
          if (!entry || entry.createdAtMs < sinceMs) continue;
          const distance = distanceMeters(lon, lat, entry.lon, entry.lat);
          if (distance <= radiusMeters) found.push({ entry, distance });
        }
      }
    }
    found.sort((a, b) => a.distance - b.distance || (a.entry.id < b.entry.id ? -1 : 1));
    return found.map((f) => f.entry);
  }
}

const cellKey = (x: number, y: number) => `${String(x)}:${String(y)}`;
