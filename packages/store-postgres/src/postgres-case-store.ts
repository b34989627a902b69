import {
  CASE_EVENT_SCHEMA_VERSION,
  WanggeError,
  replayCase,
  upcastCaseEvent,
  type CaseCommit,
  type CaseEvent,
  type CaseListPage,
  type CaseListQuery,
  type CaseRecord,
  type CaseStore,
  type CaseSummary,
  type CommandReceipt,
  type CommitOutcome,
} from '@wangge/core';
import { listStatements, sweepStatement } from './case-list-sql.js';
import {
  commitOneSql,
  findCommandSql,
  knownStateSql,
  loadSql,
  readLogSql,
  refreshSnapshotSql,
  writeBatchSql,
} from './case-store-sql.js';
import { planCommits, type CaseHead, type KnownState, type Settled } from './commit-plan.js';
import { GroupCommit } from './group-commit.js';
import { checkSchema, migrate } from './migrations.js';
import type { SqlClient } from './sql-client.js';
import { databaseFailure, errorCode, refusedCommit, type StoreOperation } from './store-errors.js';

/**
 * How to open a {@link PostgresCaseStore}.
 *
 * @example
 * ```ts
 * import type { PostgresCaseStoreOptions } from '@wangge/store-postgres';
 * const options: PostgresCaseStoreOptions = { districtId: '140106', groupCommit: true };
 * ```
 */
export interface PostgresCaseStoreOptions {
  /**
   * Apply the migrations the database lacks when opening (the default); `false` only checks
   * that the schema is this release's, for deployments that migrate in a step of their own.
   */
  readonly migrate?: boolean;
  /**
   * Keep the store to one district's cases (its code, as in `CaseSummary.districtId`): every
   * statement then names the partitioning key, so that a distributed database (Citus) routes
   * it to one node, and a commit of another district's case is refused.
   */
  readonly districtId?: string;
  /**
   * Group commit: `commit` calls that arrive within one turn of the event loop, or while
   * batches are being written, are written together in one transaction (through the same path
   * as {@link PostgresCaseStore.commitMany}), at most `maxBatch` (500) commits a batch and
   * `concurrency` (1) batches at a time: on a server pool, 2–4 let one batch be planned while
   * another is written. Each caller still gets its own outcome. Raises throughput under
   * concurrent load; adds no wait beyond the end of the current turn when commits come one at
   * a time.
   */
  readonly groupCommit?: boolean | { readonly maxBatch?: number; readonly concurrency?: number };
}

interface LoadRow {
  readonly head_version: number;
  readonly head_hash: string;
  readonly district_id: string;
  readonly snapshot_version: number | null;
  readonly snapshot_hash: string | null;
  readonly record: CaseRecord | null;
}

interface CommitOneRow {
  readonly written: boolean;
  readonly receipt: CommandReceipt | null;
  readonly head: {
    readonly version: number;
    readonly hash: string;
    readonly districtId: string;
  } | null;
  readonly step: string | null;
}

interface KnownRow {
  readonly heads: readonly {
    readonly caseId: string;
    readonly version: number;
    readonly hash: string;
    readonly districtId: string;
    readonly step: string | null;
  }[];
  readonly receipts: readonly CommandReceipt[];
}

// A duplicate key, a serialisation failure or a deadlock: another writer got there first, and
// a fresh look at the database settles the batch.
const RACES = new Set(['23505', '40001', '40P01']);
const ATTEMPTS = 5;
/** The commits of one transaction of `commitMany`, at most. */
const CHUNK = 1000;
const DEFAULT_MAX_BATCH = 500;
const MAX_VERSION = 2 ** 31 - 1;

function eventOf(stored: unknown): CaseEvent {
  if ((stored as { schemaVersion?: unknown }).schemaVersion === CASE_EVENT_SCHEMA_VERSION) {
    return stored as CaseEvent;
  }
  // Written by an earlier release: upcast as `readCaseLog` does.
  const upcast = upcastCaseEvent(stored);
  if (!upcast.success) throw upcast.error;
  return upcast.data;
}

