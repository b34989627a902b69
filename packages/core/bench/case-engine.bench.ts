// Commands end to end on the Yingze-size demo district: 2,000 seeded cases through the whole
// closed loop, 7 commands each (14,000), all in flight together (every case's first command,
// then every case's second, …), each validated, authorised, checked against the case machine,
// hash-chained and appended to a fresh InMemoryCaseStore. Goal: ≥ 10,000 commands/s on one core.
//
// Against the obvious alternatives for the machine check: xstate's pure `transition` from a
// snapshot resolved from the stored state (what an engine without the memoised gate pays per
// command), and one live XState actor per case. Both run the engine as it is and add their
// check before each command: the memoised gate they would replace costs a key and a Map lookup
// (second group), so the difference from ours is what each would cost. Every command must
// succeed, every check must accept, or the bench throws: no refusal is measured.
import { isDeepStrictEqual } from 'node:util';
import { bench, describe } from 'vitest';
import { createActor, transition, type Actor } from 'xstate';
import {
  InMemoryCaseStore,
  caseMachine,
  createCaseEngine,
  machineAllows,
  machineEventOf,
  machineStateOf,
  type CaseCommandType,
  type CaseMachineEvent,
  type CaseRecord,
} from '../src/index.js';
import { START, demoDistrict, loopCommands } from './support/case-workload.js';
import { rated } from './support/rated-bench.js';

const CASES = 2_000;
const STEPS = 7;

const district = demoDistrict();
const loops = loopCommands(district, CASES, STEPS);
const commands = Array.from({ length: STEPS }, (_, step) =>
  loops.map((loop) => loop[step]!),
).flat();

// The one event each command of the loop records (the categories start at the grid level).
const MACHINE_EVENTS: Partial<Record<CaseCommandType, CaseMachineEvent>> = {
  report: { type: 'case-reported', level: 'grid' },
  file: { type: 'case-filed' },
  assign: { type: 'case-assigned' },
  'start-investigation': { type: 'investigation-started' },
  resolve: { type: 'case-resolved' },
  'pass-verification': { type: 'verification-passed' },
  archive: { type: 'case-archived' },
};
const machineEvents = commands.map((command) => MACHINE_EVENTS[command.type]!);

type Check = (index: number, caseId: string, before: CaseRecord | undefined) => void;

/** The 14,000 commands on a fresh store, with an extra check before each when given. */
async function runLoop(check?: Check): Promise<InMemoryCaseStore> {
  let now = START;
  const store = new InMemoryCaseStore();
  const engine = createCaseEngine({ district, store, clock: () => (now += 1_000) });
  const records = new Map<string, CaseRecord>();
  for (const [index, command] of commands.entries()) {
    check?.(index, command.caseId, records.get(command.caseId));
    const result = await engine.execute(command);
    if (!result.success) throw new Error(`${command.commandId}: ${result.error.messageIn('en')}`);
    records.set(command.caseId, result.data.record);
  }
  return store;
}

/** What a naive engine checks: a snapshot resolved from the stored state, and `transition`. */
function transitionCheck(index: number, before: CaseRecord | undefined): void {
  const snapshot = caseMachine.resolveState({ value: machineStateOf(before), context: {} });
  const [next] = transition(caseMachine, snapshot, machineEvents[index]!);
  if (next === snapshot) throw new Error(`transition refused command ${String(index)}`);
}

/** The other design: a live actor per case, created at its report, sent every event. */
function actorCheck(actors: Map<string, Actor<typeof caseMachine>>): Check {
  return (index, caseId) => {
    let actor = actors.get(caseId);
    if (!actor) {
      actor = createActor(caseMachine).start();
      actors.set(caseId, actor);
    }
    const before = actor.getSnapshot();
    actor.send(machineEvents[index]!);
    if (actor.getSnapshot() === before) throw new Error(`actor refused command ${String(index)}`);
  };
}

// Before timing: one run of each, every case archived, and the events the alternatives check
// are the events the engine recorded. The records before each command feed the second group.
const befores: (CaseRecord | undefined)[] = [];
const reference = await runLoop((_, __, before) => befores.push(before));
for (const store of [
  reference,
  await runLoop((index, _, before) => {
    transitionCheck(index, before);
  }),
  await runLoop(actorCheck(new Map())),
]) {
  const closed = await store.list({ status: 'closed', limit: 1 });
  if (store.size !== CASES || closed.total !== CASES) throw new Error('not every case archived');
}
for (const [i, loop] of loops.entries()) {
  const log = await reference.readLog(loop[0]!.caseId);
  const expected = loop.map((command) => MACHINE_EVENTS[command.type]);
  if (!isDeepStrictEqual(log.map(machineEventOf), expected)) {
    throw new Error(`case ${String(i)}: the engine recorded other events than the bench checks`);
  }
}

let sink = 0;
const N = commands.length.toLocaleString('en');

describe(`${N} commands end to end (${CASES.toLocaleString('en')} cases × ${String(STEPS)}, fresh store)`, () => {
  bench(
    ...rated(
      'wangge engine.execute (memoised machine gate)',
      commands.length,
      'commands',
      async () => {
        sink += (await runLoop()).size;
      },
      { iterations: 5, warmupIterations: 1 },
    ),
  );
  bench(
    ...rated(
      'engine.execute + xstate transition(resolveState(stored value), event) per command',
      commands.length,
      'commands',
      async () => {
        sink += (
          await runLoop((index, _, before) => {
            transitionCheck(index, before);
          })
        ).size;
      },
      { iterations: 3, warmupIterations: 1 },
    ),
  );
  bench(
    ...rated(
      'engine.execute + one live XState actor per case (actor.send)',
      commands.length,
      'commands',
      async () => {
        const actors = new Map<string, Actor<typeof caseMachine>>();
        sink += (await runLoop(actorCheck(actors))).size + actors.size;
      },
      { iterations: 3, warmupIterations: 1 },
    ),
  );
});

describe(`the machine check alone, for the same ${N} events`, () => {
  bench(
    ...rated(
      'wangge machineAllows (memoised per state and event variant)',
      commands.length,
      'events',
      () => {
        for (const [index, event] of machineEvents.entries()) {
          if (!machineAllows(befores[index], event)) throw new Error('refused');
          sink += 1;
        }
      },
      { iterations: 50, warmupIterations: 5 },
    ),
  );
  bench(
    ...rated(
      'xstate resolveState + transition',
      commands.length,
      'events',
      () => {
        for (const index of machineEvents.keys()) transitionCheck(index, befores[index]);
        sink += 1;
      },
      { iterations: 5, warmupIterations: 1 },
    ),
  );
  bench(
    ...rated(
      'xstate createActor per case + actor.send',
      commands.length,
      'events',
      () => {
        const actors = new Map<string, Actor<typeof caseMachine>>();
        const check = actorCheck(actors);
        for (const [index, command] of commands.entries()) check(index, command.caseId, undefined);
        sink += actors.size;
      },
      { iterations: 5, warmupIterations: 1 },
    ),
  );
});

if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
