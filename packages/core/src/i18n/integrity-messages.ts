import type { LocalizedText } from './localized-text.js';

/**
 * The kinds of record a district bundle refers to, for messages that say what was expected.
 *
 * @example
 * ```ts
 * import type { RecordKind } from '@wangge/core';
 * const kind: RecordKind = 'micro-grid';
 * ```
 */
export type RecordKind =
  | 'district'
  | 'street'
  | 'community'
  | 'grid'
  | 'micro-grid'
  | 'person'
  | 'department'
  | 'category'
  | 'resident-unit'
  | 'household'
  | 'resident'
  | 'party-organisation'
  | 'community-committee'
  | 'grid-branch'
  | 'micro-grid-group';

/**
 * The names of the record kinds in zh-CN and en.
 *
 * @example
 * ```ts
 * import { RECORD_KIND_NAMES } from '@wangge/core';
 * RECORD_KIND_NAMES['micro-grid']['zh-CN']; // '微网格'
 * ```
 */
export const RECORD_KIND_NAMES: Readonly<Record<RecordKind, LocalizedText>> = {
  district: { 'zh-CN': '区', en: 'district' },
  street: { 'zh-CN': '街道/乡镇', en: 'street or town' },
  community: { 'zh-CN': '社区/村', en: 'community or village' },
  grid: { 'zh-CN': '网格', en: 'grid' },
  'micro-grid': { 'zh-CN': '微网格', en: 'micro-grid' },
  person: { 'zh-CN': '人员', en: 'person' },
  department: { 'zh-CN': '职能部门', en: 'department' },
  category: { 'zh-CN': '事项', en: 'category' },
  'resident-unit': { 'zh-CN': '驻区单位', en: 'resident unit' },
  household: { 'zh-CN': '住户', en: 'household' },
  resident: { 'zh-CN': '居民', en: 'resident' },
  'party-organisation': { 'zh-CN': '党组织', en: 'party organisation' },
  'community-committee': { 'zh-CN': '社区党委', en: 'community party committee' },
  'grid-branch': { 'zh-CN': '网格党支部', en: 'grid party branch' },
  'micro-grid-group': { 'zh-CN': '微网格党小组', en: 'micro-grid party group' },
};

/**
 * The codes of the problems `loadDistrict` finds across a bundle (beyond each record's own
 * shape, which zod checks).
 *
 * @example
 * ```ts
 * import type { IntegrityCode } from '@wangge/core';
 * const code: IntegrityCode = 'unknown_reference';
 * ```
 */
export type IntegrityCode =
  | 'duplicate_id'
  | 'duplicate_code'
  | 'unknown_reference'
  | 'wrong_reference_kind'
  | 'micro_grid_community_mismatch'
  | 'institution_required'
  | 'institution_not_allowed'
  | 'grid_code_mismatch'
  | 'cycle'
  | 'missing_deadline'
  | 'party_tree_mismatch'
  | 'invalid_time_span'
  | 'unit_not_served'
  | 'too_many_issues';

/** What an integrity message may mention: ids and codes (never personal data), kinds, levels. */
export interface IntegrityParams {
  /** The id or code concerned. */
  readonly id?: string;
  /** The kinds of record that were expected. */
  readonly expected?: readonly RecordKind[];
  /** The kind of record actually found. */
  readonly actual?: RecordKind;
  /** A handling level, a limit or another detail. */
  readonly detail?: string;
}

/**
 * One entry of {@link INTEGRITY_MESSAGES}: the expected value and the message of a code, built
 * from its parameters.
 *
 * @example
 * ```ts
 * import { INTEGRITY_MESSAGES, type IntegrityEntry } from '@wangge/core';
 * const entry: IntegrityEntry = INTEGRITY_MESSAGES.cycle;
 * entry.message({ id: 'ZZ-01' }).en; // "The chain of parents of 'ZZ-01' forms a cycle."
 * ```
 */
export interface IntegrityEntry {
  readonly expected: (p: IntegrityParams) => LocalizedText;
  readonly message: (p: IntegrityParams) => LocalizedText;
}

const kinds = (list: readonly RecordKind[] | undefined, locale: 'zh-CN' | 'en'): string =>
  (list ?? []).map((k) => RECORD_KIND_NAMES[k][locale]).join(locale === 'en' ? ' or ' : '或');
const q = (id: string | undefined) => `“${id ?? ''}”`;
const qe = (id: string | undefined) => `'${id ?? ''}'`;

/**
 * Messages of the integrity codes, in zh-CN and en, built from {@link IntegrityParams}.
 *
 * @example
 * ```ts
 * import { INTEGRITY_MESSAGES } from '@wangge/core';
 * INTEGRITY_MESSAGES.unknown_reference.message({ id: 'g-9', expected: ['grid'] }).en;
 * // "No grid has the id 'g-9'."
 * ```
 */
