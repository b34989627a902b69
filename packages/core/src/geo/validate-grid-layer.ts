import type { LayerIssueCode } from '../i18n/layer-messages.js';
import type { GridLayer } from './grid-layer.js';
import { layerIssue, type LayerIssue } from './layer-issue.js';
import { prepareLayer } from './layer-units.js';
import { checkContainment, checkParents } from './parent-checks.js';
import { checkRings } from './ring-checks.js';
import { checkGaps, checkOverlaps } from './sibling-checks.js';

/**
 * Options of {@link validateGridLayer}.
 *
 * @example
 * ```ts
 * import type { ValidateGridLayerOptions } from '@wangge/core/layers';
 * const options: ValidateGridLayerOptions = { minAreaSquareMetres: 10, maxIssues: 100 };
 * ```
 */
export interface ValidateGridLayerOptions {
  /**
   * Overlaps, gaps and parts outside a parent of this area or less (m², geodesic) are not
   * reported: digitising leaves slivers along shared borders that nobody needs to fix.
   * Default 1.
   */
  readonly minAreaSquareMetres?: number;
  /** At most this many issues are returned, then one `too_many_issues`. Default 500. */
  readonly maxIssues?: number;
}

// The order in which a feature's issues are listed: its identity, then its rings, then its
// relations, then its areas.
const CODE_ORDER: readonly LayerIssueCode[] = [
  'duplicate_feature_id',
  'unknown_parent',
  'wrong_parent_level',
  'unclosed_ring',
  'degenerate_ring',
  'self_intersection',
  'hole_outside_shell',
  'area_check_failed',
  'overlap',
  'gap',
  'outside_parent',
  'too_many_issues',
];

function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function compareIssues(a: LayerIssue, b: LayerIssue): number {
  const featureA = typeof a.path[1] === 'number' ? a.path[1] : Infinity;
  const featureB = typeof b.path[1] === 'number' ? b.path[1] : Infinity;
  if (featureA !== featureB) return featureA < featureB ? -1 : 1;
  const code = CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code);
  if (code !== 0) return code;
  const path = comparePaths(a.path, b.path);
  if (path !== 0) return path;
  const ids = a.featureIds.join('\u0000');
  const otherIds = b.featureIds.join('\u0000');
  if (ids !== otherIds) return ids < otherIds ? -1 : 1;
  const area = (b.areaSquareMetres ?? 0) - (a.areaSquareMetres ?? 0);
  if (area !== 0) return area;
  return (
    (a.location?.[0] ?? 0) - (b.location?.[0] ?? 0) ||
    (a.location?.[1] ?? 0) - (b.location?.[1] ?? 0)
  );
}

/**
 * Checks a grid layer (网格图层) for the mistakes that break point location and coverage, and says
 * where each one is so that a GIS team can fix it:
 *
 * - identity: `duplicate_feature_id`;
 * - rings: `unclosed_ring`, `degenerate_ring`, `self_intersection` (with the crossing point),
 *   `hole_outside_shell`;
 * - hierarchy: `unknown_parent`, `wrong_parent_level` (a unit's parent must be of the level
 *   directly above: street → district, community → street, grid → community, micro-grid → grid);
 * - areas, measured geodesically and reported above `minAreaSquareMetres`: `overlap` between
 *   sibling units (same level and parent; an exclusive grid, 专属网格, may overlap the ordinary
 *   grids around it, but not another exclusive grid), `gap` (part of a parent covered by none of
 *   its ordinary children, one issue per piece), `outside_parent` (part of a unit outside its
 *   parent). These come with `areaSquareMetres` and a `location` inside the problem area.
 *
 * Ring winding is not checked (real Chinese layers wind clockwise, and nothing here depends on
 * it). The layer's coordinate system does not matter: areas are computed on the sphere from the
 * degrees as given, which GCJ-02's offset of a few hundred metres barely changes.
 *
 * The result is in a deterministic order: by feature, then by code (identity, hierarchy, rings,
 * areas), then by path. Issues are never thrown: a layer with problems still validates.
 *
 * @param layer - A layer already parsed with the `GridLayer` schema.
 * @param options - Area threshold and maximum number of issues.
 * @returns The issues found, empty for a clean layer.
 *
 * @example
 * ```ts
 * import { GridLayer } from '@wangge/core';
 * import { validateGridLayer } from '@wangge/core/layers';
 * const layer = GridLayer.parse({
 *   type: 'FeatureCollection',
 *   coordinateSystem: 'GCJ02',
 *   features: [
 *     {
 *       type: 'Feature',
 *       properties: { id: 'g-1', level: 'grid', kind: 'ordinary' },
 *       geometry: { type: 'Polygon', coordinates: [[[112.5, 37.8], [112.51, 37.8], [112.51, 37.81], [112.5, 37.81], [112.5, 37.8]]] },
 *     },
 *     {
 *       type: 'Feature',
 *       properties: { id: 'g-2', level: 'grid', kind: 'ordinary' },
 *       geometry: { type: 'Polygon', coordinates: [[[112.505, 37.8], [112.52, 37.8], [112.52, 37.81], [112.505, 37.81], [112.505, 37.8]]] },
 *     },
 *   ],
 * });
 * for (const issue of validateGridLayer(layer, { minAreaSquareMetres: 5 })) {
 *   console.log(issue.code, issue.featureIds, issue.areaSquareMetres, issue.location);
 *   // 'overlap' ['g-1', 'g-2'] 488454.42… [112.5075, 37.805]
 *   console.log(issue.message['zh-CN']);
 * }
 * ```
 */
export function validateGridLayer(
  layer: GridLayer,
  options: ValidateGridLayerOptions = {},
): LayerIssue[] {
  const minArea = Math.max(0, options.minAreaSquareMetres ?? 1);
  const maxIssues = Math.max(1, Math.floor(options.maxIssues ?? 500));
  const issues: LayerIssue[] = [];

  const seen = new Set<string>();
  const troubled = new Set<number>();
  for (const [index, feature] of layer.features.entries()) {
    const { id } = feature.properties;
    if (seen.has(id)) {
      issues.push(
        layerIssue('duplicate_feature_id', ['features', index, 'properties', 'id'], {
          featureIds: [id],
        }),
      );
    }
    seen.add(id);
    const before = issues.length;
    checkRings(feature, index, issues);
    // An unclosed ring is closed for the area checks; any other ring problem makes the fast
    // relation tests unsafe for this feature.
    if (issues.slice(before).some((issue) => issue.code !== 'unclosed_ring')) troubled.add(index);
  }

  const prepared = prepareLayer(layer, troubled);
  checkParents(prepared, issues);
  const failed = new Map<string, LayerIssue>();
  // In this order: the gap check uses what the other two learnt.
  checkOverlaps(prepared, minArea, issues, failed);
  checkContainment(prepared, minArea, issues, failed);
  checkGaps(prepared, minArea, issues, failed);
  issues.push(...failed.values());

  issues.sort(compareIssues);
  if (issues.length <= maxIssues) return issues;
  const kept = issues.slice(0, maxIssues);
  kept.push(layerIssue('too_many_issues', [], { featureIds: [], params: { count: maxIssues } }));
  return kept;
}