/**
 * The case store on PostgreSQL: an embedded PGlite database or a server, with the same SQL. The
 * log is an append-only table keyed by case and version, so that the database itself refuses a
 * second event of a version (optimistic concurrency) and a second receipt of a command id
 * (idempotency); a commit is one statement, hence one transaction: its events, receipt,
 * snapshot and summary, or nothing. Snapshots are a cache (`load` replays the log when they
 * lag or are gone); summaries back `list` and `dueForSweep`, whose results are exactly
 * `InMemoryCaseStore`'s. Database errors surface as `store_failure` ({@link WanggeError}), with
 * the driver's error as `cause`.
 *
 * @example
 * ```ts
 * import { createCaseEngine, type LoadedDistrict } from '@wangge/core';
 * import { PGlite } from '@electric-sql/pglite';
 * import { PostgresCaseStore, pgliteClient } from '@wangge/store-postgres';
 * declare const district: LoadedDistrict;
 * const store = await PostgresCaseStore.open(pgliteClient(await PGlite.create('./cases')));
 * const engine = createCaseEngine({ district, store, clock: () => new Date() });
 * ```
 */
export class PostgresCaseStore implements CaseStore {
  readonly #sql: SqlClient;
  readonly #districtId: string | undefined;
  /** The parameters that keep a statement to the store's district, if it has one. */
  readonly #scope: readonly string[];
  readonly #group: GroupCommit | undefined;

