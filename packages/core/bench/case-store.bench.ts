// The case store at district scale: what a closed case costs in memory beyond its log, replaying
// archived cases, and restoring 100,000 open cases. Goals: ≤ 1 KB per stored closed case beyond
// its log; replay ≥ 50,000 events/s; restoring 100,000 open cases from snapshots ≤ 3 s.
//
// The data: 2,000 seeded cases of the Yingze-size demo district through the engine, all in
// flight together (every case's report, then every case's filing, …), its records kept when they
// stand at investigating (4 events) and their logs when archived (7). The larger sets are copies
// under new case and command ids, each event's hash recomputed with `hashCaseEvent` (the command
// digests stay the base commands': nothing here retries a command) and each event read back
// from JSON as from a database. Before timing, copies pass `verifyCaseLog`, and the records of
// every restore equal the engine's own.
//
// Against the obvious alternatives: live XState actors for memory; replay through xstate's pure
// `transition` (which yields the machine state only, not the record); restore by replaying every
// log (no snapshots); restore one live XState actor per case from its persisted snapshot (the
// machine state only, without logs, records or indexes: a lower bound for that design).
import { setFlagsFromString } from 'node:v8';
import { isDeepStrictEqual } from 'node:util';
import { runInNewContext } from 'node:vm';
import { bench, describe } from 'vitest';
import { createActor, initialTransition, transition, type Snapshot } from 'xstate';
import {
  GENESIS_HASH,
  InMemoryCaseStore,
  caseMachine,
  createCaseEngine,
  hashCaseEvent,
  machineEventOf,
  machineStateOf,
  replayCase,
  verifyCaseLog,
  type CaseEvent,
  type CaseRecord,
} from '../src/index.js';
import { START, demoDistrict, loopCommands } from './support/case-workload.js';
import { rated } from './support/rated-bench.js';

const BASE = 2_000;
const ARCHIVED = 10_000;
const OPEN = 100_000;
const OPEN_STEPS = 4;

const district = demoDistrict();
const loops = loopCommands(district, BASE, 7);
const caseId = (k: number) => `c-${String(k)}`;

// Memory is measured on heaps collected in full: `gc` from a fresh context once the flag is set
// (Vitest's workers do not run with --expose-gc). What is measured is made in a function of its
// own and held in an object's fields: V8 may collect a local variable that is no longer read,
// and a temporary left in a register of the running frame may keep an object alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
const bytes = (b: number) => `${Math.round(b).toLocaleString('en')} B`;

// The base cases through the engine, step by step across all cases.
const kept: { engineStore?: InMemoryCaseStore } = { engineStore: new InMemoryCaseStore() };
async function runBase(store: InMemoryCaseStore) {
  let now = START;
  const engine = createCaseEngine({ district, store, clock: () => (now += 1_000) });
  const runSteps = async (from: number, to: number) => {
    for (let step = from; step < to; step++) {
      for (const loop of loops) {
        const command = loop[step]!;
        const result = await engine.execute(command);
        if (!result.success)
          throw new Error(`${command.commandId}: ${result.error.messageIn('en')}`);
      }
    }
  };
  await runSteps(0, OPEN_STEPS);
  const open = new Map(store.export().snapshots.map((record) => [record.id, record]));
  await runSteps(OPEN_STEPS, 7);
  const logs = await Promise.all(loops.map((loop) => store.readLog(loop[0]!.caseId)));
  return { open, logs };
}
const { open: engineOpen, logs: baseLogs } = await runBase(kept.engineStore!);

/**
 * The first `steps` events of base case `base`'s log as case `id` would have recorded them:
 * renamed, hashes recomputed, read back from JSON.
 */
function copyOf(base: number, id: string, steps: number): CaseEvent[] {
  let prevHash = GENESIS_HASH;
  return baseLogs[base]!.slice(0, steps).map((event, i) => {
    const { hash: _hash, ...rest } = event;
    const unsealed = { ...rest, caseId: id, commandId: `${id}-${String(i + 1)}`, prevHash };
    const copy = JSON.parse(
      JSON.stringify({ ...unsealed, hash: hashCaseEvent(unsealed) }),
    ) as CaseEvent;
    prevHash = copy.hash;
    return copy;
  });
}
// Copied under its own ids, a log is the engine's to the last field.
const own = baseLogs[BASE - 1]!;
if (!isDeepStrictEqual(copyOf(BASE - 1, own[0]!.caseId, 7), own)) {
  throw new Error('a copy made under its own ids differs from the log the engine wrote');
}

