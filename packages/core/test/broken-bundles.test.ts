// Each bundle here has one kind of mistake, the kind a district's IT team makes when writing or
// exporting JSON by hand; loadDistrict must name it, with its code and its exact path, and
// nothing else (a bad item is left out of the reference checks, so it causes no cascade).
import { describe, expect, it } from 'vitest';
import { loadDistrict, loadDistrictJson, type DistrictBundleInput } from '../src/index.js';
import { miniDistrict } from './fixtures/mini-district.js';

type Bundle = DistrictBundleInput & Record<string, unknown>;
type Case = [name: string, mutate: (b: Bundle) => unknown, expected: [string, PropertyKey[]][]];

// Short accessors: the fixture's lists are known to be non-empty.
const grid = (b: Bundle, i: number) => b.grids[i]!;
const person = (b: Bundle, i: number) => b.people![i]!;
const shift = (b: Bundle, i: number) => b.shifts![i]!;
const party = (b: Bundle, i: number) => b.partyOrganisations![i]! as Record<string, unknown>;
const category = (b: Bundle, i: number) => b.categories[i]!;

const cases: Case[] = [
  // The shape of records (zod), read item by item.
  ['a bundle that is not an object', () => 'district.json', [['invalid_type', []]]],
  [
    'an unknown format version',
    (b) => ({ ...b, schemaVersion: 2 }),
    [['invalid_value', ['schemaVersion']]],
  ],
  ['a misspelt top-level list', (b) => ({ ...b, grid: [] }), [['unrecognized_keys', []]]],
  [
    'a missing required list',
    (b) => {
      const { grids: _grids, ...rest } = b;
      return rest;
    },
    [['invalid_list', ['grids']]],
  ],
  [
    'a division code of five digits',
    (b) => void (b.district.divisionCode = '14010'),
    [['invalid_format', ['district', 'divisionCode']]],
  ],
  [
    'an unknown street kind',
    (b) => void ((b.streets[0] as Record<string, unknown>).kind = 'county'),
    [['invalid_value', ['streets', 0, 'kind']]],
  ],
  [
    'a 19-digit grid code (the grid is left out, nothing cascades)',
    (b) => void (grid(b, 0).gridCode = '1401060010010010000'),
    [['invalid_format', ['grids', 0, 'gridCode']]],
  ],
  [
    'an id with a space',
    (b) => void (b.residents![2]!.id = 'r 3'),
    [['invalid_format', ['residents', 2, 'id']]],
  ],
  [
    'a worker’s mobile that is not a mobile',
    (b) => void (person(b, 0).mobile = '0351-4045678'),
    [['invalid_mobile', ['people', 0, 'mobile']]],
  ],
  [
    'an identity number with a wrong check character',
    (b) => void (b.residents![1]!.idNumber = '140106193803050028'),
    [['invalid_id_number', ['residents', 1, 'idNumber']]],
  ],
  [
    'a negative deadline',
    (b) => void (category(b, 0).deadlines.grid = { amount: -1, unit: 'days' }),
    [['too_small', ['categories', 0, 'deadlines', 'grid', 'amount']]],
  ],
  [
    'a shift time without offset',
    (b) => void (shift(b, 0).start = '2026-11-26T08:30:00'),
    [['invalid_format', ['shifts', 0, 'start']]],
  ],
  [
    'a temporary branch with no area',
    (b) => void (party(b, 5).areaUnitIds = []),
    [['too_small', ['partyOrganisations', 5, 'areaUnitIds']]],
  ],
  [
    'an empty household address',
    (b) => void (b.households![2]!.address = '  '),
    [['too_small', ['households', 2, 'address']]],
  ],
  [
    'a person with no role',
    (b) => void (person(b, 9).roles = []),
    [['too_small', ['people', 9, 'roles']]],
  ],
  // References and rules across the bundle.
  [
    'a grid id used twice',
    (b) => void b.grids.push({ ...grid(b, 3), id: 'ljy-c1-g1' }),
    [['duplicate_id', ['grids', 5, 'id']]],
  ],
  [
    'a person whose id is a street’s',
    (b) => void b.people!.push({ ...person(b, 9), id: 'ljy' }),
    [['duplicate_id', ['people', 10, 'id']]],
  ],
  [
    'a department code used twice',
    (b) => void b.departments.push({ id: 'd-x', code: 'ZZ', name: { zh: '其他', en: 'Other' } }),
    [['duplicate_code', ['departments', 2, 'code']]],
  ],
  [
    'a category code used twice',
    (b) => void b.categories.push({ ...category(b, 2) }),
    [['duplicate_code', ['categories', 3, 'code']]],
  ],
  [
    'a grid code used twice',
    (b) => void (grid(b, 1).gridCode = grid(b, 0).gridCode),
    [['duplicate_code', ['grids', 1, 'gridCode']]],
  ],
  [
    'a grid code of another district',
    (b) => void (grid(b, 0).gridCode = '14010700100100100001'),
    [['grid_code_mismatch', ['grids', 0, 'gridCode']]],
  ],
  [
    'a street of another district',
    (b) => void (b.streets[0]!.districtId = 'xiaodian'),
    [['unknown_reference', ['streets', 0, 'districtId']]],
  ],
  [
    'a community under a community',
    (b) => void (b.communities[1]!.streetId = 'ljy-c1'),
    [['wrong_reference_kind', ['communities', 1, 'streetId']]],
  ],
  [
    'a grid of an unknown community',
    (b) => void (grid(b, 3).communityId = 'nowhere'),
    [['unknown_reference', ['grids', 3, 'communityId']]],
  ],
  [
    'a micro-grid under a village',
    (b) => void (b.microGrids[4]!.gridId = 'hz-v1'),
    [['wrong_reference_kind', ['microGrids', 4, 'gridId']]],
  ],
  [
    'a micro-grid naming another community than its grid’s',
    (b) => void (b.microGrids[0]!.communityId = 'ljy-c2'),
    [['micro_grid_community_mismatch', ['microGrids', 0, 'communityId']]],
  ],
  [
    'an exclusive grid without its institution',
    (b) => {
      delete grid(b, 2).institution;
    },
    [['institution_required', ['grids', 2, 'institution']]],
  ],
  [
    'an ordinary grid with an institution',
    (b) => void (grid(b, 0).institution = { name: '柳巷商城', type: 'market' }),
    [['institution_not_allowed', ['grids', 0, 'institution']]],
  ],
  [
    'an institution naming an unknown resident unit',
    (b) => void (grid(b, 2).institution!.residentUnitId = 'ru-none'),
    [['unknown_reference', ['grids', 2, 'institution', 'residentUnitId']]],
  ],
  [
    'a category of an unknown department',
    (b) => void (category(b, 2).departmentId = 'd-none'),
    [['unknown_reference', ['categories', 2, 'departmentId']]],
  ],
  [
    'a category under an unknown parent',
    (b) => void (category(b, 1).parentCode = 'ZZ-99'),
    [['unknown_reference', ['categories', 1, 'parentCode']]],
  ],
  [
    'categories that are each other’s parent',
    (b) => void (category(b, 0).parentCode = 'ZZ-01'),
    [
      ['cycle', ['categories', 0, 'parentCode']],
      ['cycle', ['categories', 1, 'parentCode']],
    ],
  ],
  [
    'a category without a deadline for a level above its start',
    (b) => {
      delete category(b, 2).deadlines.street;
    },
    [['missing_deadline', ['categories', 2, 'deadlines', 'street']]],
  ],
  [
    'a category without a deadline at its start level',
    (b) => void (category(b, 2).startLevel = 'grid'),
    [['missing_deadline', ['categories', 2, 'deadlines', 'grid']]],
  ],
  [
    'a building head on a grid',
    (b) => void (person(b, 3).roles = [{ role: 'building-head', unitIds: ['ljy-c1-g1'] }]),
    [['wrong_reference_kind', ['people', 3, 'roles', 0, 'unitIds', 0]]],
  ],
  [
    'an operator of an unknown unit',
    (b) => void (person(b, 6).roles = [{ role: 'command-operator', unitIds: ['nowhere'] }]),
    [['unknown_reference', ['people', 6, 'roles', 0, 'unitIds', 0]]],
  ],
  [
    'staff of an unknown department',
    (b) => void (person(b, 7).roles = [{ role: 'department-staff', departmentId: 'd-none' }]),
    [['unknown_reference', ['people', 7, 'roles', 0, 'departmentId']]],
  ],
  [
    'a shift of an unknown person',
    (b) => void (shift(b, 0).personId = 'p-none'),
    [['unknown_reference', ['shifts', 0, 'personId']]],
  ],
  [
    'a shift that ends before it starts',
    (b) => void (shift(b, 0).end = '2026-11-26T08:00:00+08:00'),
    [['invalid_time_span', ['shifts', 0, 'end']]],
  ],
  [
    'a shift for a unit the person does not serve',
    (b) => void (shift(b, 0).unitId = 'ljy-c2-g1'),
    [['unit_not_served', ['shifts', 0, 'unitId']]],
  ],
  [
    'a grid branch under another community’s committee',
    (b) => {
      b.partyOrganisations!.push({
        kind: 'community-committee',
        id: 'pc-ljy-c2',
        name: '双塔社区党委',
        communityId: 'ljy-c2',
      });
      party(b, 1).committeeId = 'pc-ljy-c2';
    },
    [['party_tree_mismatch', ['partyOrganisations', 1, 'committeeId']]],
  ],
  [
    'a grid branch under a branch',
    (b) => void (party(b, 2).committeeId = 'pb-ljy-c1-g1'),
    [['wrong_reference_kind', ['partyOrganisations', 2, 'committeeId']]],
  ],
  [
    'a micro-grid group under another grid’s branch',
    (b) => void (party(b, 3).branchId = 'pb-ljy-c1-g2'),
    [['party_tree_mismatch', ['partyOrganisations', 3, 'branchId']]],
  ],
  [
    'a lead household outside its group’s micro-grid',
    (b) => {
      party(b, 4).householdId = 'h-3';
      party(b, 4).residentId = 'r-3';
    },
    [['party_tree_mismatch', ['partyOrganisations', 4, 'groupId']]],
  ],
  [
    'a lead household led by a resident of another household',
    (b) => void (party(b, 4).residentId = 'r-2'),
    [['wrong_reference_kind', ['partyOrganisations', 4, 'residentId']]],
  ],
  [
    'a temporary branch that ends before it starts',
    (b) => void (party(b, 5).to = '2026-02-01T00:00:00+08:00'),
    [['invalid_time_span', ['partyOrganisations', 5, 'to']]],
  ],
  [
    'a temporary branch over an unknown unit',
    (b) => void (party(b, 5).areaUnitIds = ['ljy-c1-g1', 'nowhere']),
    [['unknown_reference', ['partyOrganisations', 5, 'areaUnitIds', 1]]],
  ],
  [
    'temporary branches under each other',
    (b) => {
      b.partyOrganisations!.push({
        ...(party(b, 5) as object),
        id: 'tb-2',
        parentId: 'tb-1',
      } as never);
      party(b, 5).parentId = 'tb-2';
    },
    [
      ['cycle', ['partyOrganisations', 5, 'parentId']],
      ['cycle', ['partyOrganisations', 6, 'parentId']],
    ],
  ],
  [
    'a resident unit in a micro-grid',
    (b) => void (b.residentUnits![1]!.unitId = 'ljy-c1-g1-m1'),
    [['wrong_reference_kind', ['residentUnits', 1, 'unitId']]],
  ],
  [
    'a household in an unknown micro-grid',
    (b) => void (b.households![2]!.microGridId = 'nowhere'),
    [['unknown_reference', ['households', 2, 'microGridId']]],
  ],
  [
    'a resident of an unknown household',
    (b) => void (b.residents![2]!.householdId = 'h-none'),
    [['unknown_reference', ['residents', 2, 'householdId']]],
  ],
];

