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
export { isCalendarDay } from './format/calendar-day.js';
export { timestampMs } from './format/timestamp-ms.js';

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
export {
  CalendarDay,
  HolidayYear,
  WorkingCalendar,
  WorkingPeriod,
} from './schema/working-calendar.js';
export type { WorkingCalendarInput } from './schema/working-calendar.js';
export { TimeOfDay } from './schema/working-calendar.js';
export { CheckIn } from './schema/check-in.js';
export { CategoryPolicy } from './schema/category-policy.js';
export { RoutingAction, RoutingCondition, RoutingRule } from './schema/routing-rule.js';
export { EscalationTarget } from './schema/escalation-target.js';
export { WorkerSelection } from './schema/worker-selection.js';
export { DuplicatePolicy } from './schema/duplicate-policy.js';
export { RuleSet } from './schema/rule-set.js';
export type { RuleSetInput } from './schema/rule-set.js';
export { CASE_STEPS, CaseStep } from './schema/case-step.js';
export { CaseReporter } from './schema/case-reporter.js';
export { CaseActor } from './schema/case-actor.js';
export { CaseNote } from './schema/case-note.js';
export { CasePlace } from './schema/case-place.js';
export { CasePriority } from './schema/case-priority.js';
export { HandoverSheet } from './schema/handover-sheet.js';
export {
  CASE_EVENT_DATA,
  CASE_EVENT_TYPES,
  FeedbackChannel,
  RejectReason,
} from './schema/case-event-data.js';
export type { CaseEventData, CaseEventType } from './schema/case-event-data.js';
export { CASE_EVENT_SCHEMA_VERSION, CaseEvent } from './schema/case-event.js';
export type { CaseEventEnvelope, CaseEventOf } from './schema/case-event.js';
export { EventHash, GENESIS_HASH } from './schema/event-hash.js';
export { CaseOutcome, CaseRecord } from './schema/case-record.js';
export { CASE_COMMAND_TYPES, CaseCommand } from './schema/case-command.js';
export type { CaseCommandInput, CaseCommandType } from './schema/case-command.js';
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

// calendar
export { CALENDAR_MESSAGES } from './i18n/calendar-messages.js';
export type {
  CalendarMessageCode,
  CalendarMessageEntry,
  CalendarMessageParams,
} from './i18n/calendar-messages.js';
export { parseWorkingCalendar } from './calendar/compiled-calendar.js';
export type { CompiledCalendar } from './calendar/compiled-calendar.js';
export { CHINA_PUBLIC_HOLIDAYS } from './calendar/china-holidays.js';
export { chinaWorkingCalendar } from './calendar/china-working-calendar.js';
export {
  addDeadline,
  addWorkingTime,
  isWorkingDay,
  workingTimeBetween,
} from './calendar/working-time.js';
export { formatInstant } from './calendar/format-instant.js';
export { placeOnCalendar } from './calendar/instant-on-calendar.js';
export type { InstantOnCalendar } from './calendar/instant-on-calendar.js';

// case
export { caseMachine } from './case/case-machine.js';
export type { CaseMachineEvent } from './case/case-machine.js';
export { machineAllows, machineEventOf, machineStateOf } from './case/machine-gate.js';
export { evolveCase } from './case/evolve-case.js';
export { replayCase } from './case/replay-case.js';
export { hashCaseEvent, verifyCaseLog } from './case/event-hash-chain.js';
export type { CaseLogProblem } from './case/event-hash-chain.js';
export { digestCommand } from './case/digest-command.js';
export { CASE_ROLE_POWERS } from './case/case-role-powers.js';
export { authorizeCaseCommand, capabilityOf } from './case/authorize-command.js';
export type {
  CaseAuthorization,
  CaseCapability,
  CaseDenial,
  CaseDenialCode,
  CaseScope,
} from './case/authorize-command.js';
export { CaseAuthorizationError, CaseCommandError, CaseConflictError } from './case/case-errors.js';
export { unitAtLevel } from './district/unit-at-level.js';
export type { CaseTerritory } from './case/case-territory.js';
export { isHandlingStep, isOverdue, needsSweep, summarizeCase } from './case/case-summary.js';
export type { CaseSummary } from './case/case-summary.js';
export { caseHistory } from './case/case-history.js';
export type { CaseHistoryEntry } from './case/case-history.js';
export type {
  CaseCommit,
  CaseListPage,
  CaseListQuery,
  CaseStore,
  CommandReceipt,
  CommitOutcome,
} from './case/case-store.js';
export { InMemoryCaseStore } from './case/in-memory-case-store.js';
export type { CaseStoreImage } from './case/in-memory-case-store.js';
export { readCaseLog, upcastCaseEvent } from './case/upcast-case-event.js';
export type { CasePolicy } from './case/case-policy.js';
export { mergeDuplicate } from './case/merge-duplicate.js';
export type { MergeResult } from './case/merge-duplicate.js';
export { CaseEngine, createCaseEngine } from './case/case-engine.js';
export type {
  CaseCommandResult,
  CaseEngineOptions,
  CaseView,
  TickResult,
} from './case/case-engine.js';
export { CASE_MESSAGES, caseMessage } from './i18n/case-messages.js';
export type { CaseMessageCode, CaseMessageParams } from './i18n/case-messages.js';
export {
  CASE_COMMAND_NAMES,
  CASE_EVENT_NAMES,
  CASE_STEP_NAMES,
  HANDLING_LEVEL_NAMES,
} from './i18n/case-names.js';

