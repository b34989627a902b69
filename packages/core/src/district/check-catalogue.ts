import { HANDLING_LEVELS } from '../schema/handling-level.js';
import { resolve, type CheckContext } from './check-context.js';

/**
 * Departments and the category catalogue: unique codes, existing departments and parents, no
 * cycles among parents, and a deadline at the start level and every level above it.
 */
export function checkCatalogue(ctx: CheckContext): void {
  const { bundle, issues } = ctx;
  const departmentCodes = new Set<string>();
  bundle.departments.forEach((department, i) => {
    if (departmentCodes.has(department.code)) {
      issues.add('duplicate_code', ['departments', i, 'code'], { id: department.code });
    }
    departmentCodes.add(department.code);
  });

  const byCode = new Map<string, number>();
  bundle.categories.forEach((category, i) => {
    if (byCode.has(category.code)) {
      issues.add('duplicate_code', ['categories', i, 'code'], { id: category.code });
    } else {
      byCode.set(category.code, i);
    }
  });

  bundle.categories.forEach((category, i) => {
    resolve(ctx, ['categories', i, 'departmentId'], category.departmentId, ['department']);
    if (category.parentCode !== undefined && !byCode.has(category.parentCode)) {
      if (!ctx.invalidKeys.has(category.parentCode)) {
        issues.add('unknown_reference', ['categories', i, 'parentCode'], {
          id: category.parentCode,
          expected: ['category'],
        });
      }
    }
    const start = HANDLING_LEVELS.indexOf(category.startLevel);
    for (const level of HANDLING_LEVELS.slice(start)) {
      if (category.deadlines[level] === undefined) {
        issues.add('missing_deadline', ['categories', i, 'deadlines', level], {
          id: category.code,
          detail: level,
        });
      }
    }
  });

  // A chain of parents that comes back to where it started: reported once, on each member.
  const state = new Map<string, 'visiting' | 'done'>();
  for (const category of bundle.categories) {
    const chain: string[] = [];
    let code: string | undefined = category.code;
    while (code !== undefined && state.get(code) !== 'done') {
      if (state.get(code) === 'visiting') {
        for (const member of chain.slice(chain.indexOf(code))) {
          issues.add('cycle', ['categories', byCode.get(member) ?? 0, 'parentCode'], {
            id: member,
          });
        }
        break;
      }
      state.set(code, 'visiting');
      chain.push(code);
      const index = byCode.get(code);
      code = index === undefined ? undefined : bundle.categories[index]?.parentCode;
    }
    for (const member of chain) state.set(member, 'done');
  }
}
