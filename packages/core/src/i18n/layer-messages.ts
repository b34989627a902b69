import type { LocalizedText } from './localized-text.js';

/**
 * The codes of the problems `validateGridLayer` finds in a grid layer (网格图层). Each is stable:
 * a GIS tool may filter or count issues by code.
 *
 * - `duplicate_feature_id`: two features have the same `properties.id`.
 * - `unclosed_ring`: a ring's last position differs from its first.
 * - `degenerate_ring`: a ring has fewer than 3 distinct positions, or no area.
 * - `self_intersection`: two edges of one ring cross or touch (a bow-tie, a spike, a pinch).
 * - `hole_outside_shell`: a hole of a polygon lies (partly) outside its exterior ring.
 * - `overlap`: two sibling units overlap (ordinary with ordinary, or exclusive with exclusive).
 * - `gap`: part of a parent unit is covered by none of its ordinary children.
 * - `outside_parent`: part of a unit lies outside its parent unit.
 * - `unknown_parent`: `parentId` names no feature of the layer.
 * - `wrong_parent_level`: the parent is not of the level directly above the unit.
 * - `area_check_failed`: the overlap, gap or containment of a unit could not be computed (the
 *   polygon clipper gave up on its geometry; fix its rings first).
 * - `too_many_issues`: the list was cut at `maxIssues`.
 *
 * @example
 * ```ts
 * import type { LayerIssueCode } from '@wangge/core/layers';
 * const code: LayerIssueCode = 'overlap';
 * ```
 */
export type LayerIssueCode =
  | 'duplicate_feature_id'
  | 'unclosed_ring'
  | 'degenerate_ring'
  | 'self_intersection'
  | 'hole_outside_shell'
  | 'overlap'
  | 'gap'
  | 'outside_parent'
  | 'unknown_parent'
  | 'wrong_parent_level'
  | 'area_check_failed'
  | 'too_many_issues';

/**
 * What a layer message may mention: feature ids, levels, areas and counts. Never a unit's name or
 * any other property, which a layer exported from a government system may fill with personal data.
 *
 * @example
 * ```ts
 * import type { LayerMessageParams } from '@wangge/core/layers';
 * const params: LayerMessageParams = { ids: ['g-1', 'g-2'], areaSquareMetres: 12.5 };
 * ```
 */
export interface LayerMessageParams {
  /** The ids of the features concerned, in the order the message names them. */
  readonly ids?: readonly string[];
  /** The level of the parent that was expected (`community`, …). */
  readonly expectedLevel?: string;
  /** The level actually found. */
  readonly actualLevel?: string;
  /** The area of the problem, in square metres. */
  readonly areaSquareMetres?: number;
  /** A count or a limit. */
  readonly count?: number;
}

/**
 * One entry of {@link LAYER_MESSAGES}: the expected value and the message of a code, built from
 * its parameters.
 *
 * @example
 * ```ts
 * import { LAYER_MESSAGES, type LayerMessageEntry } from '@wangge/core/layers';
 * const entry: LayerMessageEntry = LAYER_MESSAGES.gap;
 * entry.message({ ids: ['c-1'], areaSquareMetres: 40 }).en;
 * // "Part of 'c-1' (about 40 m²) is covered by none of its ordinary children."
 * ```
 */
export interface LayerMessageEntry {
  readonly expected: (p: LayerMessageParams) => LocalizedText;
  readonly message: (p: LayerMessageParams) => LocalizedText;
}

const LEVEL_NAMES: Readonly<Record<string, LocalizedText>> = {
  district: { 'zh-CN': '区', en: 'district' },
  street: { 'zh-CN': '街道/乡镇', en: 'street or town' },
  community: { 'zh-CN': '社区/村', en: 'community or village' },
  grid: { 'zh-CN': '网格', en: 'grid' },
  'micro-grid': { 'zh-CN': '微网格', en: 'micro-grid' },
};

const level = (name: string | undefined, locale: 'zh-CN' | 'en'): string =>
  name === undefined ? '' : (LEVEL_NAMES[name]?.[locale] ?? name);
const id = (p: LayerMessageParams, i: number) => p.ids?.[i] ?? '';
const q = (text: string) => `“${text}”`;
const qe = (text: string) => `'${text}'`;
// Areas are rounded for reading; the exact figure is in the issue's `areaSquareMetres`.
const area = (p: LayerMessageParams): string => {
  const m2 = p.areaSquareMetres ?? 0;
  return m2 >= 100 ? String(Math.round(m2)) : String(Math.round(m2 * 100) / 100);
};

/**
 * Messages of the grid-layer codes, in zh-CN and en, built from {@link LayerMessageParams}.
 *
 * @example
 * ```ts
 * import { LAYER_MESSAGES } from '@wangge/core/layers';
 * LAYER_MESSAGES.overlap.message({ ids: ['g-1', 'g-2'], areaSquareMetres: 250 }).en;
 * // "'g-1' and 'g-2' overlap (about 250 m²): sibling units must not share area."
 * ```
 */
