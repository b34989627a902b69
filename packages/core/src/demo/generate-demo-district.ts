import { WanggeError } from '../errors/wangge-error.js';
import type { DistrictBundle } from '../schema/district-bundle.js';
import { isCalendarDay } from './calendar.js';
import { demoCategories, demoDepartments } from './catalogue.js';
import { createMobileBook } from './contact-numbers.js';
import { buildPartyTree } from './party.js';
import { buildPeople } from './people.js';
import { buildPopulation } from './population.js';
import { createRandom } from './random.js';
import { buildRoster } from './roster.js';
import { buildTerritory } from './territory.js';

/**
 * Options of {@link generateDemoDistrict}. Every option has a default; the same options always
 * give the same district.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict, type DemoDistrictOptions } from '@wangge/core/demo';
 * const options: DemoDistrictOptions = { seed: 42, scale: 0.05, rosterDay: '2027-01-05' };
 * generateDemoDistrict(options);
 * ```
 */
export interface DemoDistrictOptions {
  /** Seed of the PRNG; same seed, same district. Default 20261126. */
  seed?: number;
  /**
   * 'yingze' (default) = full size; or a number in (0, 1] that scales every count down (for fast
   * tests), e.g. 0.05.
   */
  scale?: 'yingze' | number;
  /** Households generated per micro-grid (default 2), each with 1–4 residents. */
  householdsPerMicroGrid?: number;
  /**
   * The day the roster's shifts are generated for, 'YYYY-MM-DD' (default '2026-11-26'); shifts
   * are ISO 8601 with +08:00.
   */
  rosterDay?: string;
}

// Yingze's figures from the People's Daily report (853 + 345 grids, 2,568 micro-grids, 3,300+
// grid workers); the number of communities, volunteers and enterprises are our estimates.
const YINGZE = {
  communities: 110,
  ordinaryGrids: 853,
  exclusiveGrids: 345,
  microGrids: 2568,
  gridWorkers: 3316,
  volunteers: 640,
  enterprises: 66,
};

function invalid(what: string, zh: string): never {
  throw new WanggeError('invalid_demo_options', {
    'zh-CN': `演示辖区参数无效：${zh}`,
    en: `Invalid demo district options: ${what}`,
  });
}

/**
 * Generates a realistic demo of Yingze District (迎泽区), Taiyuan, as a {@link DistrictBundle}:
 * its 7 streets and town, 110 communities and villages, 853 ordinary and 345 exclusive grids
 * (专属网格, each with its institution and resident unit), 2,568 micro-grids, more than 3,300 grid
 * workers with chiefs, cadres, building heads, operators, department staff and volunteers, the
 * 11 departments and 43 work items of the catalogue, the party organisation tree, a day's roster,
 * and households with their residents. Everything is drawn from a seeded `pure-rand` stream:
 * the same options always give the same district, and `DistrictBundle.safeParse` accepts it.
 * Names, phone numbers, addresses and identity numbers are invented (identity numbers are
 * well-formed, with a correct check character), never taken from real people.
 *
 * With a numeric `scale`, every population count (communities, grids, micro-grids, workers,
 * volunteers, …) is scaled down, keeping at least one of each; the seven streets, the catalogue
 * and the staffing per unit (3–5 cadres per community, one chief per grid, …) stay as they are.
 *
 * @throws {WanggeError} `invalid_demo_options` when `scale` is not in (0, 1], `seed` or
 * `householdsPerMicroGrid` (0–50) is not an integer, or `rosterDay` is not a real `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * import { DistrictBundle } from '@wangge/core';
 * import { generateDemoDistrict } from '@wangge/core/demo';
 *
 * const yingze = generateDemoDistrict();
 * yingze.grids.filter((grid) => grid.kind === 'exclusive').length; // 345
 * DistrictBundle.safeParse(yingze).success; // true
 *
 * // A small district for a fast test, with three households per micro-grid.
 * const small = generateDemoDistrict({ seed: 1, scale: 0.05, householdsPerMicroGrid: 3 });
 * small.microGrids.length; // 128
 * ```
 */
export function generateDemoDistrict(options: DemoDistrictOptions = {}): DistrictBundle {
  const {
    seed = 20261126,
    scale = 'yingze',
    householdsPerMicroGrid = 2,
    rosterDay = '2026-11-26',
  } = options;
  if (!Number.isSafeInteger(seed)) invalid('seed must be an integer', 'seed 必须是整数');
  const factor = scale === 'yingze' ? 1 : scale;
  if (typeof factor !== 'number' || !(factor > 0 && factor <= 1)) {
    invalid(
      "scale must be 'yingze' or a number in (0, 1]",
      "scale 必须是 'yingze' 或 (0, 1] 内的数",
    );
  }
  if (
    !Number.isInteger(householdsPerMicroGrid) ||
    householdsPerMicroGrid < 0 ||
    householdsPerMicroGrid > 50
  ) {
    invalid(
      'householdsPerMicroGrid must be an integer from 0 to 50',
      'householdsPerMicroGrid 必须是 0–50 的整数',
    );
  }
  if (!isCalendarDay(rosterDay)) {
    invalid(
      'rosterDay must be a calendar day written YYYY-MM-DD',
      'rosterDay 必须是 YYYY-MM-DD 格式的日期',
    );
  }

  const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * factor));
  const random = createRandom(seed);
  const mobiles = createMobileBook(random);
  // Each street keeps at least one community, and each community at least one ordinary grid.
  const communities = scaled(YINGZE.communities, 7);
  const ordinaryGrids = scaled(YINGZE.ordinaryGrids, communities);
  const exclusiveGrids = scaled(YINGZE.exclusiveGrids);
  const territory = buildTerritory(random, {
    communities,
    ordinaryGrids,
    exclusiveGrids,
    microGrids: scaled(YINGZE.microGrids, ordinaryGrids + exclusiveGrids),
    enterprises: scaled(YINGZE.enterprises),
  });
  const departments = demoDepartments();
  const ordinaryIds = new Set(
    territory.grids.filter((grid) => grid.kind === 'ordinary').map((grid) => grid.id),
  );
  const population = buildPopulation(
    random,
    territory.microGrids,
    territory.places,
    {
      perMicroGrid: householdsPerMicroGrid,
      referenceYear: Number(rosterDay.slice(0, 4)),
      groupMicroGridIds: new Set(
        territory.microGrids.filter((m) => ordinaryIds.has(m.gridId)).map((m) => m.id),
      ),
    },
    mobiles,
  );
  const partyOrganisations = buildPartyTree(random, territory, population.leads, rosterDay);
  const people = buildPeople(
    random,
    { ...territory, departments },
    {
      gridWorkers: scaled(YINGZE.gridWorkers, ordinaryGrids + exclusiveGrids),
      volunteers: scaled(YINGZE.volunteers),
      operators: scaled(random.int(10, 15)),
    },
    mobiles,
  );
  const shifts = buildRoster(random, people, territory, rosterDay);

  return {
    schemaVersion: 1,
    district: territory.district,
    streets: territory.streets,
    communities: territory.communities,
    grids: territory.grids,
    microGrids: territory.microGrids,
    departments,
    categories: demoCategories(),
    partyOrganisations,
    people,
    shifts,
    residentUnits: territory.residentUnits,
    households: population.households,
    residents: population.residents,
  };
}
