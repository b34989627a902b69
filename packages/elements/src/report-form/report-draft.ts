import {
  CaseNote,
  CasePriority,
  CaseReporter,
  Code,
  Id,
  Location,
  MobilePhone,
  PersonName,
  PhotoUrl,
  parseInput,
  type CoordinateSystem,
  type ParseResult,
  type ValidationIssue,
} from '@wangge/core';
import type { ReportFields } from './report-event.js';

/** The reporter kinds a person can choose in the form (alarms and the system report otherwise). */
export const REPORTER_KINDS = ['grid-worker', 'resident', 'hotline'] as const;
/** A reporter kind offered by the form. */
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** The kind of a reporter when the form offers it, else `undefined`. */
export const kindOfReporter = (kind: string): ReporterKind | undefined =>
  (REPORTER_KINDS as readonly string[]).includes(kind) ? (kind as ReporterKind) : undefined;

/** Kinds whose reporter may leave a name and a mobile (a resident, a hotline caller). */
export const takesContact = (kind: ReporterKind): boolean => kind !== 'grid-worker';

/** How many photo addresses a report carries at most: the `mediaUrls` limit of `CaseCommand`. */
export const MAX_PHOTOS = 20;
/** The longest description: `CaseNote`'s limit. */
export const MAX_DESCRIPTION = 2000;

/** One photo address being typed; `key` stays with the row when others are removed. */
export interface PhotoDraft {
  readonly key: number;
  readonly url: string;
}

/** Everything the user typed or chose, as typed: nothing is lost when it does not validate. */
export interface ReportDraft {
  readonly categoryCode: string;
  readonly longitude: string;
  readonly latitude: string;
  readonly coordinateSystem: CoordinateSystem;
  readonly streetId: string;
  readonly communityId: string;
  readonly gridId: string;
  readonly microGridId: string;
  readonly description: string;
  readonly photos: readonly PhotoDraft[];
  readonly priority: 'normal' | 'urgent';
  readonly reporterKind: ReporterKind;
  readonly reporterName: string;
  readonly reporterMobile: string;
}

/** An empty draft. */
export function emptyDraft(kind: ReporterKind, system: CoordinateSystem): ReportDraft {
  return {
    categoryCode: '',
    longitude: '',
    latitude: '',
    coordinateSystem: system,
    streetId: '',
    communityId: '',
    gridId: '',
    microGridId: '',
    description: '',
    photos: [],
    priority: 'normal',
    reporterKind: kind,
    reporterName: '',
    reporterMobile: '',
  };
}

/**
 * What is wrong with one field: nothing was given for a field the command needs, or core's
 * schema refused what was given (its issue carries the message in zh-CN and en).
 */
export type FieldProblem =
  { readonly kind: 'required' } | { readonly kind: 'issue'; readonly issue: ValidationIssue };

/** The fields problems are reported on; photos are `photo-<key>`. */
export type FieldKey =
  | 'category'
  | 'longitude'
  | 'latitude'
  | 'grid'
  | 'description'
  | 'reporterKind'
  | 'reporterName'
  | 'reporterMobile'
  | `photo-${number}`;

/** The outcome of checking a draft: the problems by field, or the report when there are none. */
export interface DraftCheck {
  readonly problems: ReadonlyMap<FieldKey, FieldProblem>;
  readonly report: ReportFields | undefined;
}

const blank = (text: string): boolean => text.trim() === '';

/** A typed coordinate as a number, or `undefined` when it is not one. */
export function coordinate(text: string): number | undefined {
  if (blank(text)) return undefined;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : undefined;
}

/** The point typed into the draft, when both coordinates are numbers. */
export function draftLocation(draft: ReportDraft): Location | undefined {
  const longitude = coordinate(draft.longitude);
  const latitude = coordinate(draft.latitude);
  if (longitude === undefined || latitude === undefined) return undefined;
  return {
    point: { type: 'Point', coordinates: [longitude, latitude] },
    coordinateSystem: draft.coordinateSystem,
  };
}

