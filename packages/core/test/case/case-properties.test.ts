// Property-based tests of the case engine: random command sequences (plausible and not, by the
// right people and by anyone, with time passing and deadline sweeps), checking after every step
// what must always hold.
import { describe, expect, it } from 'vitest';
import {
  CASE_COMMAND_TYPES,
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
  type CaseCommandType,
  type CaseRecord,
  type HandlingLevel,
} from '../../src/index.js';
import { fc } from '../support/fast-check.js';
import {
  DAY,
  GRIDS,
  HOUR,
  LOCATION,
  MINUTE,
  harness,
  type Harness,
} from '../support/case-harness.js';

const PEOPLE = Array.from({ length: 17 }, (_, i) => `p-${String(i + 1)}`);
const CATEGORIES = ['ZZ-01', 'ZZ-00', 'CG-01'];
const level = fc.constantFrom(...HANDLING_LEVELS);
const optionalLevel = fc.option(level, { nil: undefined });

type Action =
  | {
      readonly kind: 'command';
      readonly caseIndex: number;
      /** `undefined`: one of the commands that move the case on from where it is (`pick`). */
      readonly type: CaseCommandType | undefined;
      readonly pick: number;
      /** `undefined`: the person whose job it is; else anyone. */
      readonly actor: string | undefined;
      readonly grid: number;
      readonly category: string;
      readonly level: HandlingLevel | undefined;
      readonly to: HandlingLevel | undefined;
      readonly reason: 'invalid' | 'duplicate' | 'not-responsible';
      readonly hours: number;
    }
  | { readonly kind: 'advance'; readonly ms: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      caseIndex: fc.integer({ min: 0, max: 2 }),
      type: fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...CASE_COMMAND_TYPES) },
      ),
      pick: fc.nat(),
      actor: fc.oneof(
        { weight: 5, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...PEOPLE) },
      ),
      grid: fc.integer({ min: 0, max: GRIDS.length - 1 }),
      category: fc.constantFrom(...CATEGORIES),
      level: optionalLevel,
      to: optionalLevel,
      reason: fc.constantFrom('invalid' as const, 'duplicate' as const, 'not-responsible' as const),
      hours: fc.integer({ min: 1, max: 72 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.constantFrom(10 * MINUTE, 2 * HOUR, 9 * HOUR, DAY, 4 * DAY, 40 * DAY),
    }),
  },
);

type Command = Extract<Action, { kind: 'command' }> & { readonly type: CaseCommandType };

// The commands that can move a case on from its state: what a busy office would do next.
function onward(record: CaseRecord | undefined): CaseCommandType[] {
  if (!record) return ['report', 'report', 'raise-alarm'];
  if (record.suspension) return ['resume'];
  if (record.request) return ['approve-request', 'decline-request', 'resolve', 'escalate'];
  switch (record.step) {
    case 'reported':
      return ['file', 'file', 'reject', 'escalate', 'link-duplicate'];
    case 'filed':
      return ['assign', 'escalate', 'link-duplicate'];
    case 'assigned':
      return [
        'start-investigation',
        'start-investigation',
        'request-suspension',
        'request-extension',
        'deescalate',
        'assign',
      ];
    case 'investigating':
      return ['resolve', 'resolve', 'escalate', 'request-suspension', 'request-extension'];
    case 'resolved':
      return record.verified ? ['archive'] : ['pass-verification', 'fail-verification'];
    default:
      return ['reopen'];
  }
}

function payload(a: Command, h: Harness): Record<string, unknown> {
  switch (a.type) {
    case 'report':
      return {
        categoryCode: a.category,
        gridId: GRIDS[a.grid]!.gridId,
        description: '井盖缺失',
        location: LOCATION,
        reporter: { kind: 'grid-worker' },
        ...(a.level ? { level: a.level } : {}),
      };
    case 'raise-alarm':
      return { gridId: GRIDS[a.grid]!.gridId, location: LOCATION };
    case 'reject':
      return {
        reason: a.reason,
        note: '核实后不予立案',
        duplicateOf: 'c-1',
        referredTo: '太原市供热公司',
      };
    case 'resolve':
      return { resolution: '已处理', feedback: { channel: 'phone' } };
    case 'fail-verification':
      return { reason: '现场核查未整改到位' };
    case 'escalate':
      return { handover: { reason: '需上级协调' }, ...(a.to ? { to: a.to } : {}) };
    case 'deescalate':
      return { to: a.to ?? 'grid', reason: '下派办理' };
    case 'request-suspension':
      return {
        reason: '等待答复',
        ...(a.hours % 2 ? { resumeAt: new Date(h.now + a.hours * HOUR).toISOString() } : {}),
      };
    case 'request-extension':
      return { reason: '协调中', extendBy: { amount: a.hours, unit: 'working-hours' } };
    case 'decline-request':
      return { reason: '理由不充分' };
    case 'reopen':
      return { complaint: '居民投诉问题仍在' };
    case 'link-duplicate':
      return { duplicateCaseId: `c-${String(((a.caseIndex + a.pick) % 3) + 1)}` };
    default:
      return {};
  }
}

function rightPerson(a: Command, record: CaseRecord | undefined): string {
  const grid = GRIDS.find((g) => g.gridId === record?.gridId) ?? GRIDS[a.grid]!;
  const at = record?.level ?? 'grid';
  const { H, S, V, A } = grid.staff;
  switch (a.type) {
    case 'report':
    case 'raise-alarm':
    case 'start-investigation':
    case 'resolve':
    case 'escalate':
    case 'request-suspension':
    case 'request-extension':
    case 'resume':
      return H[at];
    case 'pass-verification':
    case 'fail-verification':
      return V[at];
    case 'approve-request':
    case 'decline-request':
      return A[at];
    default:
      return S[at];
  }
}

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
          if (a.kind === 'advance') {
            h.now += a.ms;
            await h.engine.tick();
            await checkInvariants(h, model, true);
            continue;
          }
          commands++;
          const caseId = `c-${String(a.caseIndex + 1)}`;
          const record = await h.engine.store.load(caseId);
          const choices = onward(record);
          const command: Command = { ...a, type: a.type ?? choices[a.pick % choices.length]! };
          const actorId = a.actor ?? rightPerson(command, record);
          const result = await h.run(actorId, caseId, {
            type: command.type,
            ...payload(command, h),
          });
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
