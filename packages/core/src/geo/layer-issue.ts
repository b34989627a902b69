import type { ValidationIssue } from '../errors/validation-error.js';
import {
  LAYER_MESSAGES,
  type LayerIssueCode,
  type LayerMessageParams,
} from '../i18n/layer-messages.js';

/**
 * One problem of a grid layer (网格图层), with what a GIS user needs to find and fix it: the
 * features concerned, and for area problems the area and a point inside the problem area to zoom
 * to. `path` points into the layer (`['features', 12, 'geometry', 'coordinates', 0, 3]` for a ring
 * problem, `['features', 12]` for an area problem).
 *
 * @example
 * ```ts
 * import { validateGridLayer, type LayerIssue } from '@wangge/core/layers';
 * const issues: LayerIssue[] = validateGridLayer({
 *   type: 'FeatureCollection',
 *   coordinateSystem: 'GCJ02',
 *   features: [],
 * });
 * for (const issue of issues) {
 *   if (issue.location) console.log(issue.code, issue.featureIds, issue.location);
 * }
 * ```
 */
export interface LayerIssue extends ValidationIssue {
  /** See {@link LayerIssueCode}. */
  readonly code: LayerIssueCode;
  /** The `properties.id` of the features concerned (none for `too_many_issues`). */
  readonly featureIds: readonly string[];
  /** For `overlap`, `gap` and `outside_parent`: the area of the problem piece, in m² (geodesic). */
  readonly areaSquareMetres?: number;
  /** `[longitude, latitude]` of a point in the problem area, in the layer's coordinate system. */
  readonly location?: [number, number];
}

/** What a check adds to an issue beyond its code and path. @internal */
export interface IssueDetails {
  readonly featureIds: readonly string[];
  readonly params?: LayerMessageParams;
  readonly areaSquareMetres?: number;
  readonly location?: readonly [number, number];
}

/**
 * Builds a {@link LayerIssue} from a code, a path and the message parameters.
 *
 * @internal
 */
export function layerIssue(
  code: LayerIssueCode,
  path: readonly PropertyKey[],
  details: IssueDetails,
): LayerIssue {
  const entry = LAYER_MESSAGES[code];
  const params: LayerMessageParams = {
    ids: details.featureIds,
    ...(details.areaSquareMetres === undefined
      ? {}
      : { areaSquareMetres: details.areaSquareMetres }),
    ...details.params,
  };
  return {
    code,
    path,
    expected: entry.expected(params),
    message: entry.message(params),
    featureIds: details.featureIds,
    ...(details.areaSquareMetres === undefined
      ? {}
      : { areaSquareMetres: details.areaSquareMetres }),
    ...(details.location === undefined
      ? {}
      : { location: [details.location[0], details.location[1]] }),
  };
}
