import { and, or, setup, stateIn } from 'xstate';
import { HANDLING_LEVELS, type HandlingLevel } from '../schema/handling-level.js';
import type { RejectReason } from '../schema/case-event-data.js';

/**
 * What the case machine needs to know of an event to tell whether it may happen: its type, and
 * for a few types the one field that selects where it leads (the level of a report, the target
 * level of an escalation, the reason of a rejection). The engine derives it from the event
 * with `machineEventOf`.
 *
 * @example
 * ```ts
 * import type { CaseMachineEvent } from '@wangge/core';
 * const event: CaseMachineEvent = { type: 'case-escalated', to: 'community' };
 * ```
 */
export type CaseMachineEvent =
  | { readonly type: 'case-reported'; readonly level: HandlingLevel }
  | { readonly type: 'case-filed' }
  | { readonly type: 'case-rejected'; readonly reason: RejectReason }
  | { readonly type: 'case-assigned' }
  | { readonly type: 'investigation-started' }
  | { readonly type: 'case-resolved' }
  | { readonly type: 'verification-passed' }
  | { readonly type: 'verification-failed' }
  | { readonly type: 'case-archived' }
  | { readonly type: 'case-escalated'; readonly to: HandlingLevel }
  | { readonly type: 'case-deescalated'; readonly to: HandlingLevel }
  | { readonly type: 'suspension-requested' }
  | { readonly type: 'extension-requested' }
  | { readonly type: 'request-declined' }
  | { readonly type: 'case-suspended' }
  | { readonly type: 'deadline-extended' }
  | { readonly type: 'case-resumed' }
  | { readonly type: 'case-reopened' }
  | { readonly type: 'deadline-missed' }
  | { readonly type: 'duplicate-linked' };

/**
 * The case (案件) as a statechart: the six steps of the closed loop (闭环管理), the four
 * handling levels (四级处置), the deadline clock and a pending request, as four parallel
 * regions. It has no context and no timers: it answers only whether an event may happen in a
 * state and which state follows. Due times are absolute instants kept in the case record and
 * enforced by `tick`; the record itself is the fold of the event log (`evolveCase`).
 *
 * - `step`: `new` → `reported` 问题上报 → `filed` 案卷建立 → `active.assigned` 任务指派 →
 *   `active.investigating` 调查落实 → `resolved` 处理反馈 (`awaitingVerification` → `verified`, or
 *   back to investigating on rework 返工) → `archived` 结案归档 (`resolved`, or rejected at
 *   filing as `invalid`, `duplicate`, `referred`). An archived case may be reopened.
 * - `level`: `grid` → `community` → `street` → `district`; escalation goes up (one level or
 *   more), de-escalation down, only in an open step with the clock running.
 * - `clock`: `running` or `suspended` (缓办).
 * - `request`: `none`, or a suspension or extension (延期) awaiting approval.
 *
 * @example
 * ```ts
 * import { caseMachine } from '@wangge/core';
 * import { initialTransition, transition } from 'xstate';
 * const [start] = initialTransition(caseMachine);
 * const [reported] = transition(caseMachine, start, { type: 'case-reported', level: 'grid' });
 * reported.value; // { step: 'reported', level: 'grid', clock: 'running', request: 'none' }
 * ```
 */
export const caseMachine = /* @__PURE__ */ buildCaseMachine();

