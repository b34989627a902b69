import { describe, expect, it } from 'vitest';
import {
  WanggeError,
  addPerson,
  categoryTree,
  editDistrict,
  loadDistrict,
  moveMicroGrid,
  onDuty,
  unitChain,
  workersOf,
  type LoadedDistrict,
} from '../src/index.js';
import { fc } from './support/fast-check.js';
import { miniDistrict } from './fixtures/mini-district.js';

function load(): LoadedDistrict {
  const result = loadDistrict(miniDistrict());
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

describe('a loaded district', () => {
  it('is deeply frozen', () => {
    const district = load();
    expect(Object.isFrozen(district)).toBe(true);
    expect(Object.isFrozen(district.bundle)).toBe(true);
    expect(Object.isFrozen(district.bundle.grids[0])).toBe(true);
    expect(Object.isFrozen(district.bundle.people[0]?.roles[0])).toBe(true);
    expect(() => {
      (district.bundle.grids as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('holds normalised records', () => {
    const district = load();
    expect(district.residentUnits.get('ru-school')?.phone).toBe('0351-4045678');
    expect(district.bundle.people).toHaveLength(10);
  });

  it('finds units, people, departments and categories by id or code', () => {
    const district = load();
    expect(district.units.get('ljy-c1-g1-m2')?.kind).toBe('micro-grid');
    expect(district.units.get('ljy-c1-x1')?.record).toMatchObject({ kind: 'exclusive' });
    expect(district.people.get('p-8')?.name).toBe('黄磊');
    expect(district.departmentsByCode.get('CG')?.id).toBe('d-cg');
    expect(district.categories.get('ZZ-01')?.parentCode).toBe('ZZ-00');
    expect(district.households.get('h-3')?.microGridId).toBe('hz-v1-g1-m1');
    expect(district.peopleByDepartment.get('d-cg')?.map((p) => p.id)).toEqual(['p-8']);
    expect(district.children.get('ljy-c1')?.map((u) => u.record.id)).toEqual([
      'ljy-c1-g1',
      'ljy-c1-g2',
      'ljy-c1-x1',
    ]);
  });
});

describe('unitChain', () => {
  it('climbs from a micro-grid to the district', () => {
    const chain = unitChain(load(), 'ljy-c1-g1-m2');
    expect(chain.map((unit) => [unit.kind, unit.record.id])).toEqual([
      ['micro-grid', 'ljy-c1-g1-m2'],
      ['grid', 'ljy-c1-g1'],
      ['community', 'ljy-c1'],
      ['street', 'ljy'],
      ['district', 'yz'],
    ]);
  });
  it('is empty for an unknown id and the district alone for the district', () => {
    const district = load();
    expect(unitChain(district, 'nowhere')).toEqual([]);
    expect(unitChain(district, 'yz').map((unit) => unit.kind)).toEqual(['district']);
  });
});

describe('workersOf', () => {
  it('lists the people whose roles name the unit, filtered by role', () => {
    const district = load();
    expect(workersOf(district, 'ljy-c1-g1').map((p) => p.id)).toEqual(['p-1', 'p-3']);
    expect(workersOf(district, 'ljy-c1-g1', { roles: ['grid-worker'] }).map((p) => p.id)).toEqual([
      'p-1',
    ]);
    expect(workersOf(district, 'ljy-c1-g1', { roles: ['grid-chief'] }).map((p) => p.id)).toEqual([
      'p-3',
    ]);
    expect(workersOf(district, 'ljy-c2-g1').map((p) => p.id)).toEqual(['p-9', 'p-10']);
    expect(workersOf(district, 'nowhere')).toEqual([]);
  });
});

describe('onDuty', () => {
  it('follows the roster: day shift, night shift, nobody', () => {
    const district = load();
    expect(onDuty(district, 'ljy-c1-g1', '2026-11-26T10:00:00+08:00').map((p) => p.id)).toEqual([
      'p-1',
    ]);
    expect(
      onDuty(district, 'ljy-c1-g1', new Date('2026-11-26T22:00:00+08:00')).map((p) => p.id),
    ).toEqual(['p-3']);
    // A shift covers [start, end): at 17:30 the day shift has ended and the night shift begun.
    expect(onDuty(district, 'ljy-c1-g1', '2026-11-26T09:30:00Z').map((p) => p.id)).toEqual(['p-3']);
    expect(onDuty(district, 'ljy-c1-g1', '2026-11-27T09:00:00+08:00')).toEqual([]);
    expect(onDuty(district, 'ljy-c2-g1', '2026-11-26T10:00:00+08:00')).toEqual([]);
  });
  it('refuses an instant that is not one, with a typed error', () => {
    expect(() => onDuty(load(), 'ljy-c1-g1', 'tomorrow morning')).toThrow(WanggeError);
    expect(() => onDuty(load(), 'ljy-c1-g1', new Date('nope'))).toThrow(/Invalid time/);
  });
});

describe('categoryTree', () => {
  it('groups categories under departments and parents, in bundle order', () => {
    const tree = categoryTree(load());
    expect(
      tree.map(({ department, categories }) => [
        department.code,
        categories.map((node) => [node.category.code, node.children.map((c) => c.category.code)]),
      ]),
    ).toEqual([
      ['ZZ', [['ZZ-00', ['ZZ-01']]]],
      ['CG', [['CG-01', []]]],
    ]);
  });
});

describe('edits', () => {
  it('adds a valid person and leaves the original untouched', () => {
    const before = load();
    const result = addPerson(before, {
      id: 'p-new',
      name: '赵敏',
      mobile: '139 1234 0000',
      roles: [{ role: 'grid-worker', employment: 'part-time', unitIds: ['ljy-c2-g1'] }],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.people.get('p-new')?.mobile).toBe('13912340000');
    expect(workersOf(result.data, 'ljy-c2-g1').map((p) => p.id)).toContain('p-new');
    expect(before.people.has('p-new')).toBe(false);
    expect(before.bundle.people).toHaveLength(10);
    // Records the edit left alone are shared, not copied or read again.
    expect(result.data.bundle.grids[0]).toBe(before.bundle.grids[0]);
    expect(result.data.bundle.people[0]).toBe(before.bundle.people[0]);
  });

  it('refuses a person whose role names an unknown unit, or who is invalid', () => {
    const district = load();
    const unknownUnit = addPerson(district, {
      id: 'p-new',
      name: '赵敏',
      roles: [{ role: 'grid-chief', unitIds: ['nowhere'] }],
    });
    expect(unknownUnit.success).toBe(false);
    if (!unknownUnit.success) {
      expect(unknownUnit.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown_reference', ['people', 10, 'roles', 0, 'unitIds', 0]],
      ]);
    }
    const invalid = addPerson(district, { id: 'p-1', name: '', roles: [] });
    expect(invalid.success).toBe(false);
    if (!invalid.success) {
      expect(invalid.error.issues.map((i) => i.code)).toEqual(['invalid_person_name', 'too_small']);
    }
    const duplicate = addPerson(district, { ...district.people.get('p-1') });
    expect(duplicate.success).toBe(false);
    if (!duplicate.success) expect(duplicate.error.issues[0]?.code).toBe('duplicate_id');
  });

  it('moves a micro-grid with its community and party group', () => {
    const result = moveMicroGrid(load(), 'ljy-c1-g1-m1', 'ljy-c1-g2');
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(unitChain(result.data, 'ljy-c1-g1-m1')[1]?.record.id).toBe('ljy-c1-g2');
    expect(result.data.partyOrganisations.get('pg-ljy-c1-g1-m1')).toMatchObject({
      branchId: 'pb-ljy-c1-g2',
    });
  });

  it('moves a micro-grid to another community and updates its community', () => {
    const result = moveMicroGrid(load(), 'ljy-c1-g1-m2', 'ljy-c2-g1');
    expect(result.success).toBe(true);
    if (result.success) expect(unitChain(result.data, 'ljy-c1-g1-m2')[2]?.record.id).toBe('ljy-c2');
  });

  it('reports what a move would break instead of breaking it', () => {
    // The micro-grid's party group would be under a branch of another grid: ljy-c2-g1 has none.
    const result = moveMicroGrid(load(), 'ljy-c1-g1-m1', 'ljy-c2-g1');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.code)).toEqual(['party_tree_mismatch']);
    }
    const unknown = moveMicroGrid(load(), 'nowhere', 'ljy-c1-g1-m2');
    expect(unknown.success).toBe(false);
    if (!unknown.success) {
      expect(unknown.error.issues.map((i) => i.code)).toEqual([
        'unknown_reference',
        'unknown_reference',
      ]);
    }
  });

  it('returns the same district when a recipe changes nothing', () => {
    const district = load();
    const result = editDistrict(district, () => undefined);
    expect(result.success && result.data).toBe(district);
  });
});

describe('loadDistrict under random mutation (property)', () => {
  const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
    if (typeof value !== 'object' || value === null) return [prefix];
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return [
      prefix,
      ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...prefix, k])),
    ];
  };
  const replacements = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
    fc.constantFrom('ljy-c1-g1', 'yz', 'nowhere', 'ZZ-00', 'grid', '2026-11-26T10:00:00+08:00'),
  );
  const allPaths = paths(miniDistrict());

  it('never throws: every mutated bundle is either a valid district or a list of issues', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...allPaths), replacements), {
          minLength: 1,
          maxLength: 4,
        }),
        (mutations) => {
          const bundle = miniDistrict() as unknown as Record<string | number, unknown>;
          for (const [path, value] of mutations) {
            if (path.length === 0) continue;
            let target: Record<string | number, unknown> | undefined = bundle;
            for (const key of path.slice(0, -1)) {
              const next: unknown = target?.[key];
              target =
                typeof next === 'object' && next !== null ? (next as typeof bundle) : undefined;
            }
            const last = path[path.length - 1];
            if (target && last !== undefined) {
              // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- random mutation
              if (value === undefined) delete target[last];
              else target[last] = value;
            }
          }
          const result = loadDistrict(bundle);
          if (result.success) return Object.isFrozen(result.data.bundle);
          return (
            result.error.issues.length > 0 &&
            result.error.issues.every(
              (issue) =>
                issue.code.length > 0 &&
                Array.isArray(issue.path) &&
                /\S/.test(issue.message['zh-CN']) &&
                /\S/.test(issue.message.en),
            )
          );
        },
      ),
    );
  });
});
