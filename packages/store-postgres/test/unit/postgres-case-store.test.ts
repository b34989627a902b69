// PostgresCaseStore on one embedded database (creating one takes seconds): migrations, the
// refusals that write nothing, batches, group commit, district scoping, and database errors
// surfacing as typed store_failure errors without the statement's parameters.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InMemoryCaseStore, WanggeError, type CaseCommit } from '@wangge/core';
import {
  MIGRATIONS,
  PostgresCaseStore,
  migrate,
  pgliteClient,
  type SqlClient,
} from '../../src/index.js';
import { captureCommits, loopsOf, REPORT } from './capture-commits.js';

let db: PGlite;
let client: SqlClient;
beforeAll(async () => {
  db = await PGlite.create();
  client = pgliteClient(db);
}, 60_000);
afterAll(() => db.close());

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;

/** Statements a client ran, by their first words. */
function counting(base: SqlClient) {
  const seen: string[] = [];
  const sql: SqlClient = {
    query: (text, params) => {
      seen.push(text.trim().split(/\s+/).slice(0, 2).join(' '));
      return base.query(text, params);
    },
    transaction: (fn) => base.transaction(fn),
  };
  return { sql, seen };
}

const loops = await loopsOf('c-1', 'c-2');
const c1 = loops.slice(0, 7);
const c2 = loops.slice(7);

describe('migrate', () => {
  it('applies the schema once, and refuses a schema newer than it knows', async () => {
    expect(await migrate(client)).toStrictEqual({ applied: [1], version: 1 });
    expect(await migrate(client)).toStrictEqual({ applied: [], version: 1 });
    await db.query(`INSERT INTO wangge_schema_migrations (version, name) VALUES (99, 'later')`);
    const refused = await migrate(client).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WanggeError);
    expect((refused as WanggeError).code).toBe('schema_too_new');
    expect((refused as WanggeError).messageIn('zh-CN')).toContain('第 99 版');
    await expect(PostgresCaseStore.open(client)).rejects.toMatchObject({ code: 'schema_too_new' });
    await db.query('DELETE FROM wangge_schema_migrations WHERE version = 99');
  });

  it('checks without migrating when told not to migrate', async () => {
    await db.exec('CREATE SCHEMA fresh; SET search_path TO fresh');
    try {
      await expect(PostgresCaseStore.open(client, { migrate: false })).rejects.toMatchObject({
        code: 'schema_outdated',
      });
      await migrate(client, { migrations: MIGRATIONS });
      await expect(PostgresCaseStore.open(client, { migrate: false })).resolves.toBeInstanceOf(
        PostgresCaseStore,
      );
    } finally {
      await db.exec('SET search_path TO public; DROP SCHEMA fresh CASCADE');
    }
  });
});

