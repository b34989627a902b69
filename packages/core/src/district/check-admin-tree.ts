import { resolve, type CheckContext } from './check-context.js';

/**
 * The administrative tree: every parent exists and is of the right level, micro-grids agree with
 * their grid's community, exclusive grids name their institution (and only they do), grid codes
 * are unique and start with the district's division code.
 */
export function checkAdminTree(ctx: CheckContext): void {
  const { bundle, issues } = ctx;
  const district = bundle.district;
  bundle.streets.forEach((street, i) => {
    resolve(ctx, ['streets', i, 'districtId'], street.districtId, ['district']);
  });
  bundle.communities.forEach((community, i) => {
    resolve(ctx, ['communities', i, 'streetId'], community.streetId, ['street']);
  });
  const gridCodes = new Set<string>();
  bundle.grids.forEach((grid, i) => {
    resolve(ctx, ['grids', i, 'communityId'], grid.communityId, ['community']);
    if (grid.kind === 'exclusive' && !grid.institution) {
      issues.add('institution_required', ['grids', i, 'institution'], { id: grid.id });
    }
    if (grid.kind === 'ordinary' && grid.institution) {
      issues.add('institution_not_allowed', ['grids', i, 'institution'], { id: grid.id });
    }
    if (grid.institution?.residentUnitId !== undefined) {
      resolve(ctx, ['grids', i, 'institution', 'residentUnitId'], grid.institution.residentUnitId, [
        'resident-unit',
      ]);
    }
    if (grid.gridCode !== undefined) {
      if (gridCodes.has(grid.gridCode)) {
        issues.add('duplicate_code', ['grids', i, 'gridCode'], { id: grid.gridCode });
      }
      gridCodes.add(grid.gridCode);
      if (district.divisionCode !== undefined && !grid.gridCode.startsWith(district.divisionCode)) {
        issues.add('grid_code_mismatch', ['grids', i, 'gridCode'], {
          id: grid.gridCode,
          detail: district.divisionCode,
        });
      }
    }
  });
  bundle.microGrids.forEach((microGrid, i) => {
    const grid = resolve(ctx, ['microGrids', i, 'gridId'], microGrid.gridId, ['grid']);
    if (grid && microGrid.communityId !== undefined) {
      if (microGrid.communityId !== grid.communityId) {
        issues.add('micro_grid_community_mismatch', ['microGrids', i, 'communityId'], {
          id: microGrid.communityId,
          detail: grid.communityId,
        });
      }
    }
  });
}
