import type { PGlite, PGliteOptions } from '@electric-sql/pglite';
import { WanggeError } from '@wangge/core';
import { pgliteClient } from './pglite-client.js';
import { PostgresCaseStore, type PostgresCaseStoreOptions } from './postgres-case-store.js';
import { databaseFailure } from './store-errors.js';

/**
 * How to open an embedded store: the store's options, and PGlite's own.
 *
 * @example
 * ```ts
 * import type { OpenPGliteCaseStoreOptions } from '@wangge/store-postgres';
 * const options: OpenPGliteCaseStoreOptions = { groupCommit: true, pglite: { debug: 0 } };
 * ```
 */
export interface OpenPGliteCaseStoreOptions extends PostgresCaseStoreOptions {
  /** Passed to `PGlite.create` (extensions, `relaxedDurability`, …). */
  readonly pglite?: PGliteOptions;
}

/**
 * An embedded store: the store, its PGlite database (for queries of your own, a dump, …), and
 * how to close both.
 *
 * @example
 * ```ts
 * import type { PGliteCaseStore } from '@wangge/store-postgres';
 * const size = async ({ db }: PGliteCaseStore) =>
 *   (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM wangge_case_events')).rows[0]?.n;
 * ```
 */
export interface PGliteCaseStore {
  readonly store: PostgresCaseStore;
  readonly db: PGlite;
  /** Waits for the commits under way (group commit), then closes the database. */
  close(): Promise<void>;
}

/**
 * A case store with nothing to set up: an embedded PGlite database (PostgreSQL in WebAssembly),
 * migrated to this release. `dataDir` left out keeps it in memory; a directory keeps it on disk
 * in Node.js; `idb://name` keeps it in the browser's IndexedDB. PGlite is loaded only when this
 * is called, so that a server deployment does not need it.
 *
 * @throws `WanggeError` `store_failure` when the database cannot be opened, or as
 * {@link PostgresCaseStore.open}.
 *
 * @example
 * ```ts
 * import { createCaseEngine, type LoadedDistrict } from '@wangge/core';
 * import { openPGliteCaseStore } from '@wangge/store-postgres';
 * declare const district: LoadedDistrict;
 * const { store, close } = await openPGliteCaseStore('./data/cases');
 * const engine = createCaseEngine({ district, store, clock: () => new Date() });
 * // … later
 * await close();
 * ```
 */
export async function openPGliteCaseStore(
  dataDir?: string,
  options: OpenPGliteCaseStoreOptions = {},
): Promise<PGliteCaseStore> {
  let db: PGlite;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    db = await PGlite.create(dataDir, options.pglite);
  } catch (error) {
    throw databaseFailure('open', error);
  }
  try {
    const store = await PostgresCaseStore.open(pgliteClient(db), options);
    return {
      store,
      db,
      async close() {
        await store.flush();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error instanceof WanggeError ? error : databaseFailure('open', error);
  }
}