  private constructor(sql: SqlClient, options: PostgresCaseStoreOptions) {
    this.#sql = sql;
    this.#districtId = options.districtId;
    this.#scope = options.districtId === undefined ? [] : [options.districtId];
    const group = options.groupCommit;
    if (group !== undefined && group !== false) {
      const { maxBatch = DEFAULT_MAX_BATCH, concurrency = 1 } = group === true ? {} : group;
      this.#group = new GroupCommit(
        (commits) => this.#guard('commit', () => this.#settle(commits, false)),
        Math.max(1, Math.trunc(maxBatch) || 1),
        Math.max(1, Math.trunc(concurrency) || 1),
      );
    }
  }

  /**
   * Opens the store on a database: migrates its schema to this release first (see
   * {@link migrate}) unless `options.migrate` is `false`.
   *
   * @throws `WanggeError` `schema_too_new`, `schema_outdated` (with `migrate: false`) or
   * `store_failure`.
   *
   * @example
   * ```ts
   * import pg from 'pg';
   * import { PostgresCaseStore, pgPoolClient } from '@wangge/store-postgres';
   * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
   * const store = await PostgresCaseStore.open(pgPoolClient(pool), { groupCommit: true });
   * ```
   */
  static async open(
    client: SqlClient,
    options: PostgresCaseStoreOptions = {},
  ): Promise<PostgresCaseStore> {
    if (options.migrate === false) await checkSchema(client);
    else await migrate(client);
    return new PostgresCaseStore(client, options);
  }

  load(caseId: string): Promise<CaseRecord | undefined> {
    return this.#guard('load', async () => {
      const { rows } = await this.#sql.query<LoadRow>(this.#scoped(loadSql, 2), [
        caseId,
        ...this.#scope,
      ]);
      const row = rows[0];
      if (!row) return undefined;
      if (
        row.record !== null &&
        row.snapshot_version === row.head_version &&
        row.snapshot_hash === row.head_hash
      ) {
        return row.record;
      }
      const record = replayCase(await this.#readLog(caseId, 1));
      if (record) await this.#refreshSnapshot(row.district_id, record);
      return record;
    });
  }

  readLog(caseId: string, fromVersion = 1): Promise<readonly CaseEvent[]> {
    return this.#guard('readLog', () => {
      // As `log.slice(fromVersion - 1)` reads it.
      if (fromVersion <= 1 || Number.isNaN(fromVersion)) return this.#readLog(caseId, 1);
      const from = Math.trunc(fromVersion - 1) + 1;
      return from > MAX_VERSION ? Promise.resolve([]) : this.#readLog(caseId, from);
    });
  }

  findCommand(commandId: string): Promise<CommandReceipt | undefined> {
    return this.#guard('findCommand', async () => {
      const { rows } = await this.#sql.query<{
        case_id: string;
        command_digest: string;
        first_version: number;
        last_version: number;
      }>(this.#scoped(findCommandSql, 2), [commandId, ...this.#scope]);
      const row = rows[0];
      return row
        ? {
            commandId,
            caseId: row.case_id,
            commandDigest: row.command_digest,
            firstVersion: row.first_version,
            lastVersion: row.last_version,
          }
        : undefined;
    });
  }

  /**
   * Appends one command's events with the case's snapshot, summary and the command's receipt,
   * in one transaction; or writes nothing and reports a `conflict` (the case is not at
   * `expectedVersion`) or a `duplicate` (the command id was used: its first receipt).
   *
   * @throws `WanggeError` `broken_log` when the events do not follow the log (versions
   * from `expectedVersion + 1` on, the case's own, chained by hash); `store_failure` for a
   * commit wrong in itself (no events, mixed command ids, a record or summary of another
   * version, another district's case) or when the database fails. Nothing is written then.
   */
  commit(commit: CaseCommit): Promise<CommitOutcome> {
    if (this.#group) return this.#group.commit(commit);
    return this.#guard('commit', async () => {
      const [settled] = await this.#settle([commit], false);
      if (!settled) throw databaseFailure('commit', undefined);
      if (settled.error) throw settled.error;
      return settled.outcome;
    });
  }

  /**
   * Commits many commands, of different cases or the same, in one transaction per 1,000 with
   * multi-row inserts: each outcome is what committing them one by one, in order, would give
   * (a later command of a case sees the earlier ones; a conflict or duplicate leaves the
   * others written).
   *
   * @throws `WanggeError` as {@link PostgresCaseStore.commit}; a batch holding a commit
   * that would throw is refused whole, before anything of it is written.
   *
   * @example
   * ```ts
   * import type { CaseCommit } from '@wangge/core';
   * import type { PostgresCaseStore } from '@wangge/store-postgres';
   * declare const store: PostgresCaseStore;
   * declare const commits: CaseCommit[];
   * const outcomes = await store.commitMany(commits);
   * const written = outcomes.filter((outcome) => outcome.status === 'committed').length;
   * ```
   */
  commitMany(commits: readonly CaseCommit[]): Promise<CommitOutcome[]> {
    return this.#guard('commit', async () => {
      const outcomes: CommitOutcome[] = [];
      for (let start = 0; start < commits.length; start += CHUNK) {
        const settled = await this.#settle(commits.slice(start, start + CHUNK), true);
        for (const { outcome } of settled) if (outcome) outcomes.push(outcome);
      }
      return outcomes;
    });
  }

  list(query: CaseListQuery): Promise<CaseListPage> {
    return this.#guard('list', async () => {
      const { page, count } = listStatements(query, this.#districtId);
      if (page) {
        const { rows } = await this.#sql.query<{ summary: CaseSummary; total: number }>(
          page.text,
          page.params,
        );
        const first = rows[0];
        if (first) return { items: rows.map((row) => row.summary), total: first.total };
      }
      const { rows } = await this.#sql.query<{ total: number }>(count.text, count.params);
      return { items: [], total: rows[0]?.total ?? 0 };
    });
  }

  dueForSweep(nowMs: number, limit = Number.POSITIVE_INFINITY): Promise<readonly CaseSummary[]> {
    return this.#guard('dueForSweep', async () => {
      const statement = sweepStatement(nowMs, limit, this.#districtId);
      const { rows } = await this.#sql.query<{ summary: CaseSummary }>(
        statement.text,
        statement.params,
      );
      const due = rows.map((row) => row.summary);
      return due.length > limit ? due.slice(0, limit) : due;
    });
  }

  /**
   * Resolves once every commit handed to the group commit so far is written (or has failed):
   * call it before closing the database. Without group commit, resolves at once.
   */
  async flush(): Promise<void> {
    await this.#group?.flush();
  }

  #scoped(sql: (scope?: number) => string, param: number): string {
    return sql(this.#districtId === undefined ? undefined : param);
  }

  async #readLog(caseId: string, from: number): Promise<CaseEvent[]> {
    const { rows } = await this.#sql.query<{ event: unknown }>(this.#scoped(readLogSql, 3), [
      caseId,
      from,
      ...this.#scope,
    ]);
    return rows.map((row) => eventOf(row.event));
  }

  async #refreshSnapshot(districtId: string, record: CaseRecord): Promise<void> {
    try {
      await this.#sql.query(refreshSnapshotSql, [
        districtId,
        record.id,
        record.version,
        record.hash,
        JSON.stringify(record),
      ]);
    } catch {
      // A cache: a read-only replica cannot refresh it, and the load is right without it.
    }
  }

  async #known(commits: readonly CaseCommit[]): Promise<KnownState> {
    const caseIds = [...new Set(commits.map((commit) => commit.caseId))];
    const commandIds = [...new Set(commits.map((commit) => commit.events[0]?.commandId ?? ''))];
    const { rows } = await this.#sql.query<KnownRow>(this.#scoped(knownStateSql, 3), [
      caseIds,
      commandIds,
      ...this.#scope,
    ]);
    const heads = new Map<string, CaseHead>();
    const receipts = new Map<string, CommandReceipt>();
    for (const head of rows[0]?.heads ?? []) {
      heads.set(head.caseId, {
        version: head.version,
        hash: head.hash,
        districtId: head.districtId,
        step: head.step ?? undefined,
      });
    }
    for (const receipt of rows[0]?.receipts ?? []) {
      if (!receipts.has(receipt.commandId)) receipts.set(receipt.commandId, receipt);
    }
    return { heads, receipts };
  }

  /**
   * The outcomes of a batch, written in one statement. The reads before it only plan the
   * batch; the constraints decide: when another writer wrote first, the statement fails
   * whole, and the batch is planned again on what the database now holds.
   */
  async #settle(commits: readonly CaseCommit[], strict: boolean): Promise<Settled[]> {
    const [only] = commits;
    if (only && commits.length === 1) {
      try {
        const settled = await this.#commitOne(only);
        if (settled) return [settled];
      } catch (error) {
        if (!RACES.has(errorCode(error) ?? '')) throw error;
      }
    }
    for (let attempt = 1; ; attempt++) {
      const plan = planCommits(commits, await this.#known(commits), this.#districtId);
      const refused = strict ? plan.settled.find((settled) => settled.error) : undefined;
      if (refused?.error) throw refused.error;
      if (plan.writes === 0) return plan.settled;
      try {
        await this.#sql.query(writeBatchSql, [JSON.stringify(plan.rows)]);
        return plan.settled;
      } catch (error) {
        if (!RACES.has(errorCode(error) ?? '')) throw error;
        if (attempt < ATTEMPTS) continue;
        // Under this much contention, commit by commit: each settles in one or two tries.
        if (commits.length > 1) return this.#oneByOne(commits, strict);
        throw refusedCommit('contention', { attempts: attempt });
      }
    }
  }

  /**
   * One commit in one round trip, when it follows the head it names: checked and written in one
   * statement, or answered from what that statement read. `undefined` leaves it to the general
   * path (a commit malformed as it stands, or a state that changed under it).
   */
  async #commitOne(commit: CaseCommit): Promise<Settled | undefined> {
    const first = commit.events[0];
    if (!first) return undefined;
    const districtId = commit.summary.districtId;
    const assumed: KnownState = {
      heads:
        commit.expectedVersion === 0
          ? new Map()
          : new Map([
              [
                commit.caseId,
                {
                  version: commit.expectedVersion,
                  hash: first.prevHash,
                  districtId,
                  step: undefined,
                },
              ],
            ]),
      receipts: new Map(),
    };
    const plan = planCommits([commit], assumed, this.#districtId);
    if (plan.writes !== 1) return undefined;
    const { rows } = await this.#sql.query<CommitOneRow>(this.#scoped(commitOneSql, 7), [
      JSON.stringify(plan.rows),
      commit.caseId,
      first.commandId,
      commit.expectedVersion,
      first.prevHash,
      districtId,
      ...this.#scope,
    ]);
    const row = rows[0];
    if (!row) return undefined;
    if (row.written) return { outcome: { status: 'committed' } };
    const known: KnownState = {
      heads: row.head
        ? new Map([[commit.caseId, { ...row.head, step: row.step ?? undefined }]])
        : new Map(),
      receipts: row.receipt ? new Map([[first.commandId, row.receipt]]) : new Map(),
    };
    const answer = planCommits([commit], known, this.#districtId);
    return answer.writes === 0 ? answer.settled[0] : undefined;
  }

  async #oneByOne(commits: readonly CaseCommit[], strict: boolean): Promise<Settled[]> {
    const settled: Settled[] = [];
    for (const commit of commits) settled.push(...(await this.#settle([commit], strict)));
    return settled;
  }

  async #guard<T>(operation: StoreOperation, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof WanggeError) throw error;
      throw databaseFailure(operation, error);
    }
  }
}
