import type { RecordKind } from '../i18n/integrity-messages.js';
import type { Community, District, Grid, MicroGrid, Street } from '../schema/admin-units.js';
import type { Category } from '../schema/category.js';
import type { Department } from '../schema/department.js';
import type { DistrictBundle } from '../schema/district-bundle.js';
import type { Household } from '../schema/household.js';
import type {
  CommunityCommittee,
  GridBranch,
  LeadHousehold,
  MicroGridGroup,
  TemporaryBranch,
} from '../schema/party-organisation.js';
import type { Person } from '../schema/person.js';
import type { ResidentUnit } from '../schema/resident-unit.js';
import type { Resident } from '../schema/resident.js';
import type { IssueCollector } from './issue-collector.js';

/** The record type behind each kind of id. */
export interface RecordOfKind {
  district: District;
  street: Street;
  community: Community;
  grid: Grid;
  'micro-grid': MicroGrid;
  person: Person;
  department: Department;
  category: Category;
  'resident-unit': ResidentUnit;
  household: Household;
  resident: Resident;
  'community-committee': CommunityCommittee;
  'grid-branch': GridBranch;
  'micro-grid-group': MicroGridGroup;
  'party-organisation': LeadHousehold | TemporaryBranch;
}

/** Every record with an id, by kind and then by id: one map per kind. */
export type RecordMaps = { readonly [K in RecordKind]: Map<string, RecordOfKind[K]> };

/** What the integrity checks share: the valid records and the issues found so far. */
export interface CheckContext {
  readonly bundle: DistrictBundle;
  readonly issues: IssueCollector;
  /** The kind of every id (the first record's when an id is duplicated). */
  readonly kinds: ReadonlyMap<string, RecordKind>;
  /** The records by kind and id. */
  readonly maps: RecordMaps;
  /** Ids and codes of items that failed their own schema. */
  readonly invalidKeys: ReadonlySet<string>;
}

/**
 * Resolves a reference: the record when it exists and is of an expected kind; otherwise reports
 * `unknown_reference` or `wrong_reference_kind` at `path` (unless the target itself failed its
 * schema, which was reported already) and returns `undefined`.
 */
export function resolve<K extends RecordKind>(
  ctx: CheckContext,
  path: readonly PropertyKey[],
  id: string,
  expected: readonly K[],
): RecordOfKind[K] | undefined {
  const kind = ctx.kinds.get(id);
  if (kind === undefined) {
    if (!ctx.invalidKeys.has(id)) ctx.issues.add('unknown_reference', path, { id, expected });
    return undefined;
  }
  if (!(expected as readonly RecordKind[]).includes(kind)) {
    ctx.issues.add('wrong_reference_kind', path, { id, expected, actual: kind });
    return undefined;
  }
  return ctx.maps[kind as K].get(id);
}

const KIND_OF_PARTY = {
  'community-committee': 'community-committee',
  'grid-branch': 'grid-branch',
  'micro-grid-group': 'micro-grid-group',
  'lead-household': 'party-organisation',
  'temporary-branch': 'party-organisation',
} as const;

/** Indexes every record with an id, by kind, and reports the ids used more than once. */
export function indexRecords(
  bundle: DistrictBundle,
  issues: IssueCollector,
): { kinds: Map<string, RecordKind>; maps: RecordMaps } {
  const kinds = new Map<string, RecordKind>();
  const maps: RecordMaps = {
    district: new Map(),
    street: new Map(),
    community: new Map(),
    grid: new Map(),
    'micro-grid': new Map(),
    person: new Map(),
    department: new Map(),
    category: new Map(),
    'resident-unit': new Map(),
    household: new Map(),
    resident: new Map(),
    'community-committee': new Map(),
    'grid-branch': new Map(),
    'micro-grid-group': new Map(),
    'party-organisation': new Map(),
  };
  const addAll = <K extends RecordKind>(
    kind: K | ((value: RecordOfKind[K]) => K),
    list: string,
    values: readonly (RecordOfKind[K] & { id: string })[],
  ) => {
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i] as RecordOfKind[K] & { id: string };
      if (kinds.has(value.id)) {
        issues.add('duplicate_id', [list, i, 'id'], { id: value.id });
        continue;
      }
      const k = typeof kind === 'function' ? kind(value) : kind;
      kinds.set(value.id, k);
      maps[k].set(value.id, value);
    }
  };
  kinds.set(bundle.district.id, 'district');
  maps.district.set(bundle.district.id, bundle.district);
  addAll('street', 'streets', bundle.streets);
  addAll('community', 'communities', bundle.communities);
  addAll('grid', 'grids', bundle.grids);
  addAll('micro-grid', 'microGrids', bundle.microGrids);
  addAll('person', 'people', bundle.people);
  addAll('department', 'departments', bundle.departments);
  addAll('resident-unit', 'residentUnits', bundle.residentUnits);
  addAll('household', 'households', bundle.households);
  addAll('resident', 'residents', bundle.residents);
  const partyKind = (org: RecordOfKind[RecordKind]) =>
    KIND_OF_PARTY[(org as { kind: keyof typeof KIND_OF_PARTY }).kind];
  addAll(
    partyKind as (value: RecordOfKind[RecordKind]) => RecordKind,
    'partyOrganisations',
    bundle.partyOrganisations as never,
  );
  return { kinds, maps };
}
