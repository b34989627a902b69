import {
  GENESIS_HASH,
  WanggeError,
  caseMessage,
  type CaseCommit,
  type CaseEvent,
  type CaseRecord,
  type CaseSummary,
  type CommandReceipt,
  type CommitOutcome,
} from '@wangge/core';
import { refusedCommit } from './store-errors.js';

/** The head of a case's log as the database has it, and the step of its summary. @internal */
export interface CaseHead {
  readonly version: number;
  readonly hash: string;
  readonly districtId: string;
  readonly step: string | undefined;
}

/** What the database holds of the cases and commands of a batch. @internal */
export interface KnownState {
  readonly heads: ReadonlyMap<string, CaseHead>;
  readonly receipts: ReadonlyMap<string, CommandReceipt>;
}

/** The outcome of one commit of a batch, or why it was refused. @internal */
export type Settled =
  | { readonly outcome: CommitOutcome; readonly error?: undefined }
  | { readonly error: WanggeError; readonly outcome?: undefined };

/**
 * What a batch writes, as the JSON document of its statement: each event with its district
 * (`d`), each receipt as `[district, command, case, digest, first, last]`, and each case's last
 * record (`r`) and summary (`s`) with its created and updated instants in epoch ms (`c`, `u`)
 * and whether it (re)opened in the batch (`o`).
 *
 * @internal
 */
export interface BatchRows {
  readonly events: { readonly d: string; readonly e: CaseEvent }[];
  readonly commands: readonly [string, string, string, string, number, number][];
  readonly cases: {
    readonly d: string;
    readonly r: CaseRecord;
    readonly s: CaseSummary;
    readonly c: number;
    readonly u: number;
    readonly o: boolean;
  }[];
}

/** What a batch does once the database's state is known. @internal */
export interface CommitPlan {
  readonly settled: Settled[];
  /** The number of commits it writes. */
  readonly writes: number;
  readonly rows: BatchRows;
}

// The refusal of a commit that does not follow the log the store has, as InMemoryCaseStore
// reports it (`broken_log`), or of one that is wrong in itself (`store_failure`).
function malformed(
  commit: CaseCommit,
  head: CaseHead | undefined,
  storeDistrict: string | undefined,
): WanggeError | undefined {
  const { caseId, events } = commit;
  const actual = head?.version ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (
      event.caseId !== caseId ||
      event.version !== actual + index + 1 ||
      event.prevHash !== prevHash
    ) {
      return new WanggeError(
        'broken_log',
        caseMessage('broken_log', { caseId, version: event.version, expected: actual + index + 1 }),
      );
    }
    prevHash = event.hash;
  }
  const first = events[0];
  if (!first) return refusedCommit('empty_commit', { caseId });
  if (events.some((event) => event.commandId !== first.commandId)) {
    return refusedCommit('mixed_commands', { caseId });
  }
  const last = actual + events.length;
  const { record, summary } = commit;
  if (
    record.id !== caseId ||
    summary.id !== caseId ||
    record.version !== last ||
    summary.version !== last
  ) {
    return refusedCommit('record_mismatch', { caseId, version: last });
  }
  const given = summary.districtId;
  if (storeDistrict !== undefined && given !== storeDistrict) {
    return refusedCommit('outside_store_district', { caseId, given, store: storeDistrict });
  }
  if (head && head.districtId !== given) {
    return refusedCommit('other_district', { caseId, given, stored: head.districtId });
  }
  return undefined;
}

/**
 * The outcome of each commit of a batch as if they were committed one by one, in order, on the
 * state the database has (duplicate, conflict, refused or committed), and the rows of those
 * committed: their events (ordered by case and version, so that concurrent batches take their
 * locks in one order), receipts, and the last snapshot and summary of each case. A summary
 * whose case (re)opened in the batch gets a new place in the sweep's order, in the order the
 * cases opened.
 *
 * @internal
 */
export function planCommits(
  commits: readonly CaseCommit[],
  known: KnownState,
  storeDistrict: string | undefined,
): CommitPlan {
  const heads = new Map(known.heads);
  const receipts = new Map(known.receipts);
  const settled: Settled[] = [];
  const events: { d: string; e: CaseEvent }[] = [];
  const commands: [string, string, string, string, number, number][] = [];
  const latest = new Map<string, { commit: CaseCommit; openedAt: number | undefined }>();
  for (const [index, commit] of commits.entries()) {
    const commandId = commit.events[0]?.commandId ?? '';
    const receipt = receipts.get(commandId);
    if (receipt) {
      settled.push({ outcome: { status: 'duplicate', receipt } });
      continue;
    }
    const head = heads.get(commit.caseId);
    const actualVersion = head?.version ?? 0;
    if (actualVersion !== commit.expectedVersion) {
      settled.push({ outcome: { status: 'conflict', actualVersion } });
      continue;
    }
    const error = malformed(commit, head, storeDistrict);
    const first = commit.events[0];
    const last = commit.events.at(-1);
    if (error || !first || !last) {
      settled.push({ error: error ?? refusedCommit('empty_commit', { caseId: commit.caseId }) });
      continue;
    }
    const districtId = commit.summary.districtId;
    for (const event of commit.events) events.push({ d: districtId, e: event });
    const newReceipt: CommandReceipt = {
      commandId,
      caseId: commit.caseId,
      commandDigest: first.commandDigest,
      firstVersion: first.version,
      lastVersion: last.version,
    };
    receipts.set(commandId, newReceipt);
    commands.push([
      districtId,
      commandId,
      commit.caseId,
      first.commandDigest,
      first.version,
      last.version,
    ]);
    const opened =
      (head?.step === undefined || head.step === 'archived') && commit.summary.step !== 'archived';
    const before = latest.get(commit.caseId);
    latest.set(commit.caseId, {
      commit,
      openedAt: opened ? index : before?.openedAt,
    });
    heads.set(commit.caseId, {
      version: last.version,
      hash: last.hash,
      districtId,
      step: commit.summary.step,
    });
    settled.push({ outcome: { status: 'committed' } });
  }
  events.sort(({ e: a }, { e: b }) =>
    a.caseId === b.caseId ? a.version - b.version : a.caseId < b.caseId ? -1 : 1,
  );
  const cases = [...latest.values()]
    .sort((a, b) => (a.openedAt ?? -1) - (b.openedAt ?? -1))
    .map(({ commit: { record, summary }, openedAt }) => ({
      d: summary.districtId,
      r: record,
      s: summary,
      c: Date.parse(summary.createdAt),
      u: Date.parse(summary.updatedAt),
      o: openedAt !== undefined,
    }));
  return {
    settled,
    writes: commands.length,
    rows: { events, commands, cases },
  };
}
