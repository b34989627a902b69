// What a busy office would do next to a case, and by whom: the commands of the differential
// test and of the crash tests' child process, in the vocabulary of core's property tests.
import { type CaseCommandType, type CaseRecord, type HandlingLevel } from '@wangge/core';
import { GRIDS, HOUR, LOCATION } from '../../../core/test/support/case-harness.js';
import {
  CATEGORIES,
  PEOPLE,
  onward,
  rightPerson as jobOf,
} from '../../../core/test/support/next-commands.js';

/** The choices that shape a command; `type` undefined: one that moves the case on (`pick`). */
export interface CommandChoice {
  readonly type: CaseCommandType | undefined;
  readonly pick: number;
  /** `undefined`: the person whose job it is; else this person. */
  readonly actor: string | undefined;
  readonly grid: number;
  readonly category: string;
  readonly level: HandlingLevel | undefined;
  readonly to: HandlingLevel | undefined;
  readonly hours: number;
}

export { CATEGORIES, PEOPLE, onward };

/** The command type a choice stands for, on a case as it is. */
export function commandType(
  choice: CommandChoice,
  record: CaseRecord | undefined,
): CaseCommandType {
  if (choice.type !== undefined) return choice.type;
  const choices = onward(record);
  return choices[choice.pick % choices.length]!;
}

/** The payload of a command of `type` (without its envelope). */
export function payload(
  type: CaseCommandType,
  choice: CommandChoice,
  nowMs: number,
  caseCount: number,
): Record<string, unknown> {
  switch (type) {
    case 'report':
      return {
        categoryCode: choice.category,
        gridId: GRIDS[choice.grid]!.gridId,
        description: '井盖缺失',
        location: LOCATION,
        reporter: { kind: 'grid-worker' },
        ...(choice.level ? { level: choice.level } : {}),
      };
    case 'raise-alarm':
      return { gridId: GRIDS[choice.grid]!.gridId, location: LOCATION };
    case 'reject':
      return { reason: 'invalid', note: '核实后不予立案' };
    case 'resolve':
      return { resolution: '已处理', feedback: { channel: 'phone' } };
    case 'fail-verification':
      return { reason: '现场核查未整改到位' };
    case 'escalate':
      return { handover: { reason: '需上级协调' }, ...(choice.to ? { to: choice.to } : {}) };
    case 'deescalate':
      return { to: choice.to ?? 'grid', reason: '下派办理' };
    case 'request-suspension':
      return {
        reason: '等待答复',
        ...(choice.hours % 2
          ? { resumeAt: new Date(nowMs + choice.hours * HOUR).toISOString() }
          : {}),
      };
    case 'request-extension':
      return { reason: '协调中', extendBy: { amount: choice.hours, unit: 'working-hours' } };
    case 'decline-request':
      return { reason: '理由不充分' };
    case 'reopen':
      return { complaint: '居民投诉问题仍在' };
    case 'link-duplicate':
      return { duplicateCaseId: `c-${String((choice.pick % caseCount) + 1)}` };
    default:
      return {};
  }
}

/** The person whose job a command is, or the one the choice names. */
export function rightPerson(
  type: CaseCommandType,
  choice: CommandChoice,
  record: CaseRecord | undefined,
): string {
  return choice.actor ?? jobOf({ type, grid: choice.grid }, record);
}
