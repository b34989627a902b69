import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_SCHEMA_VERSION,
  InMemoryCaseStore,
  WanggeError,
  createCaseEngine,
  hashCaseEvent,
  readCaseLog,
  replayCase,
  upcastCaseEvent,
  verifyCaseLog,
  type CaseEvent,
} from '../../src/index.js';
import { caseDistrict } from '../fixtures/case-district.js';
import { fc } from '../support/fast-check.js';
import { harness, HOUR, type Harness } from '../support/case-harness.js';

const REGEN = process.env.REGEN === '1';
const fixture = (name: string) => new URL(`../fixtures/case-log/${name}`, import.meta.url);

async function closedCase(h: Harness, caseId: string): Promise<readonly CaseEvent[]> {
  await h.report(caseId);
  await h.ok('p-3', caseId, { type: 'file' });
  await h.ok('p-3', caseId, { type: 'assign', workerId: 'p-1' });
  await h.ok('p-1', caseId, { type: 'start-investigation' });
  await h.ok('p-1', caseId, { type: 'escalate', handover: { reason: '需社区协调' } });
  await h.ok('p-5', caseId, { type: 'start-investigation' });
  await h.ok('p-5', caseId, {
    type: 'resolve',
    resolution: '已处理',
    feedback: { channel: 'visit' },
  });
  await h.ok('p-6', caseId, { type: 'pass-verification' });
  await h.ok('p-5', caseId, { type: 'archive' });
  return h.engine.store.readLog(caseId);
}

// Every object's keys in a random order, as a database's JSON column may return them.
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, random));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(() => random() - 0.5);
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)]));
}

describe('the hash chain', () => {
  it('holds for a log as written', async () => {
    const log = await closedCase(harness(), 'c-1');
    expect(log.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(verifyCaseLog(log)).toBeUndefined();
    for (const event of log) expect(hashCaseEvent(event)).toBe(event.hash);
  });

  it('survives a round trip that reorders keys', async () => {
    const log = await closedCase(harness(), 'c-1');
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed;
        const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
        const stored = JSON.parse(JSON.stringify(shuffleKeys(log, random))) as CaseEvent[];
        expect(verifyCaseLog(stored)).toBeUndefined();
        expect(replayCase(stored)).toEqual(replayCase(log));
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    [
      'a changed description',
      (log: CaseEvent[]): void => {
        const first = log[0] as Extract<CaseEvent, { type: 'case-reported' }>;
        log[0] = { ...first, data: { ...first.data, description: '已篡改' } };
      },
      'tampered_log',
      1,
    ],
    [
      'a changed actor',
      (log: CaseEvent[]): void => {
        log[4] = { ...log[4]!, actor: { kind: 'person', personId: 'p-7' } };
      },
      'tampered_log',
      5,
    ],
    [
      'a forged event with its own hash recomputed',
      (log: CaseEvent[]): void => {
        const forged: CaseEvent = { ...log[3]!, at: '2026-11-26T08:00:00+08:00' };
        log[3] = { ...forged, hash: hashCaseEvent(forged) };
      },
      'tampered_log',
      5,
    ],
    ['an event removed', (log: CaseEvent[]): void => void log.splice(2, 1), 'broken_log', 4],
    [
      'two events swapped',
      (log: CaseEvent[]): void => {
        [log[5], log[6]] = [log[6]!, log[5]!];
      },
      'broken_log',
      7,
    ],
    [
      'another case’s event',
      (log: CaseEvent[]): void => {
        log[2] = { ...log[2]!, caseId: 'c-2' };
      },
      'broken_log',
      3,
    ],
  ] as const)('finds %s', async (_what, tamper, code, version) => {
    const log = [...(await closedCase(harness(), 'c-1'))];
    tamper(log);
    expect(verifyCaseLog(log)).toMatchObject({ code, version, caseId: 'c-1' });
  });
});

describe('event format versions', () => {
  const stored = JSON.parse(readFileSync(fixture('v1-log.json'), 'utf8')) as unknown[];

  it('reads a version 1 log: checks its stored hashes, then upcasts every event', () => {
    const result = readCaseLog(stored);
    if (!result.success) expect.fail(result.error.format('en'));
    const log = result.data;
    expect(new Set(log.map((e) => e.schemaVersion))).toEqual(new Set([CASE_EVENT_SCHEMA_VERSION]));
    expect(new Set(stored.map((e) => (e as { schemaVersion: number }).schemaVersion))).toEqual(
      new Set([1]),
    );
    expect(log[0]?.actor).toEqual({ kind: 'person', personId: 'p-1' });
    const escalated = log.find((e) => e.type === 'case-escalated');
    expect(escalated?.type === 'case-escalated' && escalated.data.handover).toEqual({
      reason: '井盖产权属供水公司，需社区协调；已设置警示标志',
      attachments: [],
    });
    const record = replayCase(log);
    const golden = fixture('v1-record.json');
    if (REGEN || !existsSync(golden)) writeFileSync(golden, `${JSON.stringify(record, null, 2)}\n`);
    expect(record).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    expect(record).toMatchObject({ step: 'archived', level: 'community', reworkCount: 1 });
  });

  it('refuses a version 1 log whose stored form was changed', () => {
    const changed = structuredClone(stored) as { data: Record<string, unknown> }[];
    changed[1]!.data.note = '改过的备注';
    const result = readCaseLog(changed);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]).toMatchObject({ code: 'tampered_log', path: [1] });
  });

  it('continues a migrated case: new events chain onto the old hashes', async () => {
    const result = readCaseLog(stored);
    if (!result.success) throw result.error;
    const store = InMemoryCaseStore.restore({ events: result.data });
    const engine = createCaseEngine({
      district: caseDistrict(),
      store,
      clock: () => Date.parse('2026-12-01T10:00:00+08:00'),
    });
    const reopened = await engine.execute({
      type: 'reopen',
      commandId: 'reopen-1',
      caseId: 'c-2025-0042',
      expectedVersion: stored.length,
      actorId: 'p-5',
      complaint: '井盖又松动了',
    });
    if (!reopened.success) throw reopened.error;
    const appended = reopened.data.events[0]!;
    expect(appended.prevHash).toBe((stored.at(-1) as { hash: string }).hash);
    // As a store would hold it: the old events in their stored form, the new one in the current.
    expect(readCaseLog([...stored, appended]).success).toBe(true);
  });

  it.each([
    ['a future version', { schemaVersion: 3 }, 'unsupported_event_version'],
    ['no version', { caseId: 'c-1' }, 'unsupported_event_version'],
    ['not an object', 'case-reported', 'unsupported_event_version'],
    [
      'a version 1 event with a bad actor',
      { schemaVersion: 1, actor: 'has space', type: 'x', data: {} },
      'invalid_format',
    ],
  ])('refuses %s with a typed issue', (_what, input, code) => {
    const result = upcastCaseEvent(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.code)).toContain(code);
  });
});

