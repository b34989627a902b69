import * as z from 'zod/mini';
import { Community, District, Grid, MicroGrid, Street } from '../schema/admin-units.js';
import { Category } from '../schema/category.js';
import { Department } from '../schema/department.js';
import type { DistrictBundle } from '../schema/district-bundle.js';
import { Household } from '../schema/household.js';
import { PartyOrganisation } from '../schema/party-organisation.js';
import { Person } from '../schema/person.js';
import { ResidentUnit } from '../schema/resident-unit.js';
import { Resident } from '../schema/resident.js';
import { Shift } from '../schema/shift.js';
import { toValidationIssue, withoutFollowUps } from '../validation/zod-issues.js';
import type { IssueCollector } from './issue-collector.js';

/** The lists of a bundle, each with the schema of its items. */
export const COLLECTIONS = {
  streets: Street,
  communities: Community,
  grids: Grid,
  microGrids: MicroGrid,
  departments: Department,
  categories: Category,
  partyOrganisations: PartyOrganisation,
  people: Person,
  shifts: Shift,
  residentUnits: ResidentUnit,
  households: Household,
  residents: Resident,
} as const;

/** The name of a list of a bundle. */
export type CollectionName = keyof typeof COLLECTIONS;

const REQUIRED = /* @__PURE__ */ new Set<CollectionName>([
  'streets',
  'communities',
  'grids',
  'microGrids',
  'departments',
  'categories',
]);

// The frame of a bundle: its version, the district and that every list is a list. The items are
// read below, list by list, so that one bad item does not hide the problems of the others. A list
// is only checked to be an array here: `z.array(z.unknown())` would run a schema per item.
const Frame = /* @__PURE__ */ (() => {
  const list = z.custom<unknown[]>((value) => Array.isArray(value), {
    params: { wangge: 'invalid_list' },
  });
  return z.strictObject({
    schemaVersion: z.literal(1),
    district: District,
    ...(Object.fromEntries(
      Object.keys(COLLECTIONS).map((name) => [
        name,
        REQUIRED.has(name as CollectionName) ? list : z.optional(list),
      ]),
    ) as Record<CollectionName, typeof list>),
  });
})();

const LISTS = /* @__PURE__ */ (() =>
  Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, schema]) => [name, z.array(schema)]),
  ) as unknown as Record<CollectionName, z.ZodMiniArray<z.ZodMiniType>>)();

/** What reading a bundle gave: the valid items, and the ids and codes of the invalid ones. */
export interface ReadResult {
  /** The bundle with only the items that passed their schema. */
  readonly bundle: DistrictBundle;
  /** Ids (and codes) of items that failed their schema: references to them are not reported again. */
  readonly invalidKeys: ReadonlySet<string>;
}

function reportZod(
  error: z.core.$ZodError,
  prefix: readonly PropertyKey[],
  issues: IssueCollector,
): void {
  for (const issue of withoutFollowUps(error.issues)) issues.push(toValidationIssue(issue, prefix));
}

function parseReporting<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  prefix: readonly PropertyKey[],
  issues: IssueCollector,
): z.output<S> | undefined {
  const fast = schema.safeParse(value);
  if (fast.success) return fast.data;
  // Again with the input attached, only to word the messages ("received number").
  const detailed = schema.safeParse(value, { reportInput: true });
  if (detailed.success) return detailed.data;
  reportZod(detailed.error, prefix, issues);
  return undefined;
}

function keyOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as { id?: unknown; code?: unknown };
  if (typeof record.id === 'string') return record.id;
  return typeof record.code === 'string' ? record.code : undefined;
}

/**
 * Reads a bundle leniently: the frame must be right, and every item of every list is read on its
 * own. Items already known to be valid (the frozen records of a district loaded before, kept by
 * immer when an edit leaves them alone) are taken as they are.
 */
export function readBundle(
  input: unknown,
  issues: IssueCollector,
  known: ReadonlySet<object> | undefined,
): ReadResult | undefined {
  const frame = parseReporting(Frame, input, [], issues);
  if (!frame) return undefined;
  const invalidKeys = new Set<string>();
  const lists: Partial<Record<CollectionName, unknown[]>> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const schema = COLLECTIONS[name];
    // The optional lists may be absent; the frame's type cannot say which.
    const items = (frame as Partial<Record<CollectionName, unknown[]>>)[name] ?? [];
    if (!known) {
      // The common case, a valid list, in one call; item by item only to report a failure.
      const whole = LISTS[name].safeParse(items);
      if (whole.success) {
        lists[name] = whole.data;
        continue;
      }
    }
    const valid: unknown[] = [];
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      if (known && typeof item === 'object' && item !== null && known.has(item)) {
        valid.push(item);
        continue;
      }
      const parsed = parseReporting(schema as z.ZodMiniType, item, [name, index], issues);
      if (parsed === undefined) {
        const key = keyOf(item);
        if (key !== undefined) invalidKeys.add(key);
      } else {
        valid.push(parsed);
      }
    }
    lists[name] = valid;
  }
  return {
    bundle: {
      schemaVersion: frame.schemaVersion,
      district: frame.district,
      ...(lists as Record<CollectionName, never[]>),
    },
    invalidKeys,
  };
}