const archivedLogs = Array.from({ length: ARCHIVED }, (_, k) =>
  k < BASE ? baseLogs[k]! : copyOf(k % BASE, caseId(k), 7),
);
const archivedEvents = archivedLogs.reduce((n, log) => n + log.length, 0);

interface Measured {
  store?: InMemoryCaseStore;
  arrays?: (readonly CaseEvent[])[];
  records?: CaseRecord[];
  copies?: unknown;
  actors?: unknown[];
}

function fill(m: Measured, take: () => InMemoryCaseStore, logs: readonly (readonly CaseEvent[])[]) {
  m.store = take();
  // Arrays like the store's own of each log (compacted), and the records a load replays.
  m.arrays = logs.map((log) => log.slice());
  m.records = logs.map((log) => replayCase(log)!);
  if (m.store.size !== logs.length || m.records.some((record) => record.step !== 'archived')) {
    throw new Error('not a store of these closed cases');
  }
}

/**
 * Bytes per case that a store of closed cases holds beyond their logs: the store is dropped
 * while the events stay alive (they are held elsewhere too) and so do arrays like its own of
 * each log, which are dropped next and measured apart. Also what keeping each case's record
 * (as for an open case, instead of replaying it when asked) would add.
 */
function closedCaseBytes(
  label: string,
  take: () => InMemoryCaseStore,
  logs: readonly (readonly CaseEvent[])[],
) {
  const m: Measured = {};
  fill(m, take, logs);
  const withRecords = heapAfterGc();
  m.records = undefined;
  const withStore = heapAfterGc();
  m.store = undefined;
  const withArrays = heapAfterGc();
  m.arrays = undefined;
  const withEvents = heapAfterGc();
  const n = logs.length;
  const store = (withStore - withArrays) / n;
  const array = (withArrays - withEvents) / n;
  console.log(
    `memory per closed case, ${label} (${n.toLocaleString('en')} cases): ` +
      `${bytes(store - array)} beyond its log (its 7 events and their array), ` +
      `${bytes(store)} beyond its events; its record, if kept, would add ` +
      bytes((withRecords - withStore) / n),
  );
}

closedCaseBytes(
  'the store the engine wrote',
  () => {
    const store = kept.engineStore!;
    delete kept.engineStore;
    return store;
  },
  baseLogs,
);
closedCaseBytes(
  'those and copies, restored',
  () => InMemoryCaseStore.restore({ events: archivedLogs.flat() }),
  archivedLogs,
);

function jsonCopies(m: Measured) {
  m.copies = JSON.parse(JSON.stringify(archivedLogs));
}
function liveActors(m: Measured) {
  m.actors = archivedLogs.map((log) => {
    const actor = createActor(caseMachine).start();
    for (const event of log) actor.send(machineEventOf(event));
    if (!actor.getSnapshot().matches({ step: 'archived' })) throw new Error('not archived');
    return actor;
  });
}
{
  const m: Measured = {};
  const before = heapAfterGc();
  jsonCopies(m);
  const withCopies = heapAfterGc();
  m.copies = undefined;
  liveActors(m);
  const withActors = heapAfterGc();
  m.actors = undefined;
  const after = heapAfterGc();
  console.log(
    `memory per closed case (${ARCHIVED.toLocaleString('en')} cases): its log of 7 events read ` +
      `from JSON ${bytes((withCopies - before) / ARCHIVED)}; a live XState actor in its final ` +
      `state ${bytes((withActors - after) / ARCHIVED)}`,
  );
}

// 100,000 cases at investigating: the first are the archived ones before their fifth event.
const openLogs = Array.from({ length: OPEN }, (_, k) =>
  k < ARCHIVED ? archivedLogs[k]!.slice(0, OPEN_STEPS) : copyOf(k % BASE, caseId(k), OPEN_STEPS),
);
for (const log of [archivedLogs[ARCHIVED - 1]!, openLogs[ARCHIVED]!, openLogs[OPEN - 1]!]) {
  const problem = verifyCaseLog(log);
  if (problem) throw new Error(`${problem.caseId}#${String(problem.version)}: ${problem.code}`);
}

