// Crash tests: a child process commits case commands and acknowledges each on stdout; it is
// killed with SIGKILL at a seeded moment (or the server under it is), the store is reopened,
// and nothing acknowledged may be missing, nothing may be there in part, every log verifies.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../core/test/support/fast-check.js';
import { PostgresCaseStore, migrate, openPGliteCaseStore, pgPoolClient } from '../src/index.js';
import type { CrashChildConfig } from './support/crash-child.js';
import {
  bundleCrashChild,
  checkAfterCrash,
  runUntilKilled,
  type ChildLog,
  type CrashCheck,
} from './support/crash-round.js';
import { startPostgresServer } from './support/postgres-server.js';
import { createTestDatabase, postgres, testPool } from './support/test-database.js';

const CASES = Array.from({ length: 6 }, (_, i) => `c-${String(i + 1)}`);
const ROUNDS = 3;

// Each round's kill moment (after how many acknowledgements, then how many milliseconds) comes
// from the file's seed, printed by the fast-check support: FC_SEED=<seed> replays it.
function moments(label: string): { ackCount: number; delayMs: number; seed: number }[] {
  let a =
    (seed ^
      Array.from({ length: label.length }, (_, i) => label.charCodeAt(i)).reduce(
        (h, c) => Math.imul(h, 31) + c,
        7,
      )) >>>
    0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rounds = Array.from({ length: ROUNDS }, () => ({
    ackCount: 1 + Math.floor(next() * 40),
    delayMs: Math.floor(next() * 15),
    seed: Math.floor(next() * 0x7fffffff),
  }));
  console.info(`[crash ${label}] seed=${String(seed)} kills: ${JSON.stringify(rounds)}`);
  return rounds;
}

function report(label: string, round: number, kept: CrashCheck): void {
  console.info(
    `[crash ${label}] round ${String(round)}: ${String(kept.events)} events kept; ` +
      `${String(kept.sent)} commands sent, ${String(kept.acked)} acknowledged, ` +
      `${String(kept.inFlight)} committed but killed before the acknowledgement`,
  );
}

let bundle: string;
beforeAll(async () => {
  bundle = await bundleCrashChild();
});
afterAll(async () => {
  await rm(bundle, { force: true });
});

const killChild = (child: { kill(signal: NodeJS.Signals): boolean }) => {
  child.kill('SIGKILL');
  return Promise.resolve();
};

function expectKilled(log: ChildLog): void {
  // Killed by us, not dead of its own error.
  expect(log.exit, log.stderr).toBe('SIGKILL');
  expect(log.acked.size).toBeGreaterThan(0);
}

describe('a PGlite data directory, its process killed mid-commit', () => {
  let dir: string;
  beforeAll(async () => {
    // In memory where there is /dev/shm: a process killed leaves the same files there as on
    // a disk (the page cache survives it), and PGlite starts faster.
    dir = await mkdtemp(
      join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'wangge-crash-pglite-'),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged command and no partial one, round after round', async () => {
    const logs: ChildLog[] = [];
    for (const [round, moment] of moments('pglite').entries()) {
      const config: CrashChildConfig = {
        target: { kind: 'pglite', dataDir: dir },
        seed: moment.seed,
        round: `r${String(round)}`,
        cases: CASES.length,
        writers: 2,
        maxCommands: 400,
      };
      // Each child after the first opens the directory its predecessor was killed on: a
      // directory PGlite could not recover would end it with an error, not our SIGKILL.
      const log = await runUntilKilled(bundle, config, moment.ackCount, moment.delayMs, killChild);
      expectKilled(log);
      logs.push(log);
    }
    // PGlite takes seconds to start: the store is checked once, after the last crash (what a
    // crash lost or left in part stays lost or in part: later rounds use their own ids).
    const reopened = await openPGliteCaseStore(dir);
    try {
      const kept = await checkAfterCrash(reopened.store, CASES, logs);
      report('pglite', ROUNDS - 1, kept);
      expect(kept.events).toBeGreaterThan(0);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});

describe.skipIf(postgres.url === undefined)(
  `a PostgreSQL server${postgres.missing ? ` (skipped: ${postgres.missing})` : ''}`,
  () => {
    it('keeps every acknowledged command when the client is killed', async () => {
      const db = await createTestDatabase(postgres.url!);
      const pool = testPool(db.url, 2);
      try {
        await migrate(pgPoolClient(pool));
        const logs: ChildLog[] = [];
        for (const [round, moment] of moments('server client').entries()) {
          const config: CrashChildConfig = {
            target: { kind: 'server', url: db.url },
            seed: moment.seed,
            round: `r${String(round)}`,
            cases: CASES.length,
            writers: 3,
            maxCommands: 400,
          };
          const log = await runUntilKilled(
            bundle,
            config,
            moment.ackCount,
            moment.delayMs,
            killChild,
          );
          expectKilled(log);
          logs.push(log);
          const store = await PostgresCaseStore.open(pgPoolClient(pool));
          report('server client', round, await checkAfterCrash(store, CASES, logs));
        }
      } finally {
        await pool.end();
        await db.drop();
      }
    }, 120_000);

    it('keeps every acknowledged command when the server itself is killed', async () => {
      // A server of its own, with fsync on: the shared one runs without.
      const server = (await startPostgresServer({ durable: true }))!;
      try {
        const logs: ChildLog[] = [];
        for (const [round, moment] of moments('server crash').slice(0, 2).entries()) {
          const config: CrashChildConfig = {
            target: { kind: 'server', url: server.url },
            seed: moment.seed,
            round: `r${String(round)}`,
            cases: CASES.length,
            writers: 3,
            maxCommands: 400,
          };
          const log = await runUntilKilled(
            bundle,
            config,
            moment.ackCount,
            moment.delayMs,
            async (child) => {
              await server.crash();
              child.kill('SIGKILL');
            },
          );
          expect(log.acked.size).toBeGreaterThan(0);
          logs.push(log);
          await server.restart();
          const pool = testPool(server.url, 2);
          try {
            const store = await PostgresCaseStore.open(pgPoolClient(pool));
            report('server crash', round, await checkAfterCrash(store, CASES, logs));
          } finally {
            await pool.end();
          }
        }
      } finally {
        await server.stop();
      }
    }, 120_000);
  },
);
