import type { Category } from '../schema/category.js';
import type { Department } from '../schema/department.js';
import type { LoadedDistrict } from './loaded-district.js';

/**
 * A category of the catalogue with the categories grouped under it.
 *
 * @example
 * ```ts
 * import type { CategoryNode } from '@wangge/core';
 * const count = (node: CategoryNode): number =>
 *   1 + node.children.reduce((sum, child) => sum + count(child), 0);
 * ```
 */
export interface CategoryNode {
  readonly category: Category;
  readonly children: readonly CategoryNode[];
}

/**
 * A department with the tree of its categories.
 *
 * @example
 * ```ts
 * import type { DepartmentNode } from '@wangge/core';
 * const label = (node: DepartmentNode) => `${node.department.name.zh} (${node.categories.length})`;
 * ```
 */
export interface DepartmentNode {
  readonly department: Department;
  readonly categories: readonly CategoryNode[];
}

/**
 * The category catalogue as a tree: departments in bundle order, each with its top-level
 * categories and their children (by `parentCode`), in bundle order.
 *
 * @example
 * ```ts
 * import { categoryTree, type LoadedDistrict } from '@wangge/core';
 * declare const district: LoadedDistrict;
 * for (const { department, categories } of categoryTree(district)) {
 *   console.log(department.name.zh, categories.map((node) => node.category.code));
 * }
 * ```
 */
export function categoryTree(district: LoadedDistrict): readonly DepartmentNode[] {
  const childrenOf = new Map<string, Category[]>();
  const roots = new Map<string, Category[]>();
  for (const category of district.bundle.categories) {
    const key = category.parentCode ?? category.departmentId;
    const map = category.parentCode === undefined ? roots : childrenOf;
    const list = map.get(key);
    if (list) list.push(category);
    else map.set(key, [category]);
  }
  const node = (category: Category): CategoryNode => ({
    category,
    children: (childrenOf.get(category.code) ?? []).map(node),
  });
  return district.bundle.departments.map((department) => ({
    department,
    categories: (roots.get(department.id) ?? []).map(node),
  }));
}
