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

// errors
export { WanggeError } from './errors/wangge-error.js';
export { WanggeValidationError, formatPath } from './errors/validation-error.js';
export type { ValidationIssue } from './errors/validation-error.js';

// schema
export {
  LandlinePhone,
  MobilePhone,
  PhoneNumber,
  normalizeLandline,
  normalizeMobile,
  normalizePhone,
  phoneKind,
  telUri,
} from './schema/phone.js';
export type { PhoneKind } from './schema/phone.js';
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
export { ResidentIdNumber, isResidentIdNumber } from './schema/resident-id-number.js';
export { Resident, SENSITIVITY_FLAGS, SensitivityFlag } from './schema/resident.js';
export {
  COORDINATE_SYSTEMS,
  CoordinateSystem,
  GeoPoint,
  Location,
} from './schema/geo-point.js';
export { CASE_STEPS, CaseStep } from './schema/case-step.js';
export { CaseHistoryEntry, CaseRecord, CaseReporter } from './schema/case-record.js';
export { DistrictBundle } from './schema/district-bundle.js';
export type { DistrictBundleInput } from './schema/district-bundle.js';

// validation
export { parseInput, parseJsonInput } from './validation/parse-input.js';
export type { ParseResult } from './validation/parse-result.js';
export { parseContactCard, parseContactCardJson } from './validation/parse-contact-card.js';

// privacy
export { maskPhone } from './privacy/mask-phone.js';
export { maskName } from './privacy/mask-name.js';
export { PERSONAL_DATA } from './privacy/personal-data.js';
export type { PersonalDataClass } from './privacy/personal-data.js';
