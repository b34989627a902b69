import type { ValidationIssue } from '../../errors/validation-error.js';
import type { LoadedDistrict } from '../../district/loaded-district.js';
import type { UnitKind } from '../../schema/admin-units.js';
import { CaseRecord } from '../../schema/case-record.js';
import { parseInput } from '../../validation/parse-input.js';
import { exportIssue, type ResolvedOptions } from './export-options.js';

/** The most issues one export lists, as `loadDistrict` does: past them, it stops reading. */
export const MAX_ISSUES = 200;

/** A case read for an export: the record, or what is wrong with it (paths from the list). */
export type ReadCase =
  | { readonly record: CaseRecord; readonly issues?: undefined }
  | { readonly record?: undefined; readonly issues: readonly ValidationIssue[] };

const UNIT_FIELDS = [
  ['gridId', 'grid'],
  ['communityId', 'community'],
  ['streetId', 'street'],
  ['districtId', 'district'],
] as const satisfies readonly (readonly [keyof CaseRecord, UnitKind])[];

/**
 * What a case names that the district does not have: its unit (of any kind), the units of its
 * place (each of its kind), its category, department and worker.
 */
function referenceIssues(
  record: CaseRecord,
  district: LoadedDistrict,
  index: number,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!district.units.has(record.unitId))
    issues.push(exportIssue('unknown_unit', [index, 'unitId']));
  for (const [field, kind] of UNIT_FIELDS) {
    if (district.units.get(record[field])?.kind !== kind) {
      issues.push(exportIssue('unknown_unit', [index, field], { unitKind: kind }));
    }
  }
  if (
    record.microGridId !== undefined &&
    district.units.get(record.microGridId)?.kind !== 'micro-grid'
  ) {
    issues.push(exportIssue('unknown_unit', [index, 'microGridId'], { unitKind: 'micro-grid' }));
  }
  if (!district.categories.has(record.categoryCode)) {
    issues.push(exportIssue('unknown_category', [index, 'categoryCode']));
  }
  if (record.departmentId !== undefined && !district.departments.has(record.departmentId)) {
    issues.push(exportIssue('unknown_department', [index, 'departmentId']));
  }
  if (record.workerId !== undefined && !district.people.has(record.workerId)) {
    issues.push(exportIssue('unknown_person', [index, 'workerId']));
  }
  return issues;
}

/**
 * Reads the case at `index` of an export: a `CaseRecord` by its schema (every field, as any
 * input from outside), then, unless the options say `unknownReferences: 'blank'`, its references
 * into the district.
 *
 * @internal
 */
export function readCase(value: unknown, index: number, options: ResolvedOptions): ReadCase {
  const parsed = parseInput(CaseRecord, value, 'CaseRecord');
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
    };
  }
  if (options.unknownReferences === 'blank') return { record: parsed.data };
  const issues = referenceIssues(parsed.data, options.district, index);
  return issues.length > 0 ? { issues } : { record: parsed.data };
}

/**
 * Whether the cases can be iterated; a string can, but is not a list of cases.
 *
 * @internal
 */
export function isCaseList(cases: unknown): cases is Iterable<unknown> {
  return (
    typeof cases === 'object' &&
    cases !== null &&
    typeof Reflect.get(cases, Symbol.iterator) === 'function'
  );
}
