import { convertPosition } from '../geo/coordinate-system.js';
import type { Location } from '../schema/geo-point.js';
import type { CaseActivity } from './case-activity.js';
import { distanceMeters } from './case-activity.js';
import type { CompiledRules } from './compile-rules.js';

/**
 * An open case that a new report may duplicate, with how far and how long before it was
 * reported, and a score from 0 to 1 (lower is likelier: nearer and more recent).
 *
 * @example
 * ```ts
 * import type { DuplicateCandidate } from '@wangge/core';
 * const best = (candidates: readonly DuplicateCandidate[]) => candidates[0]?.caseId;
 * ```
 */
export interface DuplicateCandidate {
  readonly caseId: string;
  readonly categoryCode: string;
  readonly distanceMeters: number;
  readonly hoursBefore: number;
  readonly score: number;
  /** The candidate's due time, if known: a merge keeps the earlier one. */
  readonly dueAt: string | undefined;
}

/**
 * The open cases a new report may duplicate (重复上报), best first: of the same category (or
 * category group, by the rule set's `duplicates.match`), within `duplicates.radiusMeters`,
 * reported at most `duplicates.withinHours` before it. Staff confirm a candidate and merge with
 * `mergeDuplicate`, which links the reports, keeps every reporter informed and keeps the earlier
 * due time.
 *
 * @example
 * ```ts
 * import { findDuplicates, type CaseActivity, type CompiledRules, type Location } from '@wangge/core';
 * declare const rules: CompiledRules;
 * declare const activity: CaseActivity;
 * declare const location: Location;
 * const candidates = findDuplicates({ categoryCode: 'YJ-02', location, at: Date.parse('2026-11-26T10:00:00+08:00') }, activity, rules);
 * ```
 */
export function findDuplicates(
  report: {
    readonly categoryCode: string;
    readonly location: Location;
    readonly at: number;
    readonly id?: string;
  },
  activity: CaseActivity,
  rules: CompiledRules,
): DuplicateCandidate[] {
  const policy = rules.ruleSet.duplicates;
  const key = (code: string) =>
    policy.match === 'category' ? code : (rules.categories.get(code)?.chain.at(-1) ?? code);
  const wanted = key(report.categoryCode);
  const position: [number, number] = [
    report.location.point.coordinates[0],
    report.location.point.coordinates[1],
  ];
  const [lon, lat] =
    report.location.coordinateSystem === 'GCJ02'
      ? position
      : convertPosition(position, report.location.coordinateSystem, 'GCJ02');
  const windowMs = policy.withinHours * 3_600_000;
  const candidates: DuplicateCandidate[] = [];
  for (const entry of activity.near(lon, lat, policy.radiusMeters, report.at - windowMs)) {
    if (!entry.open || entry.id === report.id || entry.createdAtMs > report.at) continue;
    if (key(entry.categoryCode) !== wanted) continue;
    const distance = distanceMeters(lon, lat, entry.lon, entry.lat);
    const hours = (report.at - entry.createdAtMs) / 3_600_000;
    candidates.push({
      caseId: entry.id,
      categoryCode: entry.categoryCode,
      distanceMeters: Math.round(distance * 10) / 10,
      hoursBefore: Math.round(hours * 100) / 100,
      score: (distance / policy.radiusMeters + hours / policy.withinHours) / 2,
      dueAt: entry.dueAt,
    });
  }
  return candidates.sort((a, b) => a.score - b.score || (a.caseId < b.caseId ? -1 : 1));
}
