import type { Grid, MicroGrid } from '../schema/admin-units.js';
import type { Person } from '../schema/person.js';
import type { Shift } from '../schema/shift.js';
import { addDays, beijingTime } from './calendar.js';
import type { Random } from './random.js';

/**
 * Builds the roster (值班表) of one day: every full-time grid worker on their grid from 08:30 to
 * 17:30, one grid worker per community on night duty from 17:30 to 08:30 the next morning, and
 * the command centre staffed round the clock in two twelve-hour shifts.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * generateDemoDistrict({ scale: 0.05 }).shifts[0];
 * // { personId: 'p-…', unitId: '…-g001', start: '2026-11-26T08:30:00+08:00', end: '2026-11-26T17:30:00+08:00' }
 * ```
 */
export function buildRoster(
  random: Random,
  people: readonly Person[],
  units: { readonly grids: readonly Grid[]; readonly microGrids: readonly MicroGrid[] },
  day: string,
): Shift[] {
  const next = addDays(day, 1);
  const shifts: Shift[] = [];
  const communityOf = new Map<string, string>();
  for (const grid of units.grids) communityOf.set(grid.id, grid.communityId);
  for (const m of units.microGrids) communityOf.set(m.id, communityOf.get(m.gridId) ?? '');

  const workersByCommunity = new Map<string, { personId: string; unitId: string }[]>();
  const operators: { personId: string; unitId: string }[] = [];
  for (const person of people) {
    for (const role of person.roles) {
      if (role.role === 'command-operator' && role.unitIds[0] !== undefined) {
        operators.push({ personId: person.id, unitId: role.unitIds[0] });
      }
      if (role.role !== 'grid-worker') continue;
      const unitId = role.unitIds[0];
      if (unitId === undefined) continue;
      if (role.employment === 'full-time') {
        shifts.push({
          personId: person.id,
          unitId,
          start: beijingTime(day, '08:30'),
          end: beijingTime(day, '17:30'),
        });
      }
      const community = communityOf.get(unitId) ?? '';
      const list = workersByCommunity.get(community) ?? [];
      list.push({ personId: person.id, unitId });
      workersByCommunity.set(community, list);
    }
  }
  for (const list of workersByCommunity.values()) {
    const duty = random.pick(list);
    shifts.push({
      ...duty,
      start: beijingTime(day, '17:30'),
      end: beijingTime(next, '08:30'),
    });
  }
  // A third of the operators rest each day; the others split day and night.
  operators.forEach((operator, k) => {
    if (k % 3 === 2) return;
    const night = k % 3 === 1;
    shifts.push({
      ...operator,
      start: beijingTime(day, night ? '20:00' : '08:00'),
      end: beijingTime(night ? next : day, night ? '08:00' : '20:00'),
    });
  });
  return shifts;
}
