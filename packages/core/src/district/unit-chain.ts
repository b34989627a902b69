import type { LoadedDistrict, UnitRef } from './loaded-district.js';

/**
 * The chain of units from a unit up to the district: for a micro-grid, the micro-grid, its grid,
 * community, street and the district. Empty when no unit has the id. O(depth).
 *
 * @example
 * ```ts
 * import { unitChain, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * unitChain(district, 'st-laojunying-c03-g007').map((unit) => unit.record.name);
 * // ['第七网格', '双塔社区', '老军营街道', '迎泽区']
 * ```
 */
export function unitChain(district: LoadedDistrict, unitId: string): readonly UnitRef[] {
  const chain: UnitRef[] = [];
  let unit = district.units.get(unitId);
  // The tree was checked for cycles on load; the bound only guards against a forged district.
  while (unit && chain.length < 8) {
    chain.push(unit);
    unit = unit.parentId === undefined ? undefined : district.units.get(unit.parentId);
  }
  return chain;
}
