// The differential property test: random command sequences through two engines, one on the
// in-memory reference and one on the store under test.
import { describe, expect, it } from 'vitest';
import {
  CASE_COMMAND_TYPES,
  HANDLING_LEVELS,
  InMemoryCaseStore,
  createCaseEngine,
  type CaseCommandResult,
  type CaseListQuery,
  type CaseStore,
  type CaseSummary,
  type TickResult,
} from '@wangge/core';
import { fc } from '../../core/test/support/fast-check.js';
import {
  CATEGORIES,
  PEOPLE,
  commandType,
  payload,
  rightPerson,
  type CommandChoice,
} from './support/command-model.js';
import { DAY, GRIDS, HOUR, T0, sharedDistrict, type OpenedStore } from './support/store-harness.js';
import { byId } from './contract/contract-helpers.js';

type DifferentialStep =
  | {
      readonly kind: 'command';
      readonly caseIndex: number;
      readonly choice: CommandChoice;
      /** `fresh`: a new command at the case's version; `retry`: a command sent before, again;
       * `stale`: a new command at the version before. */
      readonly variant: 'fresh' | 'retry' | 'stale';
    }
  | { readonly kind: 'advance'; readonly ms: number };

const CASES = 4;
const level = fc.option(fc.constantFrom(...HANDLING_LEVELS), { nil: undefined });
const choice: fc.Arbitrary<CommandChoice> = fc.record({
  type: fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...CASE_COMMAND_TYPES) },
  ),
  pick: fc.nat(),
  actor: fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...PEOPLE) },
  ),
  grid: fc.integer({ min: 0, max: GRIDS.length - 1 }),
  category: fc.constantFrom(...CATEGORIES),
  level,
  to: level,
  hours: fc.integer({ min: 1, max: 72 }),
});
const differentialStep: fc.Arbitrary<DifferentialStep> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      caseIndex: fc.integer({ min: 0, max: CASES - 1 }),
      choice,
      variant: fc.constantFrom<'fresh' | 'retry' | 'stale'>(
        'fresh',
        'fresh',
        'fresh',
        'fresh',
        'retry',
        'stale',
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.constantFrom(2 * HOUR, 9 * HOUR, DAY, 4 * DAY, 40 * DAY),
    }),
  },
);

// A command's result as a user sees it: the data, or the error's class, code and messages.
function outcomeOf(result: CaseCommandResult) {
  if (result.success) return result;
  const { error } = result;
  return {
    success: false,
    kind: error.constructor.name,
    code: error.code,
    messages: error.messages,
  };
}

// The order of equal due times in the sweep is the store's; compare the same rows in one order.
const bySweepOrder = (rows: readonly CaseSummary[]) =>
  [...rows].sort((a, b) => a.dueAtMs - b.dueAtMs || byId(a.id, b.id));
const tickOf = (result: TickResult) => ({
  ...result,
  escalated: [...result.escalated].sort((a, b) => byId(a.caseId, b.caseId)),
  flagged: [...result.flagged].sort(byId),
  resumed: [...result.resumed].sort(byId),
  failed: result.failed.map((f) => ({ caseId: f.caseId, code: f.error.code })).sort(),
});

function listQueries(now: number): CaseListQuery[] {
  return [
    {},
    { status: 'open' },
    { status: 'closed', sort: 'updatedAt', order: 'desc' },
    { unitId: 'yz', sort: 'createdAt' },
    { unitId: 'ljy' },
    { unitId: 'ljy-c1' },
    { unitId: 'ljy-c1-g1', order: 'desc' },
    { unitId: 'ljy-c2-g1' },
    { unitId: 'hz-v1-g1' },
    { unitId: 'hz' },
    { workerId: 'p-1' },
    { departmentId: 'd-zz' },
    { steps: ['assigned', 'investigating'] },
    { steps: ['resolved', 'archived'], sort: 'updatedAt' },
    { levels: ['community', 'street'] },
    { levels: ['district'], status: 'open' },
    { overdue: true, now },
    { overdue: false, now, sort: 'updatedAt', order: 'desc' },
    { status: 'open', sort: 'dueAt', order: 'desc', limit: 2, offset: 1 },
  ];
}

