// What a busy office would do next to a case, and by whom: the commands of the differential
// test and of the crash tests' child process (after core's case-properties test).
import { type CaseCommandType, type CaseRecord, type HandlingLevel } from '@wangge/core';
import { GRIDS, HOUR, LOCATION } from '../../../core/test/support/case-harness.js';

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

export const PEOPLE = Array.from({ length: 17 }, (_, i) => `p-${String(i + 1)}`);
export const CATEGORIES = ['ZZ-01', 'ZZ-00', 'CG-01'] as const;

/** The commands that can move a case on from its state. */
export function onward(record: CaseRecord | undefined): CaseCommandType[] {
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

/** The person whose job a command is, at the case's level in its grid. */
export function rightPerson(
  type: CaseCommandType,
  choice: CommandChoice,
  record: CaseRecord | undefined,
): string {
  if (choice.actor !== undefined) return choice.actor;
  const grid = GRIDS.find((g) => g.gridId === record?.gridId) ?? GRIDS[choice.grid]!;
  const at = record?.level ?? 'grid';
  const { H, S, V, A } = grid.staff;
  switch (type) {
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