describe('saving and restoring the in-memory store', () => {
  async function busyStore(): Promise<Harness> {
    const h = harness();
    await closedCase(h, 'c-closed');
    await h.report('c-open');
    await h.ok('p-3', 'c-open', { type: 'file' });
    await h.report('c-late', { categoryCode: 'CG-01' });
    h.now += 30 * HOUR;
    await h.engine.tick();
    return h;
  }

  it('restores every case, with or without snapshots, to the same records and lists', async () => {
    const h = await busyStore();
    const image = h.store.export();
    expect(image.snapshots.map((r) => r.id).sort()).toEqual(['c-late', 'c-open']);
    for (const restored of [
      InMemoryCaseStore.restore(JSON.parse(JSON.stringify(image)) as typeof image),
      InMemoryCaseStore.restore({ events: image.events }),
    ]) {
      for (const id of ['c-closed', 'c-open', 'c-late']) {
        expect(await restored.load(id)).toEqual(await h.engine.store.load(id));
        expect(await restored.readLog(id)).toEqual(await h.engine.store.readLog(id));
      }
      expect(await restored.list({ sort: 'updatedAt' })).toEqual(
        await h.engine.store.list({ sort: 'updatedAt' }),
      );
      expect(await restored.findCommand('cmd-1')).toEqual(
        await h.engine.store.findCommand('cmd-1'),
      );
    }
  });

  it('replays a case whose snapshot does not match its log', async () => {
    const h = await busyStore();
    const image = h.store.export();
    const stale = image.snapshots.map((r) =>
      r.id === 'c-open' ? { ...r, step: 'archived' as const, hash: 'f'.repeat(64) } : r,
    );
    const restored = InMemoryCaseStore.restore({ events: image.events, snapshots: stale });
    expect((await restored.load('c-open'))?.step).toBe('filed');
  });

  it('refuses an image with a gap, and restores nothing', async () => {
    const h = await busyStore();
    const { events } = h.store.export();
    const gap = events.filter((e) => !(e.caseId === 'c-closed' && e.version === 3));
    expect(() => InMemoryCaseStore.restore({ events: gap })).toThrow(WanggeError);
    try {
      InMemoryCaseStore.restore({ events: gap });
    } catch (error) {
      expect((error as WanggeError).code).toBe('broken_log');
    }
  });
});
