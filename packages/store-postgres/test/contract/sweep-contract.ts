// The contract of the deadline sweep: `dueForSweep` and the engine's `tick(now)`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  replayCase,
  summarizeCase,
  verifyCaseLog,
  type CaseEvent,
  type TickResult,
} from '@wangge/core';
import {
  DAY,
  HOUR,
  T0,
  reportPayload,
  storeHarness,
  type OpenedStore,
  type StoreHarness,
} from '../support/store-harness.js';
import { byId, ids } from './contract-helpers.js';

/** The sweep part of the contract, on a fresh store from `open`. */
export function describeSweepContract(open: () => Promise<OpenedStore>): void {
  describe('the deadline sweep', () => {
    let opened: OpenedStore;
    let h: StoreHarness;
    beforeEach(async () => {
      opened = await open();
      h = storeHarness(opened.store);
    }, 60_000);
    afterEach(async () => {
      await opened.close();
    });

    it('sweeps overdue cases once: escalating, flagging, resuming, idempotently', async () => {
      // c-due: assigned at the grid (one working day); c-resolved: fed back, its clock stopped;
      // c-suspended: a suspension until a set time; c-held: one with no end; c-district:
      // reported at the district level.
      await h.report('c-due');
      await h.ok('p-3', 'c-due', { type: 'file' });
      await h.ok('p-3', 'c-due', { type: 'assign' });
      await h.report('c-resolved');
      await h.ok('p-3', 'c-resolved', { type: 'file' });
      await h.ok('p-3', 'c-resolved', { type: 'assign' });
      await h.ok('p-1', 'c-resolved', { type: 'start-investigation' });
      await h.ok('p-1', 'c-resolved', {
        type: 'resolve',
        resolution: '已处理',
        feedback: { channel: 'phone' },
      });
      for (const [id, resumeAt] of [
        ['c-suspended', new Date(T0 + 3 * HOUR).toISOString()],
        ['c-held', undefined],
      ] as const) {
        await h.report(id);
        await h.ok('p-3', id, { type: 'file' });
        await h.ok('p-3', id, { type: 'assign' });
        await h.ok('p-1', id, {
          type: 'request-suspension',
          reason: '等待答复',
          ...(resumeAt ? { resumeAt } : {}),
        });
        await h.ok('p-5', id, { type: 'approve-request' });
      }
      await h.ok('p-7', 'c-district', reportPayload({ level: 'district' }));

      const due = async (at: number, limit?: number) => ids(await h.store.dueForSweep(at, limit));
      expect(await due(T0)).toEqual([]);
      // Due at the very millisecond: a suspension's end, a due time.
      expect(await due(T0 + 3 * HOUR - 1)).toEqual([]);
      expect(await due(T0 + 3 * HOUR)).toEqual(['c-suspended']);
      const record = async (id: string) => (await h.store.load(id))!;
      const dueMs = async (id: string) => Date.parse((await record(id)).dueAt);
      expect(await due((await dueMs('c-due')) - 1)).not.toContain('c-due');
      expect(await due(await dueMs('c-due'))).toContain('c-due');
      expect(await due((await dueMs('c-district')) - 1)).not.toContain('c-district');
      expect(await due(await dueMs('c-district'))).toContain('c-district');
      const late = Math.max(await dueMs('c-due'), await dueMs('c-district'));
      const rows = await h.store.dueForSweep(late);
      expect(ids(rows).sort(byId)).toEqual(['c-district', 'c-due', 'c-suspended']);
      // Soonest due first (the order of equal due times is not part of the contract).
      const dueTimes = rows.map((row) => row.dueAtMs);
      expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
      for (const row of rows) expect(row).toEqual(summarizeCase(await record(row.id)));
      const [soonest] = await h.store.dueForSweep(late, 1);
      expect(await h.store.dueForSweep(late, 1)).toHaveLength(1);
      expect(soonest?.dueAtMs).toBe(dueTimes[0]);
      expect(await h.store.dueForSweep(late, 2)).toHaveLength(2);

      const logs = async () =>
        Object.fromEntries(
          await Promise.all(
            ['c-due', 'c-resolved', 'c-suspended', 'c-held', 'c-district'].map(
              async (id) => [id, await h.store.readLog(id)] as const,
            ),
          ),
        );
      // What the sweep recorded since `before`: its events are the system's.
      const swept = (
        before: Record<string, readonly CaseEvent[]>,
        now: Record<string, readonly CaseEvent[]>,
      ) =>
        Object.entries(now)
          .flatMap(([id, log]) => log.slice(before[id]!.length).map((e) => [id, e] as const))
          .map(([id, e]) => {
            expect(e.actor).toEqual({ kind: 'system' });
            if (e.type === 'case-escalated') return `${id}:${e.data.from}>${e.data.to}`;
            return `${id}:${e.type}`;
          })
          .sort();
      const reported = (...results: TickResult[]) =>
        results
          .flatMap((r) => [
            ...r.escalated.map((e) => `${e.caseId}:${e.from}>${e.to}`),
            ...r.flagged.map((id) => `${id}:deadline-missed`),
            ...r.resumed.map((id) => `${id}:case-resumed`),
          ])
          .sort();

      const before = await logs();
      const first = await h.engine.tick(late);
      expect(first.failed).toEqual([]);
      expect(first.resumed).toEqual(['c-suspended']);
      expect(first.flagged).toEqual(['c-district']);
      expect(first.escalated).toContainEqual({ caseId: 'c-due', from: 'grid', to: 'community' });
      const after = await logs();
      // Each action reported is recorded once, and nothing else is.
      expect(swept(before, after)).toEqual(reported(first));
      expect(after['c-resolved']).toEqual(before['c-resolved']);
      expect(after['c-held']).toEqual(before['c-held']);
      for (const [id, log] of Object.entries(after)) {
        expect(verifyCaseLog(log), id).toBeUndefined();
        expect(replayCase(log), id).toEqual(await h.store.load(id));
      }
      expect((await record('c-district')).deadlineMissedAt).toBeDefined();
      expect(await due(late)).toEqual([]);

      // The same instant again: nothing to do, nothing written.
      expect(await h.engine.tick(late)).toEqual({
        at: first.at,
        escalated: [],
        flagged: [],
        resumed: [],
        failed: [],
      });
      expect(await logs()).toEqual(after);

      // Long after: everything climbs to the district and is flagged there; two engines
      // sweeping the same store at once record and report each action once.
      const later = late + 60 * DAY;
      const other = storeHarness(h.store, 'other');
      const [a, b] = await Promise.all([h.engine.tick(later), other.engine.tick(later)]);
      expect([...a.failed, ...b.failed]).toEqual([]);
      const end = await logs();
      expect(swept(after, end)).toEqual(reported(a, b));
      expect(reported(a, b)).toContain('c-due:street>district');
      expect(reported(a, b)).toContain('c-due:deadline-missed');
      const dueLog = end['c-due']!;
      expect(verifyCaseLog(dueLog)).toBeUndefined();
      expect(dueLog.slice(3).map((event) => event.type)).toEqual([
        'case-escalated',
        'case-escalated',
        'case-escalated',
        'deadline-missed',
      ]);
      expect(await due(later)).toEqual([]);
      expect(reported(await h.engine.tick(later))).toEqual([]);
      expect(await logs()).toEqual(end);
    });
  });
}
