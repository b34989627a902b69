import type { RecordKind } from '../i18n/integrity-messages.js';
import type { Community, District, Grid, MicroGrid, Street } from '../schema/admin-units.js';
import type { Department } from '../schema/department.js';
import type { DistrictBundle } from '../schema/district-bundle.js';
import type { Household } from '../schema/household.js';
import type {
  CommunityCommittee,
  GridBranch,
  LeadHousehold,
  MicroGridGroup,
  PartyOrganisation,
  TemporaryBranch,
} from '../schema/party-organisation.js';
import type { Person } from '../schema/person.js';
import type { ResidentUnit } from '../schema/resident-unit.js';
import type { Resident } from '../schema/resident.js';
import type { IssueCollector } from './issue-collector.js';

/** A record of the bundle that has an id, with its kind and where it stands. */
export type IndexedRecord =
  | { readonly kind: 'district'; readonly value: District; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'street'; readonly value: Street; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'community'; readonly value: Community; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'grid'; readonly value: Grid; readonly path: readonly PropertyKey[] }
  | {
      readonly kind: 'micro-grid';
      readonly value: MicroGrid;
      readonly path: readonly PropertyKey[];
    }
  | { readonly kind: 'person'; readonly value: Person; readonly path: readonly PropertyKey[] }
  | {
      readonly kind: 'department';
      readonly value: Department;
      readonly path: readonly PropertyKey[];
    }
  | {
      readonly kind: 'resident-unit';
      readonly value: ResidentUnit;
      readonly path: readonly PropertyKey[];
    }
  | { readonly kind: 'household'; readonly value: Household; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'resident'; readonly value: Resident; readonly path: readonly PropertyKey[] }
  | {
      readonly kind: 'community-committee';
      readonly value: CommunityCommittee;
      readonly path: readonly PropertyKey[];
    }
  | {
      readonly kind: 'grid-branch';
      readonly value: GridBranch;
      readonly path: readonly PropertyKey[];
    }
  | {
      readonly kind: 'micro-grid-group';
      readonly value: MicroGridGroup;
      readonly path: readonly PropertyKey[];
    }
  | {
      readonly kind: 'party-organisation';
      readonly value: LeadHousehold | TemporaryBranch;
      readonly path: readonly PropertyKey[];
    };

/** What the integrity checks share: the valid records by id and the issues found so far. */
export interface CheckContext {
  readonly bundle: DistrictBundle;
  readonly issues: IssueCollector;
  /** Every record with an id, by id (the first one when an id is duplicated). */
  readonly records: ReadonlyMap<string, IndexedRecord>;
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
): Extract<IndexedRecord, { kind: K }> | undefined {
  const record = ctx.records.get(id);
  if (!record) {
    if (!ctx.invalidKeys.has(id)) ctx.issues.add('unknown_reference', path, { id, expected });
    return undefined;
  }
  if (!(expected as readonly RecordKind[]).includes(record.kind)) {
    ctx.issues.add('wrong_reference_kind', path, { id, expected, actual: record.kind });
    return undefined;
  }
  return record as Extract<IndexedRecord, { kind: K }>;
}

function partyKind(org: PartyOrganisation): IndexedRecord['kind'] {
  switch (org.kind) {
    case 'community-committee':
    case 'grid-branch':
    case 'micro-grid-group':
      return org.kind;
    default:
      return 'party-organisation';
  }
}

/** Indexes every record with an id and reports the ids used more than once. */
export function indexRecords(
  bundle: DistrictBundle,
  issues: IssueCollector,
): Map<string, IndexedRecord> {
  const records = new Map<string, IndexedRecord>();
  const add = (record: IndexedRecord, id: string) => {
    if (records.has(id)) issues.add('duplicate_id', [...record.path, 'id'], { id });
    else records.set(id, record);
  };
  add({ kind: 'district', value: bundle.district, path: ['district'] }, bundle.district.id);
  bundle.streets.forEach((value, i) => {
    add({ kind: 'street', value, path: ['streets', i] }, value.id);
  });
  bundle.communities.forEach((value, i) => {
    add({ kind: 'community', value, path: ['communities', i] }, value.id);
  });
  bundle.grids.forEach((value, i) => {
    add({ kind: 'grid', value, path: ['grids', i] }, value.id);
  });
  bundle.microGrids.forEach((value, i) => {
    add({ kind: 'micro-grid', value, path: ['microGrids', i] }, value.id);
  });
  bundle.people.forEach((value, i) => {
    add({ kind: 'person', value, path: ['people', i] }, value.id);
  });
  bundle.departments.forEach((value, i) => {
    add({ kind: 'department', value, path: ['departments', i] }, value.id);
  });
  bundle.residentUnits.forEach((value, i) => {
    add({ kind: 'resident-unit', value, path: ['residentUnits', i] }, value.id);
  });
  bundle.households.forEach((value, i) => {
    add({ kind: 'household', value, path: ['households', i] }, value.id);
  });
  bundle.residents.forEach((value, i) => {
    add({ kind: 'resident', value, path: ['residents', i] }, value.id);
  });
  bundle.partyOrganisations.forEach((value, i) => {
    add(
      { kind: partyKind(value), value, path: ['partyOrganisations', i] } as IndexedRecord,
      value.id,
    );
  });
  return records;
}
