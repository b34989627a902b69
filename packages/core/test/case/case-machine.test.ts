// Model-based tests of the case machine (xstate/graph): the reachable states and transitions
// of `caseMachine`, and every shortest path to every state run through the engine as commands.
import { describe, expect, it } from 'vitest';
import type { AnyStateNode, AnyTransitionDefinition, SnapshotFrom, StateValue } from 'xstate';
import {
  getAdjacencyMap,
  getShortestPaths,
  type AdjacencyMap,
  type AdjacencyValue,
} from 'xstate/graph';
import {
  HANDLING_LEVELS,
  caseMachine,
  machineStateOf,
  type CaseMachineEvent,
  type CaseRecord,
} from '../../src/index.js';
import { harness, STAFF, type Harness } from '../support/case-harness.js';

const EVENTS: CaseMachineEvent[] = [
  ...HANDLING_LEVELS.map((level) => ({ type: 'case-reported', level }) as const),
  { type: 'case-filed' },
  ...(['invalid', 'duplicate', 'not-responsible'] as const).map(
    (reason) => ({ type: 'case-rejected', reason }) as const,
  ),
  { type: 'case-assigned' },
  { type: 'investigation-started' },
  { type: 'case-resolved' },
  { type: 'verification-passed' },
  { type: 'verification-failed' },
  { type: 'case-archived' },
  ...HANDLING_LEVELS.map((to) => ({ type: 'case-escalated', to }) as const),
  ...HANDLING_LEVELS.map((to) => ({ type: 'case-deescalated', to }) as const),
  { type: 'suspension-requested' },
  { type: 'extension-requested' },
  { type: 'request-declined' },
  { type: 'case-suspended' },
  { type: 'deadline-extended' },
  { type: 'case-resumed' },
  { type: 'case-reopened' },
  { type: 'deadline-missed' },
  { type: 'duplicate-linked' },
];

const key = (value: StateValue) => JSON.stringify(value);
const taken = (
  snapshot: Parameters<typeof caseMachine.getTransitionData>[0],
  event: CaseMachineEvent,
) => caseMachine.getTransitionData(snapshot, event);

type Snapshot = SnapshotFrom<typeof caseMachine>;
const adjacency: AdjacencyMap<Snapshot, CaseMachineEvent> = getAdjacencyMap(caseMachine, {
  events: EVENTS,
  serializeState: (snapshot) => key(snapshot.value),
});
// Its keys are branded strings, which `Object.values` does not see through.
const vertices = Object.values(adjacency) as AdjacencyValue<Snapshot, CaseMachineEvent>[];
const edges = (vertex: AdjacencyValue<Snapshot, CaseMachineEvent>) =>
  Object.values(vertex.transitions) as { event: CaseMachineEvent; state: Snapshot }[];
// Real moves only: xstate/graph also lists events that the state ignores, as self-loops.
const moves = vertices.flatMap((vertex) =>
  edges(vertex)
    .filter(({ event }) => taken(vertex.state, event).length > 0)
    .map(({ event, state: next }) => ({ from: vertex.state, event, to: next })),
);

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child))];
}
const definedTransitions = allNodes(caseMachine.root).flatMap((node) =>
  [...node.transitions.values()].flat(),
);

describe('the case machine', () => {
  it('reaches every state node', () => {
    const reached = new Set<string>();
    for (const { state } of vertices) {
      for (const node of state._nodes) reached.add(node.id);
    }
    const unreached = allNodes(caseMachine.root)
      .map((node) => node.id)
      .filter((id) => !reached.has(id));
    expect(unreached).toEqual([]);
    expect(Object.keys(adjacency).length).toBeGreaterThan(50);
  });

  it('takes every transition it defines', () => {
    const used = new Set<AnyTransitionDefinition>();
    for (const { from, event } of moves) for (const t of taken(from, event)) used.add(t);
    const unused = definedTransitions
      .filter((t) => !used.has(t))
      .map(
        (t) =>
          `${t.source.id} --${t.eventType}--> ${t.target?.map((n) => n.id).join(',') ?? '(self)'}`,
      );
    expect(unused).toEqual([]);
  });

  it('can reach an archived state from every reachable state', () => {
    const archived = (value: StateValue) =>
      typeof value === 'object' && typeof value.step === 'object' && 'archived' in value.step;
    const canClose = new Set(
      vertices.filter(({ state }) => archived(state.value)).map(({ state }) => key(state.value)),
    );
    for (let grew = true; grew;) {
      grew = false;
      for (const { from, to } of moves) {
        if (!canClose.has(key(from.value)) && canClose.has(key(to.value))) {
          canClose.add(key(from.value));
          grew = true;
        }
      }
    }
    const stuck = vertices
      .map(({ state }) => key(state.value))
      .filter((value) => !canClose.has(value));
    expect(stuck).toEqual([]);
  });

  it('never lowers the level except by de-escalation, nor raises it except by escalation', () => {
    for (const { from, event, to } of moves) {
      const levels: readonly string[] = HANDLING_LEVELS;
      const before = levels.indexOf(from.value.level);
      const after = levels.indexOf(to.value.level);
      if (after < before) expect(event.type).toBe('case-deescalated');
      if (after > before && before >= 0) expect(event.type).toBe('case-escalated');
    }
  });
});

