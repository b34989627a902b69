// The commits of a seeded workload: the cases of core's case-engine benchmark (the Yingze-size
// demo district, each case through the seven commands of the loop by the grid's own staff), run
// by the engine on an InMemoryCaseStore that hands each commit on to be kept. All cases are in
// flight together: every case's report, then every case's filing, and so on.
import { InMemoryCaseStore, createCaseEngine, type CaseCommit, type CaseStore } from '@wangge/core';
import { START, demoDistrict, loopCommands } from '../../../core/bench/support/case-workload.js';

/** The commits of `cases` cases through the loop, step by step across the cases. */
export async function loopCommits(cases: number): Promise<CaseCommit[]> {
  const district = demoDistrict();
  const loops = loopCommands(district, cases, 7);
  const memory = new InMemoryCaseStore();
  const commits: CaseCommit[] = [];
  const keeping: CaseStore = {
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
  let now = START;
  const engine = createCaseEngine({ district, store: keeping, clock: () => (now += 1_000) });
  for (let step = 0; step < 7; step++) {
    for (const loop of loops) {
      const command = loop[step]!;
      const result = await engine.execute(command);
      if (!result.success) throw new Error(`${command.commandId}: ${result.error.messageIn('en')}`);
    }
  }
  return commits;
}
