import {
  createCaseEngine,
  loadDistrict,
  workersOf,
  type CaseEngine,
  type CaseRecord,
  type LoadedDistrict,
} from '@wangge/core';
import { generateDemoDistrict } from '@wangge/core/demo';

export const T0 = Date.parse('2026-11-26T09:30:00+08:00');

/** A small demo district, and who works where in its first ordinary grid. */
export function demoDistrict(): {
  district: LoadedDistrict;
  gridId: string;
  worker: string;
  chief: string;
  cadre: string;
  streetCadre: string;
} {
  const loaded = loadDistrict(generateDemoDistrict({ seed: 3, scale: 0.05 }));
  if (!loaded.success) throw loaded.error;
  const district = loaded.data;
  const grid = district.bundle.grids.find(
    (g) =>
      g.kind === 'ordinary' &&
      workersOf(district, g.id, { roles: ['grid-worker'] }).length > 0 &&
      workersOf(district, g.id, { roles: ['grid-chief'] }).length > 0,
  );
  if (!grid) throw new Error('no staffed grid in the demo');
  const community = grid.communityId;
  const street = district.units.get(community)?.parentId ?? '';
  const first = (
    unit: string,
    role: 'grid-worker' | 'grid-chief' | 'community-cadre' | 'street-cadre',
  ) => {
    const id = workersOf(district, unit, { roles: [role] })[0]?.id;
    if (!id) throw new Error(`no ${role} for ${unit}`);
    return id;
  };
  return {
    district,
    gridId: grid.id,
    worker: first(grid.id, 'grid-worker'),
    chief: first(grid.id, 'grid-chief'),
    cadre: first(community, 'community-cadre'),
    streetCadre: first(street, 'street-cadre'),
  };
}

/**
 * Cases of the demo district in several states, made by the engine: `fresh` (just reported, by
 * a resident), `working` (assigned and under investigation), `escalated` (to the community with
 * a handover, then a rework and a suspension), `closed` (archived).
 */
export async function demoCases(): Promise<{
  engine: CaseEngine;
  district: LoadedDistrict;
  records: Record<'fresh' | 'working' | 'escalated' | 'closed', CaseRecord>;
}> {
  const d = demoDistrict();
  let now = T0;
  const engine = createCaseEngine({ district: d.district, clock: () => now });
  let n = 0;
  const run = async (actorId: string, caseId: string, command: Record<string, unknown>) => {
    const record = await engine.store.load(caseId);
    const result = await engine.execute({
      commandId: `t-${String(++n)}`,
      caseId,
      expectedVersion: record?.version ?? 0,
      actorId,
      ...command,
    });
    if (!result.success) throw result.error;
    now += 20 * 60_000;
    return result.data.record;
  };
  const report = (caseId: string, description: string) =>
    run(d.worker, caseId, {
      type: 'report',
      categoryCode: 'ZZ-02',
      gridId: d.gridId,
      description,
      location: {
        point: { type: 'Point', coordinates: [112.56, 37.86] },
        coordinateSystem: 'GCJ02',
      },
      reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
    });
  const fresh = await report('c-fresh', '楼道堆放杂物，堵塞消防通道');
  await report('c-working', '井盖缺失');
  await run(d.chief, 'c-working', { type: 'file' });
  await run(d.chief, 'c-working', { type: 'assign', workerId: d.worker });
  const working = await run(d.worker, 'c-working', { type: 'start-investigation' });
  await report('c-escalated', '邻里噪音纠纷');
  await run(d.chief, 'c-escalated', { type: 'file' });
  await run(d.chief, 'c-escalated', { type: 'assign', workerId: d.worker });
  await run(d.worker, 'c-escalated', { type: 'start-investigation' });
  await run(d.worker, 'c-escalated', {
    type: 'escalate',
    handover: {
      reason: '涉及多户，网格内无法协调',
      tried: '两次入户调解',
      attachments: ['/files/site.jpg'],
    },
  });
  await run(d.cadre, 'c-escalated', { type: 'start-investigation' });
  await run(d.cadre, 'c-escalated', {
    type: 'resolve',
    resolution: '已调解',
    feedback: { channel: 'phone' },
  });
  await run(d.streetCadre, 'c-escalated', { type: 'fail-verification', reason: '噪音仍在' });
  await run(d.cadre, 'c-escalated', { type: 'request-suspension', reason: '等待物业答复' });
  const escalated = await run(d.streetCadre, 'c-escalated', { type: 'approve-request' });
  await report('c-closed', '路灯不亮');
  await run(d.chief, 'c-closed', { type: 'file' });
  await run(d.chief, 'c-closed', { type: 'assign' });
  await run(d.worker, 'c-closed', { type: 'start-investigation' });
  await run(d.worker, 'c-closed', {
    type: 'resolve',
    resolution: '已更换灯泡',
    feedback: { channel: 'visit' },
  });
  await run(d.chief, 'c-closed', { type: 'pass-verification' });
  const closed = await run(d.chief, 'c-closed', { type: 'archive' });
  return { engine, district: d.district, records: { fresh, working, escalated, closed } };
}