async function apply(h: Harness, caseId: string, event: CaseMachineEvent): Promise<CaseRecord> {
  const record = await h.engine.store.load(caseId);
  const level = record?.level ?? 'grid';
  const { H, S, V, A } = STAFF;
  switch (event.type) {
    case 'case-reported':
      return h.report(caseId, { level: event.level });
    case 'case-filed':
      return h.ok(S[level], caseId, { type: 'file' });
    case 'case-rejected':
      return h.ok(S[level], caseId, {
        type: 'reject',
        reason: event.reason,
        note: '核实后不予立案',
        ...(event.reason === 'duplicate' ? { duplicateOf: 'c-original' } : {}),
        ...(event.reason === 'not-responsible' ? { referredTo: '太原市供热公司' } : {}),
      });
    case 'case-assigned':
      return h.ok(S[level], caseId, { type: 'assign' });
    case 'investigation-started':
      return h.ok(H[level], caseId, { type: 'start-investigation' });
    case 'case-resolved':
      return h.ok(H[level], caseId, {
        type: 'resolve',
        resolution: '已协调物业清理',
        feedback: { channel: 'phone' },
      });
    case 'verification-passed':
      return h.ok(V[level], caseId, { type: 'pass-verification' });
    case 'verification-failed':
      return h.ok(V[level], caseId, { type: 'fail-verification', reason: '现场仍有杂物' });
    case 'case-archived':
      return h.ok(S[level], caseId, { type: 'archive' });
    case 'case-escalated':
      return h.ok(H[level], caseId, {
        type: 'escalate',
        to: event.to,
        handover: { reason: '网格内无法协调', tried: '两次入户协商' },
      });
    case 'case-deescalated':
      return h.ok(S[level], caseId, { type: 'deescalate', to: event.to, reason: '交由下级办理' });
    case 'suspension-requested':
      return h.ok(H[level], caseId, { type: 'request-suspension', reason: '等待产权单位答复' });
    case 'extension-requested':
      return h.ok(H[level], caseId, {
        type: 'request-extension',
        reason: '需协调供热公司',
        extendBy: { amount: 2, unit: 'working-days' },
      });
    case 'request-declined':
      return h.ok(A[level], caseId, { type: 'decline-request', reason: '理由不充分' });
    case 'case-suspended':
    case 'deadline-extended':
      return h.ok(A[level], caseId, { type: 'approve-request' });
    case 'case-resumed':
      return h.ok(H[level], caseId, { type: 'resume' });
    case 'case-reopened':
      return h.ok(S[level], caseId, { type: 'reopen', complaint: '居民反映问题仍未解决' });
    case 'duplicate-linked': {
      const duplicateId = `${caseId}-dup-${String(record?.linkedReports.length ?? 0)}`;
      await h.report(duplicateId);
      return h.ok(S[level], caseId, { type: 'link-duplicate', duplicateCaseId: duplicateId });
    }
    case 'deadline-missed': {
      h.now = Date.parse(record!.dueAt) + 1;
      const result = await h.engine.tick();
      expect(result.flagged).toEqual([caseId]);
      return (await h.engine.store.load(caseId))!;
    }
  }
}

describe('every shortest path through the machine, as commands to the engine', () => {
  const paths = getShortestPaths(caseMachine, {
    events: EVENTS,
    serializeState: (snapshot) => key(snapshot.value),
  });

  it('covers every reachable state', () => {
    expect(paths).toHaveLength(Object.keys(adjacency).length);
  });

  it('leads the engine through the same states', async () => {
    for (const [index, path] of paths.entries()) {
      const h = harness();
      await h.report('c-original');
      const caseId = `c-${String(index)}`;
      for (const step of path.steps) {
        if ((step.event.type as string) === 'xstate.init') continue;
        const record = await apply(h, caseId, step.event);
        expect(machineStateOf(record), `${caseId} after ${step.event.type}`).toEqual(
          step.state.value,
        );
      }
      const log = await h.engine.store.readLog(caseId);
      expect(log.length).toBe(
        path.steps.filter((s) => (s.event.type as string) !== 'xstate.init').length,
      );
    }
  });
});
