import type { Community, District, Grid, MicroGrid, Street } from '../schema/admin-units.js';
import type { Category } from '../schema/category.js';
import type { Department } from '../schema/department.js';
import type { DistrictBundle } from '../schema/district-bundle.js';
import type { Household } from '../schema/household.js';
import type { PartyOrganisation } from '../schema/party-organisation.js';
import type { Person } from '../schema/person.js';
import type { ResidentUnit } from '../schema/resident-unit.js';
import type { Resident } from '../schema/resident.js';
import type { Shift } from '../schema/shift.js';
import type { RecordMaps } from './check-context.js';

/**
 * A unit of the administrative tree with its kind and its parent's id.
 *
 * @example
 * ```ts
 * import type { UnitRef } from '@wangge/core';
 * const describe = (unit: UnitRef) => (unit.kind === 'grid' ? unit.record.kind : unit.kind);
 * ```
 */
export type UnitRef =
  | { readonly kind: 'district'; readonly record: District; readonly parentId: undefined }
  | { readonly kind: 'street'; readonly record: Street; readonly parentId: string }
  | { readonly kind: 'community'; readonly record: Community; readonly parentId: string }
  | { readonly kind: 'grid'; readonly record: Grid; readonly parentId: string }
  | { readonly kind: 'micro-grid'; readonly record: MicroGrid; readonly parentId: string };

/**
 * A district read and checked by `loadDistrict`: the frozen bundle, and indexes for O(1) lookups
 * by id or code. It never changes; edits (`editDistrict`, `addPerson`, `moveMicroGrid`) return a
 * new one.
 *
 * @example
 * ```ts
 * import { loadDistrict } from '@wangge/core';
 * declare const json: unknown;
 * const result = loadDistrict(json);
 * if (result.success) {
 *   const district = result.data;
 *   district.units.get('st-laojunying')?.kind; // 'street'
 *   district.categories.get('CG-01')?.name.zh;
 * }
 * ```
 */
export interface LoadedDistrict {
  /** The whole configuration, deeply frozen. */
  readonly bundle: DistrictBundle;
  /** Every unit of the administrative tree, by id. */
  readonly units: ReadonlyMap<string, UnitRef>;
  /** The direct children of each unit, by the unit's id. */
  readonly children: ReadonlyMap<string, readonly UnitRef[]>;
  /** People by id. */
  readonly people: ReadonlyMap<string, Person>;
  /** The people whose roles name a unit, by the unit's id. */
  readonly peopleByUnit: ReadonlyMap<string, readonly Person[]>;
  /** The staff of each department, by the department's id. */
  readonly peopleByDepartment: ReadonlyMap<string, readonly Person[]>;
  /** Departments by id. */
  readonly departments: ReadonlyMap<string, Department>;
  /** Departments by code. */
  readonly departmentsByCode: ReadonlyMap<string, Department>;
  /** Categories by code. */
  readonly categories: ReadonlyMap<string, Category>;
  /** The roster's shifts, by the unit they cover. */
  readonly shiftsByUnit: ReadonlyMap<string, readonly Shift[]>;
  /** Resident units by id. */
  readonly residentUnits: ReadonlyMap<string, ResidentUnit>;
  /** Households by id. */
  readonly households: ReadonlyMap<string, Household>;
  /** Residents by id. */
  readonly residents: ReadonlyMap<string, Resident>;
  /** Party organisations by id. */
  readonly partyOrganisations: ReadonlyMap<string, PartyOrganisation>;
}

function group<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the indexes of a bundle that passed every check, reusing the per-kind maps that the
 * checks built (`indexRecords`).
 */
export function indexDistrict(bundle: DistrictBundle, maps: RecordMaps): LoadedDistrict {
  const units = new Map<string, UnitRef>();
  const children = new Map<string, UnitRef[]>();
  const addUnit = (ref: UnitRef) => {
    units.set(ref.record.id, ref);
    if (ref.parentId !== undefined) group(children, ref.parentId, ref);
  };
  addUnit({ kind: 'district', record: bundle.district, parentId: undefined });
  for (const record of bundle.streets) {
    addUnit({ kind: 'street', record, parentId: record.districtId });
  }
  for (const record of bundle.communities) {
    addUnit({ kind: 'community', record, parentId: record.streetId });
  }
  for (const record of bundle.grids)
    addUnit({ kind: 'grid', record, parentId: record.communityId });
  for (const record of bundle.microGrids) {
    addUnit({ kind: 'micro-grid', record, parentId: record.gridId });
  }

  const people = maps.person;
  const peopleByUnit = new Map<string, Person[]>();
  const peopleByDepartment = new Map<string, Person[]>();
  for (const person of bundle.people) {
    const seen = new Set<string>();
    for (const role of person.roles) {
      if (role.role === 'department-staff') {
        if (!seen.has(role.departmentId)) group(peopleByDepartment, role.departmentId, person);
        seen.add(role.departmentId);
        continue;
      }
      for (const unitId of role.unitIds) {
        if (!seen.has(unitId)) group(peopleByUnit, unitId, person);
        seen.add(unitId);
      }
    }
  }

  const shiftsByUnit = new Map<string, Shift[]>();
  for (const shift of bundle.shifts) group(shiftsByUnit, shift.unitId, shift);

  return {
    bundle,
    units,
    children,
    people,
    peopleByUnit,
    peopleByDepartment,
    departments: maps.department,
    departmentsByCode: new Map(bundle.departments.map((d) => [d.code, d])),
    categories: new Map(bundle.categories.map((c) => [c.code, c])),
    shiftsByUnit,
    residentUnits: maps['resident-unit'],
    households: maps.household,
    residents: maps.resident,
    partyOrganisations: new Map(bundle.partyOrganisations.map((org) => [org.id, org])),
  };
}