export const LAYER_MESSAGES: Readonly<Record<LayerIssueCode, LayerMessageEntry>> = {
  duplicate_feature_id: {
    expected: () => ({ 'zh-CN': '唯一的要素 id', en: 'a unique feature id' }),
    message: (p) => ({
      'zh-CN': `要素 id ${q(id(p, 0))} 重复：图层中每个要素的 properties.id 必须唯一。`,
      en: `The feature id ${qe(id(p, 0))} is used more than once: every feature's properties.id must be unique in the layer.`,
    }),
  },
  unclosed_ring: {
    expected: () => ({
      'zh-CN': '首尾坐标相同的闭合环',
      en: 'a closed ring (last position equal to the first)',
    }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 的一个环未闭合：最后一个坐标应与第一个坐标相同。`,
      en: `A ring of ${qe(id(p, 0))} is not closed: its last position must equal its first.`,
    }),
  },
  degenerate_ring: {
    expected: () => ({
      'zh-CN': '至少 3 个不同坐标且面积不为零的环',
      en: 'a ring with at least 3 distinct positions and a non-zero area',
    }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 的一个环退化：不同坐标少于 3 个，或面积为零。`,
      en: `A ring of ${qe(id(p, 0))} is degenerate: it has fewer than 3 distinct positions or no area.`,
    }),
  },
  self_intersection: {
    expected: () => ({ 'zh-CN': '不自相交的环', en: 'a ring that does not cross itself' }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 的一个环自相交或自接触（见 location）。`,
      en: `A ring of ${qe(id(p, 0))} crosses or touches itself (see location).`,
    }),
  },
  hole_outside_shell: {
    expected: () => ({ 'zh-CN': '位于外环之内的内环', en: 'a hole inside its exterior ring' }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 的一个内环（洞）超出了外环。`,
      en: `A hole of ${qe(id(p, 0))} lies outside its exterior ring.`,
    }),
  },
  overlap: {
    expected: () => ({ 'zh-CN': '互不重叠的同级单元', en: 'sibling units that do not overlap' }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 与 ${q(id(p, 1))} 重叠（约 ${area(p)} 平方米）：同级单元不应共用面积。`,
      en: `${qe(id(p, 0))} and ${qe(id(p, 1))} overlap (about ${area(p)} m²): sibling units must not share area.`,
    }),
  },
  gap: {
    expected: () => ({
      'zh-CN': '被下级普通单元完全覆盖的上级单元',
      en: 'a parent unit fully covered by its ordinary children',
    }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 有一处（约 ${area(p)} 平方米）不属于任何下级普通单元。`,
      en: `Part of ${qe(id(p, 0))} (about ${area(p)} m²) is covered by none of its ordinary children.`,
    }),
  },
  outside_parent: {
    expected: (p) => ({
      'zh-CN': `位于上级 ${q(id(p, 1))} 之内的单元`,
      en: `a unit inside its parent ${qe(id(p, 1))}`,
    }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 有约 ${area(p)} 平方米超出其上级 ${q(id(p, 1))}。`,
      en: `About ${area(p)} m² of ${qe(id(p, 0))} lies outside its parent ${qe(id(p, 1))}.`,
    }),
  },
  unknown_parent: {
    expected: (p) => ({
      'zh-CN': `图层中已有${level(p.expectedLevel, 'zh-CN')}的 id`,
      en: `the id of a ${level(p.expectedLevel, 'en')} in the layer`,
    }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 的上级 ${q(id(p, 1))} 不在图层中。`,
      en: `The parent ${qe(id(p, 1))} of ${qe(id(p, 0))} is not in the layer.`,
    }),
  },
  wrong_parent_level: {
    expected: (p) => ({
      'zh-CN': `${level(p.expectedLevel, 'zh-CN')}的 id`,
      en: `the id of a ${level(p.expectedLevel, 'en')}`,
    }),
    message: (p) => ({
      'zh-CN': `${q(id(p, 0))} 的上级 ${q(id(p, 1))} 是${level(p.actualLevel, 'zh-CN')}，应为${level(p.expectedLevel, 'zh-CN')}。`,
      en: `The parent ${qe(id(p, 1))} of ${qe(id(p, 0))} is a ${level(p.actualLevel, 'en')}; a ${level(p.expectedLevel, 'en')} is expected.`,
    }),
  },
  area_check_failed: {
    expected: () => ({
      'zh-CN': '可以进行面运算的几何图形',
      en: 'a geometry that polygon operations can handle',
    }),
    message: (p) => ({
      'zh-CN': `无法计算 ${p.ids?.map(q).join('、') ?? ''} 的重叠、缝隙或包含关系；请先修正其环的问题。`,
      en: `The overlap, gap or containment of ${p.ids?.map(qe).join(', ') ?? ''} could not be computed; fix its rings first.`,
    }),
  },
  too_many_issues: {
    expected: () => ({ 'zh-CN': '更少的问题', en: 'fewer problems' }),
    message: (p) => ({
      'zh-CN': `问题过多，仅列出前 ${p.count ?? 0} 个；请先修正这些问题后再检查。`,
      en: `Too many problems: only the first ${p.count ?? 0} are listed; fix them and check again.`,
    }),
  },
};
