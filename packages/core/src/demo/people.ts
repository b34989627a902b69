import type { Community, District, Grid, MicroGrid, Street } from '../schema/admin-units.js';
import type { Department } from '../schema/department.js';
import type { Person, RoleAssignment } from '../schema/person.js';
import type { MobileBook } from './contact-numbers.js';
import { drawPersonName, type Gender } from './names.js';
import type { Random } from './random.js';

/**
 * How many grid workers, volunteers and command-centre operators to create; every other group
 * (chiefs, cadres, building heads, department staff) follows from the units.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().people.filter((p) => p.roles.some((r) => r.role === 'grid-worker')).length;
 * // 3316
 * ```
 */
export interface PeopleSizes {
  readonly gridWorkers: number;
  readonly volunteers: number;
  readonly operators: number;
}

// Tags a dispatcher matches against a case (a leaking pipe wants `plumbing`, a quarrel
// `mediation`); retired tradespeople and professionals bring most of them.
const SKILLS = [
  'plumbing',
  'electrical',
  'mediation',
  'elderly-care',
  'legal-aid',
  'first-aid',
  'psychological-counselling',
  'fire-safety',
  'gas-safety',
  'computer-help',
  'childcare',
  'sign-language',
];

/**
 * Creates the people of the grid system: street and community cadres, one grid chief per grid,
 * full-time grid workers on ordinary grids and part-time ones on exclusive grids and micro-grids,
 * a building head per micro-grid of the ordinary grids, command-centre operators, department
 * staff and volunteers (party members and cadres sent down, 下沉干部, among them).
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const chiefs = generateDemoDistrict().people.filter((p) => p.roles[0]?.role === 'grid-chief');
 * chiefs.length; // 1198, one per grid
 * ```
 */
export function buildPeople(
  random: Random,
  units: {
    readonly district: District;
    readonly streets: readonly Street[];
    readonly communities: readonly Community[];
    readonly grids: readonly Grid[];
    readonly microGrids: readonly MicroGrid[];
    readonly departments: readonly Department[];
  },
  sizes: PeopleSizes,
  mobiles: MobileBook,
): Person[] {
  const people: Person[] = [];
  const add = (
    role: RoleAssignment,
    born: readonly [number, number],
    rates: { party: number; skills: number; sentDown?: boolean },
  ) => {
    const gender: Gender = random.chance(0.5) ? 'male' : 'female';
    const skills = random.chance(rates.skills)
      ? random.shuffle(SKILLS).slice(0, random.int(1, 2))
      : [];
    people.push({
      id: `p-${String(people.length + 1).padStart(6, '0')}`,
      name: drawPersonName(random, gender, random.int(born[0], born[1])),
      mobile: mobiles.next(),
      ...(random.chance(rates.party) ? { partyMember: true } : {}),
      ...(rates.sentDown === true ? { sentDown: true } : {}),
      ...(skills.length > 0 ? { skills } : {}),
      roles: [role],
    });
  };
  const cadre = [1965, 1995] as const;

  for (const street of units.streets) {
    for (let k = random.int(5, 8); k > 0; k -= 1) {
      add({ role: 'street-cadre', unitIds: [street.id] }, cadre, { party: 0.85, skills: 0.1 });
    }
  }
  for (const community of units.communities) {
    for (let k = random.int(3, 5); k > 0; k -= 1) {
      add({ role: 'community-cadre', unitIds: [community.id] }, cadre, {
        party: 0.75,
        skills: 0.2,
      });
    }
  }
  for (const grid of units.grids) {
    add({ role: 'grid-chief', unitIds: [grid.id] }, cadre, { party: 0.7, skills: 0.15 });
  }

  const ordinary = units.grids.filter((grid) => grid.kind === 'ordinary');
  const exclusive = units.grids.filter((grid) => grid.kind === 'exclusive');
  const ordinaryIds = new Set(ordinary.map((grid) => grid.id));
  const ordinaryMicro = units.microGrids.filter((m) => ordinaryIds.has(m.gridId));
  // Every ordinary grid has a full-time worker and every exclusive grid a part-time one; the
  // rest of the 3,300 go where the work is (full-time) or to single courtyards (part-time).
  const fullTime = Math.max(ordinary.length, Math.round(sizes.gridWorkers * 0.55));
  const partTime = Math.max(exclusive.length, sizes.gridWorkers - fullTime);
  const worker = [1970, 1998] as const;
  for (let k = 0; k < fullTime; k += 1) {
    const grid = ordinary[k] ?? random.pick(ordinary);
    add({ role: 'grid-worker', employment: 'full-time', unitIds: [grid.id] }, worker, {
      party: 0.4,
      skills: 0.3,
    });
  }
  for (let k = 0; k < partTime; k += 1) {
    const unit = exclusive[k] ?? random.pick(ordinaryMicro);
    add({ role: 'grid-worker', employment: 'part-time', unitIds: [unit.id] }, worker, {
      party: 0.3,
      skills: 0.3,
    });
  }
  for (const microGrid of ordinaryMicro) {
    add({ role: 'building-head', unitIds: [microGrid.id] }, [1945, 1980], {
      party: 0.45,
      skills: 0.25,
    });
  }
  for (let k = 0; k < sizes.operators; k += 1) {
    add({ role: 'command-operator', unitIds: [units.district.id] }, [1980, 2000], {
      party: 0.5,
      skills: 0,
    });
  }
  for (const department of units.departments) {
    for (let k = random.int(2, 4); k > 0; k -= 1) {
      add({ role: 'department-staff', departmentId: department.id }, cadre, {
        party: 0.7,
        skills: 0.2,
      });
    }
  }
  for (let k = 0; k < sizes.volunteers; k += 1) {
    if (random.chance(0.25)) {
      // Cadres sent down from district organs (下沉干部) each take a grid.
      add({ role: 'volunteer', unitIds: [random.pick(ordinary).id] }, cadre, {
        party: 0.95,
        skills: 0.3,
        sentDown: true,
      });
    } else {
      const microGrid = random.pick(ordinaryMicro);
      add({ role: 'volunteer', unitIds: [microGrid.id] }, [1950, 2002], {
        party: 0.45,
        skills: 0.7,
      });
    }
  }
  return people;
}
