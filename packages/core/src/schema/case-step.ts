import * as z from 'zod/mini';

/**
 * The six steps of the closed loop (闭环管理), in order: `reported` 问题上报, `filed` 案卷建立,
 * `assigned` 任务指派, `investigating` 调查落实, `resolved` 处理反馈 (resolved, with feedback to the
 * reporter) and `archived` 结案归档.
 *
 * @example
 * ```ts
 * import { CASE_STEPS } from '@wangge/core';
 * CASE_STEPS.indexOf('assigned'); // 2
 * ```
 */
export const CASE_STEPS = [
  'reported',
  'filed',
  'assigned',
  'investigating',
  'resolved',
  'archived',
] as const;

/**
 * One step of the six-step closed loop.
 *
 * @example
 * ```ts
 * import { CaseStep } from '@wangge/core';
 * CaseStep.parse('investigating');
 * ```
 */
export const CaseStep = /* @__PURE__ */ (() => z.enum(CASE_STEPS))();
/** A step of the closed loop. */
export type CaseStep = z.output<typeof CaseStep>;
