// The child process of the crash tests: runs case commands against a store (a PGlite data
// directory or a PostgreSQL server) until it is killed, and says on stdout what it sends and
// what was committed:
//   send <commandId> <caseId> <type>    before a command is executed
//   ack <commandId> <first>-<last>      after its commit resolved (the versions it appended)
//   ready                               once the store is open
// The parent kills it with SIGKILL at a moment of its choosing. Bundled by the test with esbuild.
import pg from 'pg';
import { createCaseEngine, type CaseStore } from '@wangge/core';
import { PostgresCaseStore, migrate, openPGliteCaseStore, pgPoolClient } from '../../src/index.js';
import { commandType, payload, rightPerson, type CommandChoice } from './command-model.js';
import { T0, sharedDistrict } from './store-harness.js';

/** What the parent passes as the child's only argument, in JSON. */
export interface CrashChildConfig {
  readonly target:
    | { readonly kind: 'pglite'; readonly dataDir: string }
    | { readonly kind: 'server'; readonly url: string };
  readonly seed: number;
  /** A prefix that makes this round's command ids its own. */
  readonly round: string;
  /** The cases the child works on (shared by all rounds). */
  readonly cases: number;
  /** Commands in flight at once. */
  readonly writers: number;
  readonly maxCommands: number;
}

// mulberry32: a seeded generator, so that a round can be replayed from its seed.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function say(line: string): void {
  // stdout on a pipe is synchronous on Linux: a line written is the parent's, kill or not.
  process.stdout.write(`${line}\n`);
}

async function open(config: CrashChildConfig): Promise<CaseStore> {
  if (config.target.kind === 'pglite') {
    return (await openPGliteCaseStore(config.target.dataDir)).store;
  }
  const pool = new pg.Pool({ connectionString: config.target.url, max: config.writers });
  // A server that went away is this child's end: the parent reads the exit as a crash.
  pool.on('error', () => process.exit(3));
  const client = pgPoolClient(pool);
  await migrate(client);
  return PostgresCaseStore.open(client);
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '{}') as CrashChildConfig;
  const next = random(config.seed);
  const store = await open(config);
  let now = T0 + Math.floor(next() * 10) * 3_600_000;
  const engine = createCaseEngine({
    district: sharedDistrict(),
    store,
    clock: () => now,
    alarm: { categoryCode: 'CG-01' },
  });
  say('ready');
  let sent = 0;
  const busy = new Set<string>();
  const writer = async (w: number) => {
    while (sent < config.maxCommands) {
      // Each writer takes a case no other writer holds, so that most commands go through.
      const free = Array.from({ length: config.cases }, (_, i) => `c-${String(i + 1)}`).filter(
        (id) => !busy.has(id),
      );
      const caseId = free[Math.floor(next() * free.length)];
      if (caseId === undefined) return;
      busy.add(caseId);
      try {
        const record = await store.load(caseId);
        const choice: CommandChoice = {
          // New cases are alarms half the time: three events in one commit.
          type: record ? undefined : next() < 0.5 ? 'raise-alarm' : 'report',
          pick: Math.floor(next() * 1000),
          actor: undefined,
          grid: Math.floor(next() * 3),
          category: 'ZZ-01',
          level: undefined,
          to: undefined,
          hours: 1 + Math.floor(next() * 48),
        };
        const type = commandType(choice, record);
        const commandId = `${config.round}-w${String(w)}-${String(sent++)}`;
        now += 60_000;
        say(`send ${commandId} ${caseId} ${type}`);
        const result = await engine.execute({
          type,
          commandId,
          caseId,
          expectedVersion: record?.version ?? 0,
          actorId: rightPerson(type, choice, record),
          ...payload(type, choice, now, config.cases),
        });
        if (result.success) {
          const first = result.data.events[0]?.version ?? 0;
          const last = result.data.events.at(-1)?.version ?? 0;
          say(`ack ${commandId} ${String(first)}-${String(last)}`);
        }
      } finally {
        busy.delete(caseId);
      }
    }
  };
  await Promise.all(Array.from({ length: config.writers }, (_, w) => writer(w)));
  say('done');
  // Wait for the kill: a child that ends by itself would close the store cleanly.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash-child: ${error instanceof Error ? (error.stack ?? '') : String(error)}\n`,
  );
  process.exit(2);
});
