// Commands per second into a durable case store. Goals: ≥ 2,000 commands/s on PGlite, ≥ 5,000/s
// on a PostgreSQL server with batching.
//
// The data: 1,000 seeded cases of the Yingze-size demo district through the engine, all in
// flight together (every case's report, then every case's filing, …), 7,000 commits of one
// event each, captured from the engine (see support/commit-workload.ts). Each run starts from
// an empty store (the emptying is not timed) and commits them all, in order; every outcome must
// be `committed`.
//
// Against the obvious alternative, InMemoryCaseStore, in the same run: (a) InMemoryCaseStore;
// (b) PGlite (in memory), `commit` one by one; (c) PGlite `commitMany` in batches, and group
// commit with 64 concurrent writers; on a private PostgreSQL server (fsync on, on this machine's
// disk) through a pg pool: (d) `commit` one by one; (e) `commitMany`, and group commit with 64
// concurrent writers (one batch at a time, and four); (f) events per second per CPU core
// (client and server processes) for group commit. The server benches need PostgreSQL's binaries (`initdb`, `pg_ctl`), and are
// left out without them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, bench, describe } from 'vitest';
import { InMemoryCaseStore, type CaseCommit, type CaseStore } from '@wangge/core';
import { PostgresCaseStore, pgPoolClient, pgliteClient, type SqlClient } from '../src/index.js';
import { startPostgresServer } from '../test/support/postgres-server.js';
import { loopCommits } from './support/commit-workload.js';
import { timed } from './support/timed-bench.js';

const CASES = 1_000;
const WRITERS = 64;
const commits = await loopCommits(CASES);
const events = commits.reduce((n, commit) => n + commit.events.length, 0);
const N = commits.length;
const label = `commit ${N.toLocaleString('en')} commands (${CASES.toLocaleString('en')} cases through the loop, ${events.toLocaleString('en')} events)`;

const EMPTY = `TRUNCATE wangge_case_events, wangge_case_commands, wangge_case_snapshots,
  wangge_case_summaries; ALTER SEQUENCE wangge_case_open_seq RESTART`;

function expectCommitted(outcomes: readonly { status: string }[]) {
  const other = outcomes.find((outcome) => outcome.status !== 'committed');
  if (other || outcomes.length !== N) throw new Error(`not all committed: ${other?.status}`);
}

async function oneByOne(store: CaseStore) {
  const outcomes = [];
  for (const commit of commits) outcomes.push(await store.commit(commit));
  expectCommitted(outcomes);
}

async function inBatches(store: PostgresCaseStore, size: number) {
  const outcomes = [];
  for (let start = 0; start < N; start += size) {
    outcomes.push(...(await store.commitMany(commits.slice(start, start + size))));
  }
  expectCommitted(outcomes);
}

/** `WRITERS` concurrent writers taking the next commit in turn (a case's commits are 1,000 apart). */
async function concurrently(store: CaseStore) {
  const outcomes: { status: string }[] = [];
  let next = 0;
  const writer = async () => {
    while (next < N) {
      const commit: CaseCommit = commits[next++]!;
      outcomes.push(await store.commit(commit));
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  expectCommitted(outcomes);
}

// The CPU time of this process and of a server's processes (the postmaster's children).
function serverCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const ticks = (pid: string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) };
  };
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const { ppid, cpu } = ticks(pid);
      if (ppid === postmaster || Number(pid) === postmaster) total += cpu;
    } catch {
      // ended meanwhile
    }
  }
  return total * 10; // USER_HZ is 100 on Linux
}
const clientCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const db = await PGlite.create();
const lite = pgliteClient(db);
const liteStore = await PostgresCaseStore.open(lite);
const liteGroup = await PostgresCaseStore.open(lite, { groupCommit: true });
const emptyLite = () => db.exec(EMPTY);

const server = await startPostgresServer({ durable: true });
const pool = server ? new pg.Pool({ connectionString: server.url, max: 16 }) : undefined;
const serverClient: SqlClient | undefined = pool ? pgPoolClient(pool) : undefined;
const serverStore = serverClient ? await PostgresCaseStore.open(serverClient) : undefined;
const serverGroup = serverClient
  ? await PostgresCaseStore.open(serverClient, { groupCommit: true })
  : undefined;
const serverGroup4 = serverClient
  ? await PostgresCaseStore.open(serverClient, { groupCommit: { concurrency: 4 } })
  : undefined;
const emptyServer = async () => {
  for (const statement of EMPTY.split(';')) await pool?.query(statement);
};

afterAll(async () => {
  await db.close();
  await pool?.end();
  await server?.stop();
});

describe(label, () => {
  bench(
    ...timed(
      '(a) InMemoryCaseStore, commit one by one',
      N,
      'commands',
      () => undefined,
      () => oneByOne(new InMemoryCaseStore()),
      { iterations: 5, warmupIterations: 1 },
    ),
  );
  bench(
    ...timed('(b) PGlite, commit one by one', N, 'commands', emptyLite, () => oneByOne(liteStore), {
      iterations: 2,
    }),
  );
  for (const size of [100, 1_000]) {
    bench(
      ...timed(
        `(c) PGlite, commitMany in batches of ${size.toLocaleString('en')}`,
        N,
        'commands',
        emptyLite,
        () => inBatches(liteStore, size),
        { iterations: 3 },
      ),
    );
  }
  bench(
    ...timed(
      `(c) PGlite, group commit, ${String(WRITERS)} concurrent writers`,
      N,
      'commands',
      emptyLite,
      () => concurrently(liteGroup),
      { iterations: 3 },
    ),
  );
  if (serverStore && server) {
    bench(
      ...timed(
        '(d) PostgreSQL server, commit one by one',
        N,
        'commands',
        emptyServer,
        () => oneByOne(serverStore),
        { iterations: 2 },
      ),
    );
    for (const size of [100, 1_000]) {
      bench(
        ...timed(
          `(e) PostgreSQL server, commitMany in batches of ${size.toLocaleString('en')}`,
          N,
          'commands',
          emptyServer,
          () => inBatches(serverStore, size),
          { iterations: 3 },
        ),
      );
    }
    for (const [label, store] of [
      ['group commit', serverGroup],
      ['group commit (4 batches at a time)', serverGroup4],
    ] as const) {
      if (!store) continue;
      let cpuMs = 0;
      let wallMs = 0;
      let runs = 0;
      bench(
        ...timed(
          `(e) PostgreSQL server, ${label}, ${String(WRITERS)} concurrent writers`,
          N,
          'commands',
          emptyServer,
          async () => {
            const cpu = clientCpuMs() + serverCpuMs(server.dataDir);
            const start = performance.now();
            await concurrently(store);
            wallMs += performance.now() - start;
            runs += 1;
            cpuMs += clientCpuMs() + serverCpuMs(server.dataDir) - cpu;
          },
          { iterations: 3 },
          () => {
            const perCore = Math.round((events * runs * 1000) / cpuMs).toLocaleString('en');
            const cores = (cpuMs / wallMs).toFixed(2);
            [cpuMs, wallMs, runs] = [0, 0, 0];
            return `(f) ${perCore} events/s per CPU core (client and server, ${cores} cores busy)`;
          },
        ),
      );
    }
  }
});
