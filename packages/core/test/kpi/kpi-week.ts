// A week of one grid's cases through the real engine, at chosen times, whose KPIs are worked out
// by hand in compute-kpis.test.ts. ZZ-01 (neighbour disputes) is due at the grid after one
// working day (6.5 working hours, 08:30–12:00 and 14:30–17:30).
//
// Thursday 26 November 2026 from 09:30 (T0); due at the grid Friday 09:30:
// - c-1: reported, filed 09:40, assigned 09:50, on site 10:30, resolved 11:30, verified 11:40,
//   archived 11:50: on time at the grid;
// - c-2: the same until resolved 11:30, verification fails 11:40 (rework), resolved again 15:00,
//   verified 15:10, archived 15:20: on time, reworked;
// - c-3: filed 09:40, assigned 09:50, never handled; the sweep on Friday 09:30 escalates it to the
//   community (due Tuesday 09:30), whose cadre goes on site 14:00, resolves it 14:30; verified
//   15:20, archived 15:30: closed, but it missed the grid's deadline;
// - c-4: filed, assigned, 缓办 asked 10:00 and approved 10:10: suspended to the end of the week;
// - c-5: filed, assigned, an extension of 2 working days asked 10:00, approved 10:10 (due Tuesday
//   09:30); on site Monday 30 November 09:40, resolved 10:00, verified 10:10, archived 10:20: on
//   time, extended;
// - c-6: reported 09:40 and rejected as invalid at once;
// - c-7: reported Tuesday 1 December 09:30, filed 09:40, assigned 09:50 (due Wednesday 09:30);
//   nobody sweeps again: overdue at the week's end.
import type { CaseEvent } from '../../src/index.js';
import { HOUR, MINUTE, T0, harness, type Harness } from '../support/case-harness.js';

export const WEEK = { from: '2026-11-26T00:00:00+08:00', to: '2026-12-03T00:00:00+08:00' };

const at = (text: string) => Date.parse(text);

async function opened(h: Harness, caseId: string, start: number): Promise<void> {
  h.now = start;
  await h.report(caseId);
  h.now = start + 10 * MINUTE;
  await h.ok('p-3', caseId, { type: 'file' });
  h.now = start + 20 * MINUTE;
  await h.ok('p-3', caseId, { type: 'assign', workerId: 'p-1' });
}

async function close(h: Harness, caseId: string, verifier: string, archiver: string, t: number) {
  h.now = t;
  await h.ok(verifier, caseId, { type: 'pass-verification' });
  h.now = t + 10 * MINUTE;
  await h.ok(archiver, caseId, { type: 'archive' });
}

const resolve = (h: Harness, actor: string, caseId: string, t: number) => {
  h.now = t;
  return h.ok(actor, caseId, {
    type: 'resolve',
    resolution: '已调解',
    feedback: { channel: 'visit' },
  });
};

/** The week's events, every case's log in order, cases one after another. */
export async function weekEvents(): Promise<CaseEvent[]> {
  const h = harness();
  for (const id of ['c-1', 'c-2', 'c-3', 'c-4', 'c-5']) await opened(h, id, T0);

  for (const id of ['c-1', 'c-2']) {
    h.now = T0 + HOUR;
    await h.ok('p-1', id, { type: 'start-investigation' });
    await resolve(h, 'p-1', id, T0 + 2 * HOUR);
  }
  await close(h, 'c-1', 'p-3', 'p-3', T0 + 2 * HOUR + 10 * MINUTE);
  h.now = T0 + 2 * HOUR + 10 * MINUTE;
  await h.ok('p-3', 'c-2', { type: 'fail-verification', reason: '双方仍有争议' });
  await resolve(h, 'p-1', 'c-2', at('2026-11-26T15:00:00+08:00'));
  await close(h, 'c-2', 'p-3', 'p-3', at('2026-11-26T15:10:00+08:00'));

  h.now = T0 + 30 * MINUTE;
  await h.ok('p-1', 'c-4', { type: 'request-suspension', reason: '等待司法鉴定' });
  await h.ok('p-1', 'c-5', {
    type: 'request-extension',
    reason: '当事人出差',
    extendBy: { amount: 2, unit: 'working-days' },
  });
  h.now = T0 + 40 * MINUTE;
  await h.ok('p-5', 'c-4', { type: 'approve-request' });
  await h.ok('p-5', 'c-5', { type: 'approve-request' });

  h.now = T0 + 10 * MINUTE;
  await h.report('c-6');
  await h.ok('p-3', 'c-6', { type: 'reject', reason: 'invalid', note: '经核实不属实' });

  h.now = at('2026-11-27T09:30:00+08:00');
  await h.engine.tick();
  h.now = at('2026-11-27T14:00:00+08:00');
  await h.ok('p-5', 'c-3', { type: 'start-investigation' });
  await resolve(h, 'p-5', 'c-3', at('2026-11-27T14:30:00+08:00'));
  await close(h, 'c-3', 'p-6', 'p-5', at('2026-11-27T15:20:00+08:00'));

  h.now = at('2026-11-30T09:40:00+08:00');
  await h.ok('p-1', 'c-5', { type: 'start-investigation' });
  await resolve(h, 'p-1', 'c-5', at('2026-11-30T10:00:00+08:00'));
  await close(h, 'c-5', 'p-3', 'p-3', at('2026-11-30T10:10:00+08:00'));

  await opened(h, 'c-7', at('2026-12-01T09:30:00+08:00'));

  const logs = await Promise.all(
    ['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6', 'c-7'].map((id) => h.engine.store.readLog(id)),
  );
  return logs.flat();
}
