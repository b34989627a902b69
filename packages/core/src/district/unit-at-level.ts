import type { CasePlace } from '../schema/case-place.js';
import type { HandlingLevel } from '../schema/handling-level.js';

/**
 * The unit responsible for a place at a handling level: its grid (网格), community (社区),
 * street (街镇) or the district (区, its command centre).
 *
 * @example
 * ```ts
 * import { unitAtLevel, type CaseRecord } from '@wangge/core';
 * declare const record: CaseRecord;
 * unitAtLevel(record, 'community') === record.communityId; // true
 * ```
 */
export function unitAtLevel(
  place: Pick<CasePlace, 'gridId' | 'communityId' | 'streetId' | 'districtId'>,
  level: HandlingLevel,
): string {
  switch (level) {
    case 'grid':
      return place.gridId;
    case 'community':
      return place.communityId;
    case 'street':
      return place.streetId;
    default:
      return place.districtId;
  }
}
