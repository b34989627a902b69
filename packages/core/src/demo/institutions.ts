import type { Institution } from '../schema/admin-units.js';
import type { ResidentUnit } from '../schema/resident-unit.js';
import { chineseNumber } from './names.js';
import type { Random } from './random.js';

/** The kind of institution an exclusive grid (专属网格) covers. */
export type InstitutionType = Institution['type'];

/** Where an institution lies, for names built from place names. */
export interface InstitutionPlace {
  /** The community's name without 社区 / 村, e.g. `劲松`. */
  readonly stem: string;
  /** A road of the street, e.g. `双塔西街`. */
  readonly road: string;
  /** The street's name, e.g. `老军营街道`. */
  readonly streetName: string;
  readonly village: boolean;
}

// Shares of the 345 exclusive grids by kind of institution: schools and markets first, as in
// a dense old city centre.
const TYPE_WEIGHTS: readonly (readonly [InstitutionType, number])[] = [
  ['school', 26],
  ['hospital', 12],
  ['market', 18],
  ['enterprise-park', 14],
  ['government', 16],
  ['other', 14],
];

// Well-known institutions of the area, used once each before generated names.
const LANDMARKS: Readonly<Record<InstitutionType, readonly string[]>> = {
  school: ['太原市第五中学', '太原市第十二中学', '太原市迎泽区实验小学', '太原师范学院附属小学'],
  hospital: [
    '山西省人民医院',
    '太原市中心医院',
    '山西省中医院',
    '太原市第三人民医院',
    '迎泽区人民医院',
    '太原市妇幼保健院',
  ],
  market: ['柳巷商城', '铜锣湾购物中心', '茂业天地', '天龙商厦', '五一百货大楼', '开化寺古玩城'],
  'enterprise-park': ['迎泽科技创业园', '龙城文化创意产业园', '晋商数字经济产业园'],
  government: ['迎泽区人民政府', '迎泽区人民法院', '迎泽区人民检察院', '太原市公安局迎泽分局'],
  other: ['太原火车站', '迎泽公园', '双塔寺', '太原市儿童公园', '山西省图书馆'],
};

type Template = (place: InstitutionPlace, random: Random) => string;

const TEMPLATES: Readonly<Record<InstitutionType, readonly Template[]>> = {
  school: [
    (_, r) => `太原市第${chineseNumber(r.int(2, 66))}中学`,
    (pl) => `太原市${pl.road}小学`,
    (pl) => `迎泽区${pl.stem}小学`,
    (pl) => `迎泽区${pl.stem}幼儿园`,
    (pl) => `太原市${pl.road}中学`,
  ],
  hospital: [
    (pl) => `${pl.stem}${pl.village ? '村卫生室' : '社区卫生服务站'}`,
    (pl) => `迎泽区${pl.road}社区卫生服务中心`,
    (pl) => `${pl.road}口腔门诊部`,
    (pl) => `${pl.stem}中医诊所`,
  ],
  market: [
    (pl) => `${pl.road}农贸市场`,
    (pl) => `${pl.stem}便民市场`,
    (pl) => `${pl.road}综合市场`,
    (pl) => `${pl.stem}生鲜超市`,
  ],
  'enterprise-park': [
    (pl) => `${pl.road}文化创意产业园`,
    (pl) => `迎泽${pl.stem}科技园`,
    (pl) => `${pl.stem}商务楼宇`,
    (pl) => `${pl.road}众创空间`,
  ],
  government: [
    (pl) => `太原市公安局迎泽分局${pl.stem}派出所`,
    (pl) => `迎泽区税务局${pl.stem}税务所`,
    (pl) => `${pl.streetName}便民服务中心`,
    (pl) => `${pl.stem}供电所`,
  ],
  other: [
    (pl) => `${pl.road}宾馆`,
    (pl) => `${pl.stem}养老院`,
    (pl) => `${pl.stem}日间照料中心`,
    (pl) => `${pl.road}加油站`,
  ],
};

const BRANDS = Array.from(
  '汇通鑫源华泰晋阳并州龙城恒信宏达金鼎瑞丰博远鼎盛永兴天和德润三晋汾河双塔新达安泰中联祥和东方',
);
const INDUSTRIES = [
  '商贸',
  '科技',
  '物业服务',
  '餐饮管理',
  '建筑装饰',
  '文化传媒',
  '电子科技',
  '医药连锁',
  '家政服务',
  '信息技术',
  '物流',
  '教育咨询',
];

/**
 * Hands out institution and company names that are unique within one district: two exclusive
 * grids named alike could not be told apart on the map or in a dispatch.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const names = generateDemoDistrict().residentUnits.map((unit) => unit.name);
 * new Set(names).size === names.length; // true
 * ```
 */
export interface InstitutionNamer {
  /** Draws the type of the next exclusive grid's institution. */
  drawType(): InstitutionType;
  /** A fresh name for an institution of `type` at `place`. */
  institution(type: InstitutionType, place: InstitutionPlace): string;
  /** A fresh name of a non-public enterprise (非公企业), e.g. `山西鑫源商贸有限公司`. */
  enterprise(): string;
}

/**
 * Creates the {@link InstitutionNamer} of one generation run.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().grids.find((grid) => grid.institution?.type === 'hospital')?.institution?.name;
 * // e.g. '山西省人民医院'
 * ```
 */
export function createInstitutionNamer(random: Random): InstitutionNamer {
  const used = new Set<string>();
  const landmarks = new Map(Object.entries(LANDMARKS).map(([k, v]) => [k, random.shuffle(v)]));
  const claim = (candidate: string): string | undefined => {
    if (used.has(candidate)) return undefined;
    used.add(candidate);
    return candidate;
  };
  const withFallback = (draw: () => string, suffix: string): string => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const name = claim(draw());
      if (name !== undefined) return name;
    }
    const base = draw();
    for (let k = 2; ; k += 1) {
      const name = claim(`${base}${chineseNumber(k)}${suffix}`);
      if (name !== undefined) return name;
    }
  };
  return {
    drawType: () => random.weighted(TYPE_WEIGHTS),
    institution(type, place) {
      const left = landmarks.get(type) ?? [];
      if (left.length > 0 && random.chance(0.35)) {
        const landmark = claim(left.shift() ?? '');
        if (landmark !== undefined) return landmark;
      }
      return withFallback(() => random.pick(TEMPLATES[type])(place, random), '分部');
    },
    enterprise() {
      return withFallback(() => {
        const brand = random.pick(BRANDS) + random.pick(BRANDS);
        return `山西${brand}${random.pick(INDUSTRIES)}有限公司`;
      }, '分公司');
    },
  };
}

/**
 * The kind of resident unit (驻区单位) that an institution of each type is registered as.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const bundle = generateDemoDistrict();
 * const park = bundle.grids.find((grid) => grid.institution?.type === 'enterprise-park');
 * bundle.residentUnits.find((unit) => unit.id === park?.institution?.residentUnitId)?.kind;
 * // 'non-public-enterprise'
 * ```
 */
export const RESIDENT_UNIT_KIND: Readonly<Record<InstitutionType, ResidentUnit['kind']>> = {
  school: 'school',
  hospital: 'hospital',
  market: 'market',
  'enterprise-park': 'non-public-enterprise',
  government: 'government',
  other: 'other',
};
