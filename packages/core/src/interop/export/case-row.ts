import { isHandlingStep } from '../../case/case-summary.js';
import type { LoadedDistrict } from '../../district/loaded-district.js';
import { convertPosition } from '../../geo/coordinate-system.js';
import type { Position } from '../../geo/grid-layer.js';
import { CASE_STEP_NAMES, HANDLING_LEVEL_NAMES } from '../../i18n/case-names.js';
import type { LocalizedText } from '../../i18n/localized-text.js';
import { maskName } from '../../privacy/mask-name.js';
import { maskPhone } from '../../privacy/mask-phone.js';
import type { PERSONAL_DATA } from '../../privacy/personal-data.js';
import type { CaseRecord } from '../../schema/case-record.js';
import type { CaseExportColumn } from './case-export-columns.js';
import { atOffset } from './export-time.js';
import type { ResolvedOptions } from './export-options.js';
import {
  CASE_EXPORT_VALUE_NAMES,
  type CaseExportStatus,
  type PersonalDataState,
} from './export-value-names.js';
import { maskFreeText } from '../../privacy/mask-free-text.js';

/** A value of an export cell or property, before it is written: `null` when there is none. */
export type ExportValue = string | number | boolean | null;

/** One case as a row of an export: the record and what every column of it needs. */
export interface CaseRow {
  readonly record: CaseRecord;
  readonly options: ResolvedOptions;
  /** Whether the reporter and the description are masked in this row. */
  readonly masked: boolean;
  /** The point in the export's coordinate system, rounded; computed when first asked for. */
  position(): Position;
}

/**
 * How each personal field of a reporter (`PERSONAL_DATA.CaseReporter`) is masked: a field added
 * there without a masking here does not compile.
 */
const MASK_REPORTER: Readonly<
  Record<keyof typeof PERSONAL_DATA.CaseReporter, (v: string) => string>
> = { name: maskName, mobile: maskPhone };

/**
 * A row of a case.
 *
 * @internal
 */
export function caseRow(record: CaseRecord, options: ResolvedOptions): CaseRow {
  let position: Position | undefined;
  return {
    record,
    options,
    masked: !(options.permission?.allows(record) ?? false),
    position() {
      if (position === undefined) {
        const { point, coordinateSystem } = record.location;
        const converted = convertPosition(
          point.coordinates,
          coordinateSystem,
          options.coordinateSystem,
        );
        const f = options.factor;
        position =
          converted.length === 3
            ? [Math.round(converted[0] * f) / f, Math.round(converted[1] * f) / f, converted[2]]
            : [Math.round(converted[0] * f) / f, Math.round(converted[1] * f) / f];
      }
      return position;
    },
  };
}

type Names = ResolvedOptions['names'];

function unitName(district: LoadedDistrict, id: string | undefined, names: Names): string | null {
  if (id === undefined) return null;
  const unit = district.units.get(id);
  if (!unit) return null;
  if (
    names === 'en' &&
    (unit.kind === 'district' || unit.kind === 'street' || unit.kind === 'community')
  ) {
    return unit.record.nameEn ?? unit.record.name;
  }
  return unit.record.name;
}

const time = (row: CaseRow, timestamp: string | undefined): string | null =>
  timestamp === undefined ? null : atOffset(timestamp, row.options.shiftMs, row.options.utcOffset);

function status(record: CaseRecord): CaseExportStatus {
  if (record.step === 'archived') return 'closed';
  return record.suspension === undefined ? 'open' : 'suspended';
}

/** Overdue as `isOverdue` says of the case's summary, without building the summary. */
function overdue(record: CaseRecord, now: number): boolean {
  return (
    isHandlingStep(record.step) &&
    record.suspension === undefined &&
    Date.parse(record.dueAt) <= now
  );
}

function reporterField(row: CaseRow, field: keyof typeof MASK_REPORTER): string | null {
  const value = row.record.reporter[field];
  if (value === undefined) return null;
  return row.masked ? MASK_REPORTER[field](value) : value;
}

function description(row: CaseRow): string {
  const { record } = row;
  if (!row.masked) return record.description;
  const names: string[] = [];
  if (record.reporter.name !== undefined) names.push(record.reporter.name);
  for (const linked of record.linkedReports) {
    if (linked.reporter.name !== undefined) names.push(linked.reporter.name);
  }
  return maskFreeText(record.description, names);
}

