/**
 * `@wangge/store-postgres`: durable storage for the case engine of `@wangge/core` on
 * PostgreSQL: an embedded PGlite database by default (Node.js and browsers), a PostgreSQL server
 * through pg in production, the same SQL on both.
 *
 * @packageDocumentation
 */

export type { SqlClient, SqlQueryable } from './sql-client.js';
export { pgliteClient } from './pglite-client.js';
export { pgPoolClient } from './pg-pool-client.js';
export type { PgPool, PgPoolConnection } from './pg-pool-client.js';
export { MIGRATIONS, migrate } from './migrations.js';
export type { MigrateOptions, MigrateResult, Migration } from './migrations.js';
export { PostgresCaseStore } from './postgres-case-store.js';
export type { PostgresCaseStoreOptions } from './postgres-case-store.js';
export { openPGliteCaseStore } from './open-pglite-case-store.js';
export type { OpenPGliteCaseStoreOptions, PGliteCaseStore } from './open-pglite-case-store.js';
