import type { Community, District, Grid, MicroGrid, Street } from '../schema/admin-units.js';

/** Any unit of the administrative tree. */
export type AnyUnit = District | Street | Community | Grid | MicroGrid;

/** The id of a unit's parent in the administrative tree (`undefined` for the district). */
export function parentIdOf(unit: AnyUnit): string | undefined {
  if ('gridId' in unit) return unit.gridId;
  if ('communityId' in unit) return unit.communityId;
  if ('streetId' in unit) return unit.streetId;
  if ('districtId' in unit) return unit.districtId;
  return undefined;
}
