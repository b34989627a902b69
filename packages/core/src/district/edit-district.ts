import { produce, type Draft } from 'immer';
import { WanggeValidationError } from '../errors/validation-error.js';
import type { DistrictBundle } from '../schema/district-bundle.js';
import type { ParseResult } from '../validation/parse-result.js';
import { IssueCollector } from './issue-collector.js';
import { loadDistrict } from './load-district.js';
import type { LoadedDistrict } from './loaded-district.js';

/**
 * Changes a district through an immer recipe and checks the result as `loadDistrict` does: the
 * new district when every check passes, otherwise the issues (the original district is
 * untouched either way). Records the recipe leaves alone are not read again.
 *
 * @example
 * ```ts
 * import { editDistrict, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const result = editDistrict(district, (draft) => {
 *   const grid = draft.grids.find((g) => g.id === 'st-laojunying-c03-g007');
 *   if (grid) grid.name = '第七网格（双塔西街）';
 * });
 * if (result.success) console.log(result.data.units.get('st-laojunying-c03-g007'));
 * ```
 */
export function editDistrict(
  district: LoadedDistrict,
  recipe: (draft: Draft<DistrictBundle>) => void,
): ParseResult<LoadedDistrict> {
  const next = produce(district.bundle, recipe);
  if (next === district.bundle) return { success: true, data: district };
  // immer keeps every record the recipe did not touch: those were checked when `district` was
  // loaded and are not read again.
  const validated = new Set<object>();
  for (const list of Object.values(district.bundle)) {
    if (Array.isArray(list)) for (const item of list as object[]) validated.add(item);
  }
  return loadDistrict(next, { validated });
}

/**
 * Adds a person (a grid worker, cadre, volunteer …) given as untrusted data. The person is
 * validated, and their roles must name existing units of the right kinds.
 *
 * @example
 * ```ts
 * import { addPerson, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const result = addPerson(district, {
 *   id: 'p-new', name: '赵敏', mobile: '13912345678',
 *   roles: [{ role: 'grid-worker', employment: 'part-time', unitIds: ['st-laojunying-c03-g007'] }],
 * });
 * if (!result.success) console.log(result.error.format('zh-CN'));
 * ```
 */
export function addPerson(district: LoadedDistrict, person: unknown): ParseResult<LoadedDistrict> {
  return editDistrict(district, (draft) => {
    // Untrusted until loadDistrict has read it: the cast only lets it into the draft.
    draft.people.push(person as Draft<DistrictBundle['people'][number]>);
  });
}

/**
 * Moves a micro-grid (微网格) to another grid, carrying what must follow it: its community, and
 * its party group, which moves under the new grid's party branch. Households stay with the
 * micro-grid.
 *
 * @example
 * ```ts
 * import { moveMicroGrid, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * const result = moveMicroGrid(district, 'st-laojunying-c03-g007-m2', 'st-laojunying-c03-g008');
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.code));
 * ```
 */
export function moveMicroGrid(
  district: LoadedDistrict,
  microGridId: string,
  toGridId: string,
): ParseResult<LoadedDistrict> {
  const microGrid = district.units.get(microGridId);
  const grid = district.units.get(toGridId);
  const issues = new IssueCollector(10);
  if (microGrid?.kind !== 'micro-grid') {
    issues.add('unknown_reference', ['microGrids'], { id: microGridId, expected: ['micro-grid'] });
  }
  if (grid?.kind !== 'grid') {
    issues.add('unknown_reference', ['grids'], { id: toGridId, expected: ['grid'] });
  }
  if (microGrid?.kind !== 'micro-grid' || grid?.kind !== 'grid') {
    return { success: false, error: new WanggeValidationError('DistrictBundle', issues.issues) };
  }
  const branch = district.bundle.partyOrganisations.find(
    (org) => org.kind === 'grid-branch' && org.gridId === toGridId,
  );
  return editDistrict(district, (draft) => {
    for (const item of draft.microGrids) {
      if (item.id !== microGridId) continue;
      item.gridId = toGridId;
      if (item.communityId !== undefined) item.communityId = grid.record.communityId;
    }
    for (const org of draft.partyOrganisations) {
      if (org.kind === 'micro-grid-group' && org.microGridId === microGridId && branch) {
        org.branchId = branch.id;
      }
    }
  });
}
