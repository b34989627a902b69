import type { GridLayer, AreaGeometry } from '../geo/grid-layer.js';
import { tessellate, type TessellationPlan } from '../geo/tessellate.js';
import type { DistrictBundle } from '../schema/district-bundle.js';

/**
 * Options of {@link generateDemoGeometry}.
 *
 * @example
 * ```ts
 * import type { DemoGeometryOptions } from '@wangge/core/demo';
 * const options: DemoGeometryOptions = { seed: 7 };
 * ```
 */
export interface DemoGeometryOptions {
  /** Seed of the tessellation; same bundle, boundary and seed, same layer. Default 20261126. */
  seed?: number;
}

/** Groups items by a key, keeping their order, so that the plan follows the bundle's order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function planOf(bundle: DistrictBundle): TessellationPlan {
  const communities = groupBy(bundle.communities, (community) => community.streetId);
  const grids = groupBy(bundle.grids, (grid) => grid.communityId);
  const microGrids = groupBy(bundle.microGrids, (microGrid) => microGrid.gridId);
  const { district } = bundle;
  return {
    id: district.id,
    level: 'district',
    name: district.name,
    children: bundle.streets.map((street) => ({
      id: street.id,
      level: 'street',
      name: street.name,
      children: (communities.get(street.id) ?? []).map((community) => ({
        id: community.id,
        level: 'community',
        name: community.name,
        children: (grids.get(community.id) ?? []).map((grid) => ({
          id: grid.id,
          level: 'grid',
          kind: grid.kind,
          name: grid.name,
          children: (microGrids.get(grid.id) ?? []).map((microGrid) => ({
            id: microGrid.id,
            level: 'micro-grid',
            name: microGrid.name,
          })),
        })),
      })),
    })),
  };
}

/**
 * Draws a demo district's territory on a real boundary: the district → streets (街镇) →
 * communities (村社) → grids (网格) → micro-grids (微网格) tree of the bundle becomes a
 * {@link tessellate} plan, and the result a grid layer in GCJ-02 with one feature per unit
 * (ids and names as in the bundle). Ordinary grids tile their community; each exclusive grid
 * (专属网格) is a block of about 100–250 m a side inside an ordinary grid of its community.
 * Seeded: the same bundle, boundary and seed give the same layer.
 *
 * @throws {WanggeError} `tessellation_failed` when a unit is too thin to hold its children.
 *
 * @example
 * ```ts
 * import { GridLayer } from '@wangge/core';
 * import { generateDemoDistrict, generateDemoGeometry, YINGZE_BOUNDARY } from '@wangge/core/demo';
 *
 * const bundle = generateDemoDistrict({ scale: 0.1 });
 * const layer = generateDemoGeometry(bundle, YINGZE_BOUNDARY, { seed: 1 });
 * layer.features.length; // 1 + streets + communities + grids + micro-grids
 * GridLayer.safeParse(layer).success; // true
 * ```
 */
export function generateDemoGeometry(
  bundle: DistrictBundle,
  boundary: AreaGeometry,
  options: DemoGeometryOptions = {},
): GridLayer {
  const { seed = 20261126 } = options;
  return {
    type: 'FeatureCollection',
    coordinateSystem: 'GCJ02',
    features: tessellate(boundary, planOf(bundle), { seed }),
  };
}
