import type { ValidationIssue } from '../../errors/validation-error.js';
import { WanggeValidationError } from '../../errors/validation-error.js';
import type { CoordinateSystem } from '../../schema/geo-point.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { CASE_EXPORT_COLUMNS, type CaseExportColumn } from './case-export-columns.js';
import { caseRow, columnValue, type ExportValue } from './case-row.js';
import { exportIssue, readGeoJsonOptions, type GeoJsonExportOptions } from './export-options.js';
import { MAX_ISSUES, isCaseList, readCase } from './read-case.js';

/**
 * The properties of a case's Feature: the columns of `CASE_EXPORT_COLUMNS` but the point's
 * (`longitude`, `latitude` and `coordinateSystem` are the geometry and the collection's), with
 * `null` where a case has no value. Fields that hold codes (`priority`, `step`, `level`,
 * `status`, `outcome`, `reporterKind`, `personalData`) hold their names with `values: 'zh-CN'` or
 * `'en'`; see `CASE_EXPORT_COLUMNS` for what each is.
 *
 * @example
 * ```ts
 * import type { CaseFeatureProperties } from '@wangge/core';
 * const label = (p: CaseFeatureProperties) => `${p.categoryName ?? p.categoryCode} · ${p.step}`;
 * ```
 */
export interface CaseFeatureProperties {
  readonly categoryCode: string;
  readonly categoryName: string | null;
  readonly priority: string;
  readonly step: string;
  readonly level: string;
  readonly status: string;
  readonly overdue: boolean;
  readonly dueAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archivedAt: string | null;
  readonly outcome: string | null;
  readonly unitId: string;
  readonly unitName: string | null;
  readonly departmentId: string | null;
  readonly departmentName: string | null;
  readonly workerId: string | null;
  readonly workerName: string | null;
  readonly districtId: string;
  readonly districtName: string | null;
  readonly streetId: string;
  readonly streetName: string | null;
  readonly communityId: string;
  readonly communityName: string | null;
  readonly gridId: string;
  readonly gridName: string | null;
  readonly microGridId: string | null;
  readonly microGridName: string | null;
  readonly reworkCount: number;
  readonly escalationCount: number;
  readonly deescalationCount: number;
  readonly suspensionCount: number;
  readonly extensionCount: number;
  readonly reopenCount: number;
  readonly linkedReportCount: number;
  readonly description: string;
  readonly reporterKind: string;
  readonly reporterPersonId: string | null;
  readonly reporterName: string | null;
  readonly reporterMobile: string | null;
  readonly personalData: string;
}

/**
 * One case as a GeoJSON Feature (RFC 7946 §3.2): its point, its id, its properties.
 *
 * @example
 * ```ts
 * import type { CaseFeature } from '@wangge/core';
 * const where = (f: CaseFeature) => f.geometry.coordinates; // [longitude, latitude]
 * ```
 */
export interface CaseFeature {
  type: 'Feature';
  /** The case's id. */
  id: string;
  geometry: {
    type: 'Point';
    /** `[longitude, latitude]` (and the altitude, if the case has one). */
    coordinates: [number, number] | [number, number, number];
  };
  properties: CaseFeatureProperties;
}

/**
 * Cases as a GeoJSON FeatureCollection (RFC 7946 §3.3), one Point Feature per case, with the
 * coordinate system of its points as the foreign member `coordinateSystem` (RFC 7946 §6.1), as
 * grid layers have it: `WGS84` unless the export asked for `nonRfc7946CoordinateSystem`.
 *
 * @example
 * ```ts
 * import type { CaseFeatureCollection } from '@wangge/core';
 * const overdue = (fc: CaseFeatureCollection) => fc.features.filter((f) => f.properties.overdue);
 * ```
 */
export interface CaseFeatureCollection {
  type: 'FeatureCollection';
  coordinateSystem: CoordinateSystem;
  features: CaseFeature[];
}

const POINT_COLUMNS: ReadonlySet<CaseExportColumn> = /* @__PURE__ */ (() =>
  new Set(['id', 'longitude', 'latitude', 'coordinateSystem']))();
const PROPERTY_COLUMNS = /* @__PURE__ */ (() =>
  CASE_EXPORT_COLUMNS.filter((column) => !POINT_COLUMNS.has(column)))();

/**
 * The cases as an RFC 7946 GeoJSON FeatureCollection, for a map or a GIS (QGIS, ArcGIS, Mapbox,
 * Leaflet): one Point Feature per case, `id` the case's id, its point converted to WGS-84 (the
 * only system RFC 7946 allows; a case's location may be GCJ-02 or BD-09, converted with
 * `convertPosition`) and rounded to `precision` decimals (default 6, about 0.1 m: RFC 7946
 * §11.2), and its category, step, level, status, handlers, grid chain, times, counts,
 * description and reporter as properties ({@link CaseFeatureProperties}).
 *
 * Personal data is masked as in `casesToCsv`, unless `permission` covers the case. Codes may be
 * named (`values`), times are written with `utcOffset`, `overdue` is at `now`. With
 * `nonRfc7946CoordinateSystem` the points are in another system (e.g. GCJ-02 for Chinese map
 * tiles): the result is then not RFC 7946 GeoJSON, though its shape is the same; its
 * `coordinateSystem` member says so (there is no `crs` member, which RFC 7946 removed).
 *
 * Never throws: wrong options or cases give a `WanggeValidationError`, as with `casesToCsv`.
 *
 * @example
 * ```ts
 * import { casesToGeoJson, type CaseRecord, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * declare const cases: readonly CaseRecord[];
 *
 * const result = casesToGeoJson(cases, { district, now: Date.now(), values: 'zh-CN' });
 * if (result.success) {
 *   const body = JSON.stringify(result.data); // application/geo+json
 * }
 * ```
 */
export function casesToGeoJson(
  cases: Iterable<unknown>,
  options: GeoJsonExportOptions,
): ParseResult<CaseFeatureCollection> {
  const read = readGeoJsonOptions(options);
  if (!read.success) return read;
  const o = read.data;
  if (!isCaseList(cases)) {
    return {
      success: false,
      error: new WanggeValidationError('CaseExport', [exportIssue('not_a_case_list', [])]),
    };
  }
  const features: CaseFeature[] = [];
  const issues: ValidationIssue[] = [];
  let index = 0;
  for (const value of cases) {
    const result = readCase(value, index++, o);
    if (result.issues) {
      issues.push(...result.issues);
      if (issues.length >= MAX_ISSUES) break;
      continue;
    }
    if (issues.length > 0) continue;
    const row = caseRow(result.record, o);
    const properties: Record<string, ExportValue> = {};
    for (const column of PROPERTY_COLUMNS) properties[column] = columnValue(column, row);
    features.push({
      type: 'Feature',
      id: result.record.id,
      geometry: { type: 'Point', coordinates: row.position() },
      // Each property's type is its column's (`COLUMN_VALUES`); the tests check the keys.
      properties: properties as unknown as CaseFeatureProperties,
    });
  }
  if (issues.length > 0) {
    return {
      success: false,
      error: new WanggeValidationError('CaseExport', issues.slice(0, MAX_ISSUES)),
    };
  }
  return {
    success: true,
    data: { type: 'FeatureCollection', coordinateSystem: o.coordinateSystem, features },
  };
}
