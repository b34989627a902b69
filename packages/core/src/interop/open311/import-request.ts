import { isPersonName } from '../../format/person-name.js';
import { normalizeMobile } from '../../format/phone.js';
import type { GridIndex } from '../../geo/grid-index.js';
import type { CaseCommand } from '../../schema/case-command.js';
import type { CaseReporter } from '../../schema/case-reporter.js';
import type { CoordinateSystem } from '../../schema/geo-point.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { formatAtOffset } from './open311-datetime.js';
import type { Open311Format } from './open311-format.js';
import type { Open311Options } from './open311-options.js';
import type { Open311PostRequest } from './open311-post-request.js';
import type { Open311Profile } from './open311-profile.js';
import type { Open311ServiceRequest } from './open311-service-request.js';
import { readOpen311PostForm } from './post-form.js';
import { toReport } from './report-command.js';
import { readOpen311ServiceRequests } from './service-requests-document.js';

/**
 * A `report` case command (问题上报), as `importOpen311Post` and `importOpen311Request` make it.
 *
 * @example
 * ```ts
 * import type { Open311ReportCommand } from '@wangge/core';
 * const where = (command: Open311ReportCommand) => `${command.gridId} ${command.categoryCode}`;
 * ```
 */
export type Open311ReportCommand = Extract<CaseCommand, { type: 'report' }>;

/**
 * How reports imported from Open311 enter the case engine: the grid layer that locates them
 * (`GridIndex`), the person the district lets report them (the account of its Open311 intake,
 * who must have the `report` power over every grid, e.g. a command operator 指挥中心操作员 at the
 * district), and the ids of each new case and its command (injected, like every id in wangge:
 * derive them from `serviceRequestId` to make a re-import idempotent, as the engine answers a
 * repeated `commandId` with its first result).
 *
 * @example
 * ```ts
 * import type { GridIndex, Open311ImportOptions } from '@wangge/core';
 * declare const gridIndex: GridIndex;
 * let n = 0;
 * const options: Open311ImportOptions = {
 *   gridIndex,
 *   actorId: 'p-7',
 *   ids: () => ({ caseId: `o311-${String(++n)}`, commandId: `o311-cmd-${String(n)}` }),
 * };
 * ```
 */
export interface Open311ImportOptions extends Open311Options {
  /** Locates the point (given in WGS-84) in the district's grids. */
  readonly gridIndex: GridIndex;
  /** Who reports the case. */
  readonly actorId: string;
  /** The ids of the case and the command for the request at `index` (0 for a POST). */
  readonly ids: (request: {
    readonly index: number;
    readonly serviceRequestId: string | undefined;
  }) => { readonly caseId: string; readonly commandId: string };
  /** The coordinate system the case keeps its location in (default: the grid layer's). */
  readonly coordinateSystem?: CoordinateSystem;
}

/**
 * An Open311 request turned into a report: the `report` command for `engine.execute`, and the
 * fields that had a value but are not part of it (`email`, `device_id`, `account_id`,
 * `address_string`, a phone that is not a mainland mobile, `attribute[X]` the category does not
 * ask, `status` of an imported request, …), so that nothing is lost silently.
 *
 * @example
 * ```ts
 * import type { Open311Import } from '@wangge/core';
 * const note = (imported: Open311Import) => imported.dropped.join(', ');
 * ```
 */
export interface Open311Import {
  readonly command: Open311ReportCommand;
  readonly dropped: readonly string[];
}

/**
 * One request of an imported document: its `service_request_id` in the other system, and the
 * report it became or why it could not.
 *
 * @example
 * ```ts
 * import type { Open311ImportOutcome } from '@wangge/core';
 * const failed = (outcomes: readonly Open311ImportOutcome[]) =>
 *   outcomes.filter((outcome) => !outcome.result.success).map((o) => o.serviceRequestId);
 * ```
 */
export interface Open311ImportOutcome {
  readonly serviceRequestId: string;
  readonly result: ParseResult<Open311Import>;
}

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;

/** `王` + `秀英` is `王秀英`; `john` + `smith` is `john smith`. */
function fullName(first: string | undefined, last: string | undefined): string | undefined {
  if (first === undefined || last === undefined) return first ?? last;
  return CJK.test(first) && CJK.test(last) ? `${last}${first}` : `${first} ${last}`;
}

/** The reporter of a POST: a resident, with the name and mobile when they are valid. */
function reporterOf(form: Open311PostRequest, dropped: string[]): CaseReporter {
  const reporter: CaseReporter = { kind: 'resident' };
  const name = fullName(form.first_name, form.last_name);
  if (name !== undefined && isPersonName(name)) reporter.name = name;
  else {
    if (form.first_name !== undefined) dropped.push('first_name');
    if (form.last_name !== undefined) dropped.push('last_name');
  }
  const mobile = form.phone === undefined ? undefined : normalizeMobile(form.phone);
  if (mobile !== undefined) reporter.mobile = mobile;
  else if (form.phone !== undefined) dropped.push('phone');
  return reporter;
}