// rules
export { RULE_MESSAGES, LEVEL_MOTTOS, deadlineText } from './i18n/rules-messages.js';
export type { RuleIssueCode, RuleMessageParams } from './i18n/rules-messages.js';
export type { RuleIssue } from './rules/rule-issue.js';
export type { EffectiveCategory } from './rules/effective-category.js';
export { checkRules } from './rules/check-rules.js';
export { compileRules } from './rules/compile-rules.js';
export type { CompileRulesResult, CompiledRules, RulesPolicy } from './rules/compile-rules.js';
export { FOUR_LEVEL_POLICY } from './rules/four-level-policy.js';
export { DutyRoster } from './rules/duty-roster.js';
export { CaseActivity, distanceMeters, reporterKey } from './rules/case-activity.js';
export type { ActivityCase, ActivityEntry } from './rules/case-activity.js';
export { decide } from './rules/decide.js';
export type { DecisionResult } from './rules/decide.js';
export type {
  Decision,
  DecisionInput,
  RuleOutcome,
  RuleTrace,
  WorkerTrace,
} from './rules/decision.js';
export { findDuplicates } from './rules/find-duplicates.js';
export type { DuplicateCandidate } from './rules/find-duplicates.js';

// privacy
export { maskPhone } from './privacy/mask-phone.js';
export { maskName } from './privacy/mask-name.js';
export { PERSONAL_DATA } from './privacy/personal-data.js';
export { publicDistrictBundle } from './privacy/public-district-bundle.js';
export type { PersonalDataClass } from './privacy/personal-data.js';

// kpi: the command centre's figures, from the event log
export { KpiByUnitQuery, KpiQuery, KpiScope, KpiSeriesQuery } from './schema/kpi-query.js';
export type { KpiScopeKind } from './schema/kpi-query.js';
export type { DurationStats, KpiRatio, KpiReport, KpiStep } from './kpi/kpi-report.js';
export { KPI_MESSAGES } from './i18n/kpi-messages.js';
export type { KpiMessageCode } from './i18n/kpi-messages.js';
export { KpiFacts } from './kpi/kpi-facts.js';
export type { KpiFactsResult } from './kpi/kpi-facts.js';
export type { KpiSource } from './kpi/kpi-source.js';
export { computeKpis } from './kpi/compute-kpis.js';
export type { KpiResult } from './kpi/compute-kpis.js';
export { computeKpisByUnit } from './kpi/compute-kpis-by-unit.js';
export type { KpiByUnitResult } from './kpi/compute-kpis-by-unit.js';
export { kpiSeries } from './kpi/kpi-series.js';
export type { KpiSeriesResult } from './kpi/kpi-series.js';

// export: GeoJSON and CSV
export { CASE_EXPORT_COLUMNS, CASE_EXPORT_HEADERS } from './interop/export/case-export-columns.js';
export type { CaseExportColumn } from './interop/export/case-export-columns.js';
export { CASE_EXPORT_VALUE_NAMES } from './interop/export/export-value-names.js';
export type { CaseExportStatus, PersonalDataState } from './interop/export/export-value-names.js';
export type {
  CaseExportOptions,
  CsvExportOptions,
  ExportValues,
  GeoJsonExportOptions,
} from './interop/export/export-options.js';
export { ExportPermission } from './interop/export/export-permission.js';
export type { ExportDenial, ExportPermissionResult } from './interop/export/export-permission.js';
export { maskFreeText } from './privacy/mask-free-text.js';
export { casesToCsv, casesToCsvChunks } from './interop/export/cases-to-csv.js';
export { casesToGeoJson } from './interop/export/cases-to-geojson.js';
export type {
  CaseFeature,
  CaseFeatureCollection,
  CaseFeatureProperties,
} from './interop/export/cases-to-geojson.js';
export { EXPORT_MESSAGES } from './i18n/export-messages.js';
export type {
  ExportMessageCode,
  ExportMessageEntry,
  ExportMessageParams,
} from './i18n/export-messages.js';

