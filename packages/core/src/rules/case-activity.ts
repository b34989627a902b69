import { convertPosition } from '../geo/coordinate-system.js';
import { PointBands } from './point-bands.js';
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
  readonly #points = new PointBands<ActivityEntry>();
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
    this.#points.insert(lon, lat, entry.createdAtMs, entry);
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
    this.#points.remove(entry.lon, entry.lat, entry);
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
    this.#visit(lon, lat, radiusMeters, sinceMs, (entry, distance) => {
      found.push({ entry, distance });
    });
    found.sort((a, b) => a.distance - b.distance || (a.entry.id < b.entry.id ? -1 : 1));
    return found.map((f) => f.entry);
  }

  /** How many of the cases {@link CaseActivity.near} would give pass `test`. */
  countNear(
    lon: number,
    lat: number,
    radiusMeters: number,
    sinceMs: number,
    test: (entry: ActivityEntry) => boolean,
  ): number {
    let count = 0;
    this.#visit(lon, lat, radiusMeters, sinceMs, (entry) => {
      if (test(entry)) count++;
    });
    return count;
  }

  #visit(
    lon: number,
    lat: number,
    radiusMeters: number,
    sinceMs: number,
    visit: (entry: ActivityEntry, distance: number) => void,
  ): void {
    this.#points.visit(lon, lat, radiusMeters, sinceMs, visit);
  }
}
