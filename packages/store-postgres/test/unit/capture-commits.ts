// The commits the engine makes, captured on an InMemoryCaseStore: well-formed input for the
// store's own tests, which then bend them (stale, repeated, broken) on purpose.
import { InMemoryCaseStore, createCaseEngine, type CaseCommit, type CaseStore } from '@wangge/core';
import { caseDistrict } from '../../../core/test/fixtures/case-district.js';
import { LOCATION, T0 } from '../../../core/test/support/case-harness.js';

export const REPORT = {
  type: 'report',
  categoryCode: 'ZZ-01',
  gridId: 'ljy-c1-g1',
  description: '楼道堆放杂物，堵塞消防通道',
  location: LOCATION,
  reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
};

/** The loop of a case in `ljy-c1-g1` by its staff: report … archive, then a reopening. */
export const LOOP: readonly [string, Record<string, unknown>][] = [
  ['p-1', REPORT],
  ['p-3', { type: 'file' }],
  ['p-3', { type: 'assign', workerId: 'p-1' }],
  ['p-1', { type: 'start-investigation' }],
  ['p-1', { type: 'resolve', resolution: '已清理', feedback: { channel: 'visit' } }],
  ['p-3', { type: 'pass-verification' }],
  ['p-3', { type: 'archive' }],
];

/** Runs `steps` on cases, in the order given, and returns each commit the engine made. */
export async function captureCommits(
  steps: readonly (readonly [caseId: string, actorId: string, command: Record<string, unknown>])[],
): Promise<CaseCommit[]> {
  const memory = new InMemoryCaseStore();
  const commits: CaseCommit[] = [];
  const capturing: CaseStore = {
    load: (id) => memory.load(id),
    readLog: (id, from) => memory.readLog(id, from),
    findCommand: (id) => memory.findCommand(id),
    list: (query) => memory.list(query),
    dueForSweep: (now, limit) => memory.dueForSweep(now, limit),
    commit: (commit) => {
      commits.push(commit);
      return memory.commit(commit);
    },
  };
  let now = T0;
  const engine = createCaseEngine({ district: caseDistrict(), store: capturing, clock: () => now });
  let n = 0;
  for (const [caseId, actorId, command] of steps) {
    const record = await memory.load(caseId);
    const result = await engine.execute({
      commandId: `${caseId}-${String(++n)}`,
      caseId,
      expectedVersion: record?.version ?? 0,
      actorId,
      ...command,
    });
    if (!result.success) throw result.error;
    now += 10 * 60_000;
  }
  return commits;
}

/** The whole loop of each case, case after case. */
export const loopsOf = (...caseIds: string[]) =>
  captureCommits(
    caseIds.flatMap((id) => LOOP.map(([actor, command]) => [id, actor, command] as const)),
  );
