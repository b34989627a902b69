// The engine on an embedded store in a directory: a case through the whole loop, the directory
// opened again by a new store, and the same record and log read back; and the same commands on
// InMemoryCaseStore giving the same lists and sweeps.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InMemoryCaseStore,
  createCaseEngine,
  verifyCaseLog,
  type CaseListQuery,
  type CaseStore,
} from '@wangge/core';
import { openPGliteCaseStore, type PGliteCaseStore } from '../../src/index.js';
import { caseDistrict } from '../../../core/test/fixtures/case-district.js';
import { HOUR, LOCATION, T0 } from '../../../core/test/support/case-harness.js';

const opened: PGliteCaseStore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function open(dir?: string) {
  const embedded = await openPGliteCaseStore(dir);
  opened.push(embedded);
  return embedded;
}

function engineOn(store: CaseStore, clock: { now: number }) {
  const engine = createCaseEngine({ district: caseDistrict(), store, clock: () => clock.now });
  let n = 0;
  return async (caseId: string, actorId: string, command: Record<string, unknown>) => {
    const record = await store.load(caseId);
    const result = await engine.execute({
      commandId: `${caseId}-${String(++n)}`,
      caseId,
      expectedVersion: record?.version ?? 0,
      actorId,
      ...command,
    });
    if (!result.success) throw result.error;
    clock.now += 10 * 60_000;
    return result.data.record;
  };
}

const REPORT = {
  type: 'report',
  categoryCode: 'ZZ-01',
  gridId: 'ljy-c1-g1',
  description: '楼道堆放杂物，堵塞消防通道',
  location: LOCATION,
  reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
};

describe('the engine on openPGliteCaseStore', () => {
  it(
    'keeps a case through the loop across a reopening of the data directory',
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'wangge-pglite-'));
      dirs.push(dir);
      const first = await open(dir);
      const run = engineOn(first.store, { now: T0 });
      await run('c-1', 'p-1', REPORT);
      await run('c-1', 'p-3', { type: 'file' });
      await run('c-1', 'p-3', { type: 'assign', workerId: 'p-1' });
      await run('c-1', 'p-1', { type: 'start-investigation' });
      await run('c-1', 'p-1', {
        type: 'resolve',
        resolution: '已清理',
        feedback: { channel: 'visit' },
      });
      await run('c-1', 'p-3', { type: 'pass-verification' });
      const archived = await run('c-1', 'p-3', { type: 'archive' });
      expect(archived.step).toBe('archived');
      const log = await first.store.readLog('c-1');
      await first.close();
      opened.length = 0;

      const again = await open(dir);
      expect(await again.store.load('c-1')).toStrictEqual(archived);
      const reread = await again.store.readLog('c-1');
      expect(reread).toStrictEqual(log);
      expect(verifyCaseLog(reread)).toBeUndefined();
      expect(await again.store.findCommand('c-1-7')).toStrictEqual({
        commandId: 'c-1-7',
        caseId: 'c-1',
        commandDigest: log[6]!.commandDigest,
        firstVersion: 7,
        lastVersion: 7,
      });
      // A dropped snapshot is rebuilt from the log.
      await again.db.query('DELETE FROM wangge_case_snapshots');
      expect(await again.store.load('c-1')).toStrictEqual(archived);
      const { rows } = await again.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM wangge_case_snapshots',
      );
      expect(rows[0]?.n).toBe(1);
    },
  );

  it('lists and sweeps exactly as InMemoryCaseStore', { timeout: 120_000 }, async () => {
    const { store } = await open();
    const memory = new InMemoryCaseStore();
    const clocks = { pg: { now: T0 }, memory: { now: T0 } };
    const runs = [engineOn(store, clocks.pg), engineOn(memory, clocks.memory)];
    const both = async (caseId: string, actorId: string, command: Record<string, unknown>) => {
      for (const run of runs) await run(caseId, actorId, command);
    };
    for (const id of ['c-3', 'c-1', 'c-2', 'c-4', 'c-5']) await both(id, 'p-1', REPORT);
    await both('c-2', 'p-3', { type: 'file' });
    await both('c-2', 'p-3', { type: 'assign', workerId: 'p-1' });
    await both('c-4', 'p-3', { type: 'reject', reason: 'invalid', note: '不予立案' });
    const queries: CaseListQuery[] = [
      {},
      { status: 'open' },
      { status: 'closed' },
      { unitId: 'ljy-c1-g1', sort: 'createdAt', order: 'desc' },
      { workerId: 'p-1' },
      { steps: ['reported'], levels: ['grid'], limit: 2, offset: 1 },
      { overdue: true, now: T0 + 400 * HOUR },
      { overdue: false, now: T0 + 400 * HOUR, sort: 'updatedAt' },
      { overdue: true },
      { limit: 0 },
      { offset: 10 },
    ];
    for (const query of queries) {
      expect(await store.list(query), JSON.stringify(query)).toStrictEqual(
        await memory.list(query),
      );
    }
    for (const at of [T0, T0 + 30 * HOUR, T0 + 400 * HOUR]) {
      expect(await store.dueForSweep(at)).toStrictEqual(await memory.dueForSweep(at));
      expect(await store.dueForSweep(at, 2)).toStrictEqual(await memory.dueForSweep(at, 2));
    }
  });
});
