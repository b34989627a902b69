import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PostgresCaseStore,
  migrate,
  pgPoolClient,
  type PostgresCaseStoreOptions,
} from '../src/index.js';
import { describeCaseStoreContract, describeStoreDifferential } from './case-store-contract.js';
import { storeHarness } from './support/store-harness.js';
import {
  createTestDatabase,
  postgres,
  testPool,
  type TestDatabase,
} from './support/test-database.js';

describe.skipIf(postgres.url === undefined)(
  `PostgreSQL server${postgres.missing ? ` (skipped: ${postgres.missing})` : ''}`,
  () => {
    // A database for the file; each store the contract opens gets an empty schema, migrated
    // afresh, and a pool of a few connections, so that its concurrent calls really run
    // concurrently.
    let db: TestDatabase;
    let pool: pg.Pool;
    beforeAll(async () => {
      db = await createTestDatabase(postgres.url!);
      pool = testPool(db.url, 4);
    }, 60_000);
    afterAll(async () => {
      await pool.end();
      await db.drop();
    });
    const opener =
      (options: PostgresCaseStoreOptions = {}) =>
      async () => {
        await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
        const client = pgPoolClient(pool);
        expect(await migrate(client)).toMatchObject({ applied: [1] });
        const store = await PostgresCaseStore.open(client, options);
        return { store, close: () => store.flush() };
      };

    describeCaseStoreContract('PostgreSQL server', opener());
    describeCaseStoreContract('PostgreSQL server with group commit', opener({ groupCommit: true }));
    describeStoreDifferential('PostgreSQL server', opener(), 20);

    describe('a second store on the same database', () => {
      let other: TestDatabase;
      const pools: pg.Pool[] = [];
      beforeAll(async () => {
        other = await createTestDatabase(postgres.url!);
      }, 60_000);
      afterAll(async () => {
        await Promise.all(pools.map((p) => p.end()));
        await other.drop();
      });

      it('sees what the first wrote, and migrating again applies nothing', async () => {
        const connect = () => {
          const p = testPool(other.url, 2);
          pools.push(p);
          return pgPoolClient(p);
        };
        const a = connect();
        expect(await migrate(a)).toMatchObject({ applied: [1] });
        const first = storeHarness(await PostgresCaseStore.open(a));
        await first.report('c-1');
        const b = connect();
        expect(await migrate(b)).toMatchObject({ applied: [] });
        const second = await PostgresCaseStore.open(b);
        expect(await second.readLog('c-1')).toEqual(await first.store.readLog('c-1'));
        expect(await second.load('c-1')).toEqual(await first.store.load('c-1'));
        expect(await second.list({})).toEqual(await first.store.list({}));
      });
    });
  },
);
