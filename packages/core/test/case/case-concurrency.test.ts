import { describe, expect, it } from 'vitest';
import {
  CaseCommandError,
  CaseConflictError,
  createCaseEngine,
  type CaseStore,
} from '../../src/index.js';
import { fc } from '../support/fast-check.js';
import { caseDistrict } from '../fixtures/case-district.js';
import { harness, LOCATION, T0 } from '../support/case-harness.js';

const reportCommand = (commandId: string, caseId = 'c-1') => ({
  type: 'report' as const,
  commandId,
  caseId,
  expectedVersion: 0,
  actorId: 'p-1',
  categoryCode: 'ZZ-01',
  gridId: 'ljy-c1-g1',
  description: '路灯不亮',
  location: LOCATION,
  reporter: { kind: 'grid-worker' as const, personId: 'p-1' },
});

describe('optimistic concurrency', () => {
  it('lets exactly one of two writers at the same version win', async () => {
    const h = harness();
    await h.report('c-1');
    const [a, b] = await Promise.all([
      h.engine.execute({
        type: 'file',
        commandId: 'w-a',
        caseId: 'c-1',
        expectedVersion: 1,
        actorId: 'p-3',
      }),
      h.engine.execute({
        type: 'reject',
        commandId: 'w-b',
        caseId: 'c-1',
        expectedVersion: 1,
        actorId: 'p-3',
        reason: 'invalid',
        note: '不属实',
      }),
    ]);
    expect([a.success, b.success].filter(Boolean)).toHaveLength(1);
    const loser = a.success ? b : a;
    if (loser.success) throw new Error('unreachable');
    expect(loser.error).toBeInstanceOf(CaseConflictError);
    expect(loser.error).toMatchObject({
      code: 'version_conflict',
      expectedVersion: 1,
      actualVersion: 2,
    });
    expect(await h.engine.store.readLog('c-1')).toHaveLength(2);
  });

  it('answers a retry that races its own first attempt as a retry, not as a conflict', async () => {
    const h = harness();
    await h.report('c-1');
    const file = {
      type: 'file' as const,
      commandId: 'f-1',
      caseId: 'c-1',
      expectedVersion: 1,
      actorId: 'p-3',
    };
    // A second process (its own engine, the same database) retries the command; the first
    // attempt commits just after the retry has looked for its receipt, before it reads the case.
    let first: ReturnType<typeof h.engine.execute> | undefined;
    const racing: CaseStore = {
      load: (id) => h.store.load(id),
      readLog: (id, from) => h.store.readLog(id, from),
      commit: (commit) => h.store.commit(commit),
      list: (query) => h.store.list(query),
      dueForSweep: (now, limit) => h.store.dueForSweep(now, limit),
      findCommand: async (id) => {
        const receipt = await h.store.findCommand(id);
        first ??= h.engine.execute(file);
        await first;
        return receipt;
      },
    };
    const other = createCaseEngine({ district: caseDistrict(), store: racing, clock: () => T0 });
    const retry = await other.execute(file);
    const original = await first;
    expect(original?.success).toBe(true);
    expect(retry.success).toBe(true);
    if (!retry.success || !original?.success) throw new Error('unreachable');
    expect(retry.data.duplicate).toBe(true);
    expect(retry.data.record).toEqual(original.data.record);
    expect(await h.store.readLog('c-1')).toHaveLength(2);
  });

  it('lets one of N parallel writers win each version', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        async (writers, rounds) => {
          const h = harness();
          await h.report('c-1');
          await h.ok('p-3', 'c-1', { type: 'file' });
          await h.ok('p-3', 'c-1', { type: 'assign' });
          for (let round = 0; round < rounds; round++) {
            const version = (await h.engine.store.load('c-1'))!.version;
            const results = await Promise.all(
              Array.from({ length: writers }, (_, i) =>
                h.engine.execute({
                  type: 'assign',
                  commandId: `r${String(round)}-w${String(i)}`,
                  caseId: 'c-1',
                  expectedVersion: version,
                  actorId: 'p-3',
                  workerId: i % 2 ? 'p-1' : 'p-3',
                }),
              ),
            );
            expect(results.filter((r) => r.success)).toHaveLength(1);
            for (const r of results)
              if (!r.success) expect(r.error).toBeInstanceOf(CaseConflictError);
            expect(await h.engine.store.readLog('c-1')).toHaveLength(version + 1);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a report of a case that exists as a conflict', async () => {
    const h = harness();
    await h.engine.execute(reportCommand('a'));
    const again = await h.engine.execute(reportCommand('b'));
    expect(again.success).toBe(false);
    if (!again.success)
      expect(again.error).toMatchObject({ code: 'version_conflict', actualVersion: 1 });
  });
});

describe('idempotency', () => {
  it('answers a retried command with its first result and records it once', async () => {
    const h = harness();
    const first = await h.engine.execute(reportCommand('same'));
    const second = await h.engine.execute(reportCommand('same'));
    expect(first.success && second.success).toBe(true);
    if (!first.success || !second.success) return;
    expect(second.data.duplicate).toBe(true);
    expect(second.data.events).toEqual(first.data.events);
    expect(second.data.record).toEqual(first.data.record);
    expect(await h.engine.store.readLog('c-1')).toHaveLength(1);
  });

  it('records a command once when its retries race', async () => {
    const h = harness();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => h.engine.execute(reportCommand('raced'))),
    );
    expect(results.every((r) => r.success)).toBe(true);
    expect(results.filter((r) => r.success && !r.data.duplicate)).toHaveLength(1);
    expect(await h.engine.store.readLog('c-1')).toHaveLength(1);
  });

  it('answers a retry with the first result after the case moved on', async () => {
    const h = harness();
    await h.report('c-1');
    const file = {
      type: 'file',
      commandId: 'file-1',
      caseId: 'c-1',
      expectedVersion: 1,
      actorId: 'p-3',
    } as const;
    const first = await h.engine.execute(file);
    await h.ok('p-3', 'c-1', { type: 'assign' });
    const retry = await h.engine.execute(file);
    expect(retry.success && retry.data.duplicate).toBe(true);
    if (retry.success && first.success) {
      expect(retry.data.record).toEqual(first.data.record);
      expect(retry.data.record.version).toBe(2);
    }
  });

  it('refuses a command id reused for a different command', async () => {
    const h = harness();
    await h.engine.execute(reportCommand('dup', 'c-1'));
    const other = await h.engine.execute({
      ...reportCommand('dup', 'c-1'),
      description: '另一件事',
    });
    expect(other.success).toBe(false);
    if (!other.success) {
      expect(other.error).toBeInstanceOf(CaseCommandError);
      expect(other.error.code).toBe('command_id_reused');
    }
    const elsewhere = await h.engine.execute(reportCommand('dup', 'c-2'));
    expect(elsewhere.success).toBe(false);
    expect(await h.engine.store.readLog('c-2')).toHaveLength(0);
  });

  it('counts an alarm, three events, as one command', async () => {
    const h = harness();
    const alarm = {
      type: 'raise-alarm',
      commandId: 'sos',
      caseId: 'c-9',
      expectedVersion: 0,
      actorId: 'p-1',
      gridId: 'ljy-c1-g1',
      location: LOCATION,
    } as const;
    const first = await h.engine.execute(alarm);
    const retry = await h.engine.execute(alarm);
    expect(first.success && first.data.events.map((e) => e.type)).toEqual([
      'case-reported',
      'case-filed',
      'case-assigned',
    ]);
    expect(retry.success && retry.data.duplicate && retry.data.events).toHaveLength(3);
    expect(await h.engine.store.readLog('c-9')).toHaveLength(3);
  });
});
