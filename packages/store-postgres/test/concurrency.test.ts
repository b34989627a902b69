// Writers racing on one case: on a PostgreSQL server, each on a connection (and store) of its
// own; on PGlite, concurrent calls on one store. One writer wins each version, the others get a
// typed conflict, and retrying until each command is in gives a gapless log of all of them.
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseConflictError,
  replayCase,
  verifyCaseLog,
  type CaseCommandResult,
  type CaseStore,
} from '@wangge/core';
import { PostgresCaseStore, migrate, pgPoolClient, pgliteClient } from '../src/index.js';
import {
  createTestDatabase,
  postgres,
  testPool,
  type TestDatabase,
} from './support/test-database.js';
import { reportPayload, storeHarness, type StoreHarness } from './support/store-harness.js';

const WRITERS = 8;
const ROUNDS = 3;

interface Writers {
  /** One engine per writer: each on a store (and connection) of its own, or all on one. */
  readonly engines: readonly StoreHarness[];
  /** A store to read with. */
  readonly reader: CaseStore;
}

function describeRaces(name: string, setup: () => Promise<Writers>, teardown: () => Promise<void>) {
  describe(name, { timeout: 60_000 }, () => {
    let writers: Writers;
    beforeAll(async () => {
      writers = await setup();
    }, 60_000);
    afterAll(teardown);

    const assign = (caseId: string, i: number, expectedVersion: number, round: number) => ({
      type: 'assign',
      commandId: `${caseId}-r${String(round)}-w${String(i)}`,
      caseId,
      expectedVersion,
      actorId: 'p-3',
      workerId: i % 2 ? 'p-1' : 'p-3',
    });
    const expectConflict = (result: CaseCommandResult, expectedVersion: number) => {
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error).toBeInstanceOf(CaseConflictError);
        expect(result.error).toMatchObject({ expectedVersion, actualVersion: expectedVersion + 1 });
      }
    };

    it('creates a case once when writers report it at the same time', async () => {
      const results = await Promise.all(
        writers.engines.map((h, i) =>
          h.engine.execute({
            ...reportPayload(),
            commandId: `new-${String(i)}`,
            caseId: 'c-new',
            expectedVersion: 0,
            actorId: 'p-1',
          }),
        ),
      );
      expect(results.filter((r) => r.success)).toHaveLength(1);
      for (const r of results) if (!r.success) expect(r.error.code).toBe('version_conflict');
      expect(await writers.reader.readLog('c-new')).toHaveLength(1);
    });

    it('lets exactly one writer win each version; the others get conflicts', async () => {
      const [first] = writers.engines;
      await first!.report('c-race');
      await first!.ok('p-3', 'c-race', { type: 'file' });
      for (let round = 0; round < ROUNDS; round++) {
        const version = (await writers.reader.load('c-race'))!.version;
        const results = await Promise.all(
          writers.engines.map((h, i) => h.engine.execute(assign('c-race', i, version, round))),
        );
        expect(results.filter((r) => r.success)).toHaveLength(1);
        for (const r of results) if (!r.success) expectConflict(r, version);
        const log = await writers.reader.readLog('c-race');
        expect(log).toHaveLength(version + 1);
        expect(verifyCaseLog(log)).toBeUndefined();
      }
    });

    it('ends, retrying on conflict, with a gapless log of every writer’s command', async () => {
      const [first] = writers.engines;
      await first!.report('c-retry');
      await first!.ok('p-3', 'c-retry', { type: 'file' });
      const start = (await writers.reader.load('c-retry'))!.version;
      let conflicts = 0;
      const attempts = await Promise.all(
        writers.engines.map(async (h, i) => {
          for (let attempt = 1; attempt <= 50; attempt++) {
            const version = (await h.store.load('c-retry'))!.version;
            const result = await h.engine.execute(assign('c-retry', i, version, attempt));
            if (result.success) return attempt;
            expect(result.error).toBeInstanceOf(CaseConflictError);
            conflicts++;
          }
          throw new Error(`writer ${String(i)} never got its command in`);
        }),
      );
      const log = await writers.reader.readLog('c-retry');
      expect(log).toHaveLength(start + WRITERS);
      expect(log.map((e) => e.version)).toEqual(log.map((_, i) => i + 1));
      expect(verifyCaseLog(log)).toBeUndefined();
      expect(replayCase(log)).toEqual(await writers.reader.load('c-retry'));
      // Each writer's command once: the one attempt that went through.
      const writersIn = log.slice(start).map((e) => /-w(\d+)$/.exec(e.commandId)?.[1]);
      expect(writersIn.sort()).toEqual(writers.engines.map((_, i) => String(i)).sort());
      expect(attempts.reduce((a, b) => a + b, 0)).toBe(WRITERS + conflicts);
      expect(conflicts).toBeGreaterThan(0);
    });

    it('records a command once when the same command races from every writer', async () => {
      const [first] = writers.engines;
      for (let round = 0; round < ROUNDS; round++) {
        const caseId = `c-same-${String(round)}`;
        await first!.report(caseId);
        const file = {
          type: 'file',
          commandId: `same-file-${String(round)}`,
          caseId,
          expectedVersion: 1,
          actorId: 'p-3',
        };
        const results = await Promise.all(writers.engines.map((h) => h.engine.execute(file)));
        // Every retry is answered with the first result, never with a conflict.
        expect(
          results.map((r) => (r.success ? 'ok' : `${r.error.code}: ${r.error.message}`)),
        ).toEqual(results.map(() => 'ok'));
        expect(results.filter((r) => r.success && !r.data.duplicate)).toHaveLength(1);
        const events = results.map((r) => (r.success ? r.data.events : []));
        for (const e of events) expect(e).toEqual(events[0]);
        expect(await writers.reader.readLog(caseId)).toHaveLength(2);
      }
    });

    it('gives a command id to one case only when it races on several', async () => {
      const results = await Promise.all(
        writers.engines.map((h, i) =>
          h.engine.execute({
            ...reportPayload(),
            commandId: 'one-id',
            caseId: `c-id-${String(i)}`,
            expectedVersion: 0,
            actorId: 'p-1',
          }),
        ),
      );
      expect(results.filter((r) => r.success && !r.data.duplicate)).toHaveLength(1);
      for (const r of results) {
        if (!r.success) expect(r.error.code).toBe('command_id_reused');
      }
      const created = await Promise.all(
        writers.engines.map((_, i) => writers.reader.readLog(`c-id-${String(i)}`)),
      );
      expect(created.filter((log) => log.length > 0)).toHaveLength(1);
      const receipt = await writers.reader.findCommand('one-id');
      expect(created[Number(receipt?.caseId.replace('c-id-', ''))]).toHaveLength(1);
    });
  });
}