export const INTEGRITY_MESSAGES: Readonly<Record<IntegrityCode, IntegrityEntry>> = {
  duplicate_id: {
    expected: () => ({ 'zh-CN': '唯一的 id', en: 'a unique id' }),
    message: (p) => ({
      'zh-CN': `id ${q(p.id)} 重复：每条记录的 id 在整个数据包中必须唯一。`,
      en: `The id ${qe(p.id)} is used more than once: every record's id must be unique in the bundle.`,
    }),
  },
  duplicate_code: {
    expected: () => ({ 'zh-CN': '唯一的编码', en: 'a unique code' }),
    message: (p) => ({
      'zh-CN': `编码 ${q(p.id)} 重复：同类记录的编码必须唯一。`,
      en: `The code ${qe(p.id)} is used more than once: codes must be unique among records of a kind.`,
    }),
  },
  unknown_reference: {
    expected: (p) => ({
      'zh-CN': `已有${kinds(p.expected, 'zh-CN')}的 id`,
      en: `the id of an existing ${kinds(p.expected, 'en')}`,
    }),
    message: (p) => ({
      'zh-CN': `找不到 id 为 ${q(p.id)} 的${kinds(p.expected, 'zh-CN')}。`,
      en: `No ${kinds(p.expected, 'en')} has the id ${qe(p.id)}.`,
    }),
  },
  wrong_reference_kind: {
    expected: (p) => ({
      'zh-CN': `${kinds(p.expected, 'zh-CN')}的 id`,
      en: `the id of a ${kinds(p.expected, 'en')}`,
    }),
    message: (p) => ({
      'zh-CN': `${q(p.id)} 是${kinds(p.actual ? [p.actual] : [], 'zh-CN')}，此处应为${kinds(p.expected, 'zh-CN')}。`,
      en: `${qe(p.id)} is a ${kinds(p.actual ? [p.actual] : [], 'en')}; a ${kinds(p.expected, 'en')} is expected here.`,
    }),
  },
  micro_grid_community_mismatch: {
    expected: (p) => ({
      'zh-CN': `所属网格的社区 ${q(p.detail)}`,
      en: `its grid's community ${qe(p.detail)}`,
    }),
    message: (p) => ({
      'zh-CN': `微网格所填社区 ${q(p.id)} 与其所属网格的社区 ${q(p.detail)} 不一致。`,
      en: `The micro-grid names community ${qe(p.id)}, but its grid belongs to community ${qe(p.detail)}.`,
    }),
  },
  institution_required: {
    expected: () => ({
      'zh-CN': '专属网格的单位信息',
      en: 'the institution of the exclusive grid',
    }),
    message: () => ({
      'zh-CN': '专属网格必须填写其覆盖的单位（institution）。',
      en: 'An exclusive grid must name the institution it covers (institution).',
    }),
  },
  institution_not_allowed: {
    expected: () => ({ 'zh-CN': '无单位信息', en: 'no institution' }),
    message: () => ({
      'zh-CN': '普通网格不应填写单位（institution）；覆盖单个单位的网格应为专属网格（exclusive）。',
      en: 'An ordinary grid has no institution; a grid that covers one institution is exclusive.',
    }),
  },
  grid_code_mismatch: {
    expected: (p) => ({
      'zh-CN': `以区划代码 ${p.detail ?? ''} 开头的网格编码`,
      en: `a grid code starting with the division code ${p.detail ?? ''}`,
    }),
    message: (p) => ({
      'zh-CN': `网格编码 ${q(p.id)} 应以本区区划代码 ${p.detail ?? ''} 开头。`,
      en: `The grid code ${qe(p.id)} must start with the district's division code ${p.detail ?? ''}.`,
    }),
  },
  cycle: {
    expected: () => ({ 'zh-CN': '无循环的上下级关系', en: 'a hierarchy without cycles' }),
    message: (p) => ({
      'zh-CN': `${q(p.id)} 的上级链条形成循环。`,
      en: `The chain of parents of ${qe(p.id)} forms a cycle.`,
    }),
  },
  missing_deadline: {
    expected: (p) => ({
      'zh-CN': `${p.detail ?? ''} 级的办理时限`,
      en: `a deadline for the ${p.detail ?? ''} level`,
    }),
    message: (p) => ({
      'zh-CN': `事项 ${q(p.id)} 缺少 ${p.detail ?? ''} 级的办理时限：起始层级及以上每一级都需要时限。`,
      en: `Category ${qe(p.id)} has no deadline for the ${p.detail ?? ''} level: its start level and every level above need one.`,
    }),
  },
  party_tree_mismatch: {
    expected: (p) => ({
      'zh-CN': `与网格树对应的${kinds(p.expected, 'zh-CN')}`,
      en: `the ${kinds(p.expected, 'en')} that mirrors the grid tree`,
    }),
    message: (p) => ({
      'zh-CN': `党组织 ${q(p.id)} 的上级${kinds(p.expected, 'zh-CN')}与网格树不对应（${p.detail ?? ''}）。`,
      en: `The parent ${kinds(p.expected, 'en')} of ${qe(p.id)} does not mirror the grid tree (${p.detail ?? ''}).`,
    }),
  },
  invalid_time_span: {
    expected: () => ({ 'zh-CN': '结束时间晚于开始时间', en: 'an end after the start' }),
    message: () => ({
      'zh-CN': '结束时间必须晚于开始时间。',
      en: 'The end must come after the start.',
    }),
  },
  unit_not_served: {
    expected: () => ({ 'zh-CN': '该人员服务的单元', en: 'a unit the person serves' }),
    message: (p) => ({
      'zh-CN': `人员 ${q(p.id)} 没有服务单元 ${q(p.detail)} 的角色，不能在此值班。`,
      en: `Person ${qe(p.id)} has no role serving unit ${qe(p.detail)}, so cannot be on duty there.`,
    }),
  },
  too_many_issues: {
    expected: () => ({ 'zh-CN': '更少的问题', en: 'fewer problems' }),
    message: (p) => ({
      'zh-CN': `问题过多，仅列出前 ${p.detail ?? ''} 个；请先修正这些问题后再检查。`,
      en: `Too many problems: only the first ${p.detail ?? ''} are listed; fix them and check again.`,
    }),
  },
};
