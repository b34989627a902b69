import type { Category, Deadline } from '../schema/category.js';
import type { Department } from '../schema/department.js';
import type { HandlingLevel } from '../schema/handling-level.js';

type Deadlines = Readonly<Record<HandlingLevel, Deadline>>;

const h = (amount: number): Deadline => ({ amount, unit: 'hours' });
const d = (amount: number): Deadline => ({ amount, unit: 'days' });
const wh = (amount: number): Deadline => ({ amount, unit: 'working-hours' });
const wd = (amount: number): Deadline => ({ amount, unit: 'working-days' });

// Each profile stays within one family of units (natural or working time), so that "longer at
// each level up" means the same thing whatever the calendar.
const URGENT: Deadlines = { grid: h(2), community: h(6), street: h(12), district: d(2) };
const SAFETY: Deadlines = { grid: h(4), community: h(12), street: h(24), district: d(3) };
const PROMPT: Deadlines = { grid: wh(4), community: wd(1), street: wd(2), district: wd(3) };
const ROUTINE: Deadlines = { grid: wd(2), community: wd(3), street: wd(5), district: wd(10) };
const LONG: Deadlines = { grid: wd(5), community: wd(10), street: wd(15), district: wd(20) };

const LEVELS: readonly HandlingLevel[] = ['grid', 'community', 'street', 'district'];

interface Item {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly start?: HandlingLevel;
  readonly deadlines: Deadlines;
  readonly parent?: string;
}

interface DepartmentEntry {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly items: readonly Item[];
}

const i = (
  code: string,
  zh: string,
  en: string,
  deadlines: Deadlines,
  more: { start?: HandlingLevel; parent?: string } = {},
): Item => ({ code, zh, en, deadlines, ...more });

