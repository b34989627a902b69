import { describe, expect, it } from 'vitest';
import {
  CaseActivity,
  convertPosition,
  distanceMeters,
  findDuplicates,
  mergeDuplicate,
  type Location,
} from '../../src/index.js';
import { harness, HOUR } from '../support/case-harness.js';
import { rulesOf } from '../support/rules-harness.js';

const at = (
  lon: number,
  lat: number,
  coordinateSystem: Location['coordinateSystem'] = 'GCJ02',
): Location => ({
  point: { type: 'Point', coordinates: [lon, lat] },
  coordinateSystem,
});
const T = Date.parse('2026-11-26T10:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();

function activity(): CaseActivity {
  const a = new CaseActivity();
  const add = (
    id: string,
    categoryCode: string,
    location: Location,
    hoursBefore: number,
    step: 'assigned' | 'archived' = 'assigned',
  ) => {
    a.track({
      id,
      categoryCode,
      location,
      createdAt: iso(T - hoursBefore * HOUR),
      step,
      dueAt: iso(T + 5 * HOUR),
    });
  };
  add('near-same', 'ZZ-01', at(112.5636, 37.8619), 2); // about 11 m, same category
  add('near-group', 'ZZ-00', at(112.5637, 37.8618), 30); // about 9 m, same group, older
  add('far', 'ZZ-01', at(112.566, 37.8618), 1); // about 210 m
  add('old', 'ZZ-01', at(112.5636, 37.8618), 100); // beyond 72 h
  add('other', 'CG-01', at(112.5636, 37.8618), 1); // another group
  add('closed', 'ZZ-01', at(112.5636, 37.8618), 1, 'archived');
  return a;
}

describe('findDuplicates', () => {
  it('proposes open cases of the same group nearby and recent, best first', () => {
    const candidates = findDuplicates(
      { categoryCode: 'ZZ-01', location: at(112.5636, 37.8618), at: T },
      activity(),
      rulesOf(),
    );
    expect(candidates.map((c) => c.caseId)).toEqual(['near-same', 'near-group']);
    expect(candidates[0]).toMatchObject({ distanceMeters: 11.1, hoursBefore: 2 });
    expect(candidates[0]!.score).toBeLessThan(candidates[1]!.score);
  });

  it('matches by category only when the policy says so', () => {
    const rules = rulesOf({ ...rulesOf().ruleSet, duplicates: { match: 'category' } });
    const candidates = findDuplicates(
      { categoryCode: 'ZZ-01', location: at(112.5636, 37.8618), at: T },
      activity(),
      rules,
    );
    expect(candidates.map((c) => c.caseId)).toEqual(['near-same']);
  });

  it('compares places in one coordinate system, whatever the report’s', () => {
    // The same place as a phone's GPS gives it (WGS-84), hundreds of metres off in GCJ-02 figures.
    const [lon, lat] = convertPosition([112.5636, 37.8618], 'GCJ02', 'WGS84');
    expect(distanceMeters(lon, lat, 112.5636, 37.8618)).toBeGreaterThan(300);
    const candidates = findDuplicates(
      { categoryCode: 'ZZ-01', location: at(lon, lat, 'WGS84'), at: T },
      activity(),
      rulesOf(),
    );
    expect(candidates.map((c) => c.caseId)).toEqual(['near-same', 'near-group']);
  });
});

describe('mergeDuplicate', () => {
  it('links the reports, keeps every reporter informed and the earliest deadline, archives the duplicate', async () => {
    const h = harness();
    await h.report('c-first', { categoryCode: 'CG-01' }); // community, due in 4 h
    h.now += HOUR;
    await h.report('c-again', {
      categoryCode: 'CG-01',
      reporter: { kind: 'resident', name: '孙建国', mobile: '13700001111' },
    });
    const first = (await h.store.load('c-first'))!;
    const again = (await h.store.load('c-again'))!;
    expect(Date.parse(first.dueAt)).toBeLessThan(Date.parse(again.dueAt));
    const result = await mergeDuplicate(h.engine, {
      caseId: 'c-again',
      duplicateCaseId: 'c-first',
      actorId: 'p-5',
      commandId: 'merge-1',
    });
    if (!result.success) throw result.error;
    // Merged into the later report: it keeps the earlier due time of the two.
    expect(result.record.dueAt).toBe(first.dueAt);
    expect(result.record.linkedReports).toEqual([{ caseId: 'c-first', reporter: first.reporter }]);
    expect(result.duplicate).toMatchObject({
      step: 'archived',
      outcome: 'duplicate',
      duplicateOf: 'c-again',
    });
    // Nothing is deleted: the duplicate's log is all there.
    expect((await h.store.readLog('c-first')).map((e) => e.type)).toEqual([
      'case-reported',
      'case-rejected',
    ]);
  });

  it('finishes a merge that stopped half-way, without doing anything twice', async () => {
    const h = harness();
    await h.report('c-1');
    await h.report('c-2');
    const link = await h.run('p-3', 'c-1', { type: 'link-duplicate', duplicateCaseId: 'c-2' });
    expect(link.success).toBe(true);
    const result = await mergeDuplicate(h.engine, {
      caseId: 'c-1',
      duplicateCaseId: 'c-2',
      actorId: 'p-3',
      commandId: 'm',
    });
    expect(result.success).toBe(true);
    expect(
      (await h.store.readLog('c-1')).filter((e) => e.type === 'duplicate-linked'),
    ).toHaveLength(1);
    expect((await h.store.load('c-2'))?.outcome).toBe('duplicate');
    const again = await mergeDuplicate(h.engine, {
      caseId: 'c-1',
      duplicateCaseId: 'c-2',
      actorId: 'p-3',
      commandId: 'm',
    });
    expect(again.success).toBe(true);
    expect(await h.store.readLog('c-1')).toHaveLength(2);
  });

  it('refuses to link a case to itself, an unknown case or a closed one', async () => {
    const h = harness();
    await h.report('c-1');
    await h.report('c-closed');
    await h.ok('p-3', 'c-closed', { type: 'reject', reason: 'invalid', note: '不属实' });
    for (const duplicateCaseId of ['c-1', 'c-404', 'c-closed']) {
      const result = await h.run('p-3', 'c-1', { type: 'link-duplicate', duplicateCaseId });
      expect(!result.success && result.error.code).toBe('invalid_duplicate');
    }
    const outsider = await mergeDuplicate(h.engine, {
      caseId: 'c-1',
      duplicateCaseId: 'c-closed',
      actorId: 'p-12',
      commandId: 'x',
    });
    expect(!outsider.success && outsider.error.code).toBe('out_of_scope');
  });
});
