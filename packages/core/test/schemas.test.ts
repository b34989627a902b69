// Every record schema with examples a district would write, valid and invalid.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  BilingualName,
  CaseRecord,
  Category,
  Code,
  Community,
  Deadline,
  Department,
  District,
  DistrictBundle,
  DivisionCode,
  GeoPoint,
  Grid,
  GridCode,
  Household,
  Id,
  Location,
  MicroGrid,
  PERSONAL_DATA,
  PartyOrganisation,
  Person,
  Resident,
  ResidentIdNumber,
  ResidentUnit,
  RoleAssignment,
  Shift,
  Street,
  Timestamp,
  isResidentIdNumber,
  parseInput,
} from '../src/index.js';
import { miniDistrict } from './fixtures/mini-district.js';

const at = '2026-11-26T09:30:00+08:00';
const validCase = {
  id: 'c-1',
  categoryCode: 'CG-01',
  location: {
    point: { type: 'Point', coordinates: [112.5636, 37.8618] },
    coordinateSystem: 'GCJ02',
  },
  gridId: 'ljy-c1-g1',
  communityId: 'ljy-c1',
  streetId: 'ljy',
  districtId: 'yz',
  reporter: { kind: 'resident', name: '孙建国', mobile: '13700001111' },
  description: '楼道堆放杂物，堵塞消防通道',
  mediaUrls: ['/media/c-1/1.jpg'],
  linkedReports: [],
  priority: 'urgent',
  step: 'reported',
  verified: false,
  level: 'community',
  unitId: 'ljy-c1',
  dueAt: '2026-11-26T13:30:00+08:00',
  levelSince: at,
  reworkCount: 0,
  escalationCount: 0,
  deescalationCount: 0,
  suspensionCount: 0,
  extensionCount: 0,
  reopenCount: 0,
  createdAt: at,
  updatedAt: at,
  version: 1,
  hash: 'a'.repeat(64),
};

