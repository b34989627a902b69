import type { CaseReporter } from '../schema/case-reporter.js';
import type { Household } from '../schema/household.js';
import type { Person } from '../schema/person.js';
import type { ResidentUnit } from '../schema/resident-unit.js';
import type { Resident } from '../schema/resident.js';

/**
 * How the Personal Information Protection Law (个人信息保护法) classes a field: `personal`
 * (个人信息) or `sensitive` (敏感个人信息: identity numbers, health, financial hardship, minors …).
 * Widgets mask both by default.
 *
 * @example
 * ```ts
 * import type { PersonalDataClass } from '@wangge/core';
 * const cls: PersonalDataClass = 'sensitive';
 * ```
 */
export type PersonalDataClass = 'personal' | 'sensitive';

/**
 * Which fields of which records hold personal data, and of which class. A field missing here
 * holds none. Tools that export, log or display records use it to mask or drop those fields.
 *
 * @example
 * ```ts
 * import { PERSONAL_DATA } from '@wangge/core';
 * PERSONAL_DATA.Resident.idNumber; // 'sensitive'
 * Object.keys(PERSONAL_DATA.Household); // ['address']
 * ```
 */
export const PERSONAL_DATA = {
  Resident: {
    name: 'personal',
    mobile: 'personal',
    birthYear: 'personal',
    idNumber: 'sensitive',
    flags: 'sensitive',
  },
  Household: { address: 'personal' },
  Person: { mobile: 'personal' },
  ResidentUnit: { contactName: 'personal' },
  CaseReporter: { name: 'personal', mobile: 'personal' },
} as const satisfies {
  Resident: Partial<Record<keyof Resident, PersonalDataClass>>;
  Household: Partial<Record<keyof Household, PersonalDataClass>>;
  Person: Partial<Record<keyof Person, PersonalDataClass>>;
  ResidentUnit: Partial<Record<keyof ResidentUnit, PersonalDataClass>>;
  CaseReporter: Partial<Record<keyof CaseReporter, PersonalDataClass>>;
};