/**
 * A differential property test: random command sequences (fresh, retried and stale commands,
 * by the right people and by anyone, time passing with deadline sweeps) applied through two
 * engines, one on an `InMemoryCaseStore` and one on the store under test, give the same results,
 * records, logs, receipts, lists and sweeps.
 */
export function describeStoreDifferential(
  name: string,
  open: () => Promise<OpenedStore>,
  numRuns: number,
): void {
  describe(`${name}: the same as InMemoryCaseStore`, () => {
    it('gives identical results, records, logs, lists and sweeps for random commands', async () => {
      let commands = 0;
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(differentialStep, { minLength: 8, maxLength: 24 }),
          async (steps) => {
            const opened = await open();
            try {
              const reference = new InMemoryCaseStore();
              let now = T0;
              const engine = (store: CaseStore) =>
                createCaseEngine({
                  district: sharedDistrict(),
                  store,
                  clock: () => now,
                  alarm: { categoryCode: 'CG-01' },
                });
              const ref = engine(reference);
              const sut = engine(opened.store);
              const sent: Record<string, unknown>[] = [];
              const commandIds: string[] = [];
              const compareCase = async (caseId: string) => {
                expect(await opened.store.readLog(caseId)).toEqual(await reference.readLog(caseId));
                expect(await opened.store.load(caseId)).toEqual(await reference.load(caseId));
              };
              const compareAll = async () => {
                for (let i = 1; i <= CASES; i++) await compareCase(`c-${String(i)}`);
                for (const id of commandIds) {
                  expect(await opened.store.findCommand(id)).toEqual(
                    await reference.findCommand(id),
                  );
                }
                for (const query of listQueries(now)) {
                  expect(await sut.list(query), JSON.stringify(query)).toEqual(
                    await ref.list(query),
                  );
                }
                expect(bySweepOrder(await opened.store.dueForSweep(now))).toEqual(
                  bySweepOrder(await reference.dueForSweep(now)),
                );
              };
              for (const [index, step] of steps.entries()) {
                if (step.kind === 'advance') {
                  now += step.ms;
                  expect(bySweepOrder(await opened.store.dueForSweep(now))).toEqual(
                    bySweepOrder(await reference.dueForSweep(now)),
                  );
                  expect(tickOf(await sut.tick())).toEqual(tickOf(await ref.tick()));
                  await compareAll();
                  continue;
                }
                const caseId = `c-${String(step.caseIndex + 1)}`;
                let input: Record<string, unknown>;
                const earlier = sent[step.choice.pick % Math.max(1, sent.length)];
                if (step.variant === 'retry' && earlier) {
                  input = earlier;
                } else {
                  const record = await reference.load(caseId);
                  const type = commandType(step.choice, record);
                  const version = record?.version ?? 0;
                  input = {
                    type,
                    commandId: `d-${String(index)}`,
                    caseId,
                    expectedVersion: step.variant === 'stale' ? Math.max(0, version - 1) : version,
                    actorId: rightPerson(type, step.choice, record),
                    ...payload(type, step.choice, now, CASES),
                  };
                  sent.push(input);
                  commandIds.push(input.commandId as string);
                }
                commands++;
                const expected = await ref.execute(input);
                const actual = await sut.execute(input);
                if (expected.success) accepted++;
                expect(outcomeOf(actual)).toEqual(outcomeOf(expected));
                await compareCase(input.caseId as string);
              }
              await compareAll();
            } finally {
              await opened.close();
            }
          },
        ),
        { numRuns },
      );
      console.info(
        `[${name} differential] ${String(commands)} commands, ${String(accepted)} accepted`,
      );
      expect(accepted).toBeGreaterThan(0);
    }, 300_000);
  });
}
