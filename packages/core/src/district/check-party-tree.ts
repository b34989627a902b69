import type { RecordKind } from '../i18n/integrity-messages.js';
import { resolve, type CheckContext } from './check-context.js';

const PARENTS_OF_TEMPORARY: readonly RecordKind[] = [
  'community-committee',
  'grid-branch',
  'party-organisation',
];
const AREA_UNITS: readonly RecordKind[] = ['street', 'community', 'grid', 'micro-grid'];

/**
 * The party organisation tree mirrors the grid tree: a grid's branch is under the committee of
 * the grid's community, a micro-grid's group under the branch of its grid, a lead household lives
 * in its group's micro-grid. Temporary branches cover existing units for a time span and hang
 * under a committee or branch without cycles.
 */
export function checkPartyTree(ctx: CheckContext): void {
  const { bundle, issues } = ctx;
  bundle.partyOrganisations.forEach((org, i) => {
    const at = (...rest: PropertyKey[]) => ['partyOrganisations', i, ...rest];
    switch (org.kind) {
      case 'community-committee':
        resolve(ctx, at('communityId'), org.communityId, ['community']);
        break;
      case 'grid-branch': {
        const grid = resolve(ctx, at('gridId'), org.gridId, ['grid']);
        const committee = resolve(ctx, at('committeeId'), org.committeeId, ['community-committee']);
        if (grid && committee) {
          if (committee.communityId !== grid.communityId) {
            issues.add('party_tree_mismatch', at('committeeId'), {
              id: org.id,
              expected: ['community-committee'],
              detail: `${grid.id} → ${grid.communityId}`,
            });
          }
        }
        break;
      }
      case 'micro-grid-group': {
        const microGrid = resolve(ctx, at('microGridId'), org.microGridId, ['micro-grid']);
        const branch = resolve(ctx, at('branchId'), org.branchId, ['grid-branch']);
        if (microGrid && branch) {
          if (branch.gridId !== microGrid.gridId) {
            issues.add('party_tree_mismatch', at('branchId'), {
              id: org.id,
              expected: ['grid-branch'],
              detail: `${microGrid.id} → ${microGrid.gridId}`,
            });
          }
        }
        break;
      }
      case 'lead-household': {
        const household = resolve(ctx, at('householdId'), org.householdId, ['household']);
        const group = resolve(ctx, at('groupId'), org.groupId, ['micro-grid-group']);
        if (household && group) {
          if (group.microGridId !== household.microGridId) {
            issues.add('party_tree_mismatch', at('groupId'), {
              id: org.id,
              expected: ['micro-grid-group'],
              detail: `${household.id} → ${household.microGridId}`,
            });
          }
        }
        if (org.residentId !== undefined) {
          const resident = resolve(ctx, at('residentId'), org.residentId, ['resident']);
          if (resident && resident.householdId !== org.householdId) {
            issues.add('wrong_reference_kind', at('residentId'), {
              id: org.residentId,
              expected: ['resident'],
              actual: 'resident',
            });
          }
        }
        break;
      }
      case 'temporary-branch': {
        resolve(ctx, at('parentId'), org.parentId, PARENTS_OF_TEMPORARY);
        org.areaUnitIds.forEach((unitId, u) => {
          resolve(ctx, at('areaUnitIds', u), unitId, AREA_UNITS);
        });
        if (Date.parse(org.to) <= Date.parse(org.from)) {
          issues.add('invalid_time_span', at('to'));
        }
        // Temporary branches may hang under each other; the chain must end at a standing one.
        const seen = new Set<string>([org.id]);
        let parent = ctx.maps['party-organisation'].get(org.parentId);
        while (parent?.kind === 'temporary-branch') {
          if (seen.has(parent.id)) {
            issues.add('cycle', at('parentId'), { id: org.id });
            break;
          }
          seen.add(parent.id);
          parent = ctx.maps['party-organisation'].get(parent.parentId);
        }
        break;
      }
    }
  });
}