const cases: [string, z.ZodMiniType, unknown[], [unknown, string][]][] = [
  [
    'Id',
    Id,
    ['g-1', 'A.b:c_d-9'],
    [
      ['', 'invalid_format'],
      ['-x', 'invalid_format'],
      ['网格', 'invalid_format'],
      ['x'.repeat(65), 'invalid_format'],
      [7, 'invalid_type'],
    ],
  ],
  [
    'Code',
    Code,
    ['SB-03', 'A'],
    [
      ['SB 03', 'invalid_format'],
      ['x'.repeat(33), 'invalid_format'],
    ],
  ],
  [
    'DivisionCode',
    DivisionCode,
    ['140106', '110105'],
    [
      ['040106', 'invalid_format'],
      ['1401060', 'invalid_format'],
    ],
  ],
  [
    'GridCode',
    GridCode,
    ['14010600100100100001'],
    [
      ['1401060010010010000', 'invalid_format'],
      ['1401060010010010000a', 'invalid_format'],
    ],
  ],
  [
    'BilingualName',
    BilingualName,
    [{ zh: '社会保障', en: 'Social security' }],
    [
      [{ zh: '社会保障' }, 'invalid_type'],
      [{ zh: '', en: 'x' }, 'too_small'],
    ],
  ],
  [
    'Timestamp',
    Timestamp,
    [at, '2026-11-26T01:30:00Z'],
    [
      ['2026-11-26T09:30:00', 'invalid_format'],
      ['2026-11-26', 'invalid_format'],
      ['yesterday', 'invalid_format'],
    ],
  ],
  [
    'District',
    District,
    [
      { id: 'yz', name: '迎泽区' },
      { id: 'yz', name: '迎泽区', nameEn: 'Yingze District', divisionCode: '140106' },
    ],
    [
      [{ id: 'yz' }, 'invalid_type'],
      [{ id: 'yz', name: '迎泽区', code: '140106' }, 'unrecognized_keys'],
    ],
  ],
  [
    'Street',
    Street,
    [{ id: 's', name: '郝庄镇', kind: 'town', districtId: 'yz' }],
    [[{ id: 's', name: '郝庄镇', kind: 'county', districtId: 'yz' }, 'invalid_value']],
  ],
  [
    'Community',
    Community,
    [{ id: 'c', name: '郝庄村', kind: 'village', streetId: 's' }],
    [[{ id: 'c', name: '郝庄村', kind: 'village' }, 'invalid_type']],
  ],
  [
    'Grid',
    Grid,
    [
      { id: 'g', name: '第一网格', kind: 'ordinary', communityId: 'c' },
      {
        id: 'x',
        name: '医院网格',
        kind: 'exclusive',
        communityId: 'c',
        institution: { name: '山西省人民医院', type: 'hospital' },
      },
    ],
    [
      [{ id: 'g', name: '第一网格', kind: 'special', communityId: 'c' }, 'invalid_value'],
      [
        {
          id: 'x',
          name: '医院网格',
          kind: 'exclusive',
          communityId: 'c',
          institution: { name: '医院', type: 'clinic' },
        },
        'invalid_value',
      ],
    ],
  ],
  [
    'MicroGrid',
    MicroGrid,
    [{ id: 'm', name: '1号楼院', gridId: 'g' }],
    [[{ id: 'm', name: '', gridId: 'g' }, 'too_small']],
  ],
  [
    'PartyOrganisation',
    PartyOrganisation,
    miniDistrict().partyOrganisations ?? [],
    [
      [{ kind: 'cell', id: 'x', name: 'x' }, 'invalid_union'],
      [{ kind: 'grid-branch', id: 'x', name: 'x', gridId: 'g' }, 'invalid_type'],
    ],
  ],
  [
    'RoleAssignment',
    RoleAssignment,
    [
      { role: 'grid-worker', employment: 'part-time', unitIds: ['g'] },
      { role: 'department-staff', departmentId: 'd' },
    ],
    [
      [{ role: 'grid-worker', unitIds: ['g'] }, 'invalid_value'],
      [{ role: 'grid-chief', unitIds: [] }, 'too_small'],
      [{ role: 'mayor', unitIds: ['g'] }, 'invalid_union'],
    ],
  ],
  [
    'Person',
    Person,
    miniDistrict().people ?? [],
    [
      [{ id: 'p', name: '李明', roles: [] }, 'too_small'],
      [
        { id: 'p', name: '李明', mobile: '123', roles: [{ role: 'volunteer', unitIds: ['g'] }] },
        'invalid_mobile',
      ],
    ],
  ],
  [
    'Shift',
    Shift,
    miniDistrict().shifts ?? [],
    [[{ personId: 'p', unitId: 'g', start: 'morning', end: at }, 'invalid_format']],
  ],
  [
    'Department',
    Department,
    miniDistrict().departments,
    [[{ id: 'd', code: 'ZZ', name: '综合治理' }, 'invalid_type']],
  ],
  [
    'Deadline',
    Deadline,
    [
      { amount: 4, unit: 'hours' },
      { amount: 0.5, unit: 'days' },
    ],
    [
      [{ amount: 0, unit: 'hours' }, 'too_small'],
      [{ amount: 1, unit: 'weeks' }, 'invalid_value'],
    ],
  ],
  [
    'Category',
    Category,
    miniDistrict().categories,
    [
      [{ ...miniDistrict().categories[0], startLevel: 'province' }, 'invalid_value'],
      [
        { ...miniDistrict().categories[0], deadlines: { city: { amount: 1, unit: 'days' } } },
        'unrecognized_keys',
      ],
    ],
  ],
  [
    'ResidentUnit',
    ResidentUnit,
    miniDistrict().residentUnits ?? [],
    [[{ id: 'ru', name: '某公司', kind: 'company', unitId: 'g' }, 'invalid_value']],
  ],
  [
    'Household',
    Household,
    miniDistrict().households ?? [],
    [[{ id: 'h', microGridId: 'm' }, 'invalid_type']],
  ],
  [
    'Resident',
    Resident,
    miniDistrict().residents ?? [],
    [
      [{ id: 'r', householdId: 'h', name: '王秀英', flags: ['rich'] }, 'invalid_value'],
      [{ id: 'r', householdId: 'h', name: '王秀英', birthYear: 1938.5 }, 'invalid_type'],
      [
        { id: 'r', householdId: 'h', name: '王秀英', idNumber: '140106193803050028' },
        'invalid_id_number',
      ],
    ],
  ],
  [
    'GeoPoint',
    GeoPoint,
    [
      { type: 'Point', coordinates: [112.56, 37.86] },
      { type: 'Point', coordinates: [112.56, 37.86, 800] },
    ],
    [
      [{ type: 'Point', coordinates: [37.86, 182] }, 'too_big'],
      [{ type: 'point', coordinates: [112.56, 37.86] }, 'invalid_value'],
    ],
  ],
  [
    'Location',
    Location,
    [validCase.location],
    [[{ point: validCase.location.point, coordinateSystem: 'CGCS2000' }, 'invalid_value']],
  ],
  [
    'CaseRecord',
    CaseRecord,
    [validCase],
    [
      [{ ...validCase, step: 'closed' }, 'invalid_value'],
      [{ ...validCase, version: 0 }, 'too_small'],
      [{ ...validCase, mediaUrls: ['javascript:alert(1)'] }, 'invalid_photo_url'],
      [{ ...validCase, dueAt: '2026-11-26 13:30' }, 'invalid_format'],
      [{ ...validCase, hash: 'not-a-hash' }, 'invalid_format'],
      [{ ...validCase, history: [] }, 'unrecognized_keys'],
    ],
  ],
];

