// The contract of commands: the loop and replay, the log, receipts, conflicts, duplicates,
// reused ids, atomicity and racing commits, through the engine and through the port.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CaseCommandError,
  CaseConflictError,
  replayCase,
  summarizeCase,
  verifyCaseLog,
  type CaseCommit,
  type CaseEvent,
} from '@wangge/core';
import {
  DAY,
  HOUR,
  LOCATION,
  T0,
  draftCommit,
  reportPayload,
  storeHarness,
  type OpenedStore,
  type StoreHarness,
} from '../support/store-harness.js';
import { expectNothingWritten, snapshot } from './contract-helpers.js';

/** The commands part of the contract: each test on a fresh store from `open`. */
export function describeCommandContract(open: () => Promise<OpenedStore>): void {
  describe('commands', () => {
    let opened: OpenedStore;
    let h: StoreHarness;
    beforeEach(async () => {
      opened = await open();
      h = storeHarness(opened.store);
    }, 60_000);
    afterEach(async () => {
      await opened.close();
    });

    it('keeps a case through its whole loop, and load is the replay of its log', async () => {
      const steps: [string, Record<string, unknown>][] = [
        ['p-1', reportPayload()],
        ['p-3', { type: 'file' }],
        ['p-3', { type: 'assign', workerId: 'p-1' }],
        ['p-1', { type: 'start-investigation' }],
        ['p-1', { type: 'resolve', resolution: '已清理', feedback: { channel: 'visit' } }],
        ['p-3', { type: 'pass-verification' }],
        ['p-3', { type: 'archive' }],
      ];
      const written: CaseEvent[] = [];
      const commandIds: string[] = [];
      for (const [actorId, command] of steps) {
        const result = await h.run(actorId, 'c-1', command);
        if (!result.success) throw result.error;
        written.push(...result.data.events);
        commandIds.push(result.data.events[0]!.commandId);
        // What the store gives back is what the engine wrote, field for field.
        expect(await h.store.load('c-1')).toEqual(result.data.record);
        h.now += HOUR;
      }
      const log = await h.store.readLog('c-1');
      expect(log).toEqual(written);
      expect(log.map((event) => event.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(verifyCaseLog(log)).toBeUndefined();
      const record = await h.store.load('c-1');
      expect(record?.step).toBe('archived');
      expect(replayCase(log)).toEqual(record);

      expect(await h.store.readLog('c-1', 1)).toEqual(log);
      expect(await h.store.readLog('c-1', 4)).toEqual(log.slice(3));
      expect(await h.store.readLog('c-1', 7)).toEqual(log.slice(6));
      expect(await h.store.readLog('c-1', 8)).toEqual([]);
      expect(await h.store.readLog('c-404')).toEqual([]);
      expect(await h.store.load('c-404')).toBeUndefined();

      for (const [index, commandId] of commandIds.entries()) {
        expect(await h.store.findCommand(commandId)).toEqual({
          commandId,
          caseId: 'c-1',
          commandDigest: log[index]!.commandDigest,
          firstVersion: index + 1,
          lastVersion: index + 1,
        });
      }
      expect(await h.store.findCommand('cmd-404')).toBeUndefined();
      expect(await h.engine.history('c-1')).toHaveLength(7);
      const closed = await h.store.list({ status: 'closed' });
      expect(closed).toEqual({ items: [summarizeCase(record!)], total: 1 });
    });

    it('records a command of several events (an alarm) as one command', async () => {
      const alarm = {
        type: 'raise-alarm',
        commandId: 'sos-1',
        caseId: 'c-sos',
        expectedVersion: 0,
        actorId: 'p-1',
        gridId: 'ljy-c1-g1',
        location: LOCATION,
      };
      const first = await h.engine.execute(alarm);
      if (!first.success) throw first.error;
      expect(first.data.events.map((event) => event.version)).toEqual([1, 2, 3]);
      expect(await h.store.findCommand('sos-1')).toEqual({
        commandId: 'sos-1',
        caseId: 'c-sos',
        commandDigest: first.data.events[0]!.commandDigest,
        firstVersion: 1,
        lastVersion: 3,
      });
      const retry = await h.engine.execute(alarm);
      expect(retry).toEqual({ success: true, data: { ...first.data, duplicate: true } });
      expect(await h.store.readLog('c-sos')).toEqual(first.data.events);
    });

    it('refuses a commit at a stale or future version and writes nothing', async () => {
      await h.report('c-1');
      const file = await draftCommit(h.store, h.now, {
        type: 'file',
        commandId: 'file-1',
        caseId: 'c-1',
        actorId: 'p-3',
      });
      const reject = await draftCommit(h.store, h.now, {
        type: 'reject',
        commandId: 'reject-1',
        caseId: 'c-1',
        actorId: 'p-3',
        reason: 'invalid',
        note: '不属实',
      });
      expect(await h.store.commit(file)).toEqual({ status: 'committed' });
      const before = await snapshot(h.store, 'c-1');
      expect(before.record).toEqual(file.record);
      expect(await h.store.commit(reject)).toEqual({ status: 'conflict', actualVersion: 2 });
      await expectNothingWritten(h.store, 'c-1', before, 'reject-1');
      expect(await h.store.findCommand('reject-1')).toBeUndefined();
      expect((await h.store.list({})).items).toEqual([file.summary]);

      // A second report of a case that exists, and a commit for a version not reached yet.
      const again = await draftCommit(h.store, h.now, {
        ...reportPayload(),
        commandId: 'report-again',
        caseId: 'c-2',
        actorId: 'p-1',
      });
      const onExisting: CaseCommit = {
        ...again,
        caseId: 'c-1',
        events: again.events.map((event) => ({ ...event, caseId: 'c-1' })),
      };
      expect(await h.store.commit(onExisting)).toEqual({ status: 'conflict', actualVersion: 2 });
      expect(await h.store.commit({ ...reject, expectedVersion: 5 })).toEqual({
        status: 'conflict',
        actualVersion: 2,
      });
      await expectNothingWritten(h.store, 'c-1', before, 'report-again');
      expect(await h.store.findCommand('report-again')).toBeUndefined();

      // Through the engine: a typed conflict, naming both versions.
      const stale = await h.engine.execute({
        type: 'assign',
        commandId: 'assign-stale',
        caseId: 'c-1',
        expectedVersion: 1,
        actorId: 'p-3',
      });
      expect(stale.success).toBe(false);
      if (!stale.success) {
        expect(stale.error).toBeInstanceOf(CaseConflictError);
        expect(stale.error).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
      }
      await expectNothingWritten(h.store, 'c-1', before, 'assign-stale');
    });

    it('answers a repeated command id with the first receipt and writes nothing', async () => {
      await h.report('c-1');
      const file = await draftCommit(h.store, h.now, {
        type: 'file',
        commandId: 'file-1',
        caseId: 'c-1',
        actorId: 'p-3',
      });
      expect(await h.store.commit(file)).toEqual({ status: 'committed' });
      const receipt = {
        commandId: 'file-1',
        caseId: 'c-1',
        commandDigest: file.events[0]!.commandDigest,
        firstVersion: 2,
        lastVersion: 2,
      };
      const before = await snapshot(h.store, 'c-1');
      expect(await h.store.commit(file)).toEqual({ status: 'duplicate', receipt });
      await expectNothingWritten(h.store, 'c-1', before, 'file-1');

      // The receipt is found before the version is checked: a retry after the case moved on.
      await h.ok('p-3', 'c-1', { type: 'assign' });
      const moved = await snapshot(h.store, 'c-1');
      expect(await h.store.commit(file)).toEqual({ status: 'duplicate', receipt });
      await expectNothingWritten(h.store, 'c-1', moved, 'file-1');

      // Through the engine: the first result again, flagged as a duplicate.
      const retry = await h.engine.execute({
        type: 'file',
        commandId: 'file-1',
        caseId: 'c-1',
        expectedVersion: 1,
        actorId: 'p-3',
      });
      expect(retry).toEqual({
        success: true,
        data: { record: file.record, events: file.events, duplicate: true },
      });
      await expectNothingWritten(h.store, 'c-1', moved, 'file-1');
    });

    it('refuses a command id reused for another command, on any case', async () => {
      await h.report('c-1');
      const used = (await h.store.readLog('c-1'))[0]!.commandId;
      const before = await snapshot(h.store, 'c-1');
      const other = await h.engine.execute({
        ...reportPayload({ description: '另一件事' }),
        commandId: used,
        caseId: 'c-1',
        expectedVersion: 0,
        actorId: 'p-1',
      });
      const elsewhere = await h.engine.execute({
        ...reportPayload(),
        commandId: used,
        caseId: 'c-2',
        expectedVersion: 0,
        actorId: 'p-1',
      });
      for (const result of [other, elsewhere]) {
        expect(result.success).toBe(false);
        if (!result.success) {
          expect(result.error).toBeInstanceOf(CaseCommandError);
          expect(result.error.code).toBe('command_id_reused');
        }
      }
      await expectNothingWritten(h.store, 'c-1', before, used);
      expect(await h.store.readLog('c-2')).toEqual([]);
      expect(await h.store.load('c-2')).toBeUndefined();

      // Through the port: the id belongs to c-1, so a commit of it on c-2 is a duplicate of
      // c-1's command, and c-2 gets nothing.
      const onOtherCase = await draftCommit(h.store, h.now, {
        ...reportPayload(),
        commandId: used,
        caseId: 'c-2',
        actorId: 'p-1',
      });
      const outcome = await h.store.commit(onOtherCase);
      expect(outcome).toEqual({
        status: 'duplicate',
        receipt: {
          commandId: used,
          caseId: 'c-1',
          commandDigest: before.log[0]!.commandDigest,
          firstVersion: 1,
          lastVersion: 1,
        },
      });
      expect(await h.store.readLog('c-2')).toEqual([]);
      expect((await h.store.list({})).total).toBe(1);
    });

    it('commits all the events of a command or none of them', async () => {
      const alarm = await draftCommit(h.store, h.now, {
        type: 'raise-alarm',
        commandId: 'sos-1',
        caseId: 'c-sos',
        actorId: 'p-1',
        gridId: 'ljy-c1-g1',
        location: LOCATION,
      });
      expect(alarm.events).toHaveLength(3);
      const [e1, e2, e3] = alarm.events as [CaseEvent, CaseEvent, CaseEvent];
      const broken: [string, CaseEvent[]][] = [
        // The third event repeats the second's version: the first two would fit.
        ['a repeated version', [e1, e2, { ...e3, version: 2 }]],
        ['a gap', [e1, e2, { ...e3, version: 4 }]],
        ['a broken link', [e1, e2, { ...e3, prevHash: e1.hash }]],
        ['another case', [e1, e2, { ...e3, caseId: 'c-other' }]],
      ];
      for (const [what, events] of broken) {
        await expect(h.store.commit({ ...alarm, events }), what).rejects.toThrow();
        expect(await h.store.readLog('c-sos'), what).toEqual([]);
        expect(await h.store.readLog('c-other'), what).toEqual([]);
        expect(await h.store.load('c-sos'), what).toBeUndefined();
        expect(await h.store.findCommand('sos-1'), what).toBeUndefined();
        expect(await h.store.list({}), what).toEqual({ items: [], total: 0 });
        expect(await h.store.dueForSweep(T0 + 365 * DAY), what).toEqual([]);
      }
      // The store is still usable, and the sound commit goes through whole.
      expect(await h.store.commit(alarm)).toEqual({ status: 'committed' });
      expect(await h.store.readLog('c-sos')).toEqual(alarm.events);
      expect(await h.store.findCommand('sos-1')).toMatchObject({
        firstVersion: 1,
        lastVersion: 3,
      });

      // On a case that exists: a commit whose event skips a version, or links elsewhere.
      await h.report('c-1');
      const file = await draftCommit(h.store, h.now, {
        type: 'file',
        commandId: 'file-1',
        caseId: 'c-1',
        actorId: 'p-3',
      });
      const before = await snapshot(h.store, 'c-1');
      for (const bad of [{ version: 5 }, { prevHash: e3.hash }]) {
        const events = file.events.map((event) => ({ ...event, ...bad }));
        await expect(h.store.commit({ ...file, events }), JSON.stringify(bad)).rejects.toThrow();
        await expectNothingWritten(h.store, 'c-1', before, 'file-1');
        expect(await h.store.findCommand('file-1')).toBeUndefined();
      }
      expect(await h.store.commit(file)).toEqual({ status: 'committed' });
    });

    it('lets one of several racing commits at a version win, and records a raced retry once', async () => {
      await h.report('c-1');
      await h.ok('p-3', 'c-1', { type: 'file' });
      const drafts = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          draftCommit(h.store, h.now, {
            type: 'assign',
            commandId: `race-${String(i)}`,
            caseId: 'c-1',
            actorId: 'p-3',
            workerId: i % 2 ? 'p-1' : 'p-3',
          }),
        ),
      );
      const outcomes = await Promise.all(drafts.map((draft) => h.store.commit(draft)));
      const won = outcomes.findIndex((outcome) => outcome.status === 'committed');
      expect(outcomes.filter((outcome) => outcome.status === 'committed')).toHaveLength(1);
      for (const [i, outcome] of outcomes.entries()) {
        if (i !== won) expect(outcome).toEqual({ status: 'conflict', actualVersion: 3 });
      }
      expect(await h.store.load('c-1')).toEqual(drafts[won]!.record);
      const log = await h.store.readLog('c-1');
      expect(log).toHaveLength(3);
      expect(verifyCaseLog(log)).toBeUndefined();

      const retry = await draftCommit(h.store, h.now, {
        type: 'start-investigation',
        commandId: 'go',
        caseId: 'c-1',
        actorId: drafts[won]!.record.workerId ?? 'p-1',
      });
      const retries = await Promise.all(Array.from({ length: 6 }, () => h.store.commit(retry)));
      expect(retries.filter((outcome) => outcome.status === 'committed')).toHaveLength(1);
      for (const outcome of retries) {
        if (outcome.status !== 'committed') {
          expect(outcome).toEqual({
            status: 'duplicate',
            receipt: {
              commandId: 'go',
              caseId: 'c-1',
              commandDigest: retry.events[0]!.commandDigest,
              firstVersion: 4,
              lastVersion: 4,
            },
          });
        }
      }
      expect(await h.store.readLog('c-1')).toHaveLength(4);
    });
  });
}
