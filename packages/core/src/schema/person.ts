import * as z from 'zod/mini';
import { Id } from './id.js';
import { PersonName } from './person-name.js';
import { MobilePhone } from './phone.js';

const unitIds = /* @__PURE__ */ (() => z.array(Id).check(z.minLength(1), z.maxLength(200)))();

/**
 * What a person does and for which units. Each role names the units it serves; `loadDistrict`
 * checks that they exist and are of the right kind (a grid worker serves grids or micro-grids, a
 * community cadre serves communities, …).
 *
 * - `grid-worker` 网格员, full-time (专职) or part-time (兼职): grids or micro-grids;
 * - `grid-chief` 网格长: grids;
 * - `building-head` 楼栋长 / 楼院长: micro-grids;
 * - `community-cadre` 社区干部: communities;
 * - `street-cadre` 街道干部: streets;
 * - `command-operator` 区综治指挥中心操作员: the district;
 * - `department-staff` 职能部门工作人员: a department;
 * - `volunteer` 志愿者: any units.
 *
 * @example
 * ```ts
 * import { RoleAssignment } from '@wangge/core';
 * RoleAssignment.parse({ role: 'grid-worker', employment: 'full-time', unitIds: ['g-3'] });
 * ```
 */
export const RoleAssignment = /* @__PURE__ */ (() =>
  z.discriminatedUnion('role', [
    z.strictObject({
      role: z.literal('grid-worker'),
      employment: z.enum(['full-time', 'part-time']),
      unitIds,
    }),
    z.strictObject({ role: z.literal('grid-chief'), unitIds }),
    z.strictObject({ role: z.literal('building-head'), unitIds }),
    z.strictObject({ role: z.literal('community-cadre'), unitIds }),
    z.strictObject({ role: z.literal('street-cadre'), unitIds }),
    z.strictObject({ role: z.literal('command-operator'), unitIds }),
    z.strictObject({ role: z.literal('department-staff'), departmentId: Id }),
    z.strictObject({ role: z.literal('volunteer'), unitIds }),
  ]))();
/** A role and the units (or department) it serves. */
export type RoleAssignment = z.output<typeof RoleAssignment>;
/** The name of a role, e.g. `grid-worker`. */
export type Role = RoleAssignment['role'];

/**
 * A person who works in or for the grid system: grid workers, chiefs, cadres, operators,
 * department staff, volunteers. The mobile number is personal data (see `PERSONAL_DATA`).
 *
 * @example
 * ```ts
 * import { Person } from '@wangge/core';
 * Person.parse({
 *   id: 'p-1', name: '李明', mobile: '13800138000', partyMember: true,
 *   roles: [{ role: 'grid-worker', employment: 'full-time', unitIds: ['g-3'] }],
 * });
 * ```
 */
export const Person = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: PersonName,
    mobile: z.optional(MobilePhone),
    /** A party member (党员). */
    partyMember: z.optional(z.boolean()),
    /** A cadre sent down from a district organ (下沉干部). */
    sentDown: z.optional(z.boolean()),
    /** Skills or tags used when choosing a handler, e.g. `plumbing`, `mediation`. */
    skills: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)))),
    roles: z.array(RoleAssignment).check(z.minLength(1)),
  }))();
/** A person of the grid system. */
export type Person = z.output<typeof Person>;
