import type { StateValue } from 'xstate';
import type { CaseEvent } from '../schema/case-event.js';
import type { CaseRecord } from '../schema/case-record.js';
import type { CaseCommandType } from '../schema/case-command.js';
import { CaseCommandError } from './case-errors.js';
import { caseMachine, type CaseMachineEvent } from './case-machine.js';

/**
 * The machine state a record is in: the four regions of `caseMachine`, read off the record.
 *
 * @example
 * ```ts
 * import { machineStateOf, type CaseRecord } from '@wangge/core';
 * declare const record: CaseRecord;
 * machineStateOf(record); // e.g. { step: { active: 'investigating' }, level: 'community', clock: 'running', request: 'none' }
 * ```
 */
export function machineStateOf(record: CaseRecord | undefined): StateValue {
  if (!record) return { step: 'new', level: 'none', clock: 'running', request: 'none' };
  let step: StateValue;
  switch (record.step) {
    case 'assigned':
    case 'investigating':
      step = { active: record.step };
      break;
    case 'resolved':
      step = { resolved: record.verified ? 'verified' : 'awaitingVerification' };
      break;
    case 'archived':
      step = { archived: record.outcome ?? 'resolved' };
      break;
    default:
      step = record.step;
  }
  return {
    step,
    level: record.level,
    clock: record.suspension ? 'suspended' : 'running',
    request: record.request?.kind ?? 'none',
  };
}

/**
 * What the machine needs of a case event: its type and the field that selects its target.
 *
 * @example
 * ```ts
 * import { machineEventOf, type CaseEvent } from '@wangge/core';
 * declare const event: CaseEvent;
 * machineEventOf(event).type === event.type; // true
 * ```
 */
export function machineEventOf(event: CaseEvent): CaseMachineEvent {
  switch (event.type) {
    case 'case-reported':
      return { type: event.type, level: event.data.level };
    case 'case-rejected':
      return { type: event.type, reason: event.data.reason };
    case 'case-escalated':
    case 'case-deescalated':
      return { type: event.type, to: event.data.to };
    default:
      return { type: event.type };
  }
}

const stateKey = (record: CaseRecord | undefined): string =>
  record
    ? `${record.step}/${record.step === 'resolved' ? String(record.verified) : (record.outcome ?? '')}/${record.level}/${record.suspension ? 's' : 'r'}/${record.request?.kind ?? ''}`
    : 'new';

const eventKey = (event: CaseMachineEvent): string =>
  'level' in event
    ? `${event.type}/${event.level}`
    : 'to' in event
      ? `${event.type}/${event.to}`
      : 'reason' in event
        ? `${event.type}/${event.reason}`
        : event.type;

// The machine has no context, so whether an event may happen is a function of the state and
// the event's target alone: each answer is computed by XState once and remembered. The table
// is bounded by (reachable states × event variants), a few thousand entries.
const answers = new Map<string, boolean>();

/**
 * Whether the case machine accepts an event in the state of a record: the one check of the
 * lifecycle's rules (no step skipped, levels up only by escalation, nothing while the clock is
 * stopped but resuming, …). Computed by XState (`getTransitionData`) and cached per state and
 * event variant.
 *
 * @example
 * ```ts
 * import { machineAllows, type CaseRecord } from '@wangge/core';
 * declare const record: CaseRecord;
 * machineAllows(record, { type: 'case-archived' }); // true only once verified
 * ```
 */
export function machineAllows(record: CaseRecord | undefined, event: CaseMachineEvent): boolean {
  const key = `${stateKey(record)}|${eventKey(event)}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    const snapshot = caseMachine.resolveState({ value: machineStateOf(record), context: {} });
    answer = caseMachine
      .getTransitionData(snapshot, event)
      .some((transition) => transition.source.path[0] === 'step');
    answers.set(key, answer);
  }
  return answer;
}

/**
 * The error for a command that the case's state does not allow, naming the step, the level and
 * what else holds the case (a stopped clock, a pending request).
 */
export function transitionNotAllowed(
  record: CaseRecord | undefined,
  command: CaseCommandType,
): CaseCommandError {
  const state = record?.suspension
    ? 'suspended'
    : record?.request
      ? `${record.request.kind}-requested`
      : record?.step === 'resolved'
        ? record.verified
          ? 'verified'
          : 'awaiting-verification'
        : record?.outcome;
  return new CaseCommandError('transition_not_allowed', {
    command,
    caseId: record?.id,
    step: record?.step ?? 'new',
    level: record?.level ?? '',
    state,
  });
}
