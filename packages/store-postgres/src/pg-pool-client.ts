import type { SqlClient, SqlQueryable } from './sql-client.js';

/**
 * A connection checked out of a pool: what {@link pgPoolClient} uses of pg's `PoolClient`.
 *
 * @example
 * ```ts
 * import type { PgPoolConnection } from '@wangge/store-postgres';
 * const done = (connection: PgPoolConnection) => connection.release();
 * ```
 */
export interface PgPoolConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Returns the connection to the pool; with an error, closes it instead. */
  release(error?: Error | boolean): void;
}

/**
 * What {@link pgPoolClient} uses of a pg `Pool` (any `pg.Pool` is one), so that the package's
 * types need neither `pg` nor `@types/pg` where PGlite is used alone.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import type { PgPool } from '@wangge/store-postgres';
 * const pool: PgPool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * ```
 */
export interface PgPool {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PgPoolConnection>;
}

function queryable(target: PgPool | PgPoolConnection): SqlQueryable {
  return {
    async query(text: string, params?: readonly unknown[]) {
      const result = await target.query(text, params ? [...params] : undefined);
      // Typed by the caller, who knows what it selected.
      return { rows: result.rows as never[] };
    },
  };
}

/**
 * A {@link SqlClient} on a PostgreSQL server through a pg (node-postgres 8) pool. A statement
 * runs on any free connection; a transaction checks one out, runs `BEGIN`, the statements and
 * `COMMIT` (`ROLLBACK` when anything throws) on it, and always gives it back (closed, if even
 * the rollback failed).
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { PostgresCaseStore, pgPoolClient } from '@wangge/store-postgres';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
 * const store = await PostgresCaseStore.open(pgPoolClient(pool), { groupCommit: true });
 * ```
 */
export function pgPoolClient(pool: PgPool): SqlClient {
  return {
    ...queryable(pool),
    async transaction(fn) {
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        const result = await fn(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await connection.query('ROLLBACK');
        } catch (rollbackError) {
          // A connection that cannot even roll back is not given to the next caller.
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        connection.release(broken);
      }
    },
  };
}
