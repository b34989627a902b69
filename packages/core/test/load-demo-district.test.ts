import { describe, expect, it } from 'vitest';
import { addPerson, loadDistrict, onDuty, unitChain, workersOf } from '../src/index.js';
import { generateDemoDistrict } from '../src/demo/index.js';

describe('loadDistrict on the full Yingze-size demo district', () => {
  const bundle = generateDemoDistrict();
  const result = loadDistrict(bundle);

  it('loads without an issue', () => {
    if (!result.success) expect.fail(result.error.format('en'));
  });

  it('indexes every unit and person', () => {
    if (!result.success) return;
    const district = result.data;
    const count = (kind: string) =>
      [...district.units.values()].filter((u) => u.kind === kind).length;
    expect(count('grid')).toBe(853 + 345);
    expect(count('micro-grid')).toBe(2568);
    expect(district.people.size).toBe(bundle.people.length);
    expect(district.categories.size).toBe(43);
    expect(district.departments.size).toBe(11);
  });

  it('answers the queries of a command centre', () => {
    if (!result.success) return;
    const district = result.data;
    const microGrid = bundle.microGrids[100];
    expect(microGrid).toBeDefined();
    if (!microGrid) return;
    const chain = unitChain(district, microGrid.id);
    expect(chain.map((unit) => unit.kind)).toEqual([
      'micro-grid',
      'grid',
      'community',
      'street',
      'district',
    ]);
    // Every full-time grid worker with a day shift is on duty on their grid at 10:00.
    const shift = bundle.shifts.find((s) => s.start.endsWith('T08:30:00+08:00'));
    expect(shift).toBeDefined();
    if (!shift) return;
    const at = shift.start.replace('T08:30:00', 'T10:00:00');
    expect(onDuty(district, shift.unitId, at).map((p) => p.id)).toContain(shift.personId);
    expect(
      workersOf(district, shift.unitId, { roles: ['grid-worker'] }).map((p) => p.id),
    ).toContain(shift.personId);
  });

  it('takes an edit without reading the unchanged records again', () => {
    if (!result.success) return;
    const grid = bundle.grids[0];
    if (!grid) return;
    const edited = addPerson(result.data, {
      id: 'p-new-worker',
      name: '赵敏',
      roles: [{ role: 'grid-worker', employment: 'part-time', unitIds: [grid.id] }],
    });
    if (!edited.success) expect.fail(edited.error.format('en'));
    expect(edited.data.bundle.residents[0]).toBe(result.data.bundle.residents[0]);
  });
});
