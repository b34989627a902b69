import type { Community, District, Grid, MicroGrid, Street } from '../schema/admin-units.js';
import type { ResidentUnit } from '../schema/resident-unit.js';
import { drawLandline } from './contact-numbers.js';
import { createInstitutionNamer, RESIDENT_UNIT_KIND } from './institutions.js';
import { chineseNumber, drawPersonName } from './names.js';
import { YINGZE_STREETS, nameCommunities } from './places.js';
import { apportion, type Random } from './random.js';

/**
 * How many of each kind of unit to build: Yingze's figures, or those figures scaled down.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.1 }).grids.filter((grid) => grid.kind === 'exclusive').length; // 35
 * ```
 */
export interface TerritorySizes {
  readonly communities: number;
  readonly ordinaryGrids: number;
  readonly exclusiveGrids: number;
  readonly microGrids: number;
  /** Non-public enterprises (非公企业) located in ordinary grids, besides the institutions. */
  readonly enterprises: number;
}

/**
 * Where the buildings of a micro-grid are: the road (or, in a village, the village) and the
 * courtyard number that households' addresses are made of.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).households[0]?.address; // e.g. '双塔西街 12 号 3 单元 502'
 * ```
 */
export interface MicroGridPlace {
  readonly road: string;
  readonly number: number;
  readonly village: boolean;
}

/**
 * The administrative tree of the demo district and the resident units (驻区单位) in it.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const { streets, communities, grids, microGrids } = generateDemoDistrict();
 * [streets.length, communities.length, grids.length, microGrids.length]; // [7, 110, 1198, 2568]
 * ```
 */
