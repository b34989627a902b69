import * as z from 'zod/mini';
import { Id } from './id.js';
import { PersonName } from './person-name.js';
import { MobilePhone } from './phone.js';

/**
 * Who reported a problem: a grid worker on patrol, a resident (through the contact card), the
 * 12345 hotline, a one-click alarm (一键报警) or the system itself. A resident's name and mobile
 * are personal data, masked by every widget.
 *
 * @example
 * ```ts
 * import { CaseReporter } from '@wangge/core';
 * CaseReporter.parse({ kind: 'grid-worker', personId: 'p-1' });
 * CaseReporter.parse({ kind: 'resident', name: '王秀英', mobile: '13912345678' });
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