// interop: Open311 GeoReport v2
export { OPEN311_MESSAGES } from './i18n/open311-messages.js';
export type { Open311MessageCode } from './i18n/open311-messages.js';
export { OPEN311_FORMATS } from './interop/open311/open311-format.js';
export type { Open311Format } from './interop/open311/open311-format.js';
export type { Open311Options } from './interop/open311/open311-options.js';
export { Open311Text } from './interop/open311/open311-text.js';
export { Open311DateTime, isOpen311DateTime } from './interop/open311/open311-datetime.js';
export {
  OPEN311_SERVICE_TYPES,
  Open311Keyword,
  Open311Service,
  Open311ServiceType,
} from './interop/open311/open311-service.js';
export {
  OPEN311_DATATYPES,
  Open311Datatype,
  Open311ServiceAttribute,
  Open311ServiceDefinition,
} from './interop/open311/open311-service-definition.js';
export {
  OPEN311_STATUSES,
  Open311ServiceRequest,
} from './interop/open311/open311-service-request.js';
export { Open311PostRequest } from './interop/open311/open311-post-request.js';
export { Open311PostResponse } from './interop/open311/open311-post-response.js';
export { Open311Error } from './interop/open311/open311-error.js';
export { Open311Attribute, Open311BilingualText } from './interop/open311/open311-attribute.js';
export type { Open311AttributeInput } from './interop/open311/open311-attribute.js';
export {
  Open311Config,
  Open311ServiceCode,
  Open311ServiceConfig,
} from './interop/open311/open311-config.js';
export type { Open311ConfigInput } from './interop/open311/open311-config.js';
export { compileOpen311Config } from './interop/open311/open311-profile.js';
export type { Open311Profile } from './interop/open311/open311-profile.js';
export { open311ServiceDefinition, open311Services } from './interop/open311/district-services.js';
export { open311ServiceRequest } from './interop/open311/case-service-request.js';
export { readOpen311Services, writeOpen311Services } from './interop/open311/services-document.js';
export {
  readOpen311ServiceDefinition,
  writeOpen311ServiceDefinition,
} from './interop/open311/service-definition-document.js';
export {
  readOpen311ServiceRequests,
  writeOpen311ServiceRequests,
} from './interop/open311/service-requests-document.js';
export {
  readOpen311PostResponse,
  writeOpen311PostResponse,
} from './interop/open311/post-response-document.js';
export { readOpen311Errors, writeOpen311Errors } from './interop/open311/errors-document.js';
export { open311Errors } from './interop/open311/open311-errors-of.js';
export { readOpen311PostForm } from './interop/open311/post-form.js';
export {
  importOpen311Post,
  importOpen311Request,
  importOpen311Requests,
} from './interop/open311/import-request.js';
export type {
  Open311Import,
  Open311ImportOptions,
  Open311ImportOutcome,
  Open311ReportCommand,
} from './interop/open311/import-request.js';

// assessment: patrols, duty, scores
export {
  ASSESSMENT_MESSAGES,
  ASSESSMENT_METRIC_NAMES,
  UNMEASURED_REASON_TEXTS,
} from './i18n/assessment-messages.js';
export type {
  AssessmentMessageCode,
  AssessmentMessageEntry,
  AssessmentMessageParams,
} from './i18n/assessment-messages.js';
export {
  MAX_PATROL_POINTS,
  PatrolPoint,
  PatrolTrack,
  parsePatrolTrack,
} from './assessment/patrol-track.js';
export type { PatrolOptions } from './assessment/patrol-options.js';
export { measurePatrol } from './assessment/measure-patrol.js';
export type { PatrolArea, PatrolMeasurement } from './assessment/measure-patrol.js';
export { dutyStatus } from './assessment/duty-status.js';
export type {
  DutyState,
  DutyStatusInput,
  DutyStatusReport,
  LastSeen,
  WorkerDutyStatus,
} from './assessment/duty-status.js';
export { ASSESSMENT_METRICS, METRIC_DEFINITIONS } from './assessment/assessment-metric.js';
export type {
  AssessmentMetricName,
  MetricDirection,
  MetricUnit,
  UnmeasuredReason,
} from './assessment/assessment-metric.js';
export {
  AssessmentMetricRule,
  AssessmentScheme,
  parseAssessmentScheme,
  parseAssessmentSchemeJson,
} from './assessment/assessment-scheme.js';
export { DEFAULT_ASSESSMENT_SCHEME } from './assessment/default-scheme.js';
export { assessGrid, assessWorker } from './assessment/assess.js';
export type {
  Assessment,
  AssessmentInput,
  AssessmentSubject,
  MetricAssessment,
} from './assessment/assess.js';
export { rankAssessments } from './assessment/rank-assessments.js';
export type { RankedAssessment } from './assessment/rank-assessments.js';