// Built in a function, called once, so that a bundle that does not use the machine drops it
// and xstate with it.
function buildCaseMachine() {
  const levelsAbove = (level: HandlingLevel) =>
    HANDLING_LEVELS.slice(HANDLING_LEVELS.indexOf(level) + 1);
  const levelsBelow = (level: HandlingLevel) =>
    HANDLING_LEVELS.slice(0, HANDLING_LEVELS.indexOf(level));
  const atLevel = (level: HandlingLevel) => stateIn(`#level-${level}`);
  const atAnyLevel = (levels: readonly HandlingLevel[]) => or(levels.map(atLevel));

  const REJECTIONS = [
    ['invalid', 'archived-invalid'],
    ['duplicate', 'archived-duplicate'],
    ['not-responsible', 'archived-referred'],
  ] as const;

  const base = setup({
    types: { events: {} as CaseMachineEvent },
    guards: {
      /** The event's target level (`to`) or reported level (`level`) is the given one. */
      levelIs: ({ event }, params: { level: HandlingLevel }) =>
        ('to' in event ? event.to : 'level' in event ? event.level : undefined) === params.level,
      reasonIs: ({ event }, params: { reason: RejectReason }) =>
        'reason' in event && event.reason === params.reason,
    },
  });

  const levelIs = (level: HandlingLevel) => ({ type: 'levelIs', params: { level } }) as const;

  // Each event's legality is defined once here and used by every region that reacts to it, so
  // that no region can move on an event that another region refuses: the machine moves as a
  // whole or not at all.
  const running = stateIn('#clock-running');
  const open = or([stateIn('#reported'), stateIn('#filed'), stateIn('#active')]);
  const escalationTarget = or(
    HANDLING_LEVELS.slice(1).map((to) => and([levelIs(to), atAnyLevel(levelsBelow(to))])),
  );
  const deescalationTarget = or(
    HANDLING_LEVELS.slice(0, -1).map((to) => and([levelIs(to), atAnyLevel(levelsAbove(to))])),
  );
  const gate = {
    assign: and([or([stateIn('#filed'), stateIn('#active')]), running]),
    investigate: and([stateIn('#assigned'), running]),
    resolve: and([stateIn('#investigating'), running]),
    escalate: and([open, running, escalationTarget]),
    deescalate: and([open, running, deescalationTarget]),
    request: and([stateIn('#active'), running, stateIn('#request-none')]),
    decide: or([stateIn('#request-suspension'), stateIn('#request-extension')]),
    missed: and([open, running, atLevel('district')]),
    link: and([open, running]),
  };

  const handling = {
    'case-escalated': { guard: gate.escalate },
    'case-deescalated': { guard: gate.deescalate },
    'deadline-missed': { guard: gate.missed },
    'duplicate-linked': { guard: gate.link },
  } as const;

  return base.createMachine({
    id: 'case',
    type: 'parallel',
    states: {
      step: {
        initial: 'new',
        states: {
          new: { id: 'new', on: { 'case-reported': { target: 'reported' } } },
          reported: {
            id: 'reported',
            on: {
              'case-filed': { target: 'filed' },
              'case-rejected': REJECTIONS.map(([reason, target]) => ({
                guard: { type: 'reasonIs', params: { reason } } as const,
                target: `#${target}`,
              })),
              ...handling,
            },
          },
          filed: {
            id: 'filed',
            on: { 'case-assigned': { guard: gate.assign, target: '#assigned' }, ...handling },
          },
          active: {
            id: 'active',
            initial: 'assigned',
            on: {
              'case-assigned': { guard: gate.assign, target: '#assigned' },
              'case-escalated': { guard: gate.escalate, target: '#assigned' },
              'case-deescalated': { guard: gate.deescalate, target: '#assigned' },
              'deadline-missed': { guard: gate.missed },
              'duplicate-linked': { guard: gate.link },
              'suspension-requested': { guard: gate.request },
              'extension-requested': { guard: gate.request },
              'request-declined': { guard: gate.decide },
              'case-suspended': { guard: stateIn('#request-suspension') },
              'deadline-extended': { guard: stateIn('#request-extension') },
              'case-resumed': { guard: stateIn('#clock-suspended') },
            },
            states: {
              assigned: {
                id: 'assigned',
                on: {
                  'investigation-started': { guard: gate.investigate, target: 'investigating' },
                },
              },
              investigating: {
                id: 'investigating',
                on: { 'case-resolved': { guard: gate.resolve, target: '#resolved' } },
              },
            },
          },
          resolved: {
            id: 'resolved',
            initial: 'awaitingVerification',
            states: {
              awaitingVerification: {
                on: {
                  'verification-passed': { target: 'verified' },
                  'verification-failed': { target: '#investigating' },
                },
              },
              verified: { on: { 'case-archived': { target: '#archived-resolved' } } },
            },
          },
          archived: {
            initial: 'resolved',
            states: {
              resolved: {
                id: 'archived-resolved',
                on: { 'case-reopened': { target: '#assigned' } },
              },
              invalid: { id: 'archived-invalid', on: { 'case-reopened': { target: '#reported' } } },
              duplicate: { id: 'archived-duplicate' },
              referred: { id: 'archived-referred' },
            },
          },
        },
      },
      level: {
        initial: 'none',
        on: {
          'case-escalated': HANDLING_LEVELS.slice(1).map((to) => ({
            guard: and([gate.escalate, levelIs(to)]),
            target: `#level-${to}`,
          })),
          'case-deescalated': HANDLING_LEVELS.slice(0, -1).map((to) => ({
            guard: and([gate.deescalate, levelIs(to)]),
            target: `#level-${to}`,
          })),
        },
        states: {
          none: {
            on: {
              'case-reported': HANDLING_LEVELS.map((level) => ({
                guard: levelIs(level),
                target: `#level-${level}`,
              })),
            },
          },
          grid: { id: 'level-grid' },
          community: { id: 'level-community' },
          street: { id: 'level-street' },
          district: { id: 'level-district' },
        },
      },
      clock: {
        initial: 'running',
        states: {
          running: {
            id: 'clock-running',
            on: {
              'case-suspended': { guard: stateIn('#request-suspension'), target: 'suspended' },
            },
          },
          suspended: { id: 'clock-suspended', on: { 'case-resumed': { target: 'running' } } },
        },
      },
      request: {
        initial: 'none',
        states: {
          none: {
            id: 'request-none',
            on: {
              'suspension-requested': { guard: gate.request, target: 'suspension' },
              'extension-requested': { guard: gate.request, target: 'extension' },
            },
          },
          suspension: {
            id: 'request-suspension',
            on: { 'case-suspended': { target: 'none' } },
          },
          extension: {
            id: 'request-extension',
            on: { 'deadline-extended': { target: 'none' } },
          },
        },
        // A pending request lapses when the case changes hands or is resolved.
        on: {
          'request-declined': { guard: gate.decide, target: '.none' },
          'case-assigned': { guard: gate.assign, target: '.none' },
          'case-escalated': { guard: gate.escalate, target: '.none' },
          'case-deescalated': { guard: gate.deescalate, target: '.none' },
          'case-resolved': { guard: gate.resolve, target: '.none' },
        },
      },
    },
  });
}
