import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  PostgresCaseStore,
  migrate,
  pgliteClient,
  type PostgresCaseStoreOptions,
} from '../src/index.js';
import { describeCaseStoreContract, describeStoreDifferential } from './case-store-contract.js';

// One PGlite for the file (starting one takes seconds); each store the contract opens gets an
// empty schema, migrated afresh.
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
}, 60_000);
afterAll(async () => {
  await db.close();
});

function opener(options: PostgresCaseStoreOptions = {}) {
  return async () => {
    await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    const client = pgliteClient(db);
    expect(await migrate(client)).toMatchObject({ applied: [1] });
    const store = await PostgresCaseStore.open(client, options);
    return { store, close: () => store.flush() };
  };
}

// Group commit runs the same statements on PGlite as on a server: its contract runs there
// (contract-postgres-server), its batching under concurrent calls here in concurrency.test.
describeCaseStoreContract('PGlite', opener());
describeStoreDifferential('PGlite', opener(), 15);
