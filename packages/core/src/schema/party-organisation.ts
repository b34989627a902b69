import * as z from 'zod/mini';
import { Id, UnitName } from './id.js';
import { Timestamp } from './timestamp.js';

/**
 * A community party committee (社区党委), the top of the party organisation tree that mirrors
 * the grid tree.
 *
 * @example
 * ```ts
 * import { CommunityCommittee } from '@wangge/core';
 * CommunityCommittee.parse({ kind: 'community-committee', id: 'pc-1', name: '老军营社区党委', communityId: 'ljy-1' });
 * ```
 */
export const CommunityCommittee = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('community-committee'),
    id: Id,
    name: UnitName,
    communityId: Id,
  }))();

/**
 * A grid party branch (网格党支部), under the committee of its grid's community.
 *
 * @example
 * ```ts
 * import { GridBranch } from '@wangge/core';
 * GridBranch.parse({ kind: 'grid-branch', id: 'pb-1', name: '第三网格党支部', gridId: 'g-3', committeeId: 'pc-1' });
 * ```
 */
export const GridBranch = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('grid-branch'),
    id: Id,
    name: UnitName,
    gridId: Id,
    committeeId: Id,
  }))();

/**
 * A micro-grid party group (微网格党小组), under the branch of its micro-grid's grid.
 *
 * @example
 * ```ts
 * import { MicroGridGroup } from '@wangge/core';
 * MicroGridGroup.parse({ kind: 'micro-grid-group', id: 'pg-1', name: '1号楼院党小组', microGridId: 'm-1', branchId: 'pb-1' });
 * ```
 */
export const MicroGridGroup = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('micro-grid-group'),
    id: Id,
    name: UnitName,
    microGridId: Id,
    branchId: Id,
  }))();

/**
 * A party-member lead household (党员中心户): a household of the group's micro-grid whose party
 * member keeps in touch with the households around it.
 *
 * @example
 * ```ts
 * import { LeadHousehold } from '@wangge/core';
 * LeadHousehold.parse({ kind: 'lead-household', id: 'lh-1', householdId: 'h-1', groupId: 'pg-1' });
 * ```
 */
export const LeadHousehold = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('lead-household'),
    id: Id,
    householdId: Id,
    groupId: Id,
    /** The party member (a resident of the household) who leads it. */
    residentId: z.optional(Id),
  }))();

/**
 * A temporary party branch (临时党支部), set up for an area (e.g. a lockdown zone 封控区 or a
 * campaign) and a time span, under an existing committee or branch.
 *
 * @example
 * ```ts
 * import { TemporaryBranch } from '@wangge/core';
 * TemporaryBranch.parse({
 *   kind: 'temporary-branch', id: 'tb-1', name: '封控区临时党支部', parentId: 'pc-1',
 *   areaUnitIds: ['g-3'], from: '2026-03-01T00:00:00+08:00', to: '2026-03-15T00:00:00+08:00',
 * });
 * ```
 */
export const TemporaryBranch = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('temporary-branch'),
    id: Id,
    name: UnitName,
    parentId: Id,
    /** The units (grids, micro-grids, communities) the branch covers. */
    areaUnitIds: z.array(Id).check(z.minLength(1)),
    from: Timestamp,
    to: Timestamp,
    purpose: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  }))();

/**
 * Any organisation of the party tree (党组织): committee → branch → group → lead household,
 * plus temporary branches.
 *
 * @example
 * ```ts
 * import { PartyOrganisation } from '@wangge/core';
 * PartyOrganisation.parse({ kind: 'community-committee', id: 'pc-1', name: '老军营社区党委', communityId: 'ljy-1' });
 * ```
 */
export const PartyOrganisation = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    CommunityCommittee,
    GridBranch,
    MicroGridGroup,
    LeadHousehold,
    TemporaryBranch,
  ]))();
/** A party organisation. */
export type PartyOrganisation = z.output<typeof PartyOrganisation>;
/** A community party committee (社区党委). */
export type CommunityCommittee = z.output<typeof CommunityCommittee>;
/** A grid party branch (网格党支部). */
export type GridBranch = z.output<typeof GridBranch>;
/** A micro-grid party group (微网格党小组). */
export type MicroGridGroup = z.output<typeof MicroGridGroup>;
/** A party-member lead household (党员中心户). */
export type LeadHousehold = z.output<typeof LeadHousehold>;
/** A temporary party branch (临时党支部). */
export type TemporaryBranch = z.output<typeof TemporaryBranch>;
