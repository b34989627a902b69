// Real cases for the export tests, made by the engine on the case district: every step, level,
// status and outcome an export writes, resident reporters with names and mobiles, an anonymous
// one, descriptions with commas, quotes, line breaks, a formula, a phone and an identity number,
// and points in all three coordinate systems.
import type { CaseRecord, LoadedDistrict, Location } from '../../../src/index.js';
import { DAY, HOUR, T0, harness } from '../../support/case-harness.js';

export const GCJ02_POINT: Location = {
  point: { type: 'Point', coordinates: [112.5636, 37.8618] },
  coordinateSystem: 'GCJ02',
};

export const RESIDENT = { kind: 'resident', name: '王秀英', mobile: '13912345678' } as const;

export interface ExportCases {
  readonly district: LoadedDistrict;
  /** The cases by id. */
  readonly byId: ReadonlyMap<string, CaseRecord>;
  /** Every case, in the order they were reported. */
  readonly all: readonly CaseRecord[];
  /** The instant of the exports: a day and a half after the first report. */
  readonly now: number;
}

let made: Promise<ExportCases> | undefined;

/** The cases (made once per test file). */
export function exportCases(): Promise<ExportCases> {
  made ??= make();
  return made;
}

async function make(): Promise<ExportCases> {
  const h = harness();
  const ids: string[] = [];
  const report = async (caseId: string, more: Record<string, unknown> = {}) => {
    ids.push(caseId);
    h.now += 10 * 60_000;
    const reporter = more.reporter ?? RESIDENT;
    const gridId = more.gridId ?? 'ljy-c1-g1';
    const actor = gridId === 'ljy-c2-g1' ? 'p-10' : gridId === 'hz-v1-g1' ? 'p-15' : 'p-1';
    return h.ok(actor, caseId, {
      type: 'report',
      categoryCode: 'ZZ-01',
      gridId,
      description: '楼道堆放杂物，堵塞消防通道',
      location: GCJ02_POINT,
      ...more,
      reporter,
    });
  };

  // Open at the grid, assigned to its worker: commas, quotes and a line break in the text.
  await report('c-open', {
    microGridId: 'ljy-c1-g1-m1',
    description: '3号楼"二单元"楼道堆放杂物，\n堵塞消防通道, 多次劝说无效',
  });
  await h.ok('p-3', 'c-open', { type: 'file' });
  await h.ok('p-3', 'c-open', { type: 'assign', workerId: 'p-1' });

  // Through the whole loop to the archive, once reworked.
  await report('c-archived', { location: { ...GCJ02_POINT, coordinateSystem: 'WGS84' } });
  await h.ok('p-3', 'c-archived', { type: 'file' });
  await h.ok('p-3', 'c-archived', { type: 'assign', workerId: 'p-1' });
  await h.ok('p-1', 'c-archived', { type: 'start-investigation' });
  await h.ok('p-1', 'c-archived', {
    type: 'resolve',
    resolution: '已清理',
    feedback: { channel: 'visit' },
  });
  await h.ok('p-3', 'c-archived', { type: 'fail-verification', reason: '仍有杂物' });
  await h.ok('p-1', 'c-archived', {
    type: 'resolve',
    resolution: '已全部清理',
    feedback: { channel: 'visit' },
  });
  await h.ok('p-3', 'c-archived', { type: 'pass-verification' });
  await h.ok('p-3', 'c-archived', { type: 'archive' });

  // Escalated to the community; the reporter's phone and name are in the text too.
  await report('c-community', {
    reporter: { kind: 'resident', name: '张小明', mobile: '13800138000' },
    description: '张小明反映邻居噪音扰民，联系电话 138 0013 8000',
    location: { ...GCJ02_POINT, coordinateSystem: 'BD09' },
  });
  await h.ok('p-1', 'c-community', { type: 'escalate', handover: { reason: '需社区协调' } });

  // In the other community, up to the street: an identity number in the text.
  await report('c-street', {
    gridId: 'ljy-c2-g1',
    reporter: { kind: 'hotline', name: '刘建国', mobile: '13712345678' },
    description: '来电人身份证号 140106193803050027，要求核实低保资格',
  });
  await h.ok('p-10', 'c-street', {
    type: 'escalate',
    to: 'street',
    handover: { reason: '跨社区' },
  });

  // In the town's village, filed and handed to a department.
  await report('c-department', {
    gridId: 'hz-v1-g1',
    reporter: { kind: 'grid-worker', personId: 'p-15' },
    description: '村东片排水沟堵塞',
  });
  await h.ok('p-17', 'c-department', { type: 'file' });
  await h.ok('p-17', 'c-department', { type: 'assign', departmentId: 'd-zz' });

  // An anonymous resident, whose description would start a formula.
  await report('c-anonymous', {
    reporter: { kind: 'resident' },
    description: '=HYPERLINK("http://example.com","点击")',
  });

  // Refused at filing.
  await report('c-rejected');
  await h.ok('p-3', 'c-rejected', { type: 'reject', reason: 'invalid', note: '不属实' });

  // Suspended: the clock stopped.
  await report('c-suspended');
  await h.ok('p-3', 'c-suspended', { type: 'file' });
  await h.ok('p-3', 'c-suspended', { type: 'assign', workerId: 'p-1' });
  await h.ok('p-1', 'c-suspended', { type: 'request-suspension', reason: '等待产权人回国' });
  await h.ok('p-5', 'c-suspended', { type: 'approve-request' });

  // The last case comes in the afternoon; the export is the next day, when the first cases at
  // the grid (due in one working day) are overdue.
  h.now = T0 + 5 * HOUR;
  await report('c-late');
  const now = T0 + DAY + 4 * HOUR;

  const records = await Promise.all(ids.map(async (id) => (await h.engine.store.load(id))!));
  return {
    district: h.engine.district,
    byId: new Map(records.map((record) => [record.id, record])),
    all: records,
    now,
  };
}