/** The record the engine kept for the base case that case `k` copies, under `k`'s ids. */
function expectedOpen(k: number): CaseRecord {
  const record = engineOpen.get(caseId(k % BASE))!;
  return { ...record, id: caseId(k), hash: openLogs[k]!.at(-1)!.hash };
}
async function checkRestored(store: InMemoryCaseStore): Promise<InMemoryCaseStore> {
  const closed = await store.list({ status: 'closed', limit: 1 });
  if (store.size !== OPEN || closed.total !== 0) throw new Error(`restored ${String(store.size)}`);
  for (const k of [0, BASE - 1, ARCHIVED, OPEN - 1]) {
    if (!isDeepStrictEqual(await store.load(caseId(k)), expectedOpen(k))) {
      throw new Error(`the restored record of ${caseId(k)} is not the engine's`);
    }
  }
  return store;
}

// The image of a store of 100,000 open cases: every event, and every record as a snapshot; and
// the persisted snapshot of each case's live actor, as read back from JSON.
const image = (
  await checkRestored(InMemoryCaseStore.restore({ events: openLogs.flat() }))
).export();
await checkRestored(InMemoryCaseStore.restore(image));
const persistedJson = new Map<string, string>();
const persisted = image.snapshots.map((record) => {
  const value = machineStateOf(record);
  const key = JSON.stringify(value);
  let json = persistedJson.get(key);
  if (json === undefined) {
    const snapshot = caseMachine.resolveState({ value, context: {} });
    json = JSON.stringify(caseMachine.getPersistedSnapshot(snapshot));
    persistedJson.set(key, json);
  }
  return JSON.parse(json) as Snapshot<unknown>;
});
const restoreActor = (snapshot: Snapshot<unknown>) =>
  createActor(caseMachine, { snapshot }).start();
for (const k of [0, OPEN - 1]) {
  const actor = restoreActor(persisted[k]!);
  if (!isDeepStrictEqual(actor.getSnapshot().value, machineStateOf(image.snapshots[k]))) {
    throw new Error(`the restored actor of ${caseId(k)} is in another state`);
  }
}

let sink = 0;
const thousands = (n: number) => n.toLocaleString('en');

describe(`replay ${thousands(ARCHIVED)} archived cases (${thousands(archivedEvents)} events)`, () => {
  bench(
    ...rated(
      'wangge replayCase (immer fold to the record)',
      archivedEvents,
      'events',
      () => {
        for (const log of archivedLogs) {
          if (replayCase(log)?.step !== 'archived') throw new Error('not archived');
          sink += 1;
        }
      },
      { iterations: 5, warmupIterations: 1 },
    ),
  );
  bench(
    ...rated(
      'xstate transition from initialTransition (machine state only)',
      archivedEvents,
      'events',
      () => {
        for (const log of archivedLogs) {
          let [snapshot] = initialTransition(caseMachine);
          for (const event of log) {
            const [next] = transition(caseMachine, snapshot, machineEventOf(event));
            if (next === snapshot) throw new Error(`refused ${event.type}`);
            snapshot = next;
          }
          sink += 1;
        }
      },
      { iterations: 1 },
    ),
  );
});

// The slower restores are warm already: the setup ran each path once.
describe(`restore ${thousands(OPEN)} open cases (${thousands(image.events.length)} events)`, () => {
  bench(
    ...rated(
      'wangge InMemoryCaseStore.restore({ events, snapshots })',
      OPEN,
      'cases',
      () => {
        sink += InMemoryCaseStore.restore(image).size;
      },
      { iterations: 5, warmupIterations: 1 },
    ),
  );
  bench(
    ...rated(
      'InMemoryCaseStore.restore({ events }) (replays every log)',
      OPEN,
      'cases',
      () => {
        sink += InMemoryCaseStore.restore({ events: image.events }).size;
      },
      { iterations: 2 },
    ),
  );
  bench(
    ...rated(
      'xstate createActor(caseMachine, { snapshot }).start() per case (machine state only)',
      OPEN,
      'cases',
      () => {
        sink += persisted.map(restoreActor).length;
      },
      { iterations: 2 },
    ),
  );
});

if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
