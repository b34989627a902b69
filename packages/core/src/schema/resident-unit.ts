import * as z from 'zod/mini';
import { Id, UnitName } from './id.js';
import { PersonName } from './person-name.js';
import { PhoneNumber } from './phone.js';

/**
 * A resident unit (驻区单位 / 驻地单位): an organ, enterprise, school or other institution located
 * in the district that co-builds with its grid (共建). Non-public enterprises (非公企业) included.
 *
 * @example
 * ```ts
 * import { ResidentUnit } from '@wangge/core';
 * ResidentUnit.parse({ id: 'ru-1', name: '太原市第五中学', kind: 'school', unitId: 'g-3' });
 * ```
 */
export const ResidentUnit = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    name: UnitName,
    kind: z.enum([
      'government',
      'state-enterprise',
      'non-public-enterprise',
      'school',
      'hospital',
      'market',
      'social-organisation',
      'other',
    ]),
    /** The grid or community where the unit is located. */
    unitId: Id,
    /** The unit's contact person (personal data). */
    contactName: z.optional(PersonName),
    phone: z.optional(PhoneNumber),
  }))();
/** A resident unit (驻区单位). */
export type ResidentUnit = z.output<typeof ResidentUnit>;
