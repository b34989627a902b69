/**
 * `@wangge/core`: grid-based grassroots governance (网格化基层治理) as pure TypeScript.
 *
 * @packageDocumentation
 */

// i18n
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, resolveLocale } from './i18n/locale.js';
export type { Locale } from './i18n/locale.js';
export type { LocalizedText } from './i18n/localized-text.js';
export { MESSAGES } from './i18n/messages.js';
export type { MessageCode, MessageEntry } from './i18n/messages.js';
export { INTEGRITY_MESSAGES, RECORD_KIND_NAMES } from './i18n/integrity-messages.js';
export type {
  IntegrityCode,
  IntegrityEntry,
  IntegrityParams,
  RecordKind,
} from './i18n/integrity-messages.js';

// errors
export { WanggeError } from './errors/wangge-error.js';
export { WanggeValidationError, formatPath } from './errors/validation-error.js';
export type { ValidationIssue } from './errors/validation-error.js';

// format: plain checks of text formats, without zod
export {
  normalizeLandline,
  normalizeMobile,
  normalizePhone,
  phoneKind,
  telUri,
} from './format/phone.js';
export type { PhoneKind } from './format/phone.js';
export { isPersonName } from './format/person-name.js';
export { isPhotoUrl } from './format/photo-url.js';
export { isResidentIdNumber } from './format/resident-id-number.js';

// schema
// Every module-level schema is built inside a `/* @__PURE__ */` IIFE: to a bundler a plain
// `z.string().check(…)` looks like it has side effects, and it would keep every schema of the
// package in every consumer's bundle. `npm test` checks the sizes (scripts/check-size.mjs).
export { LandlinePhone, MobilePhone, PhoneNumber } from './schema/phone.js';
export { PersonName } from './schema/person-name.js';
export { PhotoUrl } from './schema/photo-url.js';
export { ContactCard } from './schema/contact-card.js';
export type { ContactCardInput } from './schema/contact-card.js';
export { Code, Id, UnitName } from './schema/id.js';
export { DivisionCode, GridCode } from './schema/division-code.js';
export { BilingualName } from './schema/bilingual-name.js';
export { Timestamp } from './schema/timestamp.js';
export { HANDLING_LEVELS, HandlingLevel } from './schema/handling-level.js';
export {
  Community,
  District,
  Grid,
  Institution,
  MicroGrid,
  Street,
  UNIT_KINDS,
} from './schema/admin-units.js';
export type { UnitKind } from './schema/admin-units.js';
export {
  CommunityCommittee,
  GridBranch,
  LeadHousehold,
  MicroGridGroup,
  PartyOrganisation,
  TemporaryBranch,
} from './schema/party-organisation.js';
export { Person, RoleAssignment } from './schema/person.js';
export type { Role } from './schema/person.js';
export { Shift } from './schema/shift.js';
export { Department } from './schema/department.js';
export { Category, Deadline } from './schema/category.js';
export { ResidentUnit } from './schema/resident-unit.js';
export { Household } from './schema/household.js';
export { ResidentIdNumber } from './schema/resident-id-number.js';
export { Resident, SENSITIVITY_FLAGS, SensitivityFlag } from './schema/resident.js';
export { COORDINATE_SYSTEMS, CoordinateSystem, GeoPoint, Location } from './schema/geo-point.js';
export { CASE_STEPS, CaseStep } from './schema/case-step.js';
export { CaseHistoryEntry, CaseRecord, CaseReporter } from './schema/case-record.js';
export { DistrictBundle } from './schema/district-bundle.js';
export type { DistrictBundleInput } from './schema/district-bundle.js';

// validation
export { parseInput, parseJsonInput } from './validation/parse-input.js';
export type { ParseResult } from './validation/parse-result.js';
export { parseContactCard, parseContactCardJson } from './validation/parse-contact-card.js';

// district
export { loadDistrict, loadDistrictJson } from './district/load-district.js';
export type { LoadDistrictOptions } from './district/load-district.js';
export type { LoadedDistrict, UnitRef } from './district/loaded-district.js';
export { unitChain } from './district/unit-chain.js';
export { workersOf } from './district/workers-of.js';
export { onDuty } from './district/on-duty.js';
export { categoryTree } from './district/category-tree.js';
export type { CategoryNode, DepartmentNode } from './district/category-tree.js';
export { addPerson, editDistrict, moveMicroGrid } from './district/edit-district.js';

// geo
export {
  AreaGeometry,
  GridFeature,
  GridFeatureProperties,
  GridLayer,
  LAYER_LEVELS,
  LinearRing,
  MultiPolygonGeometry,
  PolygonGeometry,
  Position,
} from './geo/grid-layer.js';
export {
  convertGeometry,
  convertLayer,
  convertLocation,
  convertPosition,
} from './geo/coordinate-system.js';
export { parseGridLayer, parseGridLayerJson } from './geo/parse-grid-layer.js';
export { GEO_MESSAGES } from './i18n/geo-messages.js';
export type { GeoMessageCode } from './i18n/geo-messages.js';
export { GridIndex } from './geo/grid-index.js';
export type { GridIndexOptions } from './geo/grid-index.js';
export type {
  LocateInside,
  LocateInvalid,
  LocateOutside,
  LocateResult,
} from './geo/locate-result.js';

// privacy
export { maskPhone } from './privacy/mask-phone.js';
export { maskName } from './privacy/mask-name.js';
export { PERSONAL_DATA } from './privacy/personal-data.js';
export type { PersonalDataClass } from './privacy/personal-data.js';
