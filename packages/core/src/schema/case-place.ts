import * as z from 'zod/mini';
import { Location } from './geo-point.js';
import { Id } from './id.js';

/**
 * Where a case is: the point, and the units that held it when it was reported, from its grid
 * (and micro-grid) up to the district. A case keeps them as they were: a later edit of the
 * district's tree does not move it.
 *
 * @example
 * ```ts
 * import { CasePlace } from '@wangge/core';
 * CasePlace.parse({
 *   location: { point: { type: 'Point', coordinates: [112.5636, 37.8618] }, coordinateSystem: 'GCJ02' },
 *   gridId: 'ljy-c1-g1', communityId: 'ljy-c1', streetId: 'ljy', districtId: 'yz',
 * });
 * ```
 */
export const CasePlace = /* @__PURE__ */ (() =>
  z.strictObject({
    location: Location,
    gridId: Id,
    microGridId: z.optional(Id),
    communityId: Id,
    streetId: Id,
    districtId: Id,
  }))();
/** Where a case is. */
export type CasePlace = z.output<typeof CasePlace>;