// PGlite: one database (it takes seconds to start), one store at a time on an empty schema,
// its calls concurrent; with and without group commit.
let db: PGlite | undefined;
afterAll(async () => {
  await db?.close();
});
for (const groupCommit of [false, true]) {
  describeRaces(
    `PGlite: concurrent calls on one store${groupCommit ? ', group commit' : ''}`,
    async () => {
      db ??= await PGlite.create();
      await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      const client = pgliteClient(db);
      await migrate(client);
      const store = await PostgresCaseStore.open(client, { groupCommit });
      return {
        engines: Array.from({ length: WRITERS }, (_, i) => storeHarness(store, `w${String(i)}`)),
        reader: store,
      };
    },
    () => Promise.resolve(),
  );
}

// A server: every writer on a pool of one connection, a store of its own.
const pools: pg.Pool[] = [];
let database: TestDatabase | undefined;
describe.skipIf(postgres.url === undefined)(
  `PostgreSQL server${postgres.missing ? ` (skipped: ${postgres.missing})` : ''}`,
  () => {
    describeRaces(
      `${String(WRITERS)} writers on their own connections`,
      async () => {
        database = await createTestDatabase(postgres.url!);
        const open = async () => {
          const pool = testPool(database!.url, 1);
          pools.push(pool);
          return PostgresCaseStore.open(pgPoolClient(pool));
        };
        const admin = testPool(database.url, 1);
        pools.push(admin);
        await migrate(pgPoolClient(admin));
        const reader = await PostgresCaseStore.open(pgPoolClient(admin));
        const stores = await Promise.all(Array.from({ length: WRITERS }, open));
        return {
          engines: stores.map((store, i) => storeHarness(store, `w${String(i)}`)),
          reader,
        };
      },
      async () => {
        await Promise.all(pools.map((pool) => pool.end()));
        await database?.drop();
      },
    );
  },
);