/**
 * Checks a draft with core's schemas, field by field (`Code`, `Location`, `Id`, `CaseNote`,
 * `PhotoUrl`, `CasePriority`, `PersonName`, `MobilePhone`, `CaseReporter`): the same pieces the
 * `report` variant of `CaseCommand` is made of, so that a report that passes here passes there.
 */
export function checkDraft(
  draft: ReportDraft,
  options: { readonly reporterId: string; readonly hasCategory: (code: string) => boolean },
): DraftCheck {
  const problems = new Map<FieldKey, FieldProblem>();
  const read = <T>(key: FieldKey, result: ParseResult<T>): T | undefined => {
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    if (issue && !problems.has(key)) problems.set(key, { kind: 'issue', issue });
    return undefined;
  };
  // A field the command needs and nothing was given for: no schema message ("expected string,
  // received undefined") would tell the user more than that it is needed.
  const needed = <T>(key: FieldKey, text: string, parse: () => ParseResult<T>): T | undefined => {
    if (!blank(text)) return read(key, parse());
    problems.set(key, { kind: 'required' });
    return undefined;
  };

  const code = options.hasCategory(draft.categoryCode) ? draft.categoryCode : '';
  const categoryCode = needed('category', code, () => parseInput(Code, code, 'categoryCode'));

  for (const key of ['longitude', 'latitude'] as const) {
    if (coordinate(draft[key]) === undefined) problems.set(key, { kind: 'required' });
  }
  const typed = draftLocation(draft);
  let location: Location | undefined;
  if (typed) {
    const result = parseInput(Location, typed, 'location');
    if (result.success) location = result.data;
    else {
      for (const issue of result.error.issues) {
        // ['point', 'coordinates', 1] is the latitude; anything else is shown on the longitude.
        const key = issue.path[2] === 1 ? 'latitude' : 'longitude';
        if (!problems.has(key)) problems.set(key, { kind: 'issue', issue });
      }
    }
  }

  const gridId = needed('grid', draft.gridId, () => parseInput(Id, draft.gridId, 'gridId'));
  const microGridId = blank(draft.microGridId)
    ? undefined
    : read('grid', parseInput(Id, draft.microGridId, 'microGridId'));

  const description = needed('description', draft.description, () =>
    parseInput(CaseNote, draft.description, 'description'),
  );

  const mediaUrls: string[] = [];
  for (const photo of draft.photos.slice(0, MAX_PHOTOS)) {
    if (blank(photo.url)) continue;
    const url = read(`photo-${photo.key}`, parseInput(PhotoUrl, photo.url, 'mediaUrls'));
    if (url !== undefined) mediaUrls.push(url);
  }

  const priority = read('reporterKind', parseInput(CasePriority, draft.priority, 'priority'));

  const contact = takesContact(draft.reporterKind);
  const name =
    contact && !blank(draft.reporterName)
      ? read('reporterName', parseInput(PersonName, draft.reporterName, 'reporter.name'))
      : undefined;
  const mobile =
    contact && !blank(draft.reporterMobile)
      ? read('reporterMobile', parseInput(MobilePhone, draft.reporterMobile, 'reporter.mobile'))
      : undefined;
  const personId =
    draft.reporterKind === 'grid-worker' && !blank(options.reporterId)
      ? options.reporterId.trim()
      : undefined;
  const reporter = read(
    'reporterKind',
    parseInput(
      CaseReporter,
      {
        kind: draft.reporterKind,
        ...(personId === undefined ? {} : { personId }),
        ...(name === undefined ? {} : { name }),
        ...(mobile === undefined ? {} : { mobile }),
      },
      'reporter',
    ),
  );

  if (
    problems.size > 0 ||
    categoryCode === undefined ||
    location === undefined ||
    gridId === undefined ||
    description === undefined ||
    priority === undefined ||
    reporter === undefined
  ) {
    return { problems, report: undefined };
  }
  const report: ReportFields = {
    categoryCode,
    priority,
    location,
    gridId,
    ...(microGridId === undefined ? {} : { microGridId }),
    reporter,
    description,
    mediaUrls,
  };
  return { problems, report };
}
