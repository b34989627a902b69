import * as z from 'zod/mini';
import { CaseNote } from './case-note.js';
import { PhotoUrl } from './photo-url.js';

/**
 * The handover sheet (问题交接单) that goes up with a case when a level cannot settle it: why it
 * goes up, what was tried at this level, and attachments (photos, scanned documents) as URLs.
 * The deadline sweep writes one itself when a case escalates because its deadline passed.
 *
 * @example
 * ```ts
 * import { HandoverSheet } from '@wangge/core';
 * HandoverSheet.parse({
 *   reason: '涉及多户产权，网格内无法协调',
 *   tried: '两次入户协商，物业已到场',
 *   attachments: ['/files/case-17/site.jpg'],
 * });
 * ```
 */
export const HandoverSheet = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Why the case goes up. */
    reason: CaseNote,
    /** What was tried at the level it leaves. */
    tried: z.optional(CaseNote),
    attachments: z._default(z.array(PhotoUrl).check(z.maxLength(20)), () => []),
  }))();
/** A handover sheet (问题交接单). */
export type HandoverSheet = z.output<typeof HandoverSheet>;
