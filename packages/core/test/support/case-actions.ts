// The random case actions of the property tests: commands (plausible for the case's state, or
// any), by the person whose job it is or by anyone, and time passing with deadline sweeps.
import {
  CASE_COMMAND_TYPES,
  HANDLING_LEVELS,
  type CaseCommandType,
  type HandlingLevel,
} from '../../src/index.js';
import { DAY, GRIDS, HOUR, LOCATION, MINUTE, type Harness } from './case-harness.js';
import { CATEGORIES, PEOPLE, onward, rightPerson } from './next-commands.js';
import { fc } from './fast-check.js';

const level = fc.constantFrom(...HANDLING_LEVELS);
const optionalLevel = fc.option(level, { nil: undefined });

export type Action =
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

export const action: fc.Arbitrary<Action> = fc.oneof(
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

export type Command = Extract<Action, { kind: 'command' }> & { readonly type: CaseCommandType };

export function payload(a: Command, h: Harness): Record<string, unknown> {
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

/**
 * Runs one action: time passing (then a sweep) or a command, whose type and person are chosen
 * when the action leaves them open. Refusals are results, not failures.
 */
export async function apply(h: Harness, a: Action) {
  if (a.kind === 'advance') {
    h.now += a.ms;
    await h.engine.tick();
    return undefined;
  }
  const caseId = `c-${String(a.caseIndex + 1)}`;
  const record = await h.engine.store.load(caseId);
  const choices = onward(record);
  const command: Command = { ...a, type: a.type ?? choices[a.pick % choices.length]! };
  const actorId = a.actor ?? rightPerson(command, record);
  const result = await h.run(actorId, caseId, { type: command.type, ...payload(command, h) });
  return { caseId, record, command, result };
}