export interface Territory {
  readonly district: District;
  readonly streets: Street[];
  readonly communities: Community[];
  readonly grids: Grid[];
  readonly microGrids: MicroGrid[];
  readonly residentUnits: ResidentUnit[];
  readonly places: ReadonlyMap<string, MicroGridPlace>;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Builds Yingze's streets, communities, grids (ordinary and exclusive, with their institutions
 * and resident units) and micro-grids, in the numbers asked for.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().grids.filter((grid) => grid.kind === 'ordinary').length; // 853
 * ```
 */
export function buildTerritory(random: Random, sizes: TerritorySizes): Territory {
  const district: District = {
    id: '140106',
    name: '迎泽区',
    nameEn: 'Yingze District',
    divisionCode: '140106',
  };
  const streets: Street[] = YINGZE_STREETS.map((place) => ({
    id: `st-${place.key}`,
    name: place.name,
    nameEn: place.nameEn,
    kind: place.kind,
    districtId: district.id,
  }));

  const communities: Community[] = [];
  const communityPlace = new Map<string, { stem: string; streetIndex: number; code: string }>();
  const perStreet = apportion(
    sizes.communities,
    YINGZE_STREETS.map((place) => place.communities),
    1,
  );
  const usedNames = new Set<string>();
  YINGZE_STREETS.forEach((place, streetIndex) => {
    const names = nameCommunities(place, perStreet[streetIndex] ?? 0, random, usedNames);
    names.forEach((name, c) => {
      const id = `st-${place.key}-c${pad(c + 1, 2)}`;
      const village = place.kind === 'town';
      communities.push({
        id,
        name: name.zh,
        nameEn: name.en,
        kind: village ? 'village' : 'community',
        streetId: `st-${place.key}`,
      });
      communityPlace.set(id, {
        stem: name.stem,
        streetIndex,
        code: pad(village ? 201 + c : c + 1, 3),
      });
    });
  });

  const isVillage = (community: Community) => community.kind === 'village';
  // Old inner-city communities are denser than villages: more grids, more institutions.
  const ordinaryPer = apportion(
    sizes.ordinaryGrids,
    communities.map((c) => (isVillage(c) ? random.int(30, 100) : random.int(40, 200))),
    1,
  );
  const exclusivePer = apportion(
    sizes.exclusiveGrids,
    communities.map((c) => (isVillage(c) ? random.int(10, 40) : random.int(50, 150))),
    0,
  );

  const namer = createInstitutionNamer(random);
  const grids: Grid[] = [];
  const residentUnits: ResidentUnit[] = [];
  const roadOfGrid = new Map<string, string>();
  const nextUnitId = () => `ru-${pad(residentUnits.length + 1, 4)}`;
  communities.forEach((community, index) => {
    const cp = communityPlace.get(community.id);
    const place = YINGZE_STREETS[cp?.streetIndex ?? 0];
    if (cp === undefined || place === undefined) return;
    const codePrefix = `${district.id}${place.code}${cp.code}`;
    for (let g = 1; g <= (ordinaryPer[index] ?? 0); g += 1) {
      const id = `${community.id}-g${pad(g, 3)}`;
      grids.push({
        id,
        name: `第${chineseNumber(g)}网格`,
        kind: 'ordinary',
        communityId: community.id,
        gridCode: `${codePrefix}001${pad(g, 5)}`,
      });
      roadOfGrid.set(id, isVillage(community) ? community.name : random.pick(place.roads));
    }
    for (let x = 1; x <= (exclusivePer[index] ?? 0); x += 1) {
      const id = `${community.id}-x${pad(x, 3)}`;
      const road = random.pick(place.roads);
      const type = namer.drawType();
      const name = namer.institution(type, {
        stem: cp.stem,
        road,
        streetName: place.name,
        village: isVillage(community),
      });
      const residentUnitId = nextUnitId();
      residentUnits.push({
        id: residentUnitId,
        name,
        kind: RESIDENT_UNIT_KIND[type],
        unitId: id,
        contactName: drawPersonName(random, random.chance(0.5) ? 'male' : 'female'),
        phone: drawLandline(random),
      });
      grids.push({
        id,
        name: `${name}专属网格`,
        kind: 'exclusive',
        communityId: community.id,
        gridCode: `${codePrefix}002${pad(x, 5)}`,
        institution: { name, type, residentUnitId },
      });
      roadOfGrid.set(id, road);
    }
  });

  const ordinary = grids.filter((grid) => grid.kind === 'ordinary');
  const exclusive = grids.filter((grid) => grid.kind === 'exclusive');
  // An institution is usually one compound; a few (a hospital campus, a big market) have two.
  const exclusiveMicro = Math.min(
    exclusive.length + Math.floor(exclusive.length / 5),
    sizes.microGrids - ordinary.length,
  );
  const microPer = new Map<string, number>();
  const split = (list: Grid[], total: number, weight: () => number) => {
    apportion(total, list.map(weight), 1).forEach((n, k) => {
      const grid = list[k];
      if (grid) microPer.set(grid.id, n);
    });
  };
  if (exclusive.length > 0) split(exclusive, exclusiveMicro, () => random.int(1, 10));
  split(ordinary, sizes.microGrids - exclusiveMicro, () => random.int(40, 160));

  const microGrids: MicroGrid[] = [];
  const places = new Map<string, MicroGridPlace>();
  // Numbers run on along each road across grids, so that no two courtyards share an address.
  const lastNumber = new Map<string, number>();
  for (const grid of grids) {
    const road = roadOfGrid.get(grid.id) ?? '';
    for (let m = 1; m <= (microPer.get(grid.id) ?? 0); m += 1) {
      const id = `${grid.id}-m${m}`;
      const number = (lastNumber.get(road) ?? 0) + random.int(1, 4);
      lastNumber.set(road, number);
      microGrids.push({ id, name: `${m}号楼院`, gridId: grid.id, communityId: grid.communityId });
      places.set(id, { road, number, village: road.endsWith('村') });
    }
  }

  for (let e = 0; e < sizes.enterprises; e += 1) {
    residentUnits.push({
      id: nextUnitId(),
      name: namer.enterprise(),
      kind: 'non-public-enterprise',
      unitId: random.pick(ordinary).id,
      contactName: drawPersonName(random, random.chance(0.5) ? 'male' : 'female'),
      phone: drawLandline(random),
    });
  }

  return { district, streets, communities, grids, microGrids, residentUnits, places };
}
