import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '../../src/demo/index.js';
import type { DistrictBundle } from '../../src/index.js';
import { bundleProblems } from './bundle-problems.js';

const yingze = generateDemoDistrict();

describe('references of the demo district', () => {
  it('all resolve at Yingze size', () => {
    expect(bundleProblems(yingze)).toEqual([]);
  });

  it.each([1, 2, 3])('all resolve for seed %i at a small scale', (seed) => {
    expect(bundleProblems(generateDemoDistrict({ seed, scale: 0.03 }))).toEqual([]);
  });
});

// The checker must be able to fail: each mutation breaks one invariant it guards.
type Mutation = (bundle: DistrictBundle) => void;
const first = <T>(items: readonly T[], predicate: (item: T) => boolean): T => {
  const item = items.find(predicate);
  if (item === undefined) throw new Error('no such item');
  return item;
};

const mutations: Record<string, [Mutation, RegExp]> = {
  'duplicate id': [
    (b) => {
      b.people[1]!.id = b.people[0]!.id;
    },
    /duplicate id/,
  ],
  'micro-grid in another community': [
    (b) => {
      b.microGrids[0]!.communityId = b.communities[1]!.id;
    },
    /community mismatch/,
  ],
  'institution without resident unit': [
    (b) => {
      const grid = first(b.grids, (g) => g.kind === 'exclusive');
      grid.institution = { ...grid.institution!, residentUnitId: 'ru-missing' };
    },
    /no resident unit/,
  ],
  'grid code outside the district': [
    (b) => {
      b.grids[0]!.gridCode = '14010700100100100001';
    },
    /outside the district/,
  ],
  'role on the wrong kind of unit': [
    (b) => {
      const chief = first(b.people, (p) => p.roles[0]?.role === 'grid-chief');
      chief.roles = [{ role: 'grid-chief', unitIds: [b.microGrids[0]!.id] }];
    },
    /cannot serve/,
  ],
  'shift on a unit the person does not serve': [
    (b) => {
      b.shifts[0]!.unitId = b.grids.at(-1)!.id;
    },
    /does not serve/,
  ],
  'lead household in another micro-grid': [
    (b) => {
      const lead = first(b.partyOrganisations, (o) => o.kind === 'lead-household');
      if (lead.kind !== 'lead-household') return;
      const household = first(b.households, (h) => h.id === lead.householdId);
      household.microGridId = first(b.microGrids, (m) => m.id !== household.microGridId).id;
    },
    /outside the group/,
  ],
  'branch under the wrong committee': [
    (b) => {
      const branch = first(b.partyOrganisations, (o) => o.kind === 'grid-branch');
      if (branch.kind === 'grid-branch') branch.committeeId = `${b.communities.at(-1)!.id}-pc`;
    },
    /wrong committee/,
  ],
  'temporary branch ending before it starts': [
    (b) => {
      const branch = first(b.partyOrganisations, (o) => o.kind === 'temporary-branch');
      if (branch.kind === 'temporary-branch') branch.to = branch.from;
    },
    /from is not before to/,
  ],
  'invalid id number': [
    (b) => {
      const resident = first(b.residents, (r) => r.idNumber !== undefined);
      const last = resident.idNumber!.at(-1) === '0' ? '1' : '0';
      resident.idNumber = resident.idNumber!.slice(0, 17) + last;
    },
    /invalid id number/,
  ],
  'deadline that does not grow': [
    (b) => {
      const category = first(b.categories, (c) => c.startLevel === 'grid');
      category.deadlines.community = { ...category.deadlines.grid! };
    },
    /does not grow/,
  ],
  'missing deadline above the start level': [
    (b) => {
      delete b.categories[0]!.deadlines.district;
    },
    /no deadline at district/,
  ],
  'category parent cycle': [
    (b) => {
      const child = first(b.categories, (c) => c.parentCode !== undefined);
      first(b.categories, (c) => c.code === child.parentCode).parentCode = child.code;
    },
    /parent cycle/,
  ],
};

describe('the reference checker', () => {
  const small = generateDemoDistrict({ seed: 3, scale: 0.05 });
  it.each(Object.entries(mutations))('catches a %s', (_, [mutate, expected]) => {
    const bundle = structuredClone(small);
    mutate(bundle);
    expect(bundleProblems(bundle).join('\n')).toMatch(expected);
  });
});
