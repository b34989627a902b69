// KPIs on random histories made by the real engine (random commands by the right and wrong
// people, time jumps and sweeps, in three grids of two streets), checked against oracles that
// read the log another way (replaying records with the engine's own fold, counting events) and
// against invariants: shares in [0, 1], units that partition the district add up, windows that
// partition a range add up, and the interleaving of cases does not matter.
import { describe, expect, it } from 'vitest';
import {
  KpiFacts,
  computeKpis,
  computeKpisByUnit,
  evolveCase,
  isOverdue,
  summarizeCase,
  type CaseEvent,
  type CaseRecord,
  type HandlingLevel,
  type KpiReport,
} from '../../src/index.js';
import { action, apply, type Action } from '../support/case-actions.js';
import { HOUR, T0, harness } from '../support/case-harness.js';
import { fc } from '../support/fast-check.js';

const history = fc.array(action, { minLength: 30, maxLength: 100 });

/** Runs random actions through the engine; returns every case's log and an instant after. */
async function run(actions: readonly Action[]): Promise<{ events: CaseEvent[]; end: number }> {
  const h = harness();
  for (const a of actions) await apply(h, a);
  const ids = [...h.store.caseIds()];
  const logs = await Promise.all(ids.map((id) => h.engine.store.readLog(id)));
  return { events: logs.flat(), end: h.now + HOUR };
}

/** Each case's record as of an instant (its events before it), by the engine's own fold. */
function recordsAt(events: readonly CaseEvent[], to: number): Map<string, CaseRecord> {
  const records = new Map<string, CaseRecord>();
  for (const event of events) {
    if (Date.parse(event.at) >= to) continue;
    records.set(event.caseId, evolveCase(records.get(event.caseId), event));
  }
  return records;
}

function kpis(events: Iterable<CaseEvent>, from: number, to: number): KpiReport {
  const result = computeKpis(events, {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  });
  if (!result.success) throw result.error;
  return result.data;
}

const inWindow = (event: CaseEvent, from: number, to: number) => {
  const at = Date.parse(event.at);
  return at >= from && at < to;
};

/** An instant between two others, in whole milliseconds, strictly before the second. */
const between = (a: number, b: number, cut: number) =>
  Math.min(b - 1, Math.max(a, Math.round(a + cut * (b - a))));

const scenario = fc.record({ input: history, cut: fc.double({ min: 0, max: 1, noNaN: true }) });

