import { describe, expect, it } from 'vitest';
import { createCaseEngine, replayCase, verifyCaseLog } from '../../src/index.js';
import { caseDistrict } from '../fixtures/case-district.js';

const location = {
  point: { type: 'Point' as const, coordinates: [112.5636, 37.8618] as [number, number] },
  coordinateSystem: 'GCJ02' as const,
};

describe('smoke', () => {
  it('runs the happy path', async () => {
    let now = Date.parse('2026-11-26T09:30:00+08:00');
    const engine = createCaseEngine({ district: caseDistrict(), clock: () => now });
    let version = 0;
    let n = 0;
    const run = async (actorId: string, command: Record<string, unknown>) => {
      const result = await engine.execute({
        commandId: `cmd-${String(++n)}`,
        caseId: 'c-1',
        expectedVersion: version,
        actorId,
        ...command,
      });
      if (!result.success) throw result.error;
      version = result.data.record.version;
      now += 600_000;
      return result.data.record;
    };
    await run('p-1', {
      type: 'report',
      categoryCode: 'ZZ-01',
      gridId: 'ljy-c1-g1',
      description: '楼道堆放杂物',
      location,
      reporter: { kind: 'grid-worker', personId: 'p-1' },
    });
    await run('p-3', { type: 'file' });
    await run('p-3', { type: 'assign', workerId: 'p-1' });
    await run('p-1', { type: 'start-investigation' });
    await run('p-1', { type: 'resolve', resolution: '已清理', feedback: { channel: 'visit' } });
    await run('p-3', { type: 'pass-verification' });
    const last = await run('p-3', { type: 'archive' });
    expect(last.step).toBe('archived');
    const log = await engine.store.readLog('c-1');
    expect(verifyCaseLog(log)).toBeUndefined();
    expect(replayCase(log)).toEqual(last);
    console.info(JSON.stringify(log[0]));
  });
});
