/**
 * What a store needs to run one SQL statement: parameterised text (`$1`, `$2`, …) and its rows.
 * A PGlite database, a pg pool and a transaction on either all give it.
 *
 * @example
 * ```ts
 * import type { SqlQueryable } from '@wangge/store-postgres';
 * async function caseCount(sql: SqlQueryable): Promise<number> {
 *   const { rows } = await sql.query<{ n: number }>(
 *     'SELECT count(*)::int AS n FROM wangge_case_summaries',
 *   );
 *   return rows[0]?.n ?? 0;
 * }
 * ```
 */
export interface SqlQueryable {
  // The caller names the type of the rows it selects.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  query<R = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: R[] }>;
}

/**
 * The SQL a store needs: parameterised queries, and a transaction whose statements commit
 * together or not at all (rolled back when `fn` throws). Make one with {@link pgliteClient} or
 * {@link pgPoolClient}, or adapt any other PostgreSQL driver.
 *
 * @example
 * ```ts
 * import type { SqlClient } from '@wangge/store-postgres';
 * declare const client: SqlClient;
 * await client.transaction(async (tx) => {
 *   await tx.query('SELECT pg_advisory_xact_lock($1)', [42]);
 * });
 * ```
 */
export interface SqlClient extends SqlQueryable {
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}
