import type { Community, Grid, MicroGrid } from '../schema/admin-units.js';
import type { PartyOrganisation } from '../schema/party-organisation.js';
import { addDays, beijingTime } from './calendar.js';
import type { LeadChoice } from './population.js';
import type { Random } from './random.js';

// Reasons a temporary branch (临时党支部) is set up for an area, as in the report's lockdown zone.
const TEMPORARY_PURPOSES: readonly (readonly [string, string])[] = [
  ['封控区临时党支部', '封控区疫情防控：入户核酸检测、物资配送与独居老人照料'],
  ['老旧小区改造临时党支部', '老旧小区改造施工期间的协调、安全巡查与矛盾化解'],
  ['冬季供暖保障临时党支部', '供暖管网改造期间的入户排查与困难群众保暖保障'],
  ['防汛临时党支部', '汛期低洼院落巡查、排水与人员转移'],
];

/**
 * The ids of the party organisations that mirror the grid tree, so that people and tests can
 * find a unit's organisation: `<unit id>-pc` (committee), `-pb` (branch), `-pg` (group).
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const bundle = generateDemoDistrict({ scale: 0.05 });
 * const community = bundle.communities[0];
 * bundle.partyOrganisations.some((o) => o.id === `${community?.id}-pc`); // true
 * ```
 */
export const partyIds = {
  committee: (communityId: string) => `${communityId}-pc`,
  branch: (gridId: string) => `${gridId}-pb`,
  group: (microGridId: string) => `${microGridId}-pg`,
  lead: (householdId: string) => `${householdId}-lh`,
};

/**
 * Builds the party organisation tree (社区党委 → 网格党支部 → 微网格党小组 → 党员中心户) over the
 * ordinary grids, and one to three temporary branches (临时党支部) before the roster day.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const kinds = generateDemoDistrict().partyOrganisations.map((o) => o.kind);
 * kinds.filter((kind) => kind === 'grid-branch').length; // 853
 * ```
 */
export function buildPartyTree(
  random: Random,
  territory: {
    readonly communities: readonly Community[];
    readonly grids: readonly Grid[];
    readonly microGrids: readonly MicroGrid[];
  },
  leads: ReadonlyMap<string, LeadChoice>,
  rosterDay: string,
): PartyOrganisation[] {
  const organisations: PartyOrganisation[] = [];
  const communityName = new Map(territory.communities.map((c) => [c.id, c.name]));
  const gridById = new Map(territory.grids.map((g) => [g.id, g]));
  for (const community of territory.communities) {
    organisations.push({
      kind: 'community-committee',
      id: partyIds.committee(community.id),
      name: `${community.name}党委`,
      communityId: community.id,
    });
  }
  for (const grid of territory.grids) {
    if (grid.kind !== 'ordinary') continue;
    organisations.push({
      kind: 'grid-branch',
      id: partyIds.branch(grid.id),
      name: `${communityName.get(grid.communityId) ?? ''}${grid.name}党支部`,
      gridId: grid.id,
      committeeId: partyIds.committee(grid.communityId),
    });
  }
  for (const microGrid of territory.microGrids) {
    const grid = gridById.get(microGrid.gridId);
    if (grid?.kind !== 'ordinary') continue;
    const groupId = partyIds.group(microGrid.id);
    organisations.push({
      kind: 'micro-grid-group',
      id: groupId,
      name: `${communityName.get(grid.communityId) ?? ''}${grid.name}${microGrid.name}党小组`,
      microGridId: microGrid.id,
      branchId: partyIds.branch(grid.id),
    });
    const lead = leads.get(microGrid.id);
    if (lead !== undefined) {
      organisations.push({
        kind: 'lead-household',
        id: partyIds.lead(lead.householdId),
        householdId: lead.householdId,
        groupId,
        residentId: lead.residentId,
      });
    }
  }

  const ordinaryByCommunity = new Map<string, Grid[]>();
  for (const grid of territory.grids) {
    if (grid.kind !== 'ordinary') continue;
    const list = ordinaryByCommunity.get(grid.communityId) ?? [];
    list.push(grid);
    ordinaryByCommunity.set(grid.communityId, list);
  }
  const purposes = random.shuffle(TEMPORARY_PURPOSES);
  const count = random.int(1, 3);
  for (let t = 0; t < count; t += 1) {
    const community = random.pick(territory.communities);
    const [name, purpose] = purposes[t % purposes.length] ?? ['临时党支部', ''];
    const area = random
      .shuffle(ordinaryByCommunity.get(community.id) ?? [])
      .slice(0, random.int(1, 3));
    const from = addDays(rosterDay, -random.int(20, 240));
    organisations.push({
      kind: 'temporary-branch',
      id: `tb-${String(t + 1).padStart(2, '0')}`,
      name: `${community.name}${name}`,
      parentId: partyIds.committee(community.id),
      areaUnitIds: area.length > 0 ? area.map((grid) => grid.id) : [community.id],
      from: beijingTime(from, '00:00'),
      to: beijingTime(addDays(from, random.int(7, 45)), '00:00'),
      purpose,
    });
  }
  return organisations;
}