/**
 * Turns an Open311 POST service request (the form a resident's app sends to `POST /requests`)
 * into a `report` command that the case engine accepts, without throwing:
 *
 * - `service_code` → the category (through the configuration's mapping);
 * - `lat`/`long` (WGS-84) → the grid and micro-grid holding the point (`gridIndex`), and the
 *   location converted to the district's coordinate system (GCJ-02, BD-09 …);
 * - `description` (or the category's name when there is none) with the answers to the
 *   category's attributes appended, one line each (`通道是否完全堵死？：完全堵死`);
 * - `media_url` → the case's photo; `first_name`, `last_name` and a mainland mobile `phone` → the
 *   reporter (a resident), kept for the feedback (处理反馈) and never exported again.
 *
 * An unknown service code, a missing or out-of-range `lat`/`long` (an address alone cannot be
 * located), a point outside every grid, a missing required attribute, an answer of the wrong
 * datatype, a description over 2,000 characters or a media URL that is not http(s) come back as
 * issues with stable codes, paths and messages in zh-CN and en: all of them at once, after those
 * of the form itself (`readOpen311PostForm`), which come first and alone. Answer them with
 * `writeOpen311Errors(open311Errors(result.error), format)`.
 *
 * @example
 * ```ts
 * import { createCaseEngine, importOpen311Post, type GridIndex, type Open311Profile } from '@wangge/core';
 * declare const profile: Open311Profile;
 * declare const gridIndex: GridIndex;
 * declare const body: string; // the request body, application/x-www-form-urlencoded
 * const result = importOpen311Post(profile, body, {
 *   gridIndex,
 *   actorId: 'p-7',
 *   ids: () => ({ caseId: 'c-1001', commandId: 'cmd-1001' }),
 * });
 * if (result.success) {
 *   const engine = createCaseEngine({ district: profile.district, clock: () => new Date() });
 *   await engine.execute(result.data.command);
 * }
 * ```
 */
export function importOpen311Post(
  profile: Open311Profile,
  body: string | Readonly<Record<string, unknown>> | Open311PostRequest,
  options: Open311ImportOptions,
): ParseResult<Open311Import> {
  const form = readOpen311PostForm(body);
  if (!form.success) return form;
  const post = form.data;
  const dropped: string[] = [];
  const reporter = reporterOf(post, dropped);
  for (const field of [
    'address_string',
    'address_id',
    'email',
    'device_id',
    'account_id',
  ] as const) {
    if (post[field] !== undefined) dropped.push(field);
  }
  return toReport(
    profile,
    {
      service_code: post.service_code,
      lat: post.lat,
      long: post.long,
      description: post.description,
      media_url: post.media_url,
      reporter,
      attribute: post.attribute,
      observedAt: undefined,
      dropped,
    },
    options,
    { index: 0, serviceRequestId: undefined },
    'Open311PostRequest',
  );
}

const NOT_IMPORTED = [
  'status',
  'status_notes',
  'service_name',
  'agency_responsible',
  'service_notice',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
] as const;

/**
 * Turns a service request of another system's Open311 request list (read with
 * `readOpen311ServiceRequests`) into a `report` command, as `importOpen311Post` does a POST: its
 * `service_code` mapped to a category, `lat`/`long` located and converted, its `description` and
 * `media_url`; its `requested_datetime` becomes the report's `observedAt`. The reporter is a
 * resident without contact (lists carry none). Every request becomes a new report whatever its
 * `status`: filter the list first to import only open ones.
 *
 * @example
 * ```ts
 * import { importOpen311Request, readOpen311ServiceRequests, type Open311ImportOptions, type Open311Profile } from '@wangge/core';
 * declare const profile: Open311Profile;
 * declare const options: Open311ImportOptions;
 * declare const xml: string;
 * const list = readOpen311ServiceRequests(xml, 'xml');
 * if (list.success) {
 *   const open = list.data.filter((request) => request.status === 'open');
 *   const reports = open.map((request, index) => importOpen311Request(profile, request, options, index));
 * }
 * ```
 */
export function importOpen311Request(
  profile: Open311Profile,
  request: Open311ServiceRequest,
  options: Open311ImportOptions,
  index = 0,
): ParseResult<Open311Import> {
  const requested = request.requested_datetime;
  return toReport(
    profile,
    {
      service_code: request.service_code,
      lat: request.lat,
      long: request.long,
      description: request.description,
      media_url: request.media_url,
      reporter: { kind: 'resident' },
      attribute: {},
      observedAt:
        requested === undefined
          ? undefined
          : formatAtOffset(Date.parse(requested), profile.config.utcOffset),
      dropped: NOT_IMPORTED.filter((field) => request[field] !== undefined),
    },
    options,
    { index, serviceRequestId: request.service_request_id },
    'Open311ServiceRequest',
  );
}

/**
 * Reads an Open311 service request list (XML or JSON, e.g. from another city's
 * `GET /requests`) and turns each request into a report with `importOpen311Request`. A document
 * that cannot be read fails as a whole; otherwise each request has its own outcome, in order,
 * with its `service_request_id`, so that the good ones can be executed and the others reported.
 *
 * @example
 * ```ts
 * import { importOpen311Requests, type Open311ImportOptions, type Open311Profile } from '@wangge/core';
 * declare const profile: Open311Profile;
 * declare const options: Open311ImportOptions;
 * declare const json: string;
 * const result = importOpen311Requests(profile, json, 'json', options);
 * if (result.success) {
 *   for (const outcome of result.data) {
 *     if (outcome.result.success) console.log(outcome.serviceRequestId, outcome.result.data.command.gridId);
 *   }
 * }
 * ```
 */
export function importOpen311Requests(
  profile: Open311Profile,
  text: string,
  format: Open311Format,
  options: Open311ImportOptions,
): ParseResult<readonly Open311ImportOutcome[]> {
  const list = readOpen311ServiceRequests(text, format);
  if (!list.success) return list;
  const outcomes = list.data.map((request, index): Open311ImportOutcome => ({
    serviceRequestId: request.service_request_id,
    result: importOpen311Request(profile, request, options, index),
  }));
  return { success: true, data: Object.freeze(outcomes) };
}
