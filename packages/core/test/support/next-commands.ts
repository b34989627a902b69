// What a busy office would do next to a case, and by whom: the vocabulary of the random command
// sequences of the property tests (core's and the store's). Free of fast-check, so that a child
// process can use it without fast-check's seed line on its stdout.
import type { CaseCommandType, CaseRecord } from '../../src/index.js';
import { GRIDS } from './case-harness.js';

/** Everyone in the case district, for commands by anyone. */
export const PEOPLE = Array.from({ length: 17 }, (_, i) => `p-${String(i + 1)}`);

/** Categories of the case district: working days at the grid, none there, natural hours. */
export const CATEGORIES = ['ZZ-01', 'ZZ-00', 'CG-01'] as const;

/** The commands that can move a case on from its state: what a busy office would do next. */
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

/** The person whose job a command is, at the case's level in its grid (`grid`: where a case
 * not yet reported will be). */
export function rightPerson(
  a: { readonly type: CaseCommandType; readonly grid: number },
  record: CaseRecord | undefined,
): string {
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
