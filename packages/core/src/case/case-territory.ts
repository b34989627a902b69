import type { LoadedDistrict } from '../district/loaded-district.js';
import type { CaseRecord } from '../schema/case-record.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import { CaseCommandError } from './case-errors.js';

/**
 * Where a case lies in the administrative tree: its grid and micro-grid and the community,
 * street and district above them, as recorded when it was reported.
 *
 * @example
 * ```ts
 * import type { CaseTerritory } from '@wangge/core';
 * const here: CaseTerritory = {
 *   gridId: 'ljy-c1-g1', communityId: 'ljy-c1', streetId: 'ljy', districtId: 'yz',
 * };
 * ```
 */
export interface CaseTerritory {
  readonly gridId: string;
  readonly microGridId?: string | undefined;
  readonly communityId: string;
  readonly streetId: string;
  readonly districtId: string;
}

/**
 * The territory of a grid (and micro-grid) of a district.
 *
 * @throws {@link CaseCommandError} `unknown_grid` or `micro_grid_mismatch`.
 */
export function territoryOf(
  district: LoadedDistrict,
  gridId: string,
  microGridId: string | undefined,
): CaseTerritory {
  const grid = district.units.get(gridId);
  if (grid?.kind !== 'grid') throw new CaseCommandError('unknown_grid', { gridId });
  if (microGridId !== undefined) {
    const micro = district.units.get(microGridId);
    if (micro?.kind !== 'micro-grid' || micro.parentId !== gridId) {
      throw new CaseCommandError('micro_grid_mismatch', { microGridId, gridId });
    }
  }
  const community = district.units.get(grid.parentId);
  const streetId = community?.parentId ?? '';
  return {
    gridId,
    microGridId,
    communityId: grid.parentId,
    streetId,
    districtId: district.units.get(streetId)?.parentId ?? district.bundle.district.id,
  };
}

/**
 * The unit responsible for a case at a level: its grid (网格), community (社区), street (街镇)
 * or the district (区, its command centre).
 *
 * @example
 * ```ts
 * import { unitAtLevel, type CaseRecord } from '@wangge/core';
 * declare const record: CaseRecord;
 * unitAtLevel(record, 'community') === record.communityId; // true
 * ```
 */
export function unitAtLevel(territory: CaseTerritory, level: HandlingLevel): string {
  switch (level) {
    case 'grid':
      return territory.gridId;
    case 'community':
      return territory.communityId;
    case 'street':
      return territory.streetId;
    default:
      return territory.districtId;
  }
}

/** The ids of the units holding a case, from the smallest: what scopes its actors. */
export function territoryUnits(territory: CaseTerritory | CaseRecord): string[] {
  const units = [territory.gridId, territory.communityId, territory.streetId, territory.districtId];
  if (territory.microGridId !== undefined) units.unshift(territory.microGridId);
  return units;
}
