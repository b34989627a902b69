// A seeded workload for the case-engine benchmarks: the Yingze-size demo district, and for each
// case the seven commands of the closed loop from the people who may give them (the grid's
// worker reports, files nothing himself: the grid chief files, assigns and verifies).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { loadDistrict, type CaseCommandInput, type LoadedDistrict } from '../../src/index.js';
import { generateDemoDistrict } from '../../src/demo/index.js';

export const START = Date.parse('2026-11-26T09:00:00+08:00');

export function demoDistrict(): LoadedDistrict {
  const result = loadDistrict(generateDemoDistrict({ seed: 7 }));
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

interface GridStaff {
  readonly gridId: string;
  readonly workerId: string;
  readonly chiefId: string;
}

function staffOf(district: LoadedDistrict): GridStaff[] {
  const staff: GridStaff[] = [];
  for (const grid of district.bundle.grids) {
    const people = district.peopleByUnit.get(grid.id) ?? [];
    const worker = people.find((p) => p.roles.some((r) => r.role === 'grid-worker'));
    const chief = people.find((p) => p.roles.some((r) => r.role === 'grid-chief'));
    if (worker && chief) staff.push({ gridId: grid.id, workerId: worker.id, chiefId: chief.id });
  }
  return staff;
}

/** The categories that start at the grid level, so that the grid's own staff run the loop. */
function gridCategories(district: LoadedDistrict): string[] {
  return district.bundle.categories.filter((c) => c.startLevel === 'grid').map((c) => c.code);
}

/**
 * For `cases` cases, the commands of the whole loop, case by case (`steps` commands each, 1–7:
 * 1 reports only, 7 archives), with ids, versions and actors filled in.
 */
export function loopCommands(
  district: LoadedDistrict,
  cases: number,
  steps = 7,
  seed = 42,
): CaseCommandInput[][] {
  const rng = xoroshiro128plus(seed);
  const staff = staffOf(district);
  const categories = gridCategories(district);
  const out: CaseCommandInput[][] = [];
  for (let i = 0; i < cases; i++) {
    const s = staff[uniformInt(rng, 0, staff.length - 1)]!;
    const categoryCode = categories[uniformInt(rng, 0, categories.length - 1)]!;
    const caseId = `c-${String(i)}`;
    const id = (n: number) => `${caseId}-${String(n)}`;
    const all: CaseCommandInput[] = [
      {
        type: 'report',
        commandId: id(1),
        caseId,
        expectedVersion: 0,
        actorId: s.workerId,
        categoryCode,
        gridId: s.gridId,
        description: '楼道堆放杂物，堵塞消防通道',
        location: {
          point: { type: 'Point', coordinates: [112.56, 37.86] },
          coordinateSystem: 'GCJ02',
        },
        reporter: { kind: 'grid-worker', personId: s.workerId },
      },
      { type: 'file', commandId: id(2), caseId, expectedVersion: 1, actorId: s.chiefId },
      {
        type: 'assign',
        commandId: id(3),
        caseId,
        expectedVersion: 2,
        actorId: s.chiefId,
        workerId: s.workerId,
      },
      {
        type: 'start-investigation',
        commandId: id(4),
        caseId,
        expectedVersion: 3,
        actorId: s.workerId,
      },
      {
        type: 'resolve',
        commandId: id(5),
        caseId,
        expectedVersion: 4,
        actorId: s.workerId,
        resolution: '已联系物业清理完毕',
        feedback: { channel: 'visit' },
      },
      {
        type: 'pass-verification',
        commandId: id(6),
        caseId,
        expectedVersion: 5,
        actorId: s.chiefId,
      },
      { type: 'archive', commandId: id(7), caseId, expectedVersion: 6, actorId: s.chiefId },
    ];
    out.push(all.slice(0, steps));
  }
  return out;
}
