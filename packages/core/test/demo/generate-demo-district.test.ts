import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '../../src/demo/index.js';
import { DistrictBundle, WanggeError, isResidentIdNumber } from '../../src/index.js';
import type { Person, Role } from '../../src/index.js';

const yingze = generateDemoDistrict() satisfies DistrictBundle;

const withRole = (bundle: DistrictBundle, role: Role): Person[] =>
  bundle.people.filter((person) => person.roles.some((r) => r.role === role));
const unitsOf = (person: Person): string[] =>
  person.roles.flatMap((r) => (r.role === 'department-staff' ? [] : r.unitIds));
const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('generateDemoDistrict at Yingze size', () => {
  it('is valid against DistrictBundle and parses to itself', () => {
    const result = DistrictBundle.safeParse(yingze);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(yingze);
  });

  it('has the district and its seven streets and town', () => {
    expect(yingze.district).toEqual({
      id: '140106',
      name: '迎泽区',
      nameEn: 'Yingze District',
      divisionCode: '140106',
    });
    expect(yingze.streets.map((s) => [s.name, s.kind])).toEqual([
      ['迎泽街道', 'street'],
      ['柳巷街道', 'street'],
      ['文庙街道', 'street'],
      ['庙前街道', 'street'],
      ['老军营街道', 'street'],
      ['桥东街道', 'street'],
      ['郝庄镇', 'town'],
    ]);
    expect(yingze.streets.map((s) => s.nameEn)).toContain('Laojunying Subdistrict');
    expect(yingze.streets.map((s) => s.nameEn)).toContain('Haozhuang Town');
  });

  it('has about 110 communities with unique names, villages in the town', () => {
    expect(yingze.communities).toHaveLength(110);
    const names = yingze.communities.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of yingze.communities) {
      const town = c.streetId === 'st-haozhuang';
      expect(c.kind).toBe(town ? 'village' : 'community');
      expect(c.name).toMatch(town ? /村$/ : /社区$/);
    }
    expect(names).toContain('郝庄村');
    expect(new Set(yingze.communities.map((c) => c.streetId)).size).toBe(7);
  });

  it('has exactly 853 ordinary and 345 exclusive grids and 2,568 micro-grids', () => {
    const kinds = countBy(yingze.grids, (g) => g.kind);
    expect(kinds.get('ordinary')).toBe(853);
    expect(kinds.get('exclusive')).toBe(345);
    expect(yingze.microGrids).toHaveLength(2568);
  });

  it('names grids in order within a community and gives exclusive grids unique institutions', () => {
    const byCommunity = new Map<string, string[]>();
    for (const g of yingze.grids.filter((grid) => grid.kind === 'ordinary')) {
      byCommunity.set(g.communityId, [...(byCommunity.get(g.communityId) ?? []), g.name]);
    }
    expect(byCommunity.get(yingze.communities[0]?.id ?? '')?.slice(0, 3)).toEqual([
      '第一网格',
      '第二网格',
      '第三网格',
    ]);
    expect(yingze.grids.some((g) => g.name === '第十二网格')).toBe(true);
    const institutions = yingze.grids.flatMap((g) => (g.institution ? [g.institution] : []));
    expect(institutions).toHaveLength(345);
    expect(new Set(institutions.map((i) => i.name)).size).toBe(345);
    expect(new Set(institutions.map((i) => i.type))).toEqual(
      new Set(['school', 'hospital', 'market', 'enterprise-park', 'government', 'other']),
    );
    expect(yingze.microGrids.every((m) => /^\d+号楼院$/.test(m.name))).toBe(true);
  });

  it('has more than 3,300 grid workers: full-time on one ordinary grid, part-time elsewhere', () => {
    const workers = withRole(yingze, 'grid-worker');
    expect(workers.length).toBeGreaterThan(3300);
    const kindOf = new Map<string, string>(yingze.grids.map((g) => [g.id, g.kind]));
    const micro = new Set(yingze.microGrids.map((m) => m.id));
    const staffed = new Set<string>();
    for (const person of workers) {
      const role = person.roles.find((r) => r.role === 'grid-worker');
      if (role?.role !== 'grid-worker') throw new Error('unreachable');
      if (role.employment === 'full-time') {
        expect(role.unitIds).toHaveLength(1);
        expect(kindOf.get(role.unitIds[0] ?? '')).toBe('ordinary');
        staffed.add(role.unitIds[0] ?? '');
      } else {
        for (const id of role.unitIds)
          expect(kindOf.get(id) === 'exclusive' || micro.has(id)).toBe(true);
      }
    }
    const fullTime = workers.filter((p) =>
      p.roles.some((r) => r.role === 'grid-worker' && r.employment === 'full-time'),
    );
    expect(fullTime.length / workers.length).toBeGreaterThan(0.5);
    expect(staffed.size).toBe(853);
  });

  it('staffs every unit: chiefs, building heads, cadres, operators, department staff', () => {
    const perUnit = (role: Role) => countBy(withRole(yingze, role).flatMap(unitsOf), (id) => id);
    const chiefs = perUnit('grid-chief');
    expect(chiefs.size).toBe(yingze.grids.length);
    expect([...chiefs.values()].every((n) => n === 1)).toBe(true);
    expect(withRole(yingze, 'building-head').length).toBeGreaterThan(2000);
    const cadres = perUnit('community-cadre');
    expect(cadres.size).toBe(110);
    expect([...cadres.values()].every((n) => n >= 3 && n <= 5)).toBe(true);
    const streetCadres = perUnit('street-cadre');
    expect(streetCadres.size).toBe(7);
    expect([...streetCadres.values()].every((n) => n >= 5 && n <= 8)).toBe(true);
    const operators = withRole(yingze, 'command-operator');
    expect(operators.length).toBeGreaterThanOrEqual(10);
    expect(operators.length).toBeLessThanOrEqual(15);
    expect(operators.every((p) => unitsOf(p).every((id) => id === '140106'))).toBe(true);
    const staff = countBy(
      yingze.people.flatMap((p) =>
        p.roles.flatMap((r) => (r.role === 'department-staff' ? [r.departmentId] : [])),
      ),
      (id) => id,
    );
    expect(staff.size).toBe(11);
    expect([...staff.values()].every((n) => n >= 2 && n <= 4)).toBe(true);
  });

  it('has volunteers, party members, cadres sent down, skills and unique mobiles', () => {
    const volunteers = withRole(yingze, 'volunteer');
    expect(volunteers.filter((p) => p.partyMember === true).length).toBeGreaterThan(50);
    expect(volunteers.filter((p) => p.sentDown === true).length).toBeGreaterThan(50);
    const skills = new Set(yingze.people.flatMap((p) => p.skills ?? []));
    for (const skill of ['plumbing', 'mediation', 'elderly-care', 'electrical', 'legal-aid']) {
      expect(skills).toContain(skill);
    }
    const mobiles = [...yingze.people, ...yingze.residents].flatMap((p) =>
      p.mobile ? [p.mobile] : [],
    );
    expect(yingze.people.every((p) => p.mobile !== undefined)).toBe(true);
    expect(new Set(mobiles).size).toBe(mobiles.length);
    expect(mobiles.every((m) => /^1[3-9]\d{9}$/.test(m))).toBe(true);
  });

  it('gives people realistic Chinese names, mostly common surnames', () => {
    const names = [...yingze.people, ...yingze.residents].map((p) => p.name);
    expect(names.every((n) => /^[\u4e00-\u9fff]{2,3}$/.test(n))).toBe(true);
    const surnames = countBy(names, (n) => n.charAt(0));
    const top = [...surnames.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([s]) => s);
    expect(top.filter((s) => '王李张刘'.includes(s)).length).toBeGreaterThanOrEqual(3);
  });

  it('has the 11 departments and 43 work items, with levels, deadlines and groups', () => {
    expect(yingze.departments).toHaveLength(11);
    expect(yingze.categories).toHaveLength(43);
    const departmentNames = yingze.departments.map((d) => d.name.zh);
    for (const name of ['社会保障', '综合治理', '应急管理', '社会救助', '城市管理', '市场监管']) {
      expect(departmentNames).toContain(name);
    }
    const starts = countBy(yingze.categories, (c) => c.startLevel);
    expect(starts.get('grid')).toBeGreaterThan(21);
    expect(starts.get('community')).toBeGreaterThan(0);
    expect(starts.get('street')).toBeGreaterThan(0);
    const parents = new Set(yingze.categories.flatMap((c) => (c.parentCode ? [c.parentCode] : [])));
    expect(parents.size).toBeGreaterThanOrEqual(3);
    const blocked = yingze.categories.find((c) => c.name.zh === '消防通道堵塞');
    expect(blocked?.deadlines.grid?.unit).toBe('hours');
    expect(yingze.categories.map((c) => c.name.en)).toContain('Street vending');
  });

  it('mirrors the grid tree in the party tree', () => {
    const kinds = countBy(yingze.partyOrganisations, (o) => o.kind);
    const ordinary = new Set(yingze.grids.filter((g) => g.kind === 'ordinary').map((g) => g.id));
    expect(kinds.get('community-committee')).toBe(110);
    expect(kinds.get('grid-branch')).toBe(853);
    expect(kinds.get('micro-grid-group')).toBe(
      yingze.microGrids.filter((m) => ordinary.has(m.gridId)).length,
    );
    expect(kinds.get('lead-household')).toBeGreaterThan(100);
    expect(kinds.get('temporary-branch')).toBeGreaterThanOrEqual(1);
    expect(kinds.get('temporary-branch')).toBeLessThanOrEqual(3);
  });

  it('puts every full-time worker on their grid for the roster day, and some on night duty', () => {
    const day = new Map<string, string>();
    for (const s of yingze.shifts) {
      if (s.start === '2026-11-26T08:30:00+08:00' && s.end === '2026-11-26T17:30:00+08:00') {
        expect(day.has(s.personId)).toBe(false);
        day.set(s.personId, s.unitId);
      }
    }
    for (const person of withRole(yingze, 'grid-worker')) {
      const role = person.roles.find((r) => r.role === 'grid-worker');
      if (role?.role === 'grid-worker' && role.employment === 'full-time') {
        expect(day.get(person.id)).toBe(role.unitIds[0]);
      }
    }
    const night = yingze.shifts.filter((s) => s.end.startsWith('2026-11-27'));
    expect(night.length).toBeGreaterThanOrEqual(110);
  });

  it('has two households per micro-grid with 1–4 residents, valid id numbers and flags', () => {
    expect(yingze.households).toHaveLength(2568 * 2);
    const sizes = countBy(yingze.residents, (r) => r.householdId);
    expect(sizes.size).toBe(yingze.households.length);
    expect([...sizes.values()].every((n) => n >= 1 && n <= 4)).toBe(true);
    const ids = yingze.residents.flatMap((r) => (r.idNumber ? [r.idNumber] : []));
    expect(ids.length).toBeGreaterThan(yingze.residents.length / 3);
    expect(ids.length).toBeLessThan(yingze.residents.length);
    expect(ids.every((id) => isResidentIdNumber(id) && id.startsWith('140106'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(yingze.residents.some((r) => r.mobile !== undefined)).toBe(true);
    const flags = countBy(
      yingze.residents.flatMap((r) => r.flags ?? []),
      (f) => f,
    );
    for (const flag of ['elderly-living-alone', 'subsidy-family', 'disabled', 'veteran']) {
      expect(flags.get(flag)).toBeGreaterThan(20);
      expect(flags.get(flag)).toBeLessThan(yingze.residents.length / 10);
    }
    for (const r of yingze.residents.filter((x) => x.flags?.includes('elderly-living-alone'))) {
      expect(r.birthYear).toBeLessThan(1950);
      expect(sizes.get(r.householdId)).toBe(1);
    }
    expect(yingze.households[0]?.address).toMatch(/^\S+ \d+ 号 \d 单元 \d0\d$/);
  });
});

describe('generateDemoDistrict options', () => {
  it('is deterministic: same options, same district; another seed, another district', () => {
    const a = generateDemoDistrict({ seed: 5, scale: 0.05 });
    expect(generateDemoDistrict({ seed: 5, scale: 0.05 })).toEqual(a);
    const b = generateDemoDistrict({ seed: 6, scale: 0.05 });
    expect(b).not.toEqual(a);
    expect(b.people.map((p) => p.name)).not.toEqual(a.people.map((p) => p.name));
    expect(generateDemoDistrict()).toEqual(yingze);
  });

  it.each([0.2, 0.05, 0.01, 0.0001])('scales every count down at %s and stays valid', (scale) => {
    const small = generateDemoDistrict({ scale, seed: 11 });
    expect(DistrictBundle.safeParse(small).success).toBe(true);
    const ordinary = small.grids.filter((g) => g.kind === 'ordinary').length;
    const exclusive = small.grids.length - ordinary;
    expect(ordinary).toBe(Math.max(small.communities.length, Math.round(853 * scale)));
    expect(exclusive).toBe(Math.max(1, Math.round(345 * scale)));
    expect(small.microGrids.length).toBe(Math.max(small.grids.length, Math.round(2568 * scale)));
    expect(small.communities.length).toBeGreaterThanOrEqual(7);
    const roles: Role[] = [
      'grid-worker',
      'grid-chief',
      'building-head',
      'community-cadre',
      'street-cadre',
      'command-operator',
      'department-staff',
      'volunteer',
    ];
    for (const role of roles) expect(withRole(small, role).length).toBeGreaterThanOrEqual(1);
    expect(small.people.length).toBeLessThan(yingze.people.length * Math.max(scale * 2, 0.05));
    expect(small.households.length).toBe(small.microGrids.length * 2);
  });

  it('generates the asked number of households per micro-grid, or none', () => {
    const three = generateDemoDistrict({ scale: 0.02, householdsPerMicroGrid: 3 });
    expect(three.households).toHaveLength(three.microGrids.length * 3);
    const none = generateDemoDistrict({ scale: 0.02, householdsPerMicroGrid: 0 });
    expect(none.households).toEqual([]);
    expect(none.residents).toEqual([]);
    expect(none.partyOrganisations.some((o) => o.kind === 'lead-household')).toBe(false);
    expect(DistrictBundle.safeParse(none).success).toBe(true);
  });

  it.each(['2027-01-05', '2026-12-31', '2028-02-29'])('rosters the day %s', (rosterDay) => {
    const bundle = generateDemoDistrict({ scale: 0.02, rosterDay });
    expect(bundle.shifts.length).toBeGreaterThan(0);
    expect(bundle.shifts.every((s) => s.start.startsWith(`${rosterDay}T`))).toBe(true);
    expect(bundle.shifts.every((s) => s.start.endsWith('+08:00') && s.end.endsWith('+08:00'))).toBe(
      true,
    );
    const next = new Date(Date.parse(`${rosterDay}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(bundle.shifts.some((s) => s.end.startsWith(`${next}T08:30`))).toBe(true);
    expect(DistrictBundle.safeParse(bundle).success).toBe(true);
  });

  it.each([
    { scale: 0 },
    { scale: 1.5 },
    { scale: Number.NaN },
    { seed: 1.5 },
    { householdsPerMicroGrid: -1 },
    { householdsPerMicroGrid: 2.5 },
    { rosterDay: '2026-02-30' },
    { rosterDay: '26-11-26' },
  ])('refuses invalid options %o', (options) => {
    expect(() => generateDemoDistrict(options)).toThrow(WanggeError);
    try {
      generateDemoDistrict(options);
    } catch (error) {
      expect((error as WanggeError).code).toBe('invalid_demo_options');
    }
  });
});
