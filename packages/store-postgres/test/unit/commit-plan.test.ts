// Planning a batch: each outcome as if committed one by one on the database's state, and the
// rows of what is written.
import { describe, expect, it } from 'vitest';
import { WanggeError, type CaseCommit } from '@wangge/core';
import { planCommits, type KnownState } from '../../src/commit-plan.js';
import { captureCommits, loopsOf, REPORT } from './capture-commits.js';

const EMPTY: KnownState = { heads: new Map(), receipts: new Map() };
const [r1, f1, a1] = await loopsOf('c-1');
const refusal = (commits: readonly CaseCommit[]) => {
  const error = planCommits(commits, EMPTY, undefined).settled[0]?.error;
  expect(error).toBeInstanceOf(WanggeError);
  return { code: error?.code, en: error?.messages.en, zh: error?.messages['zh-CN'] };
};

describe('planCommits', () => {
  it('commits a case step after step within a batch, and writes its last record once', () => {
    const plan = planCommits([r1!, f1!, a1!], EMPTY, undefined);
    expect(plan.settled).toStrictEqual([
      { outcome: { status: 'committed' } },
      { outcome: { status: 'committed' } },
      { outcome: { status: 'committed' } },
    ]);
    expect(plan.writes).toBe(3);
    expect(plan.rows.events.map(({ e }) => e.version)).toStrictEqual([1, 2, 3]);
    expect(plan.rows.cases).toHaveLength(1);
    expect(plan.rows.cases[0]?.r).toBe(a1!.record);
    expect(plan.rows.cases[0]?.o).toBe(true);
  });

  it('answers a repeated command id with the first receipt, a stale one with a conflict', () => {
    const plan = planCommits([r1!, r1!, { ...f1!, expectedVersion: 0 }], EMPTY, undefined);
    expect(plan.settled[1]).toStrictEqual({
      outcome: {
        status: 'duplicate',
        receipt: {
          commandId: r1!.events[0]!.commandId,
          caseId: 'c-1',
          commandDigest: r1!.events[0]!.commandDigest,
          firstVersion: 1,
          lastVersion: 1,
        },
      },
    });
    expect(plan.settled[2]).toStrictEqual({ outcome: { status: 'conflict', actualVersion: 1 } });
    expect(plan.writes).toBe(1);
  });

  it('refuses events that do not follow the log as broken_log', () => {
    expect(refusal([f1!].map((c) => ({ ...c, expectedVersion: 0 })))).toMatchObject({
      code: 'broken_log',
    });
  });

  it('refuses commits wrong in themselves as store_failure, in zh-CN and en', () => {
    const noEvents = refusal([{ ...r1!, events: [] }]);
    expect(noEvents).toMatchObject({ code: 'store_failure' });
    expect(noEvents.zh).toContain('没有事件');
    const otherRecord = refusal([{ ...r1!, record: a1!.record }]);
    expect(otherRecord.en).toContain('not case');
    const known: KnownState = {
      heads: new Map([
        [
          'c-1',
          { version: 1, hash: r1!.events[0]!.hash, districtId: 'elsewhere', step: 'reported' },
        ],
      ]),
      receipts: new Map(),
    };
    const moved = planCommits([f1!], known, undefined).settled[0]?.error;
    expect(moved?.messages.en).toContain("belongs to district 'elsewhere'");
    const scoped = planCommits([r1!], EMPTY, 'elsewhere').settled[0]?.error;
    expect(scoped?.messages.en).toContain("holds the cases of district 'elsewhere' only");
  });

  it('orders new places in the sweep as the cases opened, and sorts events by case', async () => {
    const commits = await captureCommits([
      ['c-9', 'p-1', REPORT],
      ['c-2', 'p-1', REPORT],
    ]);
    const plan = planCommits(commits, EMPTY, undefined);
    expect(plan.rows.cases.map(({ r }) => r.id)).toStrictEqual(['c-9', 'c-2']);
    expect(plan.rows.events.map(({ e }) => e.caseId)).toStrictEqual(['c-2', 'c-9']);
  });
});
