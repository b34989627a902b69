import { deepFreeze } from '../../district/deep-freeze.js';
import { convertLocation } from '../../geo/coordinate-system.js';
import type { LocalizedText } from '../../i18n/localized-text.js';
import { OPEN311_STATUS_NOTES } from '../../i18n/open311-status-notes.js';
import type { CaseRecord } from '../../schema/case-record.js';
import { formatAtOffset } from './open311-datetime.js';
import { nameKey, type Open311Options } from './open311-options.js';
import type { Open311Profile } from './open311-profile.js';
import type { Open311ServiceRequest } from './open311-service-request.js';
import { publicDescription } from './public-description.js';

/** Degrees kept in `lat` and `long`: 6 decimals, about 0.1 m. */
const PRECISION = 1e6;

function statusNotes(record: CaseRecord): LocalizedText {
  if (record.step !== 'archived') {
    return OPEN311_STATUS_NOTES.open(record.step, record.level, record.suspension !== undefined);
  }
  switch (record.outcome) {
    case 'resolved':
      return OPEN311_STATUS_NOTES.resolved(record.level);
    case 'invalid':
      return OPEN311_STATUS_NOTES.invalid;
    case 'duplicate':
      return OPEN311_STATUS_NOTES.duplicate(record.duplicateOf);
    case 'referred':
      return OPEN311_STATUS_NOTES.referred(record.referredTo);
    case undefined:
      return OPEN311_STATUS_NOTES.archived;
  }
}

/** A unit's name in the locale (units other than grids may have an English name). */
function unitName(
  profile: Open311Profile,
  id: string | undefined,
  key: 'zh' | 'en',
): string | undefined {
  const unit = id === undefined ? undefined : profile.district.units.get(id);
  if (!unit) return undefined;
  const record = unit.record;
  return key === 'en' && 'nameEn' in record && record.nameEn !== undefined
    ? record.nameEn
    : record.name;
}

function agencyOf(
  profile: Open311Profile,
  record: CaseRecord,
  key: 'zh' | 'en',
): string | undefined {
  const department =
    record.departmentId === undefined
      ? undefined
      : profile.district.departments.get(record.departmentId);
  return department ? department.name[key] : unitName(profile, record.unitId, key);
}

function mediaUrlOf(profile: Open311Profile, record: CaseRecord): string | undefined {
  const first = record.mediaUrls[0];
  if (first === undefined || /^https?:\/\//i.test(first)) return first;
  const base = profile.config.mediaBaseUrl;
  if (base === undefined) return first;
  return `${base.replace(/\/+$/, '')}/${first.replace(/^\.?\/+/, '')}`;
}

/**
 * A case (案件) as an Open311 GeoReport v2 service request, for `GET /requests` and
 * `GET /requests/{id}`. The reporter (name, mobile, person) is never part of it, nor any staff
 * note; what the public sees:
 *
 * - `service_request_id` the case id; `status` `closed` once archived (结案归档, rejected cases
 *   included), else `open`; `status_notes` the step and handling level in the locale, or how it
 *   ended (resolved, or rejected as invalid, duplicate of a case, referred to a body);
 * - `service_code` and `service_name` from its category; `description` the reporter's, with
 *   the reporters' own names and mobiles masked where they wrote them into it (`王**`,
 *   `139****5678`);
 *   `agency_responsible` the department it is assigned to, or else the responsible unit;
 *   `service_notice` the category's, from the configuration;
 * - `requested_datetime`, `updated_datetime` (when closed, the archiving time) and
 *   `expected_datetime` (the due time; left out when archived or suspended), ISO 8601 at the
 *   configuration's `utcOffset` (`2026-11-02T09:30:00+08:00`);
 * - `address` the names of its units from the finest to the district, `address_id` its
 *   micro-grid's or grid's id, `lat` and `long` in WGS-84 (converted from the case's coordinate
 *   system, 6 decimals), `media_url` its first photo (made absolute with `mediaBaseUrl`); no
 *   `zipcode`.
 *
 * @example
 * ```ts
 * import { open311ServiceRequest, writeOpen311ServiceRequests, type CaseRecord, type Open311Profile } from '@wangge/core';
 * declare const profile: Open311Profile;
 * declare const cases: readonly CaseRecord[];
 * const xml = writeOpen311ServiceRequests(
 *   cases.map((record) => open311ServiceRequest(profile, record)),
 *   'xml',
 * );
 * ```
 */
export function open311ServiceRequest(
  profile: Open311Profile,
  record: CaseRecord,
  options: Open311Options = {},
): Open311ServiceRequest {
  const key = nameKey(options.locale);
  const locale = options.locale ?? 'zh-CN';
  const offset = profile.config.utcOffset;
  const at = (timestamp: string) => formatAtOffset(Date.parse(timestamp), offset);
  const closed = record.step === 'archived';
  const category = profile.district.categories.get(record.categoryCode);
  const [long, lat] = convertLocation(record.location, 'WGS84').point.coordinates;
  const address = [
    record.microGridId,
    record.gridId,
    record.communityId,
    record.streetId,
    record.districtId,
  ]
    .map((id) => unitName(profile, id, key))
    .filter((name) => name !== undefined)
    .join(key === 'en' ? ', ' : '，');
  const request: Open311ServiceRequest = {
    service_request_id: record.id,
    status: closed ? 'closed' : 'open',
    status_notes: statusNotes(record)[locale],
    service_code: profile.serviceCodes.get(record.categoryCode) ?? record.categoryCode,
    description: publicDescription(record),
    requested_datetime: at(record.createdAt),
    updated_datetime: at(closed ? (record.archivedAt ?? record.updatedAt) : record.updatedAt),
    address_id: record.microGridId ?? record.gridId,
    lat: Math.round(lat * PRECISION) / PRECISION,
    long: Math.round(long * PRECISION) / PRECISION,
  };
  if (category) request.service_name = category.name[key];
  const agency = agencyOf(profile, record, key);
  if (agency !== undefined) request.agency_responsible = agency;
  const notice = profile.config.services[record.categoryCode]?.serviceNotice?.[key];
  if (notice !== undefined) request.service_notice = notice;
  if (!closed && record.suspension === undefined) request.expected_datetime = at(record.dueAt);
  if (address !== '') request.address = address;
  const media = mediaUrlOf(profile, record);
  if (media !== undefined) request.media_url = media;
  return deepFreeze(orderFields(request));
}

const ORDER: readonly (keyof Open311ServiceRequest)[] = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];

/** The request with its keys in the spec's order, so that it reads (and logs) as the spec's. */
function orderFields(request: Open311ServiceRequest): Open311ServiceRequest {
  const out: Record<string, unknown> = {};
  for (const field of ORDER) if (request[field] !== undefined) out[field] = request[field];
  return out as Open311ServiceRequest;
}
