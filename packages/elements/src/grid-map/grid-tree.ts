import type { MapGeometry, MapUnit } from './map-geometry.js';

/** A unit of the grid tree (street → community → grid → micro-grid). */
export interface TreeNode {
  readonly unit: MapUnit;
  readonly parent: TreeNode | undefined;
  readonly children: readonly TreeNode[];
  /** 1 for the roots. */
  readonly depth: number;
}

/** The hierarchy of a layer's units, for the map's accessible tree. */
export interface GridTree {
  readonly roots: readonly TreeNode[];
  readonly byId: ReadonlyMap<string, TreeNode>;
}

/** One row of the tree as shown: a unit, or the "show more" row of a long list of siblings. */
export type TreeRow =
  | {
      readonly kind: 'unit';
      readonly key: string;
      readonly node: TreeNode;
      readonly setSize: number;
      readonly posInSet: number;
    }
  | {
      readonly kind: 'more';
      readonly key: string;
      /** The key of the sibling list (the parent's id, or '' for the roots). */
      readonly list: string;
      readonly depth: number;
      readonly remaining: number;
    };

/** Siblings shown at first, and added by each "show more". */
export const TREE_PAGE = 100;

/**
 * Builds the tree from the layer's parent links, in layer order. The district itself, when the
 * layer has it, is not a row: its streets are the roots. Units whose parent is missing from the
 * layer become roots too, so that nothing in the layer is unreachable.
 */
export function buildTree(geometry: MapGeometry): GridTree {
  const byId = new Map<string, TreeNode>();
  const make = (unit: MapUnit, parent: TreeNode | undefined, depth: number): TreeNode => {
    const children: TreeNode[] = [];
    const node: TreeNode = { unit, parent, children, depth };
    byId.set(unit.id, node);
    // Depth-limited: a malformed layer could link parents in a cycle.
    if (depth < 8) {
      for (const child of geometry.children.get(unit.id) ?? []) {
        if (!byId.has(child.id)) children.push(make(child, node, depth + 1));
      }
    }
    return node;
  };
  const roots: TreeNode[] = [];
  for (const unit of geometry.units) {
    if (unit.parentId !== undefined && geometry.byId.has(unit.parentId)) continue;
    if (unit.level === 'district') {
      for (const child of geometry.children.get(unit.id) ?? [])
        roots.push(make(child, undefined, 1));
    } else {
      roots.push(make(unit, undefined, 1));
    }
  }
  return { roots, byId };
}

/** The rows to show: the roots, and the children of every expanded unit, paged. */
export function treeRows(
  tree: GridTree,
  expanded: ReadonlySet<string>,
  limits: ReadonlyMap<string, number>,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (nodes: readonly TreeNode[], list: string, depth: number): void => {
    const limit = limits.get(list) ?? TREE_PAGE;
    const shown = Math.min(nodes.length, limit);
    for (let i = 0; i < shown; i += 1) {
      const node = nodes[i];
      if (!node) continue;
      rows.push({ kind: 'unit', key: node.unit.id, node, setSize: nodes.length, posInSet: i + 1 });
      if (node.children.length > 0 && expanded.has(node.unit.id)) {
        walk(node.children, node.unit.id, depth + 1);
      }
    }
    if (shown < nodes.length) {
      rows.push({
        kind: 'more',
        key: `more:${list}`,
        list,
        depth,
        remaining: nodes.length - shown,
      });
    }
  };
  walk(tree.roots, '', 1);
  return rows;
}

/**
 * What to expand and how far to page so that a unit is among the rows: its ancestors, and
 * enough of each sibling list.
 */
export function revealPath(
  tree: GridTree,
  id: string,
  expanded: Set<string>,
  limits: Map<string, number>,
): boolean {
  const node = tree.byId.get(id);
  if (!node) return false;
  for (let n: TreeNode | undefined = node; n; n = n.parent) {
    const siblings = n.parent ? n.parent.children : tree.roots;
    const list = n.parent ? n.parent.unit.id : '';
    const position = siblings.indexOf(n);
    const limit = limits.get(list) ?? TREE_PAGE;
    if (position >= limit) limits.set(list, Math.ceil((position + 1) / TREE_PAGE) * TREE_PAGE);
    if (n.parent) expanded.add(n.parent.unit.id);
  }
  return true;
}
