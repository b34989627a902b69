import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable } from './sql-client.js';

function queryable(target: PGlite | Transaction): SqlQueryable {
  return {
    async query(text: string, params?: readonly unknown[]) {
      const result = await target.query(text, params ? [...params] : undefined);
      // Typed by the caller, who knows what it selected.
      return { rows: result.rows as never[] };
    },
  };
}

/**
 * A {@link SqlClient} on an embedded PGlite database (PostgreSQL in WebAssembly: in memory, in a
 * directory in Node.js, or in IndexedDB in a browser). PGlite runs one statement at a time;
 * a transaction holds the database until it ends.
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * import { PostgresCaseStore, pgliteClient } from '@wangge/store-postgres';
 * const db = await PGlite.create('./data/cases');
 * const store = await PostgresCaseStore.open(pgliteClient(db));
 * ```
 */
export function pgliteClient(db: PGlite): SqlClient {
  return {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
  };
}
