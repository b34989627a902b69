// Property-based tests of the case engine: random command sequences (plausible and not, by the
// right people and by anyone, with time passing and deadline sweeps), checking after every step
// what must always hold.
import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_TYPES,
  CaseEvent,
  HANDLING_LEVELS,
  caseHistory,
  evolveCase,
  parseInput,
  needsSweep,
  replayCase,
  summarizeCase,
  verifyCaseLog,
  type CaseRecord,
} from '../../src/index.js';
import { fc } from '../support/fast-check.js';
import { action, apply } from '../support/case-actions.js';
import { harness, type Harness } from '../support/case-harness.js';

interface Model {
  readonly created: Set<string>;
  readonly logs: Map<string, readonly CaseEvent[]>;
}

async function checkInvariants(h: Harness, model: Model, swept: boolean): Promise<void> {
  const store = h.store;
  // No case is lost, none appears from nowhere.
  expect(new Set(store.caseIds())).toEqual(model.created);
  for (const id of model.created) {
    const log = await store.readLog(id);
    const before = model.logs.get(id) ?? [];
    // Append-only: what was there is still there, unchanged.
    expect(log.slice(0, before.length)).toEqual(before);
    // Gapless, one case, hash-chained.
    expect(verifyCaseLog(log)).toBeUndefined();
    const live = await store.load(id);
    // Replaying the log gives the live state.
    expect(replayCase(log)).toEqual(live);
    // The history shows, after each event, the step, level, clock and rework count of the
    // record folded up to that event.
    let folded: CaseRecord | undefined;
    for (const entry of caseHistory(log)) {
      folded = evolveCase(folded, entry.event);
      expect([entry.step, entry.level, entry.suspended, entry.reworkCount]).toEqual([
        folded.step,
        folded.level,
        folded.suspension !== undefined,
        folded.reworkCount,
      ]);
    }
    // The level stays in range and goes down only by a recorded de-escalation.
    for (const entry of caseHistory(log)) {
      expect(HANDLING_LEVELS).toContain(entry.level);
      if (
        entry.fromLevel &&
        HANDLING_LEVELS.indexOf(entry.level) < HANDLING_LEVELS.indexOf(entry.fromLevel)
      ) {
        expect(entry.event.type).toBe('case-deescalated');
        expect(entry.event.actor.kind).toBe('person');
      }
    }
    // After a sweep, nothing is overdue below the district, nothing unflagged at it, and a
    // stopped clock was stopped by an approval.
    const record = live!;
    if (swept) expect(needsSweep(summarizeCase(record), h.now)).toBe(false);
    if (record.suspension) {
      const last = [...log].reverse().find((e) => e.type === 'case-suspended');
      expect(last?.actor.kind).toBe('person');
      expect(record.suspension.approvedBy).toEqual(last?.actor);
    }
    model.logs.set(id, log);
  }
}

function count(seen: Map<string, number>, events: readonly CaseEvent[]): void {
  for (const event of events) {
    const key =
      event.type === 'case-escalated' ? `${event.type}/${event.data.trigger}` : event.type;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
}

describe('random command sequences', () => {
  it('never lose a case, never break a log, never let a deadline pass unnoticed', async () => {
    let commands = 0;
    let accepted = 0;
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 10, maxLength: 40 }), async (actions) => {
        const h = harness();
        const model: Model = { created: new Set(), logs: new Map() };
        for (const a of actions) {
          const step = await apply(h, a);
          if (step === undefined) {
            await checkInvariants(h, model, true);
            continue;
          }
          commands++;
          const { caseId, record, command, result } = step;
          if (result.success) {
            accepted++;
            if (command.type === 'report' || command.type === 'raise-alarm')
              model.created.add(caseId);
            expect(result.data.record).toEqual(await h.engine.store.load(caseId));
          } else {
            // A refused command leaves everything as it was.
            expect((await h.engine.store.readLog(caseId)).length).toBe(record?.version ?? 0);
            expect(result.error.code).toMatch(/^[a-z_]+$/);
            expect(result.error.messages['zh-CN']).not.toBe('');
            expect(result.error.messages.en).not.toBe('');
          }
          await checkInvariants(h, model, false);
        }
        for (const id of model.created) {
          const log = await h.engine.store.readLog(id);
          // Every event the engine wrote reads back with the event schema.
          for (const event of log)
            expect(parseInput(CaseEvent, event, 'CaseEvent').success).toBe(true);
          count(seen, log);
        }
      }),
      { numRuns: 1000 },
    );
    console.info(
      `[case properties] ${String(commands)} commands, ${String(accepted)} accepted; events:`,
      Object.fromEntries([...seen].sort()),
    );
    // The sequences reach every kind of event, deadline escalations among them.
    expect([...seen.keys()].sort()).toEqual(
      [
        ...CASE_EVENT_TYPES.filter((t) => t !== 'case-escalated'),
        'case-escalated/deadline',
        'case-escalated/request',
      ].sort(),
    );
  }, 120_000);
});