// The 11 departments and 43 work items the grid takes on in Yingze (网格内社会保障、综合治理、应急管理、
// 社会救助等11个部门43项工作); the report names the departments, the items are modelled on them.
const CATALOGUE: readonly DepartmentEntry[] = [
  {
    code: 'SB',
    zh: '社会保障',
    en: 'Social security',
    items: [
      i('SB-01', '养老保险', 'Pension insurance', ROUTINE),
      i('SB-02', '就业服务', 'Employment services', ROUTINE),
      i('SB-03', '失业登记', 'Unemployment registration', PROMPT),
      i('SB-04', '欠薪维权', 'Unpaid wages', PROMPT, { start: 'community' }),
    ],
  },
  {
    code: 'ZZ',
    zh: '综合治理',
    en: 'Comprehensive governance',
    items: [
      i('ZZ-01', '矛盾纠纷调解', 'Dispute mediation', PROMPT),
      i('ZZ-02', '邻里纠纷', 'Neighbour disputes', PROMPT, { parent: 'ZZ-01' }),
      i('ZZ-03', '家庭婚姻纠纷', 'Family and marriage disputes', PROMPT, { parent: 'ZZ-01' }),
      i('ZZ-04', '治安隐患', 'Public-order hazards', SAFETY),
      i('ZZ-05', '重点人员服务管理', 'Follow-up of key persons', ROUTINE, { start: 'community' }),
    ],
  },
  {
    code: 'YJ',
    zh: '应急管理',
    en: 'Emergency management',
    items: [
      i('YJ-01', '消防安全隐患', 'Fire-safety hazards', URGENT),
      i('YJ-02', '消防通道堵塞', 'Blocked fire escape', URGENT, { parent: 'YJ-01' }),
      i('YJ-03', '燃气安全隐患', 'Gas-safety hazards', URGENT, { parent: 'YJ-01' }),
      i('YJ-04', '危房险情', 'Unsafe building', URGENT),
    ],
  },
  {
    code: 'JZ',
    zh: '社会救助',
    en: 'Social assistance',
    items: [
      i('JZ-01', '最低生活保障', 'Minimum living allowance', LONG),
      i('JZ-02', '特困人员救助供养', 'Support for people in extreme poverty', LONG, {
        start: 'community',
      }),
      i('JZ-03', '临时救助', 'Temporary assistance', PROMPT),
      i('JZ-04', '独居高龄老人关爱', 'Care for elderly people living alone', PROMPT),
    ],
  },
  {
    code: 'YB',
    zh: '医疗保障',
    en: 'Medical insurance',
    items: [
      i('YB-01', '城乡居民医保参保', "Residents' medical insurance enrolment", ROUTINE),
      i('YB-02', '医保报销咨询', 'Medical reimbursement enquiries', ROUTINE),
      i('YB-03', '门诊慢特病申请', 'Chronic and special disease outpatient cover', LONG, {
        start: 'community',
      }),
    ],
  },
  {
    code: 'RK',
    zh: '人口住房',
    en: 'Population and housing',
    items: [
      i('RK-01', '人口信息采集', 'Population data collection', ROUTINE),
      i('RK-02', '房屋信息核查', 'Housing data check', ROUTINE),
      i('RK-03', '出租房屋登记', 'Rental housing registration', ROUTINE),
      i('RK-04', '老旧小区改造', 'Renovation of old residential compounds', LONG, {
        start: 'street',
      }),
    ],
  },
  {
    code: 'LD',
    zh: '外来人口',
    en: 'Migrant population',
    items: [
      i('LD-01', '流动人口登记', 'Migrant registration', PROMPT),
      i('LD-02', '居住证办理', 'Residence permit application', ROUTINE),
      i('LD-03', '随迁子女入学', "School enrolment of migrants' children", LONG, {
        start: 'community',
      }),
    ],
  },
  {
    code: 'MQ',
    zh: '民营企业',
    en: 'Private enterprises',
    items: [
      i('MQ-01', '民营企业信息采集', 'Private enterprise data collection', ROUTINE),
      i('MQ-02', '企业诉求', 'Enterprise requests', ROUTINE, { start: 'street' }),
      i('MQ-03', '个体工商户服务', 'Services to self-employed businesses', ROUTINE),
    ],
  },
  {
    code: 'CG',
    zh: '城市管理',
    en: 'City management',
    items: [
      i('CG-01', '市容环境', 'City appearance', PROMPT),
      i('CG-02', '占道经营', 'Street vending', PROMPT, { parent: 'CG-01' }),
      i('CG-03', '乱堆乱放', 'Clutter and illegal dumping', PROMPT, { parent: 'CG-01' }),
      i('CG-04', '违法建设', 'Illegal construction', LONG, { start: 'community' }),
      i('CG-05', '井盖破损缺失', 'Damaged or missing manhole cover', URGENT),
      i('CG-06', '供暖管网故障', 'Heating pipe failure', SAFETY, { start: 'community' }),
    ],
  },
  {
    code: 'WJ',
    zh: '卫生健康',
    en: 'Health',
    items: [
      i('WJ-01', '家庭医生签约', 'Family doctor registration', ROUTINE),
      i('WJ-02', '疫情防控', 'Epidemic prevention', URGENT),
      i('WJ-03', '计划生育奖励扶助', 'Family-planning support', LONG),
      i('WJ-04', '爱国卫生运动', 'Public sanitation campaign', ROUTINE),
    ],
  },
  {
    code: 'SJ',
    zh: '市场监管',
    en: 'Market regulation',
    items: [
      i('SJ-01', '食品安全', 'Food safety', SAFETY),
      i('SJ-02', '价格违法', 'Price violations', PROMPT),
      i('SJ-03', '无照经营', 'Unlicensed business', ROUTINE),
    ],
  },
];

/**
 * The 11 functional departments (职能部门) of the demo district, e.g. `d-sb` 社会保障 (Social
 * security) or `d-yj` 应急管理 (Emergency management).
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().departments.map((department) => department.name.zh).slice(0, 3);
 * // ['社会保障', '综合治理', '应急管理']
 * ```
 */
export function demoDepartments(): Department[] {
  return CATALOGUE.map(({ code, zh, en }) => ({
    id: `d-${code.toLowerCase()}`,
    code,
    name: { zh, en },
  }));
}

/**
 * The 43 work items (事项) of the catalogue, each with a deadline for its start level and every
 * level above it: urgent safety items in hours, casework in working days.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict().categories.find((category) => category.code === 'YJ-02');
 * // { code: 'YJ-02', name: { zh: '消防通道堵塞', en: 'Blocked fire escape' }, startLevel: 'grid', … }
 * ```
 */
export function demoCategories(): Category[] {
  return CATALOGUE.flatMap((department) =>
    department.items.map((item): Category => {
      const startLevel = item.start ?? 'grid';
      const deadlines: Category['deadlines'] = {};
      for (const level of LEVELS.slice(LEVELS.indexOf(startLevel))) {
        deadlines[level] = { ...item.deadlines[level] };
      }
      return {
        code: item.code,
        departmentId: `d-${department.code.toLowerCase()}`,
        ...(item.parent === undefined ? {} : { parentCode: item.parent }),
        name: { zh: item.zh, en: item.en },
        startLevel,
        deadlines,
      };
    }),
  );
}
