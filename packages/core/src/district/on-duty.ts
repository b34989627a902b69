import { WanggeError } from '../errors/wangge-error.js';
import { MESSAGES } from '../i18n/messages.js';
import type { Person } from '../schema/person.js';
import type { LoadedDistrict } from './loaded-district.js';

/**
 * The people on duty for a unit at an instant, from the roster: those with a shift for the unit
 * that has started and not yet ended (`start ≤ at < end`).
 *
 * @param at - the instant, as a `Date` or ISO 8601 text with offset
 * @throws {@link WanggeError} `invalid_timestamp` when `at` is not a valid instant.
 *
 * @example
 * ```ts
 * import { onDuty, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * onDuty(district, 'st-laojunying-c03-g007', '2026-11-26T10:00:00+08:00').map((p) => p.name);
 * ```
 */
export function onDuty(
  district: LoadedDistrict,
  unitId: string,
  at: Date | string,
): readonly Person[] {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(time)) {
    throw new WanggeError('invalid_timestamp', MESSAGES.invalid_timestamp.message);
  }
  const people: Person[] = [];
  for (const shift of district.shiftsByUnit.get(unitId) ?? []) {
    if (Date.parse(shift.start) <= time && time < Date.parse(shift.end)) {
      const person = district.people.get(shift.personId);
      if (person && !people.includes(person)) people.push(person);
    }
  }
  return people;
}
