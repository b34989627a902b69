// Vitest global setup of the node project: one private PostgreSQL server for the whole run,
// whose URL the test files read with `inject('postgres')`. Each file makes its own database.
import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.js';

/** What the test files are given: the server's URL, or why there is no server. */
export type ProvidedPostgres =
  | { readonly url: string; readonly missing?: undefined }
  | { readonly url?: undefined; readonly missing: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ProvidedPostgres;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  project.provide(
    'postgres',
    server
      ? { url: server.url }
      : { missing: 'no PostgreSQL binaries (initdb, pg_ctl, postgres) on this machine' },
  );
  return async () => {
    await server?.stop();
  };
}