describe('KPIs of random engine histories', () => {
  it('agree with the records replayed at the window’s end', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ input, cut }) => {
        const { events, end } = await run(input);
        const to = between(T0, end, cut) + 1;
        const report = kpis(events, T0 - HOUR, to);
        const records = [...recordsAt(events, to).values()];
        const open = records.filter((r) => r.step !== 'archived');
        expect(report.open).toBe(open.length);
        expect(report.suspensions.inForce).toBe(open.filter((r) => r.suspension).length);
        expect(report.overdueNow).toBe(open.filter((r) => isOverdue(summarizeCase(r), to)).length);
      }),
      { numRuns: 60 },
    );
  });

  it('count what the log says happened in the window', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ input, cut }) => {
        const { events, end } = await run(input);
        const from = between(T0, end, cut);
        const report = kpis(events, from, end);
        const within = events.filter((event) => inWindow(event, from, end));
        const count = (pick: (event: CaseEvent) => boolean) => within.filter(pick).length;
        const cases = (type: CaseEvent['type']) =>
          new Set(within.filter((event) => event.type === type).map((event) => event.caseId)).size;
        expect(report.reported).toBe(cases('case-reported'));
        expect(report.closed).toBe(cases('case-archived'));
        expect(report.rejected).toBe(cases('case-rejected'));
        expect(report.escalations.byDeadline).toBe(
          count((e) => e.type === 'case-escalated' && e.data.trigger === 'deadline'),
        );
        expect(report.escalations.byRequest).toBe(
          count((e) => e.type === 'case-escalated' && e.data.trigger === 'request'),
        );
        expect(report.suspensions.requested).toBe(count((e) => e.type === 'suspension-requested'));
        expect(report.suspensions.approved).toBe(count((e) => e.type === 'case-suspended'));
        expect(report.suspensions.resumed).toBe(count((e) => e.type === 'case-resumed'));
        // The level each case closed in the window was resolved at, by replaying to that point.
        const levels: Record<HandlingLevel, number> = {
          grid: 0,
          community: 0,
          street: 0,
          district: 0,
        };
        const closedAt = new Map<string, HandlingLevel>();
        const records = new Map<string, CaseRecord>();
        const resolvedLevel = new Map<string, HandlingLevel>();
        for (const event of events) {
          const record = evolveCase(records.get(event.caseId), event);
          records.set(event.caseId, record);
          if (event.type === 'case-resolved') resolvedLevel.set(event.caseId, record.level);
          if (event.type === 'case-archived' && inWindow(event, from, end)) {
            closedAt.set(event.caseId, resolvedLevel.get(event.caseId)!);
          }
        }
        for (const level of closedAt.values()) levels[level]++;
        for (const level of ['grid', 'community', 'street', 'district'] as const) {
          expect(report.resolvedAtLevel[level].numerator).toBe(levels[level]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keep their invariants, and units and windows that partition add up', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ input, cut }) => {
        const { events, end } = await run(input);
        const from = T0 - HOUR;
        const middle = between(from + 1, end, cut);
        const whole = kpis(events, from, end);
        for (const ratio of [
          whole.closureRate,
          whole.onTimeRate,
          whole.reworkRate,
          whole.extensionRate,
          ...Object.values(whole.resolvedAtLevel),
        ]) {
          if (ratio.value === null) {
            expect(ratio.denominator).toBe(0);
          } else {
            expect(ratio.value).toBeGreaterThanOrEqual(0);
            expect(ratio.value).toBeLessThanOrEqual(1);
          }
        }
        expect(whole.closedOnTime).toBeLessThanOrEqual(whole.closed);
        expect(whole.closed).toBeLessThanOrEqual(whole.closuresDue);
        expect(whole.reworked).toBeLessThanOrEqual(whole.closed);
        expect(whole.overdueNow + whole.suspensions.inForce).toBeLessThanOrEqual(whole.open);
        for (const stats of [
          ...Object.values(whole.timePerStep),
          ...Object.values(whole.timePerLevel),
        ]) {
          if (stats.count > 0) expect(stats.p90Ms!).toBeGreaterThanOrEqual(0);
        }
        // Two windows: event counts add up exactly, per-case counts at least.
        const [a, b] = [kpis(events, from, middle), kpis(events, middle, end)];
        expect(a.reported + b.reported).toBe(whole.reported);
        expect(a.escalations.byDeadline + b.escalations.byDeadline).toBe(
          whole.escalations.byDeadline,
        );
        expect(a.suspensions.approved + b.suspensions.approved).toBe(whole.suspensions.approved);
        expect(a.closed + b.closed).toBeGreaterThanOrEqual(whole.closed);
        expect(b.open).toBe(whole.open);
        // Grids partition the district: every count of the whole is the sum of the grids'.
        const byGrid = computeKpisByUnit(events, {
          from: new Date(from).toISOString(),
          to: new Date(end).toISOString(),
          kind: 'grid',
        });
        if (!byGrid.success) throw byGrid.error;
        const sum = (pick: (r: KpiReport) => number) =>
          [...byGrid.data.values()].reduce((n, r) => n + pick(r), 0);
        for (const pick of [
          (r: KpiReport) => r.reported,
          (r: KpiReport) => r.closuresDue,
          (r: KpiReport) => r.closed,
          (r: KpiReport) => r.closedOnTime,
          (r: KpiReport) => r.open,
          (r: KpiReport) => r.overdueNow,
          (r: KpiReport) => r.timePerStep.assigned.count,
        ]) {
          expect(sum(pick)).toBe(pick(whole));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('do not depend on how the cases’ events are interleaved', async () => {
    await fc.assert(
      fc.asyncProperty(history, fc.infiniteStream(fc.nat()), async (input, picks) => {
        const { events, end } = await run(input);
        // Merge the cases' logs in a random order, each log still in version order.
        const queues = new Map<string, CaseEvent[]>();
        for (const event of events) {
          queues.set(event.caseId, [...(queues.get(event.caseId) ?? []), event]);
        }
        const merged: CaseEvent[] = [];
        const iterator = picks[Symbol.iterator]();
        while (queues.size > 0) {
          const keys = [...queues.keys()];
          const key = keys[iterator.next().value! % keys.length]!;
          const queue = queues.get(key)!;
          merged.push(queue.shift()!);
          if (queue.length === 0) queues.delete(key);
        }
        expect(kpis(merged, T0 - HOUR, end)).toEqual(kpis(events, T0 - HOUR, end));
        const facts = KpiFacts.from(merged.slice(0, Math.floor(merged.length / 2)));
        if (!facts.success) throw facts.error;
        expect(facts.data.add(merged.slice(Math.floor(merged.length / 2))).success).toBe(true);
        expect(
          computeKpis(facts.data, {
            from: new Date(T0 - HOUR).toISOString(),
            to: new Date(end).toISOString(),
          }),
        ).toEqual({ success: true, data: kpis(events, T0 - HOUR, end) });
      }),
      { numRuns: 40 },
    );
  });
});
