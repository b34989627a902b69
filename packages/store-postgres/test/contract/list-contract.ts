// The contract of lists: every filter, the sort orders and their ties, pages and totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeCase, type CaseListQuery, type CaseRecord } from '@wangge/core';
import {
  DAY,
  HOUR,
  LOCATION,
  T0,
  storeHarness,
  type OpenedStore,
  type StoreHarness,
} from '../support/store-harness.js';
import { byId, ids } from './contract-helpers.js';

/** The lists part of the contract, on one store from `open` holding eight cases. */
export function describeListContract(open: () => Promise<OpenedStore>): void {
  describe('lists', () => {
    let opened: OpenedStore;
    let h: StoreHarness;
    let records: Map<string, CaseRecord>;
    const NOW = T0 + 30 * DAY;

    // Eight cases: one rejected (closed) in ljy-c1-g1; one assigned to a worker there; one
    // in ljy-c2-g1's micro-grid escalated unfiled to the street; one in the village assigned
    // to a department; and four reported at the same instant, whose ids sort differently by
    // code unit than by a natural-language collation (upper case, `-`, `.` and `_`).
    const TIES = ['c-tie', 'C-tie', 'c.tie', 'c_tie'];
    beforeAll(async () => {
      opened = await open();
      h = storeHarness(opened.store);
      await h.report('c-archived');
      await h.ok('p-3', 'c-archived', { type: 'reject', reason: 'invalid', note: '不属实' });
      h.now += HOUR;
      await h.report('c-worker');
      await h.ok('p-3', 'c-worker', { type: 'file' });
      await h.ok('p-3', 'c-worker', { type: 'assign', workerId: 'p-1' });
      h.now += HOUR;
      await h.ok('p-10', 'c-street', {
        type: 'report',
        categoryCode: 'CG-01',
        gridId: 'ljy-c2-g1',
        microGridId: 'ljy-c2-g1-m1',
        description: '消防通道被占',
        location: LOCATION,
        reporter: { kind: 'grid-worker', personId: 'p-10' },
      });
      await h.ok('p-12', 'c-street', { type: 'escalate', handover: { reason: '需街道协调' } });
      h.now += HOUR;
      await h.ok('p-15', 'c-department', {
        type: 'report',
        categoryCode: 'ZZ-01',
        gridId: 'hz-v1-g1',
        description: '邻里纠纷',
        location: LOCATION,
        reporter: { kind: 'grid-worker', personId: 'p-15' },
      });
      await h.ok('p-17', 'c-department', { type: 'file' });
      await h.ok('p-17', 'c-department', {
        type: 'assign',
        departmentId: 'd-zz',
        workerId: 'p-16',
      });
      h.now = T0 + 5 * DAY;
      for (const id of TIES) await h.report(id, { categoryCode: 'CG-01' });
      records = new Map();
      for (const id of ['c-archived', 'c-worker', 'c-street', 'c-department', ...TIES]) {
        records.set(id, (await h.store.load(id))!);
      }
    }, 60_000);
    afterAll(async () => {
      await opened.close();
    });

    const OPEN = ['c-worker', 'c-street', 'c-department', ...TIES];
    it.each<[CaseListQuery, readonly string[]]>([
      [{ unitId: 'ljy-c2-g1-m1' }, ['c-street']],
      [{ unitId: 'ljy-c1-g1' }, ['c-archived', 'c-worker', ...TIES]],
      [{ unitId: 'ljy-c1' }, ['c-archived', 'c-worker', ...TIES]],
      [{ unitId: 'ljy' }, ['c-archived', 'c-worker', 'c-street', ...TIES]],
      [{ unitId: 'hz' }, ['c-department']],
      [{ unitId: 'yz' }, [...OPEN, 'c-archived']],
      [{ unitId: 'nowhere' }, []],
      [{ departmentId: 'd-zz' }, ['c-department']],
      [{ departmentId: 'd-cg' }, []],
      [{ workerId: 'p-1' }, ['c-worker']],
      [{ workerId: 'p-16' }, ['c-department']],
      [{ status: 'open' }, OPEN],
      [{ status: 'closed' }, ['c-archived']],
      [{ steps: ['assigned'] }, ['c-worker', 'c-department']],
      [{ steps: ['reported', 'archived'] }, ['c-street', 'c-archived', ...TIES]],
      [{ steps: [] }, []],
      [{ levels: ['street'] }, ['c-street']],
      [{ levels: ['grid', 'street'] }, ['c-archived', 'c-worker', 'c-street', 'c-department']],
      [{ levels: ['community'] }, TIES],
      [{ levels: ['district'] }, []],
      [{ unitId: 'ljy-c1-g1', status: 'open', steps: ['assigned'] }, ['c-worker']],
      [{ unitId: 'ljy', levels: ['grid'], status: 'closed' }, ['c-archived']],
    ])('filters by %j', async (query, expected) => {
      const page = await h.store.list({ ...query, now: NOW, limit: 100 });
      expect(page.total).toBe(expected.length);
      expect([...ids(page.items)].sort(byId)).toEqual([...expected].sort(byId));
      // Each row is the summary of the case as it is.
      for (const row of page.items) expect(row).toEqual(summarizeCase(records.get(row.id)!));
    });

    it('lists the overdue cases at the instant asked', async () => {
      const street = records.get('c-street')!;
      const at = Date.parse(street.dueAt);
      const overdue = async (now: number, value = true) =>
        ids((await h.store.list({ overdue: value, now, limit: 100 })).items).sort(byId);
      const expectedAt = (now: number) =>
        [...records.values()]
          .filter((r) => r.step !== 'archived' && Date.parse(r.dueAt) <= now)
          .map((r) => r.id)
          .sort(byId);
      expect(await overdue(at - 1)).not.toContain('c-street');
      expect(await overdue(at)).toContain('c-street');
      for (const now of [T0, at - 1, at, NOW]) {
        expect(await overdue(now)).toEqual(expectedAt(now));
        // Not overdue: every other case, the closed one among them.
        expect(await overdue(now, false)).toEqual(
          [...records.keys()].filter((id) => !expectedAt(now).includes(id)).sort(byId),
        );
      }
      expect(await overdue(NOW)).toEqual(OPEN.slice().sort(byId));
    });

    it.each([
      ['dueAt', 'asc'],
      ['dueAt', 'desc'],
      ['createdAt', 'asc'],
      ['createdAt', 'desc'],
      ['updatedAt', 'asc'],
      ['updatedAt', 'desc'],
    ] as const)('sorts by %s %s, ties by id in code-unit order', async (sort, order) => {
      const key = (r: CaseRecord) => Date.parse(sort === 'dueAt' ? r.dueAt : r[sort]);
      const sign = order === 'desc' ? -1 : 1;
      const expected = [...records.values()]
        .sort((a, b) => sign * (key(a) - key(b)) || byId(a.id, b.id))
        .map((r) => r.id);
      const page = await h.store.list({ sort, order, limit: 100 });
      expect(ids(page.items)).toEqual(expected);
      // The four reported at once keep code-unit order, whichever way the list runs.
      expect(ids(page.items).filter((id) => TIES.includes(id))).toEqual([
        'C-tie',
        'c-tie',
        'c.tie',
        'c_tie',
      ]);
    });

    it('sorts by due time, soonest first, by default', async () => {
      const page = await h.store.list({});
      const due = page.items.map((row) => row.dueAtMs);
      expect(due).toEqual([...due].sort((a, b) => a - b));
      expect(page.total).toBe(8);
    });

    it('pages with limit and offset, and counts every match', async () => {
      const all = await h.store.list({ sort: 'createdAt', limit: 100 });
      expect(all.total).toBe(8);
      const pages: string[] = [];
      for (let offset = 0; offset < 8; offset += 3) {
        const page = await h.store.list({ sort: 'createdAt', limit: 3, offset });
        expect(page.total).toBe(8);
        expect(page.items.length).toBe(Math.min(3, 8 - offset));
        pages.push(...ids(page.items));
      }
      expect(pages).toEqual(ids(all.items));
      expect(await h.store.list({ sort: 'createdAt', limit: 0 })).toEqual({
        items: [],
        total: 8,
      });
      expect(await h.store.list({ offset: 8 })).toEqual({ items: [], total: 8 });
      const open = await h.store.list({ status: 'open', sort: 'dueAt', limit: 2, offset: 1 });
      expect(open.total).toBe(OPEN.length);
      expect(ids(open.items)).toEqual(
        ids((await h.store.list({ status: 'open', sort: 'dueAt' })).items).slice(1, 3),
      );
    });

    it('keeps resident data out of the summary rows', async () => {
      const page = await h.store.list({ unitId: 'ljy-c1-g1', limit: 100 });
      expect(page.items.length).toBeGreaterThan(0);
      expect(JSON.stringify(page.items)).not.toMatch(/王秀英|13912345678|description|reporter/);
    });

    it('moves a case between lists when it moves', async () => {
      const before = await h.store.list({ workerId: 'p-1', limit: 100 });
      await h.ok('p-3', 'c-worker', { type: 'assign', workerId: 'p-3' });
      const after = await h.store.list({ workerId: 'p-1', limit: 100 });
      expect(ids(before.items)).toContain('c-worker');
      expect(ids(after.items)).not.toContain('c-worker');
      expect(ids((await h.store.list({ workerId: 'p-3' })).items)).toEqual(['c-worker']);
      await h.ok('p-3', 'c-worker', { type: 'assign', workerId: 'p-1' });
      records.set('c-worker', (await h.store.load('c-worker'))!);
      expect(ids((await h.store.list({ workerId: 'p-1' })).items)).toEqual(['c-worker']);
    });
  });
}
