import type { Person, Role } from '../schema/person.js';
import type { LoadedDistrict } from './loaded-district.js';

/**
 * The people whose roles name a unit, optionally only those in some roles: e.g. the grid workers
 * (网格员) and grid chief (网格长) of a grid. A role counts only when it names this very unit.
 *
 * @example
 * ```ts
 * import { workersOf, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * workersOf(district, 'st-laojunying-c03-g007', { roles: ['grid-worker'] }).map((p) => p.name);
 * ```
 */
export function workersOf(
  district: LoadedDistrict,
  unitId: string,
  options: { readonly roles?: readonly Role[] } = {},
): readonly Person[] {
  const people = district.peopleByUnit.get(unitId) ?? [];
  const roles = options.roles;
  if (!roles) return people;
  return people.filter((person) =>
    person.roles.some(
      (role) =>
        roles.includes(role.role) &&
        role.role !== 'department-staff' &&
        role.unitIds.includes(unitId),
    ),
  );
}
