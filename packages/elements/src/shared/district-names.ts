import {
  CASE_STEP_NAMES,
  HANDLING_LEVEL_NAMES,
  maskName,
  type CaseReporter,
  type CaseStep,
  type HandlingLevel,
  type LoadedDistrict,
  type Locale,
} from '@wangge/core';

/** The name of a category of the catalogue, or its code when the district is not known. */
export function categoryName(
  district: LoadedDistrict | undefined,
  code: string,
  locale: Locale,
): string {
  const category = district?.categories.get(code);
  if (!category) return code;
  return locale === 'en' ? category.name.en : category.name.zh;
}

/** The name of a unit (or resident unit), or its id when the district does not have it. */
export function unitName(district: LoadedDistrict | undefined, id: string, locale: Locale): string {
  const unit = district?.units.get(id);
  if (unit) {
    const nameEn = 'nameEn' in unit.record ? unit.record.nameEn : undefined;
    return locale === 'en' && nameEn ? nameEn : unit.record.name;
  }
  return district?.residentUnits.get(id)?.name ?? id;
}

/** The name of a department, or its id. */
export function departmentName(
  district: LoadedDistrict | undefined,
  id: string,
  locale: Locale,
): string {
  const department = district?.departments.get(id);
  if (!department) return id;
  return locale === 'en' ? department.name.en : department.name.zh;
}

/** The name of a member of staff (a public role, shown as it is), or their id. */
export function staffName(district: LoadedDistrict | undefined, id: string): string {
  return district?.people.get(id)?.name ?? id;
}

/**
 * A case's reporter as a widget may show them: residents' names masked (`王*`) unless the host
 * reveals personal data; staff by name; otherwise the kind of reporter.
 */
export function reporterLabel(
  district: LoadedDistrict | undefined,
  reporter: CaseReporter,
  reveal: boolean,
): string | undefined {
  if (reporter.personId !== undefined && district?.people.has(reporter.personId)) {
    return staffName(district, reporter.personId);
  }
  if (reporter.name === undefined) return undefined;
  return reveal ? reporter.name : maskName(reporter.name);
}

/** A step's name (问题上报 …). */
export function stepName(step: CaseStep, locale: Locale): string {
  return CASE_STEP_NAMES[step][locale];
}

/** A level's name (网格 …). */
export function levelName(level: HandlingLevel, locale: Locale): string {
  return HANDLING_LEVEL_NAMES[level][locale];
}
