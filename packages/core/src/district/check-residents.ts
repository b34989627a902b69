import { resolve, type CheckContext } from './check-context.js';

/**
 * Resident units sit in a grid or community, households in a micro-grid, residents in a
 * household.
 */
export function checkResidents(ctx: CheckContext): void {
  const { bundle } = ctx;
  bundle.residentUnits.forEach((unit, i) => {
    resolve(ctx, ['residentUnits', i, 'unitId'], unit.unitId, ['grid', 'community']);
  });
  bundle.households.forEach((household, i) => {
    resolve(ctx, ['households', i, 'microGridId'], household.microGridId, ['micro-grid']);
  });
  bundle.residents.forEach((resident, i) => {
    resolve(ctx, ['residents', i, 'householdId'], resident.householdId, ['household']);
  });
}
