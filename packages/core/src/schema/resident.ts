import * as z from 'zod/mini';
import { Id } from './id.js';
import { PersonName } from './person-name.js';
import { MobilePhone } from './phone.js';
import { ResidentIdNumber } from './resident-id-number.js';

/**
 * Circumstances for which a grid watches over a resident; each is sensitive personal information
 * (敏感个人信息) under the Personal Information Protection Law:
 * `elderly-living-alone` 独居高龄老人, `subsidy-family` 特殊家庭 / 低保, `disabled` 残疾人,
 * `left-behind-child` 留守儿童, `veteran` 退役军人, `serious-illness` 重病,
 * `key-care` 重点关注人员.
 *
 * @example
 * ```ts
 * import { SENSITIVITY_FLAGS } from '@wangge/core';
 * SENSITIVITY_FLAGS.includes('elderly-living-alone'); // true
 * ```
 */
export const SENSITIVITY_FLAGS = [
  'elderly-living-alone',
  'subsidy-family',
  'disabled',
  'left-behind-child',
  'veteran',
  'serious-illness',
  'key-care',
] as const;

/**
 * One sensitivity flag of a resident.
 *
 * @example
 * ```ts
 * import { SensitivityFlag } from '@wangge/core';
 * SensitivityFlag.parse('subsidy-family');
 * ```
 */
export const SensitivityFlag = /* @__PURE__ */ (() => z.enum(SENSITIVITY_FLAGS))();
/** A sensitivity flag. */
export type SensitivityFlag = z.output<typeof SensitivityFlag>;

/**
 * A resident (居民) of a household. Name, mobile and birth year are personal data; the identity
 * number and the flags are sensitive personal data (see `PERSONAL_DATA`): widgets mask them by
 * default.
 *
 * @example
 * ```ts
 * import { Resident } from '@wangge/core';
 * Resident.parse({ id: 'r-1', householdId: 'h-1', name: '王秀英', birthYear: 1938, flags: ['elderly-living-alone'] });
 * ```
 */
export const Resident = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    householdId: Id,
    name: PersonName,
    idNumber: z.optional(ResidentIdNumber),
    mobile: z.optional(MobilePhone),
    birthYear: z.optional(z.int().check(z.gte(1850), z.lte(2200))),
    partyMember: z.optional(z.boolean()),
    flags: z.optional(z.array(SensitivityFlag)),
  }))();
/** A resident. */
export type Resident = z.output<typeof Resident>;
