import type { Household } from '../schema/household.js';
import type { Resident, SensitivityFlag } from '../schema/resident.js';
import type { MobileBook } from './contact-numbers.js';
import { drawIdNumber } from './id-number.js';
import { drawGivenName, drawSurname, type Gender } from './names.js';
import type { Random } from './random.js';
import type { MicroGridPlace } from './territory.js';

/**
 * A party-member lead household (党员中心户) chosen while households are generated: the household
 * and the party member who leads it.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).partyOrganisations.find((o) => o.kind === 'lead-household');
 * // { kind: 'lead-household', id: 'h-…-lh', householdId: 'h-…', groupId: '…-pg', residentId: 'r-…' }
 * ```
 */
export interface LeadChoice {
  readonly householdId: string;
  readonly residentId: string;
}

/**
 * The households (户) and residents (居民) of the demo district, and the lead household chosen
 * in each micro-grid that has one.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const { households, residents } = generateDemoDistrict({ scale: 0.05 });
 * residents.length >= households.length; // true
 * ```
 */
export interface Population {
  readonly households: Household[];
  readonly residents: Resident[];
  /** Micro-grid id → its lead household. */
  readonly leads: ReadonlyMap<string, LeadChoice>;
}

/** What {@link buildPopulation} needs besides the territory. */
export interface PopulationOptions {
  readonly perMicroGrid: number;
  /** The year ages are counted at (the roster day's year). */
  readonly referenceYear: number;
  /** The micro-grids that have a party group, and so may have a lead household. */
  readonly groupMicroGridIds: ReadonlySet<string>;
}

const SIZES: readonly (readonly [number, number])[] = [
  [1, 22],
  [2, 34],
  [3, 29],
  [4, 15],
];

const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Generates the households of every micro-grid, with 1–4 residents each, their ages, identity
 * numbers, mobiles and sensitivity flags at plausible rates.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05, householdsPerMicroGrid: 3 }).households.length; // 3 × micro-grids
 * ```
 */
export function buildPopulation(
  random: Random,
  microGrids: readonly { readonly id: string }[],
  places: ReadonlyMap<string, MicroGridPlace>,
  options: PopulationOptions,
  mobiles: MobileBook,
): Population {
  const households: Household[] = [];
  const residents: Resident[] = [];
  const leads = new Map<string, LeadChoice>();
  const idNumbers = new Set<string>();
  const year = options.referenceYear;

  const addResident = (
    householdId: string,
    surname: string,
    gender: Gender,
    birthYear: number,
    shared: { subsidy: boolean; alone: boolean },
  ): Resident => {
    const age = year - birthYear;
    const flags: SensitivityFlag[] = [];
    if (shared.alone && birthYear < 1950 && random.chance(0.75)) flags.push('elderly-living-alone');
    if (shared.subsidy) flags.push('subsidy-family');
    if (random.chance(0.02)) flags.push('disabled');
    if (gender === 'male' && age >= 28 && age <= 80 && random.chance(0.04)) flags.push('veteran');
    if (age < 16 && random.chance(0.03)) flags.push('left-behind-child');
    if (random.chance(age >= 60 ? 0.03 : 0.01)) flags.push('serious-illness');
    if (age >= 18 && random.chance(0.006)) flags.push('key-care');
    const resident: Resident = {
      id: `r-${pad(residents.length + 1)}`,
      householdId,
      name: surname + drawGivenName(random, gender, birthYear),
      ...(random.chance(0.65)
        ? { idNumber: drawIdNumber(random, birthYear, gender, idNumbers) }
        : {}),
      ...(age >= 16 && random.chance(age >= 80 ? 0.35 : 0.7) ? { mobile: mobiles.next() } : {}),
      birthYear,
      ...(age >= 18 && random.chance(age >= 60 ? 0.12 : 0.07) ? { partyMember: true } : {}),
      ...(flags.length > 0 ? { flags } : {}),
    };
    residents.push(resident);
    return resident;
  };

  for (const microGrid of microGrids) {
    const place = places.get(microGrid.id) ?? { road: '迎泽大街', number: 1, village: false };
    const addresses = new Set<string>();
    for (let k = 0; k < options.perMicroGrid; k += 1) {
      const householdId = `h-${pad(households.length + 1)}`;
      const draw = () =>
        place.village
          ? `${place.road} ${place.number} 巷 ${random.int(1, 80)} 号`
          : `${place.road} ${place.number} 号 ${random.int(1, 6)} 单元 ${random.int(1, 7)}0${random.int(1, 4)}`;
      let address = draw();
      while (addresses.has(address)) address = draw();
      addresses.add(address);
      households.push({ id: householdId, microGridId: microGrid.id, address });

      const size = random.weighted(SIZES);
      const shared = { subsidy: random.chance(0.035), alone: size === 1 };
      // People who live alone are mostly old; couples and families span the generations.
      const headYear =
        size === 1 && random.chance(0.45) ? random.int(1930, 1952) : random.int(1940, 1998);
      const headGender: Gender = random.chance(0.5) ? 'male' : 'female';
      const headSurname = drawSurname(random);
      const headIndex = residents.length;
      const head = addResident(householdId, headSurname, headGender, headYear, shared);
      let fatherSurname = headSurname;
      let motherYear = headYear;
      if (size >= 2) {
        const spouseGender: Gender = headGender === 'male' ? 'female' : 'male';
        const spouseYear = Math.min(headYear + random.int(-5, 5), year - 20);
        const spouseSurname = drawSurname(random);
        addResident(householdId, spouseSurname, spouseGender, spouseYear, shared);
        if (spouseGender === 'male') fatherSurname = spouseSurname;
        else motherYear = spouseYear;
      }
      for (let c = 2; c < size; c += 1) {
        const childYear = Math.min(motherYear + random.int(22, 36), year - random.int(0, 2));
        const gender: Gender = random.chance(0.5) ? 'male' : 'female';
        addResident(householdId, fatherSurname, gender, childYear, shared);
      }

      // The first household of some micro-grids leads its neighbours (党员中心户).
      if (k === 0 && options.groupMicroGridIds.has(microGrid.id) && random.chance(0.45)) {
        residents[headIndex] = { ...head, partyMember: true };
        leads.set(microGrid.id, { householdId, residentId: head.id });
      }
    }
  }
  return { households, residents, leads };
}
