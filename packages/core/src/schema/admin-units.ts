import * as z from 'zod/mini';
import { DivisionCode, GridCode } from './division-code.js';
import { Id, UnitName } from './id.js';

const NameEn = /* @__PURE__ */ (() =>
  z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))))();

/**
 * A district (区, or county 县): the root of the administrative tree. Its optional GB/T 2260
 * `divisionCode` is checked against its grids' codes.
 *
 * @example
 * ```ts
 * import { District } from '@wangge/core';
 * District.parse({ id: 'yingze', name: '迎泽区', nameEn: 'Yingze District', divisionCode: '140106' });
 * ```
 */
export const District = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: UnitName,
    nameEn: NameEn,
    divisionCode: z.optional(DivisionCode),
  }))();
/** A district (区). */
export type District = z.output<typeof District>;

/**
 * A street (街道) or town (乡镇) of a district: the third handling level (街镇接诊).
 *
 * @example
 * ```ts
 * import { Street } from '@wangge/core';
 * Street.parse({ id: 'laojunying', name: '老军营街道', kind: 'street', districtId: 'yingze' });
 * ```
 */
export const Street = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: UnitName,
    nameEn: NameEn,
    /** `street` (街道, urban) or `town` (乡镇, rural). */
    kind: z.enum(['street', 'town']),
    districtId: Id,
  }))();
/** A street or town (街镇). */
export type Street = z.output<typeof Street>;

/**
 * A community (社区) or village (村) of a street: the second handling level (村社坐诊).
 *
 * @example
 * ```ts
 * import { Community } from '@wangge/core';
 * Community.parse({ id: 'ljy-1', name: '老军营社区', kind: 'community', streetId: 'laojunying' });
 * ```
 */
export const Community = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: UnitName,
    nameEn: NameEn,
    /** `community` (社区, urban) or `village` (村, rural). */
    kind: z.enum(['community', 'village']),
    streetId: Id,
  }))();
/** A community or village (村社). */
export type Community = z.output<typeof Community>;

/**
 * What an exclusive grid (专属网格) covers: one institution inside an ordinary area.
 *
 * @example
 * ```ts
 * import { Institution } from '@wangge/core';
 * Institution.parse({ name: '山西省人民医院', type: 'hospital' });
 * ```
 */
export const Institution = /* @__PURE__ */ (() =>
  z.strictObject({
    name: UnitName,
    type: z.enum(['school', 'hospital', 'market', 'enterprise-park', 'government', 'other']),
    /** The resident unit (驻区单位) record of the institution, when there is one. */
    residentUnitId: z.optional(Id),
  }))();
/** The institution of an exclusive grid. */
export type Institution = z.output<typeof Institution>;

/**
 * A grid (网格) of a community: the first handling level (网格首诊). An ordinary grid
 * (普通网格) covers an area; an exclusive grid (专属网格) covers one institution inside an
 * ordinary area and wins over it when a point lies in both. `institution` is required for an
 * exclusive grid and refused for an ordinary one (checked by `loadDistrict`).
 *
 * @example
 * ```ts
 * import { Grid } from '@wangge/core';
 * Grid.parse({ id: 'ljy-1-g03', name: '第三网格', kind: 'ordinary', communityId: 'ljy-1' });
 * ```
 */
export const Grid = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: UnitName,
    kind: z.enum(['ordinary', 'exclusive']),
    communityId: Id,
    gridCode: z.optional(GridCode),
    institution: z.optional(Institution),
  }))();
/** A grid (网格). */
export type Grid = z.output<typeof Grid>;

/**
 * A micro-grid (微网格) of a grid: a few buildings or a courtyard, the base of a 15-minute
 * service circle (15分钟服务圈). `communityId` may repeat the grid's community (as many exports
 * do); `loadDistrict` checks that the two agree.
 *
 * @example
 * ```ts
 * import { MicroGrid } from '@wangge/core';
 * MicroGrid.parse({ id: 'ljy-1-g03-m1', name: '1号楼院', gridId: 'ljy-1-g03' });
 * ```
 */
export const MicroGrid = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: UnitName,
    gridId: Id,
    communityId: z.optional(Id),
  }))();
/** A micro-grid (微网格). */
export type MicroGrid = z.output<typeof MicroGrid>;

/**
 * The kinds of unit in the administrative tree, from the root down.
 *
 * @example
 * ```ts
 * import { UNIT_KINDS } from '@wangge/core';
 * UNIT_KINDS[0]; // 'district'
 * ```
 */
export const UNIT_KINDS = ['district', 'street', 'community', 'grid', 'micro-grid'] as const;
/** `district`, `street`, `community`, `grid` or `micro-grid`. */
export type UnitKind = (typeof UNIT_KINDS)[number];
