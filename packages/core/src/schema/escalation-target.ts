import * as z from 'zod/mini';
import { HandlingLevel } from './handling-level.js';
import { Id } from './id.js';

/**
 * Where a case goes when it cannot be settled at a level (逐级上报), with its handover sheet:
 *
 * - `parent`: the unit of the next level up (grid → community → street → district);
 * - `department`: a department (职能部门), at the given level, which must be above;
 * - `command-centre`: the district's command centre (区级会诊).
 *
 * @example
 * ```ts
 * import { EscalationTarget } from '@wangge/core';
 * EscalationTarget.parse({ to: 'department', departmentId: 'd-zf', level: 'district' });
 * ```
 */
export const EscalationTarget = /* @__PURE__ */ (() =>
  z.discriminatedUnion('to', [
    z.strictObject({ to: z.literal('parent') }),
    z.strictObject({ to: z.literal('department'), departmentId: Id, level: HandlingLevel }),
    z.strictObject({ to: z.literal('command-centre') }),
  ]))();
/** An escalation target. */
export type EscalationTarget = z.output<typeof EscalationTarget>;
