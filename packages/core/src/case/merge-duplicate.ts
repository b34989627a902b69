import type { CaseRecord } from '../schema/case-record.js';
import type { CaseCommandResult, CaseEngine } from './case-engine.js';

/**
 * What {@link mergeDuplicate} did: the command that linked the duplicate to the case it repeats,
 * and the one that archived the duplicate; or the first error.
 *
 * @example
 * ```ts
 * import type { MergeResult } from '@wangge/core';
 * const done = (result: MergeResult) => result.success;
 * ```
 */
export type MergeResult =
  | {
      readonly success: true;
      /** The case after the duplicate was linked to it. */
      readonly record: CaseRecord;
      /** The duplicate, archived. */
      readonly duplicate: CaseRecord;
    }
  | Extract<CaseCommandResult, { success: false }>;

/**
 * Merges a duplicate report (重复上报) into the case it repeats, as two commands by the same
 * person: `link-duplicate` on the case (its reporter is kept informed there, and the case keeps
 * the earlier of the two due times), then `reject` of the duplicate as a `duplicate` of it,
 * which archives it with the link. The ids of the two commands are `commandId` with `.link` and
 * `.archive` appended. A merge that failed half-way is finished by calling it again: a step
 * already done is not done twice.
 *
 * @example
 * ```ts
 * import { mergeDuplicate, type CaseEngine } from '@wangge/core';
 * declare const engine: CaseEngine;
 * const result = await mergeDuplicate(engine, {
 *   caseId: 'c-17', duplicateCaseId: 'c-21', actorId: 'p-000123', commandId: 'merge-c-21',
 * });
 * if (!result.success) console.log(result.error.messageIn('zh-CN'));
 * ```
 */
export async function mergeDuplicate(
  engine: CaseEngine,
  merge: {
    readonly caseId: string;
    readonly duplicateCaseId: string;
    readonly actorId: string;
    /** At most 56 characters: the two commands' ids append `.link` and `.archive`. */
    readonly commandId: string;
    readonly note?: string;
  },
): Promise<MergeResult> {
  let [primary, duplicate] = await Promise.all([
    engine.store.load(merge.caseId),
    engine.store.load(merge.duplicateCaseId),
  ]);
  const note = merge.note ?? `与案件 ${merge.caseId} 重复，已合并（merged into ${merge.caseId}）`;
  if (!primary?.linkedReports.some((linked) => linked.caseId === merge.duplicateCaseId)) {
    const linked = await engine.execute({
      type: 'link-duplicate',
      commandId: `${merge.commandId}.link`,
      caseId: merge.caseId,
      expectedVersion: primary?.version ?? 0,
      actorId: merge.actorId,
      duplicateCaseId: merge.duplicateCaseId,
      ...(merge.note === undefined ? {} : { note: merge.note }),
    });
    if (!linked.success) return linked;
    primary = linked.data.record;
  }
  // eslint-disable-next-line @typescript-eslint/prefer-optional-chain -- narrows `duplicate`
  if (!duplicate || duplicate.duplicateOf !== merge.caseId) {
    const archived = await engine.execute({
      type: 'reject',
      commandId: `${merge.commandId}.archive`,
      caseId: merge.duplicateCaseId,
      expectedVersion: duplicate?.version ?? 0,
      actorId: merge.actorId,
      reason: 'duplicate',
      duplicateOf: merge.caseId,
      note,
    });
    if (!archived.success) return archived;
    duplicate = archived.data.record;
  }
  return { success: true, record: primary, duplicate };
}
