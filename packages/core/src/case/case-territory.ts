import type { LoadedDistrict } from '../district/loaded-district.js';
import type { CasePlace } from '../schema/case-place.js';
import type { CaseRecord } from '../schema/case-record.js';
import { CaseCommandError } from './case-errors.js';

/**
 * Where a case lies in the administrative tree: its grid and micro-grid and the community,
 * street and district above them (a `CasePlace` without its point).
 *
 * @example
 * ```ts
 * import type { CaseTerritory } from '@wangge/core';
 * const here: CaseTerritory = {
 *   gridId: 'ljy-c1-g1', communityId: 'ljy-c1', streetId: 'ljy', districtId: 'yz',
 * };
 * ```
 */
export type CaseTerritory = Omit<CasePlace, 'location' | 'microGridId'> & {
  readonly microGridId?: string | undefined;
};

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

/** The ids of the units holding a case, from the smallest: what scopes its actors. */
export function territoryUnits(territory: CaseTerritory | CaseRecord): string[] {
  const units = [territory.gridId, territory.communityId, territory.streetId, territory.districtId];
  if (territory.microGridId !== undefined) units.unshift(territory.microGridId);
  return units;
}