function issuesOf(mutate: (b: Bundle) => unknown) {
  const bundle = miniDistrict() as Bundle;
  const returned = mutate(bundle);
  const result = loadDistrict(returned === undefined ? bundle : returned);
  expect(result.success, 'the broken bundle must be refused').toBe(false);
  return result.success ? [] : result.error.issues;
}

describe('loadDistrict on bundles with one mistake each', () => {
  it('the fixture itself is valid', () => {
    expect(loadDistrict(miniDistrict()).success).toBe(true);
  });

  it(`covers at least 30 kinds of mistake (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('reports %s', (_name, mutate, expected) => {
    const issues = issuesOf(mutate);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(expected);
    for (const issue of issues) {
      expect(issue.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en).toMatch(/^[\x20-\x7e’“”‘–—→]+$/);
      expect(issue.expected.en.length).toBeGreaterThan(0);
    }
  });
});

describe('loadDistrict reports everything at once, within a cap', () => {
  it('lists every mistake of a bundle with several, schema and references together', () => {
    const issues = issuesOf((b) => {
      person(b, 0).mobile = '123';
      grid(b, 3).communityId = 'nowhere';
      b.households![2]!.microGridId = 'nowhere';
    });
    expect(issues.map((issue) => issue.code)).toEqual([
      'invalid_mobile',
      'unknown_reference',
      'unknown_reference',
    ]);
  });

  it('stops at maxIssues with a closing too_many_issues issue', () => {
    const bundle = miniDistrict() as Bundle;
    for (const microGrid of bundle.microGrids) microGrid.gridId = 'nowhere';
    const result = loadDistrict(bundle, { maxIssues: 3 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.code)).toEqual([
      'unknown_reference',
      'unknown_reference',
      'unknown_reference',
      'too_many_issues',
    ]);
    expect(result.error.issues[3]?.message.en).toContain('only the first 3');
  });

  it('reads JSON text, and reports malformed JSON as an issue', () => {
    expect(loadDistrictJson(JSON.stringify(miniDistrict())).success).toBe(true);
    const broken = loadDistrictJson('{"schemaVersion": 1, "district": ');
    expect(broken.success).toBe(false);
    if (!broken.success) expect(broken.error.issues[0]?.code).toBe('invalid_json');
  });

  it('says where and what in both languages, without personal data', () => {
    const issues = issuesOf((b) => {
      person(b, 0).mobile = '1380013800';
      b.residents![1]!.householdId = 'h-none';
    });
    const text = JSON.stringify(issues);
    expect(text).not.toContain('1380013800');
    expect(text).not.toContain('王秀英');
    expect(issues[1]?.message).toEqual({
      'zh-CN': '找不到 id 为 “h-none” 的住户。',
      en: "No household has the id 'h-none'.",
    });
    expect(issues[1]?.expected.en).toBe('the id of an existing household');
  });
});
