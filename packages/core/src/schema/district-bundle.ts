import * as z from 'zod/mini';
import { Community, District, Grid, MicroGrid, Street } from './admin-units.js';
import { Category } from './category.js';
import { Department } from './department.js';
import { Household } from './household.js';
import { PartyOrganisation } from './party-organisation.js';
import { Person } from './person.js';
import { ResidentUnit } from './resident-unit.js';
import { Resident } from './resident.js';
import { Shift } from './shift.js';

const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), () => []);

/**
 * A district's whole configuration as its IT team writes it in JSON: the administrative tree,
 * the party organisation tree, people and their roster, departments and the category catalogue,
 * resident units, households and residents. Lists other than the tree and the catalogue may be
 * left out. Read it with `loadDistrict`, which also checks every reference across it.
 *
 * @example
 * ```ts
 * import { DistrictBundle } from '@wangge/core';
 * const result = DistrictBundle.safeParse({
 *   schemaVersion: 1,
 *   district: { id: 'yingze', name: '迎泽区' },
 *   streets: [], communities: [], grids: [], microGrids: [], departments: [], categories: [],
 * });
 * result.success; // true
 * ```
 */
export const DistrictBundle = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The version of this format; `1`. */
    schemaVersion: z.literal(1),
    district: District,
    streets: z.array(Street),
    communities: z.array(Community),
    grids: z.array(Grid),
    microGrids: z.array(MicroGrid),
    departments: z.array(Department),
    categories: z.array(Category),
    partyOrganisations: list(PartyOrganisation),
    people: list(Person),
    shifts: list(Shift),
    residentUnits: list(ResidentUnit),
    households: list(Household),
    residents: list(Resident),
  }))();
/** A parsed district bundle, every list present. */
export type DistrictBundle = z.output<typeof DistrictBundle>;
/** A district bundle as written in JSON (optional lists may be absent). */
export type DistrictBundleInput = z.input<typeof DistrictBundle>;
