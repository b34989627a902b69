import { WanggeError } from '@wangge/core';
import { SCHEMA_V1 } from './schema-v1.js';
import type { SqlClient } from './sql-client.js';
import { databaseFailure, schemaOutdated, schemaTooNew } from './store-errors.js';

/**
 * One step of the store's schema: its version (1, 2, …), a name, and the SQL statements that
 * take a database from the version before to this one. A released migration never changes.
 *
 * @example
 * ```ts
 * import { MIGRATIONS, type Migration } from '@wangge/store-postgres';
 * const latest: Migration | undefined = MIGRATIONS.at(-1);
 * ```
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/**
 * Every migration of this release, in order. The SQL is plain PostgreSQL that runs unchanged on
 * PGlite and on a server (PostgreSQL 15 or later).
 *
 * @example
 * ```ts
 * import { MIGRATIONS } from '@wangge/store-postgres';
 * for (const migration of MIGRATIONS) console.log(migration.version, migration.name);
 * ```
 */
export const MIGRATIONS: readonly Migration[] = [SCHEMA_V1];

/**
 * How to migrate.
 *
 * @example
 * ```ts
 * import { MIGRATIONS, type MigrateOptions } from '@wangge/store-postgres';
 * const options: MigrateOptions = { migrations: MIGRATIONS };
 * ```
 */
export interface MigrateOptions {
  /** The migrations to apply: {@link MIGRATIONS} when left out (tests of upgrades pass others). */
  readonly migrations?: readonly Migration[];
}

/**
 * What {@link migrate} did: the versions it applied now (none when the schema was current),
 * and the schema's version after it.
 *
 * @example
 * ```ts
 * import type { MigrateResult } from '@wangge/store-postgres';
 * const fresh = (result: MigrateResult) => result.applied.includes(1);
 * ```
 */
export interface MigrateResult {
  readonly applied: readonly number[];
  readonly version: number;
}

/** The table of applied versions. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS wangge_schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** The advisory lock that serialises migrations: "wangge" in ASCII. */
const MIGRATION_LOCK = 0x77616e676765;

const latestOf = (migrations: readonly Migration[]) =>
  migrations.reduce((max, migration) => Math.max(max, migration.version), 0);

/**
 * Brings a database's schema up to this release: applies, in one transaction and in version
 * order, every migration the database has not had yet, and records each in
 * `wangge_schema_migrations`. The transaction first takes a transaction-level advisory lock
 * (`pg_advisory_xact_lock`), so that processes opening the same database at once migrate it
 * once, one after the other. `PostgresCaseStore.open` calls it unless told not to.
 *
 * @throws `WanggeError` `schema_too_new` (nothing changed) when the database's schema is of
 * a later release than this one; `store_failure` when the database fails (nothing applied).
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * import { migrate, pgliteClient } from '@wangge/store-postgres';
 * const { applied } = await migrate(pgliteClient(await PGlite.create()));
 * console.log(applied); // [1] on a new database, [] after
 * ```
 */
export async function migrate(
  client: SqlClient,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const migrations = [...(options.migrations ?? MIGRATIONS)].sort((a, b) => a.version - b.version);
  const known = latestOf(migrations);
  try {
    return await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
      await tx.query(MIGRATIONS_TABLE);
      const { rows } = await tx.query<{ version: number }>(
        'SELECT version FROM wangge_schema_migrations ORDER BY version',
      );
      const found = rows.at(-1)?.version ?? 0;
      if (found > known) throw schemaTooNew(found, known);
      const done = new Set(rows.map((row) => row.version));
      const applied: number[] = [];
      for (const migration of migrations) {
        if (done.has(migration.version)) continue;
        for (const statement of migration.statements) await tx.query(statement);
        await tx.query('INSERT INTO wangge_schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
      }
      return { applied, version: Math.max(found, known) };
    });
  } catch (error) {
    if (error instanceof WanggeError) throw error;
    throw databaseFailure('migrate', error);
  }
}

/**
 * Checks, without changing anything, that a database's schema is the one this release needs.
 *
 * @throws `WanggeError` `schema_outdated`, `schema_too_new` or `store_failure`.
 * @internal
 */
export async function checkSchema(client: SqlClient): Promise<void> {
  const known = latestOf(MIGRATIONS);
  let found = 0;
  try {
    const { rows } = await client.query<{ present: boolean }>(
      `SELECT to_regclass('wangge_schema_migrations') IS NOT NULL AS present`,
    );
    if (rows[0]?.present === true) {
      const max = await client.query<{ version: number | null }>(
        'SELECT max(version) AS version FROM wangge_schema_migrations',
      );
      found = max.rows[0]?.version ?? 0;
    }
  } catch (error) {
    throw databaseFailure('migrate', error);
  }
  if (found > known) throw schemaTooNew(found, known);
  if (found < known) throw schemaOutdated(found, known);
}