describe('PostgresCaseStore', () => {
  let store: PostgresCaseStore;
  beforeEach(async () => {
    store = await PostgresCaseStore.open(client);
    await db.exec(`TRUNCATE wangge_case_events, wangge_case_commands, wangge_case_snapshots,
      wangge_case_summaries`);
  });

  it('writes nothing for a commit that does not follow the log', async () => {
    await store.commit(c1[0]!);
    const gap: CaseCommit = { ...c1[2]!, expectedVersion: 1 };
    await expect(store.commit(gap)).rejects.toMatchObject({ code: 'broken_log' });
    await expect(store.commit({ ...c1[1]!, events: [] })).rejects.toMatchObject({
      code: 'store_failure',
    });
    expect(await count('wangge_case_events')).toBe(1);
    expect(await count('wangge_case_commands')).toBe(1);
    expect((await store.load('c-1'))?.version).toBe(1);
  });

  it('gives commitMany the outcomes of committing one by one', async () => {
    const batch = [c1[0]!, c2[0]!, c1[0]!, c1[1]!, { ...c2[1]!, expectedVersion: 0 }, c2[1]!];
    const memory = new InMemoryCaseStore();
    const one = [];
    for (const commit of batch) one.push(await memory.commit(commit));
    expect(await store.commitMany(batch)).toStrictEqual(one);
    expect(await store.readLog('c-2')).toStrictEqual(await memory.readLog('c-2'));
    expect(await store.list({})).toStrictEqual(await memory.list({}));
    // The next batch sees what the first wrote.
    expect(await store.commitMany([c1[1]!, c1[2]!])).toStrictEqual([
      { status: 'duplicate', receipt: await memory.findCommand(c1[1]!.events[0]!.commandId) },
      { status: 'committed' },
    ]);
  });

  it('refuses a batch holding a malformed commit whole, before writing any of it', async () => {
    await expect(
      store.commitMany([c1[0]!, c2[0]!, { ...c1[2]!, expectedVersion: 1 }]),
    ).rejects.toMatchObject({ code: 'broken_log' });
    expect(await count('wangge_case_events')).toBe(0);
  });

  it('writes concurrent commits of one turn in one statement with group commit', async () => {
    const { sql, seen } = counting(client);
    const grouped = await PostgresCaseStore.open(sql, { groupCommit: true });
    seen.length = 0;
    const reports = await captureCommits(
      Array.from({ length: 20 }, (_, i) => [`g-${String(i)}`, 'p-1', REPORT] as const),
    );
    const outcomes = await Promise.all([
      ...reports.map((commit) => grouped.commit(commit)),
      grouped.commit({ ...c1[2]!, expectedVersion: 2 }),
    ]);
    expect(outcomes.slice(0, 20).every((o) => o.status === 'committed')).toBe(true);
    expect(outcomes[20]).toStrictEqual({ status: 'conflict', actualVersion: 0 });
    expect(seen.filter((words) => words === 'WITH batch')).toHaveLength(1);
    await grouped.flush();
    expect(await count('wangge_case_events')).toBe(20);
  });

  it('settles every caller with several group-commit batches at a time', async () => {
    const grouped = await PostgresCaseStore.open(client, {
      groupCommit: { maxBatch: 3, concurrency: 2 },
    });
    const reports = await captureCommits(
      Array.from({ length: 10 }, (_, i) => [`h-${String(i)}`, 'p-1', REPORT] as const),
    );
    const first = await Promise.all(reports.map((commit) => grouped.commit(commit)));
    expect(first.every((outcome) => outcome.status === 'committed')).toBe(true);
    const again = await Promise.all(reports.map((commit) => grouped.commit(commit)));
    expect(again.every((outcome) => outcome.status === 'duplicate')).toBe(true);
    await grouped.flush();
    expect(await count('wangge_case_events')).toBe(10);
  });

  it('keeps a store with a districtId to that district', async () => {
    await store.commit(c1[0]!);
    const other = await PostgresCaseStore.open(client, { districtId: 'elsewhere' });
    expect(await other.load('c-1')).toBeUndefined();
    expect(await other.readLog('c-1')).toStrictEqual([]);
    expect((await other.list({})).total).toBe(0);
    await expect(other.commit(c2[0]!)).rejects.toMatchObject({ code: 'store_failure' });
    const own = await PostgresCaseStore.open(client, { districtId: c1[0]!.summary.districtId });
    expect(await own.load('c-1')).toStrictEqual(c1[0]!.record);
    expect((await own.commitMany([c1[1]!]))[0]).toStrictEqual({ status: 'committed' });
  });

  it('replays the log when the snapshot lags, and reads a log from any version', async () => {
    await store.commitMany(c1.slice(0, 4));
    await db.query(
      `UPDATE wangge_case_snapshots SET version = 2, record = $1::jsonb WHERE case_id = 'c-1'`,
      [JSON.stringify(c1[1]!.record)],
    );
    expect(await store.load('c-1')).toStrictEqual(c1[3]!.record);
    const log = c1.slice(0, 4).map((commit) => commit.events[0]);
    for (const from of [-1, 0, 1, 2.5, 3, 4, 5, Number.NaN, Number.POSITIVE_INFINITY, 1e12]) {
      expect(await store.readLog('c-1', from), String(from)).toStrictEqual(
        log.slice(from - 1 <= 0 ? 0 : from - 1),
      );
    }
  });
});

describe('database errors', () => {
  const failing: SqlClient = {
    query: () =>
      Promise.reject(
        Object.assign(new Error('connection terminated'), {
          code: '08006',
          params: ['王秀英', '13912345678'],
        }),
      ),
    transaction: () => Promise.reject(new Error('no transaction')),
  };

  it('surface as store_failure with the cause, without its parameters', async () => {
    await expect(PostgresCaseStore.open(failing)).rejects.toMatchObject({ code: 'store_failure' });
    await expect(PostgresCaseStore.open(failing, { migrate: false })).rejects.toMatchObject({
      code: 'store_failure',
    });
    const cases = await captureCommits([['x-1', 'p-1', REPORT]]);
    // A store on a client that fails after opening.
    let fail = false;
    const flaky: SqlClient = {
      query: (text, params) => (fail ? failing.query(text, params) : client.query(text, params)),
      transaction: (fn) => client.transaction(fn),
    };
    const onFlaky = await PostgresCaseStore.open(flaky);
    fail = true;
    for (const attempt of [
      () => onFlaky.load('x-1'),
      () => onFlaky.readLog('x-1'),
      () => onFlaky.findCommand('x-1-1'),
      () => onFlaky.commit(cases[0]!),
      () => onFlaky.commitMany(cases),
      () => onFlaky.list({ status: 'open' }),
      () => onFlaky.dueForSweep(0),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WanggeError);
      const failure = error as WanggeError & { cause: Record<string, unknown> };
      expect(failure.code).toBe('store_failure');
      expect(failure.messageIn('en')).toContain('(08006)');
      expect(failure.messageIn('zh-CN')).toContain('数据库出错');
      expect(failure.cause.code).toBe('08006');
      expect(failure.cause.params).toBeUndefined();
      expect(JSON.stringify(failure.messages)).not.toContain('王秀英');
    }
  });
});
