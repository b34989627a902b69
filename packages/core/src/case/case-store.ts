import type { CaseEvent } from '../schema/case-event.js';
import type { CaseRecord } from '../schema/case-record.js';
import type { CaseStep } from '../schema/case-step.js';
import type { HandlingLevel } from '../schema/handling-level.js';
import type { CaseSummary } from './case-summary.js';

/**
 * What the store knows of an accepted command, for idempotency: a retry with the same
 * `commandId` is answered from it. `commandDigest` (also in each of its events) tells a retry
 * of the same command from a reuse of the id for a different one.
 *
 * @example
 * ```ts
 * import type { CommandReceipt } from '@wangge/core';
 * const versions = (receipt: CommandReceipt) => [receipt.firstVersion, receipt.lastVersion];
 * ```
 */
export interface CommandReceipt {
  readonly commandId: string;
  readonly caseId: string;
  readonly commandDigest: string;
  /** The versions of the first and last event the command appended. */
  readonly firstVersion: number;
  readonly lastVersion: number;
}

/**
 * One command's worth of change to a case, committed atomically: all its events (which carry
 * the command's id and digest), the record after them (the snapshot) and its summary, or
 * nothing.
 *
 * @example
 * ```ts
 * import type { CaseCommit } from '@wangge/core';
 * const size = (commit: CaseCommit) => commit.events.length;
 * ```
 */
export interface CaseCommit {
  readonly caseId: string;
  /** The version the case must still be at (0: it must not exist). */
  readonly expectedVersion: number;
  readonly events: readonly CaseEvent[];
  readonly record: CaseRecord;
  readonly summary: CaseSummary;
}

/**
 * The outcome of {@link CaseStore.commit}: committed; or nothing written, because the case is
 * no longer at the expected version (`conflict`), or the command id was already used
 * (`duplicate`, with the first receipt).
 *
 * @example
 * ```ts
 * import type { CommitOutcome } from '@wangge/core';
 * const ok = (outcome: CommitOutcome) => outcome.status === 'committed';
 * ```
 */
export type CommitOutcome =
  | { readonly status: 'committed' }
  | { readonly status: 'conflict'; readonly actualVersion: number }
  | { readonly status: 'duplicate'; readonly receipt: CommandReceipt };

/**
 * A query for a list of cases. Every filter given must hold.
 *
 * @example
 * ```ts
 * import type { CaseListQuery } from '@wangge/core';
 * const lateInCommunity: CaseListQuery = { unitId: 'ljy-c1', overdue: true, sort: 'dueAt' };
 * ```
 */
export interface CaseListQuery {
  /** A unit of the case's territory (micro-grid, grid, community, street, district), or the
   * unit it is assigned to. */
  readonly unitId?: string;
  readonly departmentId?: string;
  readonly workerId?: string;
  /** `open`: not archived; `closed`: archived. */
  readonly status?: 'open' | 'closed';
  readonly steps?: readonly CaseStep[];
  readonly levels?: readonly HandlingLevel[];
  /** Only overdue cases (or only those that are not), at `now`. */
  readonly overdue?: boolean;
  /** The instant `overdue` is judged at, in epoch milliseconds; the engine sets it. */
  readonly now?: number;
  /** `dueAt` (default), `createdAt` or `updatedAt`. */
  readonly sort?: 'dueAt' | 'createdAt' | 'updatedAt';
  readonly order?: 'asc' | 'desc';
  /** At most this many rows (default 50, at most 1,000). */
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * A page of a case list and the number of cases matching the query.
 *
 * @example
 * ```ts
 * import type { CaseListPage } from '@wangge/core';
 * const more = (page: CaseListPage, offset: number) => offset + page.items.length < page.total;
 * ```
 */
export interface CaseListPage {
  readonly items: readonly CaseSummary[];
  readonly total: number;
}

/**
 * The persistence port of the case engine. The log is the truth: an append-only, gapless
 * sequence of events per case. The record (snapshot) is a cache of the log's fold that a store
 * may drop and rebuild; summaries back the lists. `commit` is atomic and enforces both
 * optimistic concurrency (`expectedVersion`) and idempotency (`commandId`).
 *
 * `InMemoryCaseStore` ships in `@wangge/core`; database adapters implement the same interface
 * and pass the same contract tests.
 *
 * @example
 * ```ts
 * import type { CaseStore } from '@wangge/core';
 * async function count(store: CaseStore) {
 *   return (await store.list({ status: 'open', limit: 1 })).total;
 * }
 * ```
 */
export interface CaseStore {
  /** The current record of a case, or `undefined` when there is none. */
  load(caseId: string): Promise<CaseRecord | undefined>;
  /** A case's events from `fromVersion` (default 1) on, in order. */
  readLog(caseId: string, fromVersion?: number): Promise<readonly CaseEvent[]>;
  /** The receipt of an accepted command, by its id. */
  findCommand(commandId: string): Promise<CommandReceipt | undefined>;
  /** Appends one command's events, atomically, or reports why not. */
  commit(commit: CaseCommit): Promise<CommitOutcome>;
  list(query: CaseListQuery): Promise<CaseListPage>;
  /** The cases the deadline sweep must look at, at an instant (see `needsSweep`). */
  dueForSweep(nowMs: number, limit?: number): Promise<readonly CaseSummary[]>;
}
