import {
  GridIndex,
  InMemoryCaseStore,
  compileOpen311Config,
  createCaseEngine,
  type CoordinateSystem,
  type GridFeature,
  type GridLayer,
  type LoadedDistrict,
  type Open311ConfigInput,
  type Open311Profile,
} from '../../../../src/index.js';
import { caseDistrict } from '../../../fixtures/case-district.js';

/** Thursday 26 November 2026, 09:30 in Beijing: a working day. */
export const T0 = Date.parse('2026-11-26T09:30:00+08:00');

/** The district's command operator: may report in every grid (the Open311 intake account). */
export const INTAKE = 'p-7';

const box = (
  id: string,
  level: 'grid' | 'micro-grid',
  parentId: string,
  [w, s, e, n]: readonly [number, number, number, number],
  kind?: 'ordinary' | 'exclusive',
): GridFeature => ({
  type: 'Feature',
  properties: { id, level, parentId, ...(kind ? { kind } : {}) },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});

/**
 * The grids of the case district drawn as rectangles near Laojunying (老军营), Taiyuan, in
 * GCJ-02 as Chinese map data is: `LOCATION` of the case harness (112.5636, 37.8618) lies in
 * micro-grid `ljy-c1-g1-m1`; the school's exclusive grid sits inside `ljy-c1-g2`.
 */
export function caseLayer(system: CoordinateSystem = 'GCJ02'): GridLayer {
  return {
    type: 'FeatureCollection',
    coordinateSystem: system,
    features: [
      box('ljy-c1-g1', 'grid', 'ljy-c1', [112.56, 37.86, 112.57, 37.87], 'ordinary'),
      box('ljy-c1-g1-m1', 'micro-grid', 'ljy-c1-g1', [112.56, 37.86, 112.565, 37.87]),
      box('ljy-c1-g1-m2', 'micro-grid', 'ljy-c1-g1', [112.565, 37.86, 112.57, 37.87]),
      box('ljy-c1-g2', 'grid', 'ljy-c1', [112.57, 37.86, 112.58, 37.87], 'ordinary'),
      box('ljy-c1-g2-m1', 'micro-grid', 'ljy-c1-g2', [112.57, 37.86, 112.58, 37.87]),
      box('ljy-c1-x1', 'grid', 'ljy-c1', [112.572, 37.862, 112.574, 37.864], 'exclusive'),
      box('ljy-c2-g1', 'grid', 'ljy-c2', [112.56, 37.85, 112.58, 37.86], 'ordinary'),
      box('ljy-c2-g1-m1', 'micro-grid', 'ljy-c2-g1', [112.56, 37.85, 112.58, 37.86]),
      box('hz-v1-g1', 'grid', 'hz-v1', [112.58, 37.85, 112.6, 37.87], 'ordinary'),
      box('hz-v1-g1-m1', 'micro-grid', 'hz-v1-g1', [112.58, 37.85, 112.6, 37.87]),
    ],
  };
}

/** The whole area of `caseLayer`, for generating points inside it. */
export const CASE_AREA = { west: 112.56, south: 37.85, east: 112.6, north: 37.87 } as const;

/**
 * A WGS-84 layer drawn around the points of the spec's examples (San Francisco: the POST at
 * 37.76524078, -122.4212043, the request list at 37.762221815, -122.4651145), so that the spec's
 * own requests can be imported into the case district.
 */
export function specExampleLayer(): GridLayer {
  return {
    type: 'FeatureCollection',
    coordinateSystem: 'WGS84',
    features: [
      box('ljy-c1-g1', 'grid', 'ljy-c1', [-122.47, 37.76, -122.41, 37.77], 'ordinary'),
      box('ljy-c1-g1-m1', 'micro-grid', 'ljy-c1-g1', [-122.47, 37.76, -122.41, 37.77]),
    ],
  };
}

/** A district's Open311 configuration used across the tests. */
export const CONFIG: Open311ConfigInput = {
  serviceCodes: { 'CG-01': '001' },
  mediaBaseUrl: 'https://wg.example.cn',
  services: {
    'CG-01': {
      description: {
        zh: '楼道、消防通道被杂物堵塞',
        en: 'Stairwells or fire escapes blocked by clutter',
      },
      keywords: { zh: ['消防', '楼道'], en: ['fire escape', 'stairwell'] },
      serviceNotice: { zh: '社区将在 4 小时内处理', en: 'The community acts within 4 hours' },
      attributes: [
        {
          code: 'BLOCKED',
          datatype: 'singlevaluelist',
          required: true,
          order: 1,
          description: { zh: '通道是否完全堵死？', en: 'Is the passage fully blocked?' },
          values: [
            { key: 'full', name: { zh: '完全堵死', en: 'Fully blocked' } },
            { key: 'part', name: { zh: '部分堵塞', en: 'Partly blocked' } },
          ],
        },
        {
          code: 'FLOOR',
          datatype: 'number',
          order: 2,
          description: { zh: '在几楼？', en: 'Which floor?' },
          datatypeDescription: { zh: '填写数字，如 3', en: 'A number, e.g. 3' },
        },
        {
          code: 'ITEMS',
          datatype: 'multivaluelist',
          order: 3,
          description: { zh: '堆放了什么？', en: 'What is piled up?' },
          values: [
            { key: 'bike', name: { zh: '自行车', en: 'Bicycles' } },
            { key: 'box', name: { zh: '纸箱', en: 'Boxes' } },
            { key: 'furniture', name: { zh: '家具', en: 'Furniture' } },
          ],
        },
        {
          code: 'SEEN',
          datatype: 'datetime',
          order: 4,
          description: { zh: '何时发现？', en: 'When was it seen?' },
        },
        {
          code: 'NOTE',
          datatype: 'string',
          order: 5,
          description: { zh: '补充说明', en: 'Anything else' },
        },
        {
          code: 'INFO',
          variable: false,
          datatype: 'text',
          order: 6,
          description: { zh: '请勿移动他人物品。', en: 'Do not move other people’s things.' },
        },
      ],
    },
  },
};

export interface Setup {
  readonly district: LoadedDistrict;
  readonly profile: Open311Profile;
  readonly gridIndex: GridIndex;
}

/** The case district with `CONFIG` (or another configuration) and the GCJ-02 layer. */
export function setup(config: Open311ConfigInput = CONFIG, layer: GridLayer = caseLayer()): Setup {
  const district = caseDistrict();
  const profile = compileOpen311Config(config, district);
  if (!profile.success) throw new Error(profile.error.format('en'));
  return { district, profile: profile.data, gridIndex: GridIndex.fromLayer(layer) };
}

/** A fresh engine on the case district, its clock at `now()`. */
export function engineOf(district: LoadedDistrict, now: () => number) {
  const store = new InMemoryCaseStore();
  return createCaseEngine({ district, store, clock: now, alarm: { categoryCode: 'CG-01' } });
}

/** Ids from a counter: `o311-1`, `o311-cmd-1`, … */
export function counterIds(prefix = 'o311') {
  let n = 0;
  return () => {
    n += 1;
    return { caseId: `${prefix}-${String(n)}`, commandId: `${prefix}-cmd-${String(n)}` };
  };
}
