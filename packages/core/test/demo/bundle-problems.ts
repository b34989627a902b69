import { HANDLING_LEVELS, isResidentIdNumber } from '../../src/index.js';
import type { Deadline, DistrictBundle } from '../../src/index.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
// Nominal length of each unit in hours: enough to compare deadlines within one category, whose
// units stay in one family (natural or working time).
const HOURS: Record<Deadline['unit'], number> = {
  hours: 1,
  'working-hours': 1,
  days: 24,
  'working-days': 8,
};

type UnitKind = 'district' | 'street' | 'community' | 'grid' | 'micro-grid';

/**
 * Every broken reference or invariant of a district bundle, as readable sentences; an empty
 * list means the bundle holds together. Written independently of the generator so that the
 * tests check what a consumer of the bundle relies on.
 */
export function bundleProblems(bundle: DistrictBundle): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);

  const unitKind = new Map<string, UnitKind>([[bundle.district.id, 'district']]);
  for (const s of bundle.streets) unitKind.set(s.id, 'street');
  for (const c of bundle.communities) unitKind.set(c.id, 'community');
  for (const g of bundle.grids) unitKind.set(g.id, 'grid');
  for (const m of bundle.microGrids) unitKind.set(m.id, 'micro-grid');

  const allIds = [
    bundle.district.id,
    ...bundle.streets.map((x) => x.id),
    ...bundle.communities.map((x) => x.id),
    ...bundle.grids.map((x) => x.id),
    ...bundle.microGrids.map((x) => x.id),
    ...bundle.departments.map((x) => x.id),
    ...bundle.partyOrganisations.map((x) => x.id),
    ...bundle.people.map((x) => x.id),
    ...bundle.residentUnits.map((x) => x.id),
    ...bundle.households.map((x) => x.id),
    ...bundle.residents.map((x) => x.id),
  ];
  const seen = new Set<string>();
  for (const id of allIds) {
    if (seen.has(id)) fail(`duplicate id ${id}`);
    if (!ID.test(id)) fail(`malformed id ${id}`);
    seen.add(id);
  }

  const streets = new Set(bundle.streets.map((s) => s.id));
  const communities = new Map(bundle.communities.map((c) => [c.id, c]));
  const grids = new Map(bundle.grids.map((g) => [g.id, g]));
  const microGrids = new Map(bundle.microGrids.map((m) => [m.id, m]));
  const departments = new Set(bundle.departments.map((d) => d.id));
  const units = new Map(bundle.residentUnits.map((u) => [u.id, u]));
  const households = new Map(bundle.households.map((h) => [h.id, h]));
  const residents = new Map(bundle.residents.map((r) => [r.id, r]));

  for (const s of bundle.streets) {
    if (s.districtId !== bundle.district.id) fail(`street ${s.id}: unknown district`);
  }
  for (const c of bundle.communities) {
    if (!streets.has(c.streetId)) fail(`community ${c.id}: unknown street ${c.streetId}`);
  }
  const gridCodes = new Set<string>();
  for (const g of bundle.grids) {
    if (!communities.has(g.communityId)) fail(`grid ${g.id}: unknown community`);
    if (g.gridCode === undefined || !/^\d{20}$/.test(g.gridCode)) fail(`grid ${g.id}: grid code`);
    else if (!g.gridCode.startsWith(bundle.district.divisionCode ?? '')) {
      fail(`grid ${g.id}: grid code outside the district`);
    } else if (gridCodes.has(g.gridCode)) fail(`grid ${g.id}: duplicate grid code`);
    if (g.gridCode !== undefined) gridCodes.add(g.gridCode);
    if (g.kind === 'ordinary' && g.institution !== undefined) fail(`grid ${g.id}: institution`);
    if (g.kind === 'exclusive') {
      const unitId = g.institution?.residentUnitId;
      const unit = unitId === undefined ? undefined : units.get(unitId);
      if (unit === undefined) fail(`grid ${g.id}: no resident unit`);
      else if (unit.unitId !== g.id || unit.name !== g.institution?.name) {
        fail(`grid ${g.id}: resident unit ${unit.id} does not match`);
      }
    }
  }
  for (const m of bundle.microGrids) {
    const grid = grids.get(m.gridId);
    if (grid === undefined) fail(`micro-grid ${m.id}: unknown grid`);
    else if (m.communityId !== grid.communityId) fail(`micro-grid ${m.id}: community mismatch`);
  }
  for (const u of bundle.residentUnits) {
    const kind = unitKind.get(u.unitId);
    if (kind !== 'grid' && kind !== 'community') fail(`resident unit ${u.id}: unit ${u.unitId}`);
  }

  const categories = new Map(bundle.categories.map((c) => [c.code, c]));
  for (const c of bundle.categories) {
    if (!departments.has(c.departmentId)) fail(`category ${c.code}: unknown department`);
    if (c.parentCode !== undefined) {
      const parent = categories.get(c.parentCode);
      if (parent === undefined) fail(`category ${c.code}: unknown parent`);
      else if (parent.departmentId !== c.departmentId)
        fail(`category ${c.code}: parent department`);
      const path = new Set([c.code]);
      for (let p = parent; p !== undefined; p = categories.get(p.parentCode ?? '')) {
        if (path.has(p.code)) {
          fail(`category ${c.code}: parent cycle`);
          break;
        }
        path.add(p.code);
      }
    }
    const start = HANDLING_LEVELS.indexOf(c.startLevel);
    let previous = 0;
    HANDLING_LEVELS.forEach((level, index) => {
      const deadline = c.deadlines[level];
      if (index < start && deadline !== undefined) fail(`category ${c.code}: deadline below start`);
      if (index < start) return;
      if (deadline === undefined) fail(`category ${c.code}: no deadline at ${level}`);
      else {
        const hours = deadline.amount * HOURS[deadline.unit];
        if (hours <= previous) fail(`category ${c.code}: deadline at ${level} does not grow`);
        previous = hours;
      }
    });
  }

  const organisations = new Map(bundle.partyOrganisations.map((o) => [o.id, o]));
  for (const o of bundle.partyOrganisations) {
    switch (o.kind) {
      case 'community-committee':
        if (!communities.has(o.communityId)) fail(`${o.id}: unknown community`);
        break;
      case 'grid-branch': {
        const committee = organisations.get(o.committeeId);
        const grid = grids.get(o.gridId);
        if (grid?.kind !== 'ordinary') fail(`${o.id}: not on an ordinary grid`);
        if (committee?.kind !== 'community-committee') fail(`${o.id}: unknown committee`);
        else if (committee.communityId !== grid?.communityId) fail(`${o.id}: wrong committee`);
        break;
      }
      case 'micro-grid-group': {
        const branch = organisations.get(o.branchId);
        const microGrid = microGrids.get(o.microGridId);
        if (microGrid === undefined) fail(`${o.id}: unknown micro-grid`);
        if (branch?.kind !== 'grid-branch') fail(`${o.id}: unknown branch`);
        else if (branch.gridId !== microGrid?.gridId) fail(`${o.id}: wrong branch`);
        break;
      }
      case 'lead-household': {
        const group = organisations.get(o.groupId);
        const household = households.get(o.householdId);
        if (group?.kind !== 'micro-grid-group') fail(`${o.id}: unknown group`);
        else if (household?.microGridId !== group.microGridId) {
          fail(`${o.id}: household outside the group's micro-grid`);
        }
        const resident = residents.get(o.residentId ?? '');
        if (resident?.householdId !== o.householdId) fail(`${o.id}: resident not of household`);
        else if (resident.partyMember !== true) fail(`${o.id}: resident not a party member`);
        break;
      }
      case 'temporary-branch':
        if (organisations.get(o.parentId)?.kind !== 'community-committee') {
          fail(`${o.id}: unknown parent`);
        }
        for (const id of o.areaUnitIds) if (!unitKind.has(id)) fail(`${o.id}: unknown unit ${id}`);
        if (!(Date.parse(o.from) < Date.parse(o.to))) fail(`${o.id}: from is not before to`);
        break;
    }
  }

  const allowed: Record<string, readonly UnitKind[]> = {
    'grid-worker': ['grid', 'micro-grid'],
    'grid-chief': ['grid'],
    'building-head': ['micro-grid'],
    'community-cadre': ['community'],
    'street-cadre': ['street'],
    'command-operator': ['district'],
    volunteer: ['street', 'community', 'grid', 'micro-grid'],
  };
  const served = new Map<string, Set<string>>();
  for (const person of bundle.people) {
    const set = new Set<string>();
    for (const role of person.roles) {
      if (role.role === 'department-staff') {
        if (!departments.has(role.departmentId)) fail(`${person.id}: unknown department`);
        continue;
      }
      for (const id of role.unitIds) {
        const kind = unitKind.get(id);
        if (kind === undefined || !(allowed[role.role] ?? []).includes(kind)) {
          fail(`${person.id}: ${role.role} cannot serve ${id}`);
        }
        set.add(id);
      }
    }
    served.set(person.id, set);
  }
  for (const shift of bundle.shifts) {
    const set = served.get(shift.personId);
    if (set === undefined) fail(`shift of unknown person ${shift.personId}`);
    else if (!set.has(shift.unitId))
      fail(`shift: ${shift.personId} does not serve ${shift.unitId}`);
    if (!(Date.parse(shift.start) < Date.parse(shift.end)))
      fail(`shift: ${shift.personId} ends first`);
  }

  for (const h of bundle.households) {
    if (!microGrids.has(h.microGridId)) fail(`household ${h.id}: unknown micro-grid`);
  }
  for (const r of bundle.residents) {
    if (!households.has(r.householdId)) fail(`resident ${r.id}: unknown household`);
    if (r.idNumber !== undefined) {
      if (!isResidentIdNumber(r.idNumber)) fail(`resident ${r.id}: invalid id number`);
      if (!r.idNumber.startsWith('140106')) fail(`resident ${r.id}: id number outside Yingze`);
      if (r.idNumber.slice(6, 10) !== String(r.birthYear)) fail(`resident ${r.id}: birth year`);
    }
  }
  return problems;
}
