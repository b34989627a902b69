// A case engine on a given store, with a settable clock and fresh command ids, over the case
// district of core's tests.
import {
  InMemoryCaseStore,
  createCaseEngine,
  type CaseCommandResult,
  type CaseCommit,
  type CaseEngine,
  type CaseRecord,
  type CaseStore,
} from '@wangge/core';
import { caseDistrict } from '../../../core/test/fixtures/case-district.js';
import { LOCATION, T0 } from '../../../core/test/support/case-harness.js';

export {
  DAY,
  GRIDS,
  HOUR,
  LOCATION,
  MINUTE,
  STAFF,
  T0,
} from '../../../core/test/support/case-harness.js';

/** What a contract test opens: a fresh, empty store, and how to close it. */
export interface OpenedStore {
  readonly store: CaseStore;
  close(): Promise<void>;
}

let district: ReturnType<typeof caseDistrict> | undefined;
/** The case district, loaded once per file. */
export function sharedDistrict(): ReturnType<typeof caseDistrict> {
  district ??= caseDistrict();
  return district;
}

export interface StoreHarness {
  readonly engine: CaseEngine;
  readonly store: CaseStore;
  now: number;
  /** Runs a command on a case at its current version, with a fresh command id. */
  run(
    actorId: string,
    caseId: string,
    command: Record<string, unknown>,
  ): Promise<CaseCommandResult>;
  /** Like `run`, and throws when the command is refused. */
  ok(actorId: string, caseId: string, command: Record<string, unknown>): Promise<CaseRecord>;
  /** Reports a case in `ljy-c1-g1` as its grid worker. */
  report(caseId: string, more?: Record<string, unknown>): Promise<CaseRecord>;
}

/** An engine on `store` whose clock reads `harness.now` (Thursday 26 November 2026, 09:30). */
export function storeHarness(store: CaseStore, prefix = 'cmd'): StoreHarness {
  let counter = 0;
  const h: StoreHarness = {
    engine: createCaseEngine({
      district: sharedDistrict(),
      store,
      clock: () => h.now,
      alarm: { categoryCode: 'CG-01' },
    }),
    store,
    now: T0,
    async run(actorId, caseId, command) {
      const record = await store.load(caseId);
      return h.engine.execute({
        commandId: `${prefix}-${String(++counter)}`,
        caseId,
        expectedVersion: record?.version ?? 0,
        actorId,
        ...command,
      });
    },
    async ok(actorId, caseId, command) {
      const result = await h.run(actorId, caseId, command);
      if (!result.success) {
        throw new Error(`${String(command.type)} by ${actorId}: ${result.error.message}`);
      }
      return result.data.record;
    },
    report(caseId, more = {}) {
      return h.ok('p-1', caseId, reportPayload(more));
    },
  };
  return h;
}

/** The payload of a report in `ljy-c1-g1` by its grid worker. */
export function reportPayload(more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'report',
    categoryCode: 'ZZ-01',
    gridId: 'ljy-c1-g1',
    description: '楼道堆放杂物，堵塞消防通道',
    location: LOCATION,
    reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
    ...more,
  };
}

/**
 * The commit the engine would make for `command` on the case as `store` has it now, without
 * making it: the case's log is copied into an in-memory store, the command runs there, and the
 * commit it received is returned. Lets a test hand the store under test well-formed commits
 * (stale, repeated, racing, broken on purpose) through the port itself.
 */
export async function draftCommit(
  store: CaseStore,
  nowMs: number,
  command: Record<string, unknown> & { readonly caseId: string; readonly commandId: string },
): Promise<CaseCommit> {
  const scratch = InMemoryCaseStore.restore({ events: await store.readLog(command.caseId) });
  let captured: CaseCommit | undefined;
  const capturing: CaseStore = {
    load: (id) => scratch.load(id),
    readLog: (id, from) => scratch.readLog(id, from),
    findCommand: (id) => scratch.findCommand(id),
    list: (query) => scratch.list(query),
    dueForSweep: (now, limit) => scratch.dueForSweep(now, limit),
    commit: (commit) => {
      captured = commit;
      return scratch.commit(commit);
    },
  };
  const engine = createCaseEngine({
    district: sharedDistrict(),
    store: capturing,
    clock: () => nowMs,
    alarm: { categoryCode: 'CG-01' },
  });
  const head = await scratch.load(command.caseId);
  const result = await engine.execute({ expectedVersion: head?.version ?? 0, ...command });
  if (!result.success) throw new Error(`draft ${command.commandId}: ${result.error.message}`);
  if (!captured) throw new Error(`draft ${command.commandId}: nothing committed`);
  return captured;
}