/**
 * The value of each column of a row, as a code where the column holds codes (see
 * {@link ENUM_NAMES}).
 *
 * @internal
 */
export const COLUMN_VALUES: Readonly<Record<CaseExportColumn, (row: CaseRow) => ExportValue>> = {
  id: (row) => row.record.id,
  categoryCode: (row) => row.record.categoryCode,
  categoryName: (row) =>
    row.options.district.categories.get(row.record.categoryCode)?.name[row.options.names] ?? null,
  priority: (row) => row.record.priority,
  step: (row) => row.record.step,
  level: (row) => row.record.level,
  status: (row) => status(row.record),
  overdue: (row) => overdue(row.record, row.options.now),
  dueAt: (row) => time(row, row.record.dueAt),
  createdAt: (row) => time(row, row.record.createdAt),
  updatedAt: (row) => time(row, row.record.updatedAt),
  archivedAt: (row) => time(row, row.record.archivedAt),
  outcome: (row) => row.record.outcome ?? null,
  unitId: (row) => row.record.unitId,
  unitName: (row) => unitName(row.options.district, row.record.unitId, row.options.names),
  departmentId: (row) => row.record.departmentId ?? null,
  departmentName: (row) => {
    const id = row.record.departmentId;
    if (id === undefined) return null;
    return row.options.district.departments.get(id)?.name[row.options.names] ?? null;
  },
  workerId: (row) => row.record.workerId ?? null,
  workerName: (row) => {
    const id = row.record.workerId;
    return id === undefined ? null : (row.options.district.people.get(id)?.name ?? null);
  },
  districtId: (row) => row.record.districtId,
  districtName: (row) => unitName(row.options.district, row.record.districtId, row.options.names),
  streetId: (row) => row.record.streetId,
  streetName: (row) => unitName(row.options.district, row.record.streetId, row.options.names),
  communityId: (row) => row.record.communityId,
  communityName: (row) => unitName(row.options.district, row.record.communityId, row.options.names),
  gridId: (row) => row.record.gridId,
  gridName: (row) => unitName(row.options.district, row.record.gridId, row.options.names),
  microGridId: (row) => row.record.microGridId ?? null,
  microGridName: (row) => unitName(row.options.district, row.record.microGridId, row.options.names),
  longitude: (row) => row.position()[0],
  latitude: (row) => row.position()[1],
  coordinateSystem: (row) => row.options.coordinateSystem,
  reworkCount: (row) => row.record.reworkCount,
  escalationCount: (row) => row.record.escalationCount,
  deescalationCount: (row) => row.record.deescalationCount,
  suspensionCount: (row) => row.record.suspensionCount,
  extensionCount: (row) => row.record.extensionCount,
  reopenCount: (row) => row.record.reopenCount,
  linkedReportCount: (row) => row.record.linkedReports.length,
  description,
  reporterKind: (row) => row.record.reporter.kind,
  reporterPersonId: (row) => row.record.reporter.personId ?? null,
  reporterName: (row) => reporterField(row, 'name'),
  reporterMobile: (row) => reporterField(row, 'mobile'),
  personalData: (row): PersonalDataState => (row.masked ? 'masked' : 'unmasked'),
};

/**
 * The names of the codes of the columns that hold codes, for `values: 'zh-CN' | 'en'`.
 *
 * @internal
 */
export const ENUM_NAMES: Partial<
  Readonly<Record<CaseExportColumn, Readonly<Record<string, LocalizedText>>>>
> = {
  priority: CASE_EXPORT_VALUE_NAMES.priority,
  step: CASE_STEP_NAMES,
  level: HANDLING_LEVEL_NAMES,
  status: CASE_EXPORT_VALUE_NAMES.status,
  outcome: CASE_EXPORT_VALUE_NAMES.outcome,
  reporterKind: CASE_EXPORT_VALUE_NAMES.reporterKind,
  personalData: CASE_EXPORT_VALUE_NAMES.personalData,
};

/**
 * The value of a column of a row as the options want it: codes named in the chosen language.
 *
 * @internal
 */
export function columnValue(column: CaseExportColumn, row: CaseRow): ExportValue {
  const value = COLUMN_VALUES[column](row);
  const values = row.options.values;
  if (values === 'codes' || typeof value !== 'string') return value;
  const names = ENUM_NAMES[column];
  return names ? (names[value]?.[values] ?? value) : value;
}
