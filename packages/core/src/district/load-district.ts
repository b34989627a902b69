import { WanggeValidationError } from '../errors/validation-error.js';
import type { DistrictBundle } from '../schema/district-bundle.js';
import { readJson } from '../validation/parse-input.js';
import type { ParseResult } from '../validation/parse-result.js';
import { checkAdminTree } from './check-admin-tree.js';
import { checkCatalogue } from './check-catalogue.js';
import { indexRecords, type CheckContext, type RecordMaps } from './check-context.js';
import { checkPartyTree } from './check-party-tree.js';
import { checkPeople } from './check-people.js';
import { checkResidents } from './check-residents.js';
import { deepFreeze } from './deep-freeze.js';
import { IssueCollector } from './issue-collector.js';
import { indexDistrict, type LoadedDistrict } from './loaded-district.js';
import { readBundle } from './read-bundle.js';

/**
 * Options of {@link loadDistrict}.
 *
 * @example
 * ```ts
 * import { loadDistrict, type LoadDistrictOptions } from '@wangge/core';
 * const options: LoadDistrictOptions = { maxIssues: 50 };
 * loadDistrict({}, options);
 * ```
 */
export interface LoadDistrictOptions {
  /** How many issues to list before stopping with `too_many_issues` (default 200). */
  readonly maxIssues?: number;
  /**
   * @internal Records known to be valid already: the frozen records of a district loaded before,
   * which an edit leaves in place. They are not read again.
   */
  readonly validated?: ReadonlySet<object>;
}

const CHECKS = [checkAdminTree, checkCatalogue, checkPeople, checkPartyTree, checkResidents];

/**
 * Reads a whole district bundle (its administrative and party trees, people and roster,
 * departments and catalogue, resident units, households and residents) and checks every
 * reference across it: parents exist and are of the right level, there are no cycles, ids and
 * codes are unique, every role's units exist, each micro-grid belongs to a grid of its
 * community, categories have deadlines from their start level up, and so on.
 *
 * It never throws. It returns the frozen district with O(1) indexes, or every problem at once (up
 * to `maxIssues`), each with a code, a JSON path and a message in zh-CN and en. A bad item is
 * reported and left out of the reference checks, so one mistake does not hide the others.
 *
 * @example
 * ```ts
 * import { loadDistrict } from '@wangge/core';
 * const result = loadDistrict({
 *   schemaVersion: 1,
 *   district: { id: 'yingze', name: '迎泽区', divisionCode: '140106' },
 *   streets: [{ id: 'ljy', name: '老军营街道', kind: 'street', districtId: 'yingze' }],
 *   communities: [{ id: 'ljy-1', name: '老军营社区', kind: 'community', streetId: 'nowhere' }],
 *   grids: [], microGrids: [], departments: [], categories: [],
 * });
 * if (!result.success) {
 *   result.error.issues[0]?.code; // 'unknown_reference'
 *   result.error.issues[0]?.path; // ['communities', 0, 'streetId']
 *   result.error.issues[0]?.message['zh-CN']; // '找不到 id 为 “nowhere” 的街道/乡镇。'
 * }
 * ```
 */
export function loadDistrict(
  input: unknown,
  options: LoadDistrictOptions = {},
): ParseResult<LoadedDistrict> {
  const issues = new IssueCollector(options.maxIssues ?? 200);
  const read = readBundle(input, issues, options.validated);
  let maps: RecordMaps | undefined;
  if (read) {
    const indexed = indexRecords(read.bundle, issues);
    maps = indexed.maps;
    const { kinds } = indexed;
    const ctx: CheckContext = {
      bundle: read.bundle,
      issues,
      kinds,
      maps,
      invalidKeys: read.invalidKeys,
    };
    for (const check of CHECKS) {
      if (issues.isFull) break;
      check(ctx);
    }
  }
  if (!read || !maps || issues.issues.length > 0) {
    return { success: false, error: new WanggeValidationError('DistrictBundle', issues.issues) };
  }
  const bundle: DistrictBundle = deepFreeze(read.bundle);
  return { success: true, data: Object.freeze(indexDistrict(bundle, maps)) };
}

/**
 * {@link loadDistrict} for JSON text: malformed JSON is an `invalid_json` issue, not an exception.
 *
 * @example
 * ```ts
 * import { loadDistrictJson } from '@wangge/core';
 * loadDistrictJson('{"schemaVersion": 1,').success; // false
 * ```
 */
export function loadDistrictJson(
  text: string,
  options: LoadDistrictOptions = {},
): ParseResult<LoadedDistrict> {
  const json = readJson(text, 'DistrictBundle');
  return json.success ? loadDistrict(json.data, options) : json;
}
