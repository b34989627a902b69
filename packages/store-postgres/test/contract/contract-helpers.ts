// What the contract's parts share: ids of rows, code-unit order, and checks that a refused
// commit wrote nothing.
import { expect } from 'vitest';
import type { CaseEvent, CaseRecord, CaseStore, CaseSummary } from '@wangge/core';

/** The ids of summary rows, in order. */
export const ids = (rows: readonly CaseSummary[]) => rows.map((row) => row.id);

/** Code-unit order, as the engine and the in-memory store compare ids. */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A case's log and record, to compare with later. */
export async function snapshot(store: CaseStore, caseId: string) {
  return { log: await store.readLog(caseId), record: await store.load(caseId) };
}

/** Fails unless the case is as it was, and the command has no receipt beyond it. */
export async function expectNothingWritten(
  store: CaseStore,
  caseId: string,
  before: { readonly log: readonly CaseEvent[]; readonly record: CaseRecord | undefined },
  commandId: string,
): Promise<void> {
  expect(await store.readLog(caseId)).toEqual(before.log);
  expect(await store.load(caseId)).toEqual(before.record);
  const receipt = await store.findCommand(commandId);
  // A command id already known before stays with its first receipt.
  if (receipt) expect(receipt.lastVersion).toBeLessThanOrEqual(before.log.length);
}