describe.each(cases)('%s', (name, schema, valid, invalid) => {
  it.each(valid.map((value) => [value]))('accepts %j', (value) => {
    const result = parseInput(schema, value, name);
    if (!result.success) expect.fail(result.error.format('en'));
  });
  it.each(invalid)('refuses %j with %s', (value, code) => {
    const result = parseInput(schema, value, name);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.code)).toContain(code);
  });
});

describe('resident identity numbers (GB 11643)', () => {
  it('accepts valid numbers and reads x as X', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('140106193803050027')).toBe(true);
    expect(ResidentIdNumber.parse('11010519491231002x')).toBe('11010519491231002X');
  });
  it.each([
    ['11010519491231002Y', 'not a digit or X'],
    ['110105194912310021', 'wrong check character'],
    ['110105194902300028', 'February 30th'],
    ['11010519491231002', '17 characters'],
    ['110105184912310024', 'born before 1850'],
  ])('refuses %s (%s)', (value) => {
    expect(isResidentIdNumber(value)).toBe(false);
  });
});

describe('DistrictBundle', () => {
  it('accepts the fixture and fills the optional lists', () => {
    const { people: _people, residents: _residents, ...minimal } = miniDistrict();
    const parsed = DistrictBundle.parse(minimal);
    expect(parsed.people).toEqual([]);
    expect(parsed.residents).toEqual([]);
  });
});

describe('PERSONAL_DATA', () => {
  it('marks identity numbers and sensitivity flags as sensitive, contact details as personal', () => {
    expect(PERSONAL_DATA.Resident).toEqual({
      name: 'personal',
      mobile: 'personal',
      birthYear: 'personal',
      idNumber: 'sensitive',
      flags: 'sensitive',
    });
    expect(PERSONAL_DATA.Household.address).toBe('personal');
    expect(PERSONAL_DATA.Person.mobile).toBe('personal');
    expect(PERSONAL_DATA.CaseReporter).toEqual({ name: 'personal', mobile: 'personal' });
  });
  it('names only fields that exist in the schemas', () => {
    const shapes = {
      Resident: Resident.def.shape,
      Household: Household.def.shape,
      Person: Person.def.shape,
      ResidentUnit: ResidentUnit.def.shape,
      CaseReporter: CaseRecord.def.shape.reporter.def.shape,
    };
    for (const [record, fields] of Object.entries(PERSONAL_DATA)) {
      for (const field of Object.keys(fields)) {
        expect(Object.keys(shapes[record as keyof typeof shapes])).toContain(field);
      }
    }
  });
});
