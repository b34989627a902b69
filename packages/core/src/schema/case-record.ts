import * as z from 'zod/mini';
import { CaseStep } from './case-step.js';
import { HandlingLevel } from './handling-level.js';
import { Code, Id } from './id.js';
import { Location } from './geo-point.js';
import { PersonName } from './person-name.js';
import { MobilePhone } from './phone.js';
import { PhotoUrl } from './photo-url.js';
import { Timestamp } from './timestamp.js';

/**
 * Who reported a problem: a grid worker on patrol, a resident (through the contact card), the
 * 12345 hotline, a one-click alarm (一键报警) or the system itself. A resident's name and mobile
 * are personal data.
 *
 * @example
 * ```ts
 * import { CaseReporter } from '@wangge/core';
 * CaseReporter.parse({ kind: 'grid-worker', personId: 'p-1' });
 * ```
 */
export const CaseReporter = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.enum(['grid-worker', 'resident', 'hotline', 'alarm', 'system']),
    personId: z.optional(Id),
    name: z.optional(PersonName),
    mobile: z.optional(MobilePhone),
  }))();
/** The reporter of a case. */
export type CaseReporter = z.output<typeof CaseReporter>;

/**
 * One entry of a case's history, as recorded by the case engine: when, what, who, and the step
 * and level the case was in afterwards.
 *
 * @example
 * ```ts
 * import { CaseHistoryEntry } from '@wangge/core';
 * CaseHistoryEntry.parse({ at: '2026-11-26T09:30:00+08:00', type: 'reported', step: 'reported', level: 'grid' });
 * ```
 */
export const CaseHistoryEntry = /* @__PURE__ */ (() =>
  z.strictObject({
    at: Timestamp,
    type: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/)),
    actorId: z.optional(Id),
    step: CaseStep,
    level: HandlingLevel,
    note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  }))();
/** An entry of a case's history. */
export type CaseHistoryEntry = z.output<typeof CaseHistoryEntry>;

/**
 * A case (案件): one reported problem on its way through the six-step closed loop and the four
 * handling levels. Due times are absolute instants stored with the case, one per level that has
 * had the case; the case engine computes them and keeps the history.
 *
 * @example
 * ```ts
 * import { CaseRecord } from '@wangge/core';
 * CaseRecord.parse({
 *   id: 'c-1', categoryCode: 'CG-01',
 *   location: { point: { type: 'Point', coordinates: [112.5636, 37.8618] }, coordinateSystem: 'GCJ02' },
 *   gridId: 'g-3', reporter: { kind: 'grid-worker', personId: 'p-1' },
 *   description: '楼道堆放杂物，堵塞消防通道', mediaUrls: [], priority: 'normal',
 *   level: 'grid', step: 'reported', dueAt: {}, history: [],
 *   createdAt: '2026-11-26T09:30:00+08:00', updatedAt: '2026-11-26T09:30:00+08:00', version: 0,
 * });
 * ```
 */
export const CaseRecord = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    categoryCode: Code,
    location: Location,
    gridId: Id,
    microGridId: z.optional(Id),
    reporter: CaseReporter,
    description: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    mediaUrls: z.array(PhotoUrl).check(z.maxLength(20)),
    priority: z.enum(['normal', 'urgent', 'alarm']),
    level: HandlingLevel,
    step: CaseStep,
    /** The due time at each level that has had the case. */
    dueAt: z.partialRecord(HandlingLevel, Timestamp),
    history: z.array(CaseHistoryEntry),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** Increases by one with every change: the basis of optimistic concurrency. */
    version: z.int().check(z.gte(0)),
  }))();
/** A case record. */
export type CaseRecord = z.output<typeof CaseRecord>;
